package org.councilpapers.extractors.read.tika;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.tika.OdfTables.OdfCell;
import org.councilpapers.extractors.read.tika.OdfTables.OdfRow;
import org.councilpapers.extractors.read.tika.OdfTables.OdfTable;
import org.councilpapers.extractors.read.tika.SheetPass.Merge;
import org.councilpapers.extractors.read.tika.SheetPass.SheetCell;
import org.councilpapers.extractors.read.tika.SheetPass.SheetGrid;

/**
 * An OpenDocument spreadsheet (.ods) read as the Excel formats are: one page per sheet, headed by
 * its name, with the sheet's table, its cell fills and merged cells. Tika's XHTML for .ods names no
 * sheets, writes repeated columns as one wide cell and drops repeated rows, so the sheets are read
 * from {@code content.xml} by {@link OdfTables} and laid out here, through the same
 * {@link SheetTables#apply} the workbooks' fills go through.
 *
 * <p>A sheet repeats its last row and column to the sheet's edge (a million rows), often with a
 * style; cells are kept only up to the last row and column that hold text, at most
 * {@value #MAX_COLUMNS} columns and {@value #MAX_CELLS} cells in all. A colour with no text below or
 * right of all the sheet's text says nothing a reader can tie to a row or a column heading.
 */
final class OdsSheets {
    static final int MAX_COLUMNS = 1024;
    static final int MAX_CELLS = 50_000;

    private OdsSheets() {}

    /** The pages, one per sheet, and whether a sheet was cut at the cell bound. */
    record Sheets(List<List<Block>> pages, boolean cut) {
        Sheets {
            pages = List.copyOf(pages);
        }
    }

    /** A sheet's cells as {@link SheetTables} takes them, and the paragraphs of each cell with text, by row and column. */
    record Sheet(SheetGrid grid, Map<Integer, Map<Integer, List<String>>> paragraphs) {}

    static Sheets read(Source ods) throws IOException {
        List<List<Block>> pages = new ArrayList<>();
        int[] budget = {MAX_CELLS};
        boolean cut = false;
        for (OdfTable t : OdfTables.read(ods, true)) {
            Sheet sheet = sheet(t, budget);
            cut |= budget[0] < 0;
            List<Block> page = new ArrayList<>();
            String name = XhtmlLayoutHandler.normalise(t.name());
            if (!name.isEmpty()) {
                page.add(Block.heading(1, name));
            }
            if (!sheet.grid().rows().isEmpty()) {
                page.add(Block.table(table(sheet)));
            }
            pages.add(List.copyOf(page));
        }
        return new Sheets(pages, cut);
    }

    /** The sheet's cells that hold text or a fill, by sheet row and column, repeats expanded within the bounds. */
    static Sheet sheet(OdfTable t, int[] budget) {
        int lastRow = -1;
        int lastCol = -1;
        for (int i = 0; i < t.rows().size(); i++) {
            int col = 0;
            for (OdfCell c : t.rows().get(i).cells()) {
                if (c.hasText() && !c.covered()) {
                    lastRow = i;
                    lastCol = Math.max(lastCol, Math.min(MAX_COLUMNS, col + c.repeat()) - 1);
                }
                col += c.repeat();
                if (col >= MAX_COLUMNS) {
                    break;
                }
            }
        }
        Map<Integer, Map<Integer, SheetCell>> rows = new TreeMap<>();
        Map<Integer, Map<Integer, List<String>>> paragraphs = new TreeMap<>();
        List<Merge> merges = new ArrayList<>();
        int sheetRow = 0;
        for (int i = 0; i <= lastRow && budget[0] >= 0; i++) {
            OdfRow row = t.rows().get(i);
            Map<Integer, SheetCell> cells = new TreeMap<>();
            Map<Integer, List<String>> texts = new TreeMap<>();
            List<Merge> rowMerges = new ArrayList<>();
            int col = 0;
            for (OdfCell c : row.cells()) {
                // one value for all the columns a cell repeats over
                SheetCell value = null;
                List<String> ps = List.of();
                if (!c.covered() && (c.hasText() || c.fill() != null)) {
                    String text = XhtmlLayoutHandler.normalise(String.join("\n", c.paragraphs()));
                    value = new SheetCell(text, c.fill(), text.isEmpty() ? null : c.textColor());
                    ps = c.paragraphs().stream().map(XhtmlLayoutHandler::normalise).filter(p -> !p.isEmpty()).toList();
                }
                for (int k = 0; k < c.repeat() && col <= lastCol; k++, col++) {
                    if (c.covered()) {
                        continue;
                    }
                    if (value != null) {
                        cells.put(col, value);
                        if (!ps.isEmpty()) {
                            texts.put(col, ps);
                        }
                    }
                    if (c.rowSpan() > 1 || c.colSpan() > 1) {
                        rowMerges.add(new Merge(0, c.rowSpan() - 1, col, col + c.colSpan() - 1));
                    }
                }
            }
            // a row repeated with nothing in it is skipped whole; one with content is written out, within the budget
            int repeat = cells.isEmpty() && rowMerges.isEmpty() ? 0 : row.repeat();
            for (int k = 0; k < repeat && budget[0] >= 0; k++) {
                budget[0] -= Math.max(1, cells.size());
                if (budget[0] < 0) {
                    break; // a cut sheet: the caller says so
                }
                if (!cells.isEmpty()) {
                    rows.put(sheetRow + k, cells);
                    paragraphs.put(sheetRow + k, texts);
                }
                for (Merge m : rowMerges) {
                    merges.add(new Merge(sheetRow + k, sheetRow + k + m.lastRow(), m.firstCol(), m.lastCol()));
                }
            }
            sheetRow += row.repeat();
        }
        return new Sheet(new SheetGrid(t.name(), rows, merges), paragraphs);
    }

    /**
     * The sheet's table: its text cells laid out as Tika lays out a workbook's sheet (one row per row with
     * content, columns from A, blank cells up to the row's last text), then given their fills and merges by
     * {@link SheetTables#apply}.
     */
    static Table table(Sheet sheet) {
        List<Cell> cells = new ArrayList<>();
        int cols = 1;
        int r = 0;
        for (Map.Entry<Integer, Map<Integer, SheetCell>> row : sheet.grid().rows().entrySet()) {
            Map<Integer, List<String>> texts = sheet.paragraphs().getOrDefault(row.getKey(), Map.of());
            int last = texts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            cols = Math.max(cols, row.getValue().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
            // as Tika writes a sheet's row: a cell for every column from A to the last with text, blank ones too
            for (int c = 0; c <= last; c++) {
                List<String> ps = texts.get(c);
                cells.add(Cell.of(r, c, 1, 1, false, ps == null ? List.of() : ps.stream().map(Block::paragraph).toList(), null));
            }
            r++;
        }
        return SheetTables.apply(new Table(cells, r, cols, null), sheet.grid());
    }
}
