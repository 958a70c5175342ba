package org.councilpapers.core.layout;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run of content in reading order: a heading, a paragraph, a list item or a table.
 *
 * <p>Readers create blocks with the factories ({@link #heading}, {@link #paragraph}, {@link #listItem},
 * {@link #table}) and hand them to {@link LayoutDocument.Builder}, which places them: it sets the
 * page and the {@code start}/{@code end} offsets into {@link LayoutDocument#text()}. A block that has
 * not been placed has page 0.
 *
 * @param level  a heading's level (1 = top) or a list item's nesting depth (0 = outermost); else 0
 * @param marker a list item's marker as printed ("-", "•", "1.", "a)", "3.2.1"); else null
 * @param table  the table, for {@link BlockKind#TABLE}; else null
 */
public record Block(
        BlockKind kind,
        Layer layer,
        String text,
        int page,
        @Nullable Box box,
        int start,
        int end,
        @Nullable Style style,
        int level,
        @Nullable String marker,
        @Nullable Table table) implements HasBox {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(text, "text");
        if ((kind == BlockKind.TABLE) != (table != null)) {
            throw new IllegalArgumentException("a TABLE block holds a table and no other block does");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Block heading(int level, String text) {
        if (level < 1) {
            throw new IllegalArgumentException("heading levels start at 1");
        }
        return new Block(BlockKind.HEADING, Layer.BODY, text, 0, null, 0, 0, null, level, null, null);
    }

    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, Layer.BODY, text, 0, null, 0, 0, null, 0, null, null);
    }

    public static Block listItem(String marker, int depth, String text) {
        return new Block(BlockKind.LIST_ITEM, Layer.BODY, text, 0, null, 0, 0, null, depth, marker, null);
    }

    public static Block table(Table table) {
        return new Block(BlockKind.TABLE, Layer.BODY, "", 0, null, 0, 0, null, 0, null, table);
    }

    public boolean is(BlockKind k) {
        return kind == k;
    }

    public boolean isBold() {
        return style != null && style.bold();
    }

    public Block withStyle(@Nullable Style s) {
        return new Block(kind, layer, text, page, box, start, end, s, level, marker, table);
    }

    public Block withBox(@Nullable Box b) {
        return new Block(kind, layer, text, page, b, start, end, style, level, marker, table);
    }

    public Block withLayer(Layer l) {
        return new Block(kind, l, text, page, box, start, end, style, level, marker, table);
    }

    /** Used by the builder when it places the block. */
    Block placed(String placedText, int placedPage, int placedStart, int placedEnd, @Nullable Table placedTable) {
        return new Block(kind, layer, placedText, placedPage, box, placedStart, placedEnd, style, level, marker, placedTable);
    }

    @Override
    public String toString() {
        String t = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return kind + (kind == BlockKind.HEADING ? "(" + level + ")" : "") + (marker != null ? "[" + marker + "]" : "")
                + " p" + page + " " + start + ".." + end + " '" + t.replace('\n', ' ') + "'";
    }
}
