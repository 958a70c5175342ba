package org.councilpapers.core.layout;

/** What a block is. */
public enum BlockKind {
    /** A heading, with its level in {@link Block#level()}. */
    HEADING,
    /** A paragraph of running text. */
    PARAGRAPH,
    /** A list item, with its marker and depth. */
    LIST_ITEM,
    /** A table, in {@link Block#table()}. */
    TABLE
}
