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
 * @param fill the background colour behind the cell, or null where there is none (or it is white)
 * @param textColor the colour of the cell's text where it is not black, for papers that give status as coloured text
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

    public Cell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry r" + row + " c" + col + " " + rowSpan + "x" + colSpan);
        }
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** A one-by-one cell holding one paragraph of text (or nothing, for a blank cell). */
    public static Cell of(int row, int col, String text) {
        return of(row, col, 1, 1, false, text.isBlank() ? List.of() : List.of(Block.paragraph(text.strip())), null);
    }

    public static Cell of(int row, int col, int rowSpan, int colSpan, boolean header, List<Block> blocks, @Nullable Rgb fill) {
        return new Cell(row, col, rowSpan, colSpan, header, joinText(blocks), blocks, fill, null, null, 0, 0);
    }

    static String joinText(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }

    public Cell withFill(@Nullable Rgb f) {
        return new Cell(row, col, rowSpan, colSpan, header, text, blocks, f, textColor, box, start, end);
    }

    public Cell withTextColor(@Nullable Rgb c) {
        return new Cell(row, col, rowSpan, colSpan, header, text, blocks, fill, c, box, start, end);
    }

    public Cell withBox(@Nullable Box b) {
        return new Cell(row, col, rowSpan, colSpan, header, text, blocks, fill, textColor, b, start, end);
    }

    Cell placed(String placedText, List<Block> placedBlocks, int placedStart, int placedEnd) {
        return new Cell(row, col, rowSpan, colSpan, header, placedText, placedBlocks, fill, textColor, box, placedStart, placedEnd);
    }
}
