package org.councilpapers.core.layout;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A table cell at grid position (row, col), spanning rowSpan x colSpan grid positions. A cell holds
 * blocks (paragraphs, list items, even a nested table, as Word and HTML allow); {@code text} is
 * their text joined by newlines.
 *
 * @param row the 0-based row of the cell's top-left grid position
 * @param col the 0-based column of that position
 * @param rowSpan how many rows the cell spans, at least 1
 * @param colSpan how many columns the cell spans, at least 1
 * @param header whether the format marks the cell as a header cell
 * @param text the text of the cell's blocks, joined by newlines; "" for a blank cell
 * @param blocks the cell's content, in reading order; empty for a blank cell
 * @param fill the background colour behind the cell, or null where there is none (or it is white)
 * @param textColor the colour of the cell's text where it is not black, for papers that give status as coloured text
 * @param box the cell's region on the page in points; null where the format has no geometry
 * @param start the offset of the cell's text in {@link LayoutDocument#text()}; 0 until the cell is placed
 * @param end the offset just past it; 0 until the cell is placed
 */
public record Cell(
        int row,
        int col,
        int rowSpan,
        int colSpan,
        boolean header,
        String text,
        List<Block> blocks,
        @Nullable Rgb fill,
        @Nullable Rgb textColor,
        @Nullable Box box,
        int start,
        int end) implements HasBox {

    /**
     * Checks the geometry and copies the blocks.
     *
     * @param row the 0-based row of the cell's top-left grid position
     * @param col the 0-based column of that position
     * @param rowSpan how many rows the cell spans, at least 1
     * @param colSpan how many columns the cell spans, at least 1
     * @param header whether the format marks the cell as a header cell
     * @param text the text of the cell's blocks, joined by newlines; "" for a blank cell
     * @param blocks the cell's content, in reading order; empty for a blank cell
     * @param fill the background colour behind the cell; null where there is none (or it is white)
     * @param textColor the colour of the cell's text where it is not black; else null
     * @param box the cell's region on the page in points; null where the format has no geometry
     * @param start the offset of the cell's text in {@link LayoutDocument#text()}
     * @param end the offset just past it
     * @throws IllegalArgumentException if {@code row} or {@code col} is negative or a span is below 1
     * @throws NullPointerException if {@code text} or {@code blocks} is null
     */
    public Cell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry r" + row + " c" + col + " " + rowSpan + "x" + colSpan);
        }
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /**
     * A one-by-one cell holding one paragraph of text (or nothing, for a blank cell), with no fill.
     *
     * @param row the 0-based row
     * @param col the 0-based column
     * @param text the cell's text; stripped, and a blank one gives a blank cell
     * @return an unplaced cell
     */
    public static Cell of(int row, int col, String text) {
        return of(row, col, 1, 1, false, text.isBlank() ? List.of() : List.of(Block.paragraph(text.strip())), null);
    }

    /**
     * A cell holding blocks, its text theirs joined by newlines; readers build cells this way.
     *
     * @param row the 0-based row of its top-left position
     * @param col the 0-based column of that position
     * @param rowSpan how many rows it spans, at least 1
     * @param colSpan how many columns it spans, at least 1
     * @param header whether the format marks it as a header cell
     * @param blocks its content; empty for a blank cell
     * @param fill the background colour; null for none
     * @return an unplaced cell with no text colour and no box
     * @throws IllegalArgumentException if a position is negative or a span below 1
     */
    public static Cell of(int row, int col, int rowSpan, int colSpan, boolean header, List<Block> blocks, @Nullable Rgb fill) {
        return new Cell(row, col, rowSpan, colSpan, header, joinText(blocks), blocks, fill, null, null, 0, 0);
    }

    static String joinText(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /**
     * Whether the cell holds no text but whitespace.
     *
     * @return true for a blank cell
     */
    public boolean isBlank() {
        return text.isBlank();
    }

    /**
     * Whether the cell covers a grid position, counting its spans.
     *
     * @param r the 0-based row
     * @param c the 0-based column
     * @return true if the position lies within the cell's rows and columns
     */
    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }

    /**
     * This cell with another background colour.
     *
     * @param f the fill; null for none
     * @return a copy with that fill
     */
    public Cell withFill(@Nullable Rgb f) {
        return new Cell(row, col, rowSpan, colSpan, header, text, blocks, f, textColor, box, start, end);
    }

    /**
     * This cell with another text colour.
     *
     * @param c the text colour; null for black or unknown
     * @return a copy with that text colour
     */
    public Cell withTextColor(@Nullable Rgb c) {
        return new Cell(row, col, rowSpan, colSpan, header, text, blocks, fill, c, box, start, end);
    }

    /**
     * This cell with another region on the page.
     *
     * @param b the box in points; null for none
     * @return a copy with that box
     */
    public Cell withBox(@Nullable Box b) {
        return new Cell(row, col, rowSpan, colSpan, header, text, blocks, fill, textColor, b, start, end);
    }

    Cell placed(String placedText, List<Block> placedBlocks, int placedStart, int placedEnd) {
        return new Cell(row, col, rowSpan, colSpan, header, placedText, placedBlocks, fill, textColor, box, placedStart, placedEnd);
    }
}
