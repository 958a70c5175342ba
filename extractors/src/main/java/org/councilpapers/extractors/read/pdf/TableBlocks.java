package org.councilpapers.extractors.read.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.pdf.table.Glyph;
import org.councilpapers.extractors.read.pdf.table.GridCell;
import org.councilpapers.extractors.read.pdf.table.GridTable;
import org.jspecify.annotations.Nullable;

/** A found table to a table block: each cell's glyphs become its paragraphs and list items. */
final class TableBlocks {
    private TableBlocks() {}

    static Block block(GridTable grid) {
        int headerRows = Math.max(headerRows(grid), grid.headerRows());
        List<Cell> cells = new ArrayList<>();
        for (GridCell gc : grid.cells()) {
            List<Block> blocks = new ArrayList<>();
            for (TextItem t : Paragraphs.build(TextLines.lines(gc.glyphs()))) {
                blocks.add(PdfLayoutReader.textBlock(t, false, 0));
            }
            cells.add(Cell.of(gc.row(), gc.col(), gc.rowSpan(), gc.colSpan(), gc.row() < headerRows, blocks, gc.fill())
                    .withBox(gc.box()).withTextColor(textColor(gc.glyphs())));
        }
        return Block.table(new Table(cells, grid.rowCount(), grid.colCount(), grid.box())).withBox(grid.box());
    }

    /**
     * How many rows at the top are a header: the rows the first row's cells span, when all their text is
     * bold, or when they are all shaded and the row below is not shaded alike. Zero otherwise.
     */
    static int headerRows(GridTable grid) {
        List<GridCell> first = grid.cells().stream().filter(c -> c.row() == 0).toList();
        int span = first.stream().mapToInt(GridCell::rowSpan).max().orElse(1);
        if (span >= grid.rowCount()) {
            return 0;
        }
        List<Glyph> ink = first.stream().flatMap(c -> c.glyphs().stream()).filter(g -> !g.isSpace()).toList();
        boolean allBold = !ink.isEmpty() && ink.stream().allMatch(Glyph::bold);
        boolean shaded = first.stream().allMatch(c -> c.fill() != null);
        List<GridCell> below = grid.cells().stream().filter(c -> c.row() == span).toList();
        boolean belowAlike = below.stream().anyMatch(b -> first.stream().anyMatch(f -> f.fill() != null && f.fill().equals(b.fill())));
        return allBold || shaded && !belowAlike ? span : 0;
    }

    /** The colour most of the cell's text has, where that is not black (or nearly). */
    static @Nullable Rgb textColor(List<Glyph> glyphs) {
        Map<Rgb, Integer> counts = new LinkedHashMap<>();
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                counts.merge(g.color(), 1, Integer::sum);
            }
        }
        Rgb top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return top == null || PdfLayoutReader.nearBlack(top) ? null : top;
    }
}
