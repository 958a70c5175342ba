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
 * @param kind what the block is
 * @param layer whether it is body text or a running header or footer
 * @param text its text; for a table, its cells' text (tabs between cells, newlines between rows) once placed
 * @param page its 1-based physical page; 0 until placed
 * @param box its region on the page in points; null where the format has no geometry
 * @param start the offset of its text in {@link LayoutDocument#text()}; 0 until placed
 * @param end the offset just past its text; 0 until placed
 * @param style how its text looks, where the format says; else null
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

    /**
     * Checks the components.
     *
     * @param kind what the block is
     * @param layer whether it is body text or a running header or footer
     * @param text its text; for a table, its cells' text (tabs between cells, newlines between rows) once placed
     * @param page its 1-based physical page; 0 until placed
     * @param box its region on the page in points; null where the format has no geometry
     * @param start the offset of its text in {@link LayoutDocument#text()}; 0 until placed
     * @param end the offset just past its text; 0 until placed
     * @param style how its text looks, where the format says; else null
     * @param level a heading's level (1 = top) or a list item's nesting depth (0 = outermost); else 0
     * @param marker a list item's marker as printed; else null
     * @param table the table, for {@link BlockKind#TABLE}; else null
     * @throws NullPointerException if {@code kind}, {@code layer} or {@code text} is null
     * @throws IllegalArgumentException if a table block holds no table or another block holds one, or the span is
     *     negative or inverted
     */
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

    /**
     * An unplaced heading in the body.
     *
     * @param level the heading level, 1 for the top
     * @param text the heading's text
     * @return the block
     * @throws IllegalArgumentException if {@code level} is below 1
     */
    public static Block heading(int level, String text) {
        if (level < 1) {
            throw new IllegalArgumentException("heading levels start at 1");
        }
        return new Block(BlockKind.HEADING, Layer.BODY, text, 0, null, 0, 0, null, level, null, null);
    }

    /**
     * An unplaced paragraph in the body.
     *
     * @param text the paragraph's text
     * @return the block
     */
    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, Layer.BODY, text, 0, null, 0, 0, null, 0, null, null);
    }

    /**
     * An unplaced list item in the body.
     *
     * @param marker the marker as printed ("-", "1.", "a)")
     * @param depth the nesting depth, 0 for the outermost list
     * @param text the item's text, without its marker
     * @return the block
     */
    public static Block listItem(String marker, int depth, String text) {
        return new Block(BlockKind.LIST_ITEM, Layer.BODY, text, 0, null, 0, 0, null, depth, marker, null);
    }

    /**
     * An unplaced table block in the body; its text is filled in when the builder places it.
     *
     * @param table the table
     * @return the block
     * @throws IllegalArgumentException if {@code table} is null
     */
    public static Block table(Table table) {
        return new Block(BlockKind.TABLE, Layer.BODY, "", 0, null, 0, 0, null, 0, null, table);
    }

    /**
     * Whether the block is of a kind.
     *
     * @param k the kind
     * @return true if {@link #kind()} is {@code k}
     */
    public boolean is(BlockKind k) {
        return kind == k;
    }

    /**
     * Whether the block's text is bold, as far as the format says.
     *
     * @return true if its style says bold; false where it has no style
     */
    public boolean isBold() {
        return style != null && style.bold();
    }

    /**
     * This block with another style.
     *
     * @param s the style; null for unknown
     * @return a copy with that style
     */
    public Block withStyle(@Nullable Style s) {
        return new Block(kind, layer, text, page, box, start, end, s, level, marker, table);
    }

    /**
     * This block with another region on the page.
     *
     * @param b the box in points; null for none
     * @return a copy with that box
     */
    public Block withBox(@Nullable Box b) {
        return new Block(kind, layer, text, page, b, start, end, style, level, marker, table);
    }

    /**
     * This block in another layer; readers use it to mark running headers and footers.
     *
     * @param l the layer
     * @return a copy in that layer
     * @throws NullPointerException if {@code l} is null
     */
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
