package org.councilpapers.core.layout;

/** Which content layer a block belongs to: the body, or the running header or footer ("furniture"). */
public enum Layer {
    /** The paper's content. */
    BODY,
    /** The running header repeated at the top of pages. */
    HEADER,
    /** The running footer repeated at the bottom of pages, where printed page numbers usually are. */
    FOOTER;

    /**
     * Whether this is a running header or footer rather than content.
     *
     * @return true for {@link #HEADER} and {@link #FOOTER}
     */
    public boolean isFurniture() {
        return this != BODY;
    }
}
