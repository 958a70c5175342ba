package org.councilpapers.core.layout;

/** Which content layer a block belongs to: the body, or the running header or footer ("furniture"). */
public enum Layer {
    BODY,
    HEADER,
    FOOTER;

    public boolean isFurniture() {
        return this != BODY;
    }
}
