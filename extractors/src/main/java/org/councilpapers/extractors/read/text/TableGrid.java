package org.councilpapers.extractors.read.text;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Style;
import org.councilpapers.core.layout.Table;
import org.jspecify.annotations.Nullable;

/**
 * Turns rows of cell texts, as pipe and tab tables give them, into a {@link Table}: reads each cell's
 * markup, pads short rows, and drops the columns that PDF-to-text tools leave empty in every row.
 */
final class TableGrid {

    /** What one cell holds before it is given its place in the grid. */
    record CellContent(List<Block> blocks, @Nullable Rgb fill, @Nullable Rgb textColor) {
        static final CellContent BLANK = new CellContent(List.of(), null, null);

        CellContent {
            blocks = List.copyOf(blocks);
        }

        /** No text, no nested table and no fill: nothing a reader of the paper could see. */
        boolean isBlank() {
            return fill == null && blocks.stream().allMatch(b -> !b.is(BlockKind.TABLE) && b.text().isBlank());
        }
    }

    private TableGrid() {}

    /**
     * A cell's text as written between the separators: markdown markup taken out, HTML read by jsoup,
     * and a paragraph per line.
     */
    static CellContent cell(String raw) {
        if (HtmlFragmentParser.looksLikeHtml(raw)) {
            InlineMarkup.Inline md = InlineMarkup.clean(raw);
            HtmlFragmentParser.Content html = HtmlFragmentParser.content(md.text());
            List<Block> blocks = md.bold()
                    ? html.blocks().stream().map(b -> b.is(BlockKind.TABLE) ? b : b.withStyle(Style.BOLD)).toList()
                    : html.blocks();
            return new CellContent(blocks, null, html.textColor());
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : raw.split("\n")) {
            InlineMarkup.Inline in = InlineMarkup.clean(line);
            if (!in.text().isEmpty()) {
                Block p = Block.paragraph(in.text());
                blocks.add(in.bold() ? p.withStyle(Style.BOLD) : p);
            }
        }
        return new CellContent(blocks, null, null);
    }

    /**
     * The table these rows make, or null if no cell holds anything.
     *
     * @param headerRow whether the first row is a header row; a header row that is blank is dropped
     *                  (converters write one when the table has no header)
     * @param dropFillerColumns whether to remove columns that are blank in every row
     */
    static @Nullable Table build(List<List<CellContent>> rows, boolean headerRow, boolean dropFillerColumns) {
        List<List<CellContent>> body = new ArrayList<>(rows);
        boolean header = headerRow;
        if (header && !body.isEmpty() && body.get(0).stream().allMatch(CellContent::isBlank)) {
            body.remove(0);
            header = false;
        }
        int width = body.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            final int col = c;
            boolean blank = body.stream().allMatch(r -> col >= r.size() || r.get(col).isBlank());
            if (!blank || !dropFillerColumns) {
                keep.add(c);
            }
        }
        if (keep.isEmpty() || body.stream().allMatch(r -> r.stream().allMatch(CellContent::isBlank))) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < body.size(); r++) {
            List<CellContent> row = body.get(r);
            for (int c = 0; c < keep.size(); c++) {
                int src = keep.get(c);
                CellContent cc = src < row.size() ? row.get(src) : CellContent.BLANK;
                cells.add(Cell.of(r, c, 1, 1, header && r == 0, cc.blocks(), cc.fill()).withTextColor(cc.textColor()));
            }
        }
        return new Table(cells, body.size(), keep.size(), null);
    }
}
