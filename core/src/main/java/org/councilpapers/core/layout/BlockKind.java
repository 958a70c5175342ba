package org.councilpapers.core.layout;

/** What a block is. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE
}
