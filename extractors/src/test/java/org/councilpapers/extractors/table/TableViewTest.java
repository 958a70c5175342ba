package org.councilpapers.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.junit.jupiter.api.Test;

class TableViewTest {

    private static Cell cell(int r, int c, int rowSpan, int colSpan, boolean header, String text) {
        return Cell.of(r, c, rowSpan, colSpan, header, text.isBlank() ? List.of() : List.of(Block.paragraph(text)), null);
    }

    private static Table grid(boolean markFirst, String[]... rows) {
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.length; r++) {
            cols = Math.max(cols, rows[r].length);
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(cell(r, c, 1, 1, markFirst && r == 0, rows[r][c]));
            }
        }
        return new Table(cells, rows.length, cols, null);
    }

    private static String[] r(String... cells) {
        return cells;
    }

    @Test
    void threeLevelHeaderWithSpansGivesEachColumnItsPath() {
        List<Cell> cells = new ArrayList<>(List.of(
                cell(0, 0, 3, 1, true, "Council"), cell(0, 1, 1, 4, true, "Inspection 2019"),
                cell(1, 1, 1, 2, true, "Safeguarding"), cell(1, 3, 1, 2, true, "Looked after children"),
                cell(2, 1, 1, 1, true, "Effectiveness"), cell(2, 2, 1, 1, true, "Capacity to improve"),
                cell(2, 3, 1, 1, true, "Effectiveness"), cell(2, 4, 1, 1, true, "Capacity to improve")));
        String[] data = {"Wessex", "Good", "Good", "Adequate", "Good"};
        for (int c = 0; c < data.length; c++) {
            cells.add(cell(3, c, 1, 1, false, data[c]));
        }
        TableView v = TableView.of(new Table(cells, 4, 5, null));
        assertEquals(3, v.headerRows());
        assertEquals(List.of("Inspection 2019", "Looked after children", "Effectiveness"), v.column(3).parts());
        assertEquals("Looked after children", v.column(3).parent());
        assertEquals("Inspection 2019 › Safeguarding › Capacity to improve", v.column(2).toString());
        assertEquals("Council", v.corner());
        assertEquals(List.of(3), v.dataRows());
        assertEquals(1, v.stubColumns());
        assertEquals("Wessex", v.rowPath(3).label());
        assertEquals(CellKind.GRADE, v.dominant(1));
    }

    @Test
    void aSpanPrintedOnceOverTwoColumnsWithoutMergedCellsHeadsBoth() {
        // As a PDF without ruling gives it: the upper header text over the first of its columns only, the corner blank below.
        TableView v = TableView.of(grid(false,
                r("Council", "Safeguarding", "", "Looked after children", ""),
                r("", "Effectiveness", "Capacity to improve", "Effectiveness", "Capacity to improve"),
                r("Wessex", "Good", "Adequate", "Good", "Good")));
        assertEquals(2, v.headerRows());
        assertEquals(List.of("Safeguarding", "Capacity to improve"), v.column(2).parts());
        assertEquals(List.of("Looked after children", "Capacity to improve"), v.column(4).parts());
        assertEquals(List.of("Council"), v.column(0).parts());
    }

    @Test
    void groupRowsHeadTheRowsBelowAndRepeatedHeadersAreSkipped() {
        TableView v = TableView.of(grid(true,
                r("Council", "Effectiveness", "Capacity"),
                r("East of England", "", ""),
                r("Fenshire", "Adequate", "Good"),
                r("Council", "Effectiveness", "Capacity"),
                r("Statistical neighbours", "", ""),
                r("Hillshire", "Good", "Good")));
        assertEquals(1, v.headerRows());
        assertTrue(v.isRepeatedHeader(3), "the header printed again after a page break");
        assertTrue(v.isGroupRow(1));
        assertEquals(List.of(2, 5), v.dataRows());
        assertEquals(new RowPath("East of England", "Fenshire"), v.rowPath(2));
        assertEquals(new RowPath("Statistical neighbours", "Hillshire"), v.rowPath(5));
        assertEquals("Good", v.cell(new RowPath("Statistical neighbours", "Hillshire"), new ColumnPath(List.of("Capacity"))).text());
        assertNull(v.rowPath(3));
    }

    @Test
    void aRowOfGradesIsNeverAHeaderEvenFirst() {
        TableView v = TableView.of(grid(false, r("Overall effectiveness", "Good"), r("Help and protection", "Requires improvement")));
        assertEquals(0, v.headerRows());
        assertEquals(List.of(0, 1), v.dataRows());
        assertTrue(v.column(1).isEmpty());
    }

    @Test
    void aTitleAcrossTheTableIsReadApartFromTheHeader() {
        List<Cell> cells = new ArrayList<>(List.of(cell(0, 0, 1, 3, false, "Improvement plan 2021"),
                cell(1, 0, 1, 1, false, "Action"), cell(1, 1, 1, 1, false, "Lead officer"), cell(1, 2, 1, 1, false, "Deadline"),
                cell(2, 0, 1, 1, false, "Recruit social workers"), cell(2, 1, 1, 1, false, "Head of Service"),
                cell(2, 2, 1, 1, false, "March 2022")));
        TableView v = TableView.of(new Table(cells, 3, 3, null));
        assertEquals(2, v.headerRows());
        assertEquals("Improvement plan 2021", v.title().text());
        assertEquals(List.of("Lead officer"), v.column(1).parts());
        assertEquals(CellKind.PERSON, v.kind(2, 1));
        assertEquals(CellKind.DATE, v.kind(2, 2));
        assertEquals(CellKind.TEXT, v.kind(2, 0));
    }

    @Test
    void transposedMatrixReadsWithAuthoritiesAsRows() {
        TableView v = TableView.of(grid(true,
                r("Judgement", "Wessex", "Barset"),
                r("Overall effectiveness", "Good", "Inadequate"),
                r("Help and protection", "Good", "Requires improvement")));
        TableView t = v.transposed();
        assertEquals(List.of("Judgement", "Overall effectiveness", "Help and protection"),
                t.columns().stream().map(ColumnPath::leaf).toList());
        assertEquals("Barset", t.rowPath(2).label());
        assertEquals("Requires improvement", t.cell(2, 2).text());
    }

    @Test
    void statusCarriedByFillAloneIsAValueNotAHeader() {
        Table t = new Table(List.of(
                cell(0, 0, 1, 1, false, "Action"), cell(0, 1, 1, 1, false, "Owner"), cell(0, 2, 1, 1, false, "RAG"),
                cell(1, 0, 1, 1, false, "Audit case files"), cell(1, 1, 1, 1, false, "Jane Smith"),
                cell(1, 2, 1, 1, false, "").withFill(Rgb.parse("#ff0000").orElseThrow()),
                cell(2, 0, 1, 1, false, "Train staff"), cell(2, 1, 1, 1, false, "Principal Social Worker"),
                cell(2, 2, 1, 1, false, "").withFill(Rgb.parse("#00b050").orElseThrow())), 3, 3, null);
        TableView v = TableView.of(t);
        assertEquals(1, v.headerRows());
        assertEquals(CellKind.FILL, v.dominant(2));
        assertEquals(CellKind.PERSON, v.dominant(1));
        assertFalse(v.cells().isEmpty());
        assertEquals(List.of(1, 2), v.dataRows());
    }
}
