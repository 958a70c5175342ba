package org.councilpapers.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagStatus;
import org.junit.jupiter.api.Test;

/** Colour on figures: a finance table's red overspends and green underspends are signs, not statuses. */
class FigureColourTest {
    private static final Rgb RED = Rgb.parse("#ff0000").orElseThrow();
    private static final Rgb GREEN = Rgb.parse("#00b050").orElseThrow();
    private static final Rgb PALE_RED = Rgb.parse("#ffc7ce").orElseThrow();
    private static final Rgb PALE_GREEN = Rgb.parse("#c6efce").orElseThrow();

    private static Cell cell(int r, int c, String text) {
        return Cell.of(r, c, 1, 1, r == 0, text.isBlank() ? List.of() : List.of(Block.paragraph(text)), null);
    }

    @Test
    void figuresAreReadInEveryWayAccountsPrintThem() {
        for (String s : List.of("12", "45%", "£1.2m", "-1,200", "−£150k", "(7,530)", "(1.5%)", "£(850)", "1,140,660")) {
            assertTrue(CellKind.isFigure(s), s);
            assertEquals(CellKind.NUMBER, CellKind.ofWords(s, StatusKey.USUAL), s);
        }
        for (String s : List.of("2025-26", "Q3", "(see note)", "Red", "12 (of 40", "Total")) {
            assertFalse(CellKind.isFigure(s), s);
        }
        assertTrue(CellKind.isNegativeFigure("(7,530)"));
        assertTrue(CellKind.isNegativeFigure("-150"));
        assertTrue(CellKind.isNegativeFigure("£-850"));
        assertFalse(CellKind.isNegativeFigure("2,450"));
        assertFalse(CellKind.isNegativeFigure("+3%"));
    }

    @Test
    void aFiguresTextColourIsItsSignAndAWordsTextColourItsStatus() {
        assertEquals(Optional.empty(), StatusKey.USUAL.colourOf(cell(1, 1, "(7,530)").withTextColor(RED)));
        assertEquals(Optional.empty(), StatusKey.USUAL.status(cell(1, 1, "2,450").withTextColor(GREEN)));
        assertEquals(Optional.of(RagStatus.RED), StatusKey.USUAL.status(cell(1, 1, "Overdue").withTextColor(RED)));
        assertEquals(Optional.of(RagStatus.GREEN), StatusKey.USUAL.colourOf(cell(1, 1, "85%").withFill(GREEN)),
                "a figure filled in a status colour still states it (a KPI's value cell)");
    }

    private static Table variances(Rgb... fills) {
        List<Cell> cells = new ArrayList<>(List.of(cell(0, 0, "Service"), cell(0, 1, "Budget"), cell(0, 2, "Variance")));
        String[] values = {"-550", "120", "-250", "0"};
        for (int r = 1; r <= values.length; r++) {
            cells.add(cell(r, 0, "Service " + r));
            cells.add(cell(r, 1, String.valueOf(1000 * r)));
            Rgb fill = r - 1 < fills.length ? fills[r - 1] : null;
            cells.add(cell(r, 2, values[r - 1]).withFill(fill));
        }
        return new Table(cells, values.length + 1, 3, null);
    }

    @Test
    void coloursThatFollowTheSignOfFiguresStateNoStatus() {
        TableView byCondition = TableView.of(variances(PALE_RED, PALE_GREEN, PALE_RED, null));
        assertTrue(byCondition.colourFollowsSign(2));
        assertFalse(byCondition.coloursStateStatus(2));
        // A status column coloured against the sign: an overspend shown green, an underspend red.
        TableView rated = TableView.of(variances(GREEN, RED, RED, GREEN));
        assertFalse(rated.colourFollowsSign(2));
        assertTrue(rated.coloursStateStatus(2));
        // A negative left uncoloured: the colours do not follow the sign.
        assertFalse(TableView.of(variances(null, GREEN, RED, GREEN)).colourFollowsSign(2));
    }

    @Test
    void amountsOfMoneyCarryNoStatusByColour() {
        Rgb tint = Rgb.parse("#bdd7ee").orElseThrow();
        Rgb orange = Rgb.parse("#fce4d6").orElseThrow();
        List<Cell> cells = new ArrayList<>(List.of(cell(0, 0, "Portfolio"), cell(0, 1, "2025-26 £000"), cell(0, 2, "Share")));
        String[][] rows = {{"Housing", "2,450", "37%"}, {"Place directorate", "3,630", "55%"}, {"Resources directorate", "3,000", "45%"},
            {"Net budget", "6,630", "100%"}};
        Rgb[] shades = {null, tint, tint, orange};
        for (int r = 0; r < rows.length; r++) {
            cells.add(cell(r + 1, 0, rows[r][0]));
            cells.add(cell(r + 1, 1, rows[r][1]).withFill(shades[r]));
            cells.add(cell(r + 1, 2, rows[r][2]).withFill(shades[r]));
        }
        TableView v = TableView.of(new Table(cells, rows.length + 1, 3, null));
        assertTrue(v.holdsMoney(1), "the header names the unit");
        assertFalse(v.coloursStateStatus(1));
        assertTrue(v.holdsFigures(2));
        assertFalse(v.holdsMoney(2), "a share is no sum of money");
        assertTrue(v.coloursStateStatus(2), "tinted percentages in two hues may state a status, as a KPI's do");
    }

    private static Table strip(String... fills) {
        List<Cell> cells = new ArrayList<>(List.of(cell(0, 0, "Directorate"), cell(0, 1, ""), cell(0, 2, "Budget £m")));
        for (int r = 1; r <= fills.length; r++) {
            cells.add(cell(r, 0, "Directorate " + r));
            cells.add(cell(r, 1, "").withFill(Rgb.parse(fills[r - 1]).orElseThrow()));
            cells.add(cell(r, 2, String.valueOf(100 * r)));
        }
        return new Table(cells, fills.length + 1, 3, null);
    }

    @Test
    void aPaletteNamesRowsAndStatesNoStatus() {
        // One theme colour to each directorate: a teal, a navy and a dark navy would all read "blue", a purple reads nothing.
        TableView palette = TableView.of(strip("#235f6f", "#b85808", "#647d33", "#ad403d", "#8267a5", "#1f497d", "#00194c"));
        assertTrue(palette.coloursIdentifyRows(1));
        assertFalse(palette.coloursStateStatus(1));
        // Each directorate's colour repeated down its lines: alone, runs of five shades could be a status column's; the paper's
        // palette, found in its other tables, settles it (ActionPlanExtractor).
        TableView runs = TableView.of(strip("#235f6f", "#235f6f", "#b85808", "#b85808", "#647d33", "#ad403d", "#8267a5", "#8267a5"));
        assertFalse(runs.coloursIdentifyRows(1));
        // A RAG column repeats its three shades.
        TableView rag = TableView.of(strip("#00b050", "#ffc000", "#ff0000", "#00b050", "#00b050", "#ffc000"));
        assertFalse(rag.coloursIdentifyRows(1));
        assertTrue(rag.coloursStateStatus(1));
        // Two coloured cells without a key are too few to tell.
        assertFalse(TableView.of(strip("#ff0000", "#00b050")).coloursStateStatus(1));
    }
}
