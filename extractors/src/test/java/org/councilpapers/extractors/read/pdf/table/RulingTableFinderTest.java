package org.councilpapers.extractors.read.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.junit.jupiter.api.Test;

class RulingTableFinderTest {
    private static final float[] XS = {50, 150, 250, 350};
    private static final float[] YS = {100, 130, 160, 190};

    /** Glyphs for a word written left to right from (x, baseline), 6pt a character, 10pt type. */
    static List<Glyph> word(String text, float x, float baseline) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(Glyph.of(text.substring(i, i + 1), x + 6 * i, baseline, 6, 10, false));
        }
        return out;
    }

    /** Every ruling of a full grid over XS x YS, each drawn as one piece per cell edge, as Word does. */
    static List<Ruling> fullGrid() {
        List<Ruling> rs = new ArrayList<>();
        for (float y : YS) {
            for (int c = 0; c < XS.length - 1; c++) {
                rs.add(Ruling.horizontal(y, XS[c], XS[c + 1]));
            }
        }
        for (float x : XS) {
            for (int r = 0; r < YS.length - 1; r++) {
                rs.add(Ruling.vertical(x, YS[r], YS[r + 1]));
            }
        }
        return rs;
    }

    static String text(GridCell c) {
        return c.glyphs().stream().map(Glyph::text).collect(Collectors.joining());
    }

    private static List<Glyph> cellWords() {
        List<Glyph> gs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                gs.addAll(word("r" + r + "c" + c, XS[c] + 5, YS[r] + 20));
            }
        }
        return gs;
    }

    @Test
    void fullGridGivesThreeByThreeCellsWithTheirOwnText() {
        PageGeometry page = new PageGeometry(600, 800, cellWords(), fullGrid(), List.of());
        List<GridTable> tables = new RulingTableFinder().find(page, 1, new Warnings());
        assertEquals(1, tables.size());
        GridTable t = tables.get(0);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(9, t.cells().size());
        for (GridCell c : t.cells()) {
            assertEquals("r" + c.row() + "c" + c.col(), text(c));
        }
        assertEquals(new Box(50, 100, 350, 190), t.box());
    }

    @Test
    void missingVerticalRulingMakesAColumnSpan() {
        List<Ruling> rs = new ArrayList<>(fullGrid());
        rs.removeIf(r -> !r.horizontal() && r.position() == 250 && r.start() == 100); // header row: cols 1 and 2 merged
        List<Glyph> gs = new ArrayList<>(cellWords());
        gs.removeIf(g -> g.centreY() < 130);
        gs.addAll(word("Area", 55, 120));
        gs.addAll(word("RAG status", 200, 120)); // centred across the merged cell, crossing x = 250
        PageGeometry page = new PageGeometry(600, 800, gs, rs, List.of());
        GridTable t = new RulingTableFinder().find(page, 1, new Warnings()).get(0);
        GridCell merged = t.cellAt(0, 2);
        assertEquals(0, merged.row());
        assertEquals(1, merged.col());
        assertEquals(2, merged.colSpan());
        assertEquals(1, merged.rowSpan());
        assertEquals("RAG status", text(merged));
        assertEquals(8, t.cells().size());
    }

    @Test
    void missingHorizontalRulingMakesARowSpan() {
        List<Ruling> rs = new ArrayList<>(fullGrid());
        rs.removeIf(r -> r.horizontal() && r.position() == 130 && r.start() == 50);
        PageGeometry page = new PageGeometry(600, 800, cellWords(), rs, List.of());
        GridTable t = new RulingTableFinder().find(page, 1, new Warnings()).get(0);
        GridCell c = t.cellAt(1, 0);
        assertEquals(0, c.row());
        assertEquals(2, c.rowSpan());
        assertEquals("r0c0r1c0", text(c)); // both lines, in order
    }

    @Test
    void glyphGoesToTheCellHoldingItsCentreEvenWhenItTouchesTheBorder() {
        List<Glyph> gs = new ArrayList<>();
        gs.add(Glyph.of("A", 145, 120, 6, 10, false)); // centre x 148: left cell, though it crosses x = 150
        gs.add(Glyph.of("B", 149, 150, 6, 10, false)); // centre x 152: right cell
        PageGeometry page = new PageGeometry(600, 800, gs, fullGrid(), List.of());
        GridTable t = new RulingTableFinder().find(page, 1, new Warnings()).get(0);
        assertEquals("A", text(t.cellAt(0, 0)));
        assertEquals("", text(t.cellAt(0, 1)));
        assertEquals("B", text(t.cellAt(1, 1)));
    }

    @Test
    void gridWithoutTextOrASingleBoxIsNoTable() {
        RulingTableFinder finder = new RulingTableFinder();
        assertTrue(finder.find(new PageGeometry(600, 800, List.of(), fullGrid(), List.of()), 1, new Warnings()).isEmpty());
        List<Ruling> box = List.of(Ruling.horizontal(100, 50, 350), Ruling.horizontal(190, 50, 350),
                Ruling.vertical(50, 100, 190), Ruling.vertical(350, 100, 190));
        assertTrue(finder.find(new PageGeometry(600, 800, word("boxed note", 60, 140), box, List.of()), 1, new Warnings()).isEmpty());
    }

    @Test
    void fillCoveringHalfACellShadesItAndTheTopmostFillWins() {
        List<FilledRect> fills = List.of(
                new FilledRect(new Box(150, 130, 250, 160), new Rgb(255, 0, 0)),     // exactly r1 c1
                new FilledRect(new Box(150, 130, 250, 160), new Rgb(0, 176, 80)),    // drawn over it
                new FilledRect(new Box(250, 130, 320, 160), new Rgb(255, 192, 0)),   // 70% of r1 c2
                new FilledRect(new Box(50, 160, 90, 190), new Rgb(255, 192, 0)),     // 40% of r2 c0: too little
                new FilledRect(new Box(150, 160, 250, 190), new Rgb(250, 250, 250)), // near white: no fill
                new FilledRect(new Box(250, 160, 350, 190), new Rgb(146, 208, 80)),  // r2 c2
                new FilledRect(new Box(250, 160, 350, 190), Rgb.WHITE));             // whited out again
        PageGeometry page = new PageGeometry(600, 800, cellWords(), fullGrid(), fills);
        GridTable t = new RulingTableFinder().find(page, 1, new Warnings()).get(0);
        assertEquals(new Rgb(0, 176, 80), t.cellAt(1, 1).fill());
        assertEquals(new Rgb(255, 192, 0), t.cellAt(1, 2).fill());
        assertNull(t.cellAt(2, 0).fill());
        assertNull(t.cellAt(2, 1).fill());
        assertNull(t.cellAt(2, 2).fill());
        assertNull(t.cellAt(0, 0).fill());
    }

    @Test
    void shadedBandsWithoutRulesBetweenThemStillSeparateRows() {
        // Only the outer frame and the column line are drawn; the rows are told apart by their shading.
        List<Ruling> rs = List.of(Ruling.horizontal(100, 50, 250), Ruling.horizontal(160, 50, 250),
                Ruling.vertical(50, 100, 160), Ruling.vertical(150, 100, 160), Ruling.vertical(250, 100, 160));
        List<FilledRect> fills = List.of(new FilledRect(new Box(50, 100, 250, 130), new Rgb(229, 233, 110)),
                new FilledRect(new Box(50, 130, 250, 160), new Rgb(186, 229, 95)));
        List<Glyph> gs = new ArrayList<>(word("top", 55, 120));
        gs.addAll(word("bottom", 55, 150));
        GridTable t = new RulingTableFinder().find(new PageGeometry(600, 800, gs, rs, fills), 1, new Warnings()).get(0);
        assertEquals(2, t.rowCount());
        assertEquals("top", text(t.cellAt(0, 0)));
        assertEquals("bottom", text(t.cellAt(1, 0)));
        assertEquals(new Rgb(186, 229, 95), t.cellAt(1, 0).fill());
    }

    @Test
    void rulingsOverhangingTheTableAddNoEmptyColumns() {
        List<Ruling> rs = new ArrayList<>(fullGrid());
        rs.add(Ruling.horizontal(100, 350, 362)); // the top border runs on past the last column
        rs.add(Ruling.vertical(362, 95, 105));
        GridTable t = new RulingTableFinder().find(new PageGeometry(600, 800, cellWords(), rs, List.of()), 1, new Warnings()).get(0);
        assertEquals(3, t.colCount());
        assertEquals(350, t.box().x1());
    }

    @Test
    void tableWithoutOuterSideBordersKeepsItsOuterColumns() {
        List<Ruling> rs = new ArrayList<>(fullGrid());
        rs.removeIf(r -> !r.horizontal() && (r.position() == 50 || r.position() == 350));
        GridTable t = new RulingTableFinder().find(new PageGeometry(600, 800, cellWords(), rs, List.of()), 1, new Warnings()).get(0);
        assertEquals(3, t.colCount());
        assertEquals("r2c0", text(t.cellAt(2, 0)));
        assertEquals("r2c2", text(t.cellAt(2, 2)));
    }

    @Test
    void irregularRulingsAreSquaredUpWithAWarning() {
        List<Ruling> rs = new ArrayList<>(fullGrid());
        // Take out the ruling between r0c0 and r0c1 and the one under r0c1: the merged area would be an L.
        rs.removeIf(r -> !r.horizontal() && r.position() == 150 && r.start() == 100);
        rs.removeIf(r -> r.horizontal() && r.position() == 130 && r.start() == 150);
        Warnings w = new Warnings();
        GridTable t = new RulingTableFinder().find(new PageGeometry(600, 800, cellWords(), rs, List.of()), 7, w).get(0);
        assertEquals(WarningCode.BROKEN_TABLE, w.toList().get(0).code());
        assertEquals(7, w.toList().get(0).page());
        GridCell c = t.cellAt(0, 0);
        assertEquals(2, c.rowSpan());
        assertEquals(2, c.colSpan());
        assertTrue(text(c).contains("r0c0") && text(c).contains("r1c1"));
    }

    @Test
    void twoSeparateGridsAreTwoTablesTopToBottom() {
        List<Ruling> rs = new ArrayList<>(fullGrid());
        for (Ruling r : fullGrid()) {
            rs.add(new Ruling(r.horizontal(), r.horizontal() ? r.position() + 300 : r.position(),
                    r.horizontal() ? r.start() : r.start() + 300, r.horizontal() ? r.end() : r.end() + 300));
        }
        List<Glyph> gs = new ArrayList<>(cellWords());
        gs.addAll(word("lower", 55, 420));
        gs.addAll(word("right", 255, 480));
        List<GridTable> ts = new RulingTableFinder().find(new PageGeometry(600, 800, gs, rs, List.of()), 1, new Warnings());
        assertEquals(2, ts.size());
        assertEquals(100, ts.get(0).box().y0());
        assertEquals("lower", text(ts.get(1).cellAt(0, 0)));
    }

    @Test
    void hatchingTooFineToBeATableIsSkipped() {
        List<Ruling> rs = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            rs.add(Ruling.horizontal(100 + 5 * i, 50, 1050));
            rs.add(Ruling.vertical(50 + 5 * i, 100, 1100));
        }
        PageGeometry page = new PageGeometry(1200, 1200, word("label", 60, 110), rs, List.of());
        assertTrue(new RulingTableFinder().find(page, 1, new Warnings()).isEmpty());
    }

    @Test
    void tablesStackedOnASharedBorderAreSplitWhereTheColumnsChange() {
        List<Ruling> rs = new ArrayList<>(fullGrid()); // 3 x 3 from y 100 to 190, columns at 50, 150, 250, 350
        // A second table hangs from the first one's bottom border, with columns at 50, 200, 400.
        for (float y : new float[] {190, 220, 250}) {
            rs.add(Ruling.horizontal(y, 50, 400));
        }
        for (float x : new float[] {50, 200, 400}) {
            rs.add(Ruling.vertical(x, 190, 250));
        }
        List<Glyph> gs = new ArrayList<>(cellWords());
        gs.addAll(word("below", 55, 210));
        gs.addAll(word("right", 205, 240));
        List<GridTable> ts = new RulingTableFinder().find(new PageGeometry(600, 800, gs, rs, List.of()), 1, new Warnings());
        assertEquals(2, ts.size());
        assertEquals(3, ts.get(0).rowCount());
        assertEquals(3, ts.get(0).colCount());
        assertEquals("r2c1", text(ts.get(0).cellAt(2, 1)));
        assertEquals(2, ts.get(1).rowCount());
        assertEquals(2, ts.get(1).colCount());
        assertEquals("below", text(ts.get(1).cellAt(0, 0)));
        assertEquals("right", text(ts.get(1).cellAt(1, 1)));
    }
}
