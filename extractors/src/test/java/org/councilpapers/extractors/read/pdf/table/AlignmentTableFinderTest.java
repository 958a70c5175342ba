package org.councilpapers.extractors.read.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.junit.jupiter.api.Test;

class AlignmentTableFinderTest {
    private final AlignmentTableFinder finder = new AlignmentTableFinder();

    /** A line of text from (x, baseline), 10pt type, 5pt a character, spaces kept as glyphs. */
    static List<Glyph> text(String s, float x, float baseline) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            out.add(Glyph.of(s.substring(i, i + 1), x + 5 * i, baseline, 5, 10, false));
        }
        return out;
    }

    private List<GridTable> find(List<Glyph> glyphs) {
        return find(glyphs, List.of());
    }

    private List<GridTable> find(List<Glyph> glyphs, List<FilledRect> fills) {
        return finder.find(new PageGeometry(595, 842, glyphs, List.of(), fills), 1, new Warnings());
    }

    /** The text of the cell at a position: its glyphs in order, a space between lines, runs of spaces squashed. */
    static String cell(GridTable t, int r, int c) {
        StringBuilder b = new StringBuilder();
        float baseline = Float.NaN;
        for (Glyph g : t.cellAt(r, c).glyphs()) {
            if (!Float.isNaN(baseline) && g.baseline() != baseline) {
                b.append(' ');
            }
            baseline = g.baseline();
            b.append(g.text());
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** Every glyph of every cell lies inside its cell's box: no text bleeds into a neighbour. */
    static void assertNoBleed(GridTable t) {
        for (GridCell c : t.cells()) {
            for (Glyph g : c.glyphs()) {
                assertTrue(c.box().contains(g.centreX(), g.centreY()), () -> "'" + g.text() + "' outside " + c);
            }
        }
    }

    @Test
    void alignedColumnsWithoutRulesMakeATable() {
        List<Glyph> gs = new ArrayList<>();
        String[][] rows = {{"Measure", "Target", "Actual"}, {"Care leavers in work", "60%", "58%"},
                {"Visits on time", "95%", "97%"}, {"Plans reviewed", "100%", "92%"}};
        for (int r = 0; r < rows.length; r++) {
            gs.addAll(text(rows[r][0], 50, 100 + 14 * r));
            gs.addAll(text(rows[r][1], 250, 100 + 14 * r));
            gs.addAll(text(rows[r][2], 350, 100 + 14 * r));
        }
        List<GridTable> found = find(gs);
        assertEquals(1, found.size());
        GridTable t = found.get(0);
        assertEquals(4, t.rowCount());
        assertEquals(3, t.colCount());
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(rows[r][c], cell(t, r, c));
            }
        }
        assertNoBleed(t);
    }

    @Test
    void wrappedCellTextStaysInItsCellInOrderAndRowsComeFromTheSpacing() {
        List<Glyph> gs = new ArrayList<>();
        // Row 1: the action wraps over three lines; rows are parted by a blank line's worth of space.
        gs.addAll(text("Ref", 50, 100));
        gs.addAll(text("Action", 100, 100));
        gs.addAll(text("Owner", 330, 100));
        gs.addAll(text("1.1", 50, 124));
        gs.addAll(text("Recruit more foster", 100, 124));
        gs.addAll(text("Head of Service", 330, 124));
        gs.addAll(text("carers from the local", 100, 136));
        gs.addAll(text("area by March", 100, 148));
        gs.addAll(text("1.2", 50, 172));
        gs.addAll(text("Audit plans", 100, 172));
        gs.addAll(text("Director", 330, 172));
        gs.addAll(text("and visits", 100, 184));
        gs.addAll(text("1.3", 50, 208));
        gs.addAll(text("Train managers", 100, 208));
        gs.addAll(text("Principal", 330, 208));
        GridTable t = find(gs).get(0);
        assertEquals(4, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals("Recruit more foster carers from the local area by March", cell(t, 1, 1));
        assertEquals("Head of Service", cell(t, 1, 2));
        assertEquals("Audit plans and visits", cell(t, 2, 1));
        assertEquals("1.2", cell(t, 2, 0));
        assertNoBleed(t);
    }

    @Test
    void evenlySpacedRowsStartWhereTheFirstColumnHasText() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(text("Area", 50, 100));
        gs.addAll(text("Grade", 250, 100));
        gs.addAll(text("Help and protection", 50, 112));
        gs.addAll(text("Good", 250, 112));
        gs.addAll(text("Children in care", 50, 124));
        gs.addAll(text("Requires", 250, 124));
        gs.addAll(text("improvement", 250, 136));
        gs.addAll(text("Leadership", 50, 148));
        gs.addAll(text("Good", 250, 148));
        GridTable t = find(gs).get(0);
        assertEquals(4, t.rowCount());
        assertEquals("Requires improvement", cell(t, 2, 1));
        assertEquals("Leadership", cell(t, 3, 0));
    }

    @Test
    void headingOverTwoSubheadingsSpansThemAndTheHeaderCellsBesideSpanDown() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(text("Measure", 50, 100));
        gs.addAll(text("RAG rating", 285, 100));
        gs.addAll(text("Latest", 250, 112));
        gs.addAll(text("Previous", 330, 112));
        String[][] rows = {{"Timely assessments", "Green", "Amber"}, {"Visits in time", "Red", "Red"},
                {"Stable placements", "Amber", "Green"}};
        for (int r = 0; r < rows.length; r++) {
            gs.addAll(text(rows[r][0], 50, 126 + 12 * r));
            gs.addAll(text(rows[r][1], 250, 126 + 12 * r));
            gs.addAll(text(rows[r][2], 330, 126 + 12 * r));
        }
        GridTable t = find(gs).get(0);
        assertEquals(3, t.colCount());
        assertEquals(5, t.rowCount());
        assertEquals(2, t.headerRows());
        GridCell rag = t.cellAt(0, 1);
        assertEquals("RAG rating", cell(t, 0, 1));
        assertEquals(1, rag.col());
        assertEquals(2, rag.colSpan());
        assertEquals(rag, t.cellAt(0, 2));
        GridCell measure = t.cellAt(0, 0);
        assertEquals(2, measure.rowSpan());
        assertEquals("Latest", cell(t, 1, 1));
        assertEquals("Previous", cell(t, 1, 2));
        assertEquals("Visits in time", cell(t, 3, 0));
        assertEquals("Green", cell(t, 4, 2));
        assertNoBleed(t);
    }

    @Test
    void unruledShadedCellsGetTheirFill() {
        List<Glyph> gs = new ArrayList<>();
        List<FilledRect> fills = new ArrayList<>();
        String[] names = {"Timeliness", "Caseloads", "Stability", "Audits"};
        for (int r = 0; r < 4; r++) {
            gs.addAll(text(names[r], 50, 100 + 14 * r));
            gs.addAll(text("Action " + r, 200, 100 + 14 * r));
            gs.addAll(text("RAG", 350, 100 + 14 * r));
        }
        fills.add(new FilledRect(new Box(345, 114 - 9, 380, 114 + 4), new Rgb(255, 0, 0)));
        GridTable t = find(gs, fills).get(0);
        assertEquals(new Rgb(255, 0, 0), t.cellAt(1, 2).fill());
        assertEquals(null, t.cellAt(0, 2).fill());
    }

    @Test
    void justifiedProseIsNotATable() {
        List<Glyph> gs = new ArrayList<>();
        // Word gaps that happen to line up over a few lines are not column gutters: they are too narrow.
        String[] lines = {"The council  has agreed a  plan to improve", "services for children  who are  looked after",
                "and for care  leavers who  need support", "over the next  three years  of the plan."};
        for (int i = 0; i < lines.length; i++) {
            gs.addAll(text(lines[i], 50, 100 + 12 * i));
        }
        assertEquals(List.of(), find(gs));
    }

    @Test
    void twoColumnPageIsNotATable() {
        List<Glyph> gs = new ArrayList<>();
        String[] left = {"The inspection found that the", "authority has improved help for", "families since the last visit",
                "and that leaders know their", "services well and act on what", "they learn from audits of work"};
        String[] right = {"Children in care are seen by", "social workers who know them", "well and plans are reviewed",
                "on time by independent officers", "who challenge drift and make", "sure actions are taken quickly"};
        for (int i = 0; i < left.length; i++) {
            gs.addAll(text(left[i], 50, 100 + 12 * i));
            gs.addAll(text(right[i], 320, 100 + 12 * i));
        }
        assertEquals(List.of(), find(gs));
    }

    @Test
    void numberedListWithHangingIndentIsNotATable() {
        List<Glyph> gs = new ArrayList<>();
        String[][] items = {{"1.", "Note the report."}, {"2.", "Agree the plan."}, {"3.", "Ask for an update"},
                {"", "in six months."}, {"4.", "Thank the staff."}};
        for (int i = 0; i < items.length; i++) {
            gs.addAll(text(items[i][0], 50, 100 + 12 * i));
            gs.addAll(text(items[i][1], 80, 100 + 12 * i));
        }
        assertEquals(List.of(), find(gs));
    }

    @Test
    void aStrayMarkInItsOwnGutterIsNotAColumn() {
        List<Glyph> gs = new ArrayList<>();
        String[][] rows = {{"Date", "Thursday 30 January", "Ask for", "Georgina Little"},
                {"Venue", "Council Chamber", "Telephone", "03000 414043"}, {"Time", "10.00 am", "Email", "democratic services"},
                {"Items", "Nine", "Web", "kent.gov.uk"}};
        for (int r = 0; r < rows.length; r++) {
            gs.addAll(text(rows[r][0], 50, 100 + 12 * r));
            gs.addAll(text(rows[r][1], 100, 100 + 12 * r));
            gs.addAll(text(rows[r][2], 300, 100 + 12 * r));
            gs.addAll(text(rows[r][3], 380, 100 + 12 * r));
        }
        gs.addAll(text(".", 250, 124));
        assertEquals(List.of(), find(gs));
    }

    @Test
    void bulletListInASymbolFontIsNotATable() {
        // Symbol-font bullets come through as private-use characters; the items wrap under a hanging indent.
        List<Glyph> gs = new ArrayList<>();
        String[] items = {"ensure all elected members understand their duties", "ensure every child has a care plan",
            "consolidate the improvements made so far", "ensure care leavers have pathway plans"};
        for (int i = 0; i < items.length; i++) {
            gs.addAll(text("\uF0B7", 60, 100 + 24 * i));
            gs.addAll(text(items[i], 90, 100 + 24 * i));
            gs.addAll(text("which are reviewed on time", 90, 112 + 24 * i));
        }
        assertEquals(List.of(), find(gs));
    }

    @Test
    void twoLinesAlignedAreNotEnough() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(text("Report of:", 50, 100));
        gs.addAll(text("Director of Children's Services", 200, 100));
        gs.addAll(text("Wards:", 50, 112));
        gs.addAll(text("All", 200, 112));
        gs.addAll(text("This report asks the committee to note the progress made on the plan.", 50, 136));
        assertEquals(List.of(), find(gs));
    }

    @Test
    void proseAboveAndBelowIsLeftOutOfTheTable() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(text("The table below shows the latest figures for each of the measures.", 50, 88));
        for (int r = 0; r < 4; r++) {
            gs.addAll(text("Measure " + r, 50, 100 + 12 * r));
            gs.addAll(text(r + "0%", 250, 100 + 12 * r));
            gs.addAll(text("On track", 350, 100 + 12 * r));
        }
        gs.addAll(text("Figures are for the quarter to December and are not yet audited.", 50, 148));
        List<GridTable> found = find(gs);
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).rowCount());
        assertEquals("Measure 0", cell(found.get(0), 0, 0));
        assertEquals(List.of(), found.get(0).cells().stream().flatMap(c -> c.glyphs().stream())
                .filter(g -> g.baseline() < 95 || g.baseline() > 140).toList());
    }

    /** A line of text in another type size: {@code size}pt, {@code size / 2}pt a character. */
    static List<Glyph> text(String s, float x, float baseline, float size) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            out.add(Glyph.of(s.substring(i, i + 1), x + size / 2 * i, baseline, size / 2, size, false));
        }
        return out;
    }

    @Test
    void threeLinesOfFourAlignedCellsAreATableThoughTheirMiddleColumnIsProse() {
        List<Glyph> gs = new ArrayList<>();
        String[][] rows = {{"No.", "Recommendation", "Lead", "By"},
            {"1", "Check that every child who goes missing is offered an interview", "Head of Service", "May 2024"},
            {"2", "Give care leavers their health histories before they turn eighteen", "Head of Care", "June 2024"}};
        for (int r = 0; r < rows.length; r++) {
            gs.addAll(text(rows[r][0], 40, 100 + 18 * r));
            gs.addAll(text(rows[r][1], 70, 100 + 18 * r));
            gs.addAll(text(rows[r][2], 420, 100 + 18 * r));
            gs.addAll(text(rows[r][3], 520, 100 + 18 * r));
        }
        List<GridTable> found = find(gs);
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).rowCount());
        assertEquals(4, found.get(0).colCount());
        assertEquals("Give care leavers their health histories before they turn eighteen", cell(found.get(0), 2, 1));
        assertEquals("June 2024", cell(found.get(0), 2, 3));
    }

    @Test
    void threeLinesOfTwoAlignedCellsAreNotEnough() {
        List<Glyph> gs = new ArrayList<>();
        String[][] rows = {{"Report of:", "Director of Children's Services"}, {"Wards:", "All"}, {"Key decision:", "No"}};
        for (int r = 0; r < rows.length; r++) {
            gs.addAll(text(rows[r][0], 50, 100 + 12 * r));
            gs.addAll(text(rows[r][1], 200, 100 + 12 * r));
        }
        assertEquals(List.of(), find(gs));
    }

    @Test
    void aHeadingAndParagraphInLargerTypeAfterATableAreNotItsRows() {
        List<Glyph> gs = new ArrayList<>();
        String[][] rows = {{"Judgement", "Grade"}, {"The impact of leaders on practice with children", "Good"},
            {"The experiences of children in care", "Requires improvement to be good"}, {"Overall effectiveness", "Good"}};
        for (int r = 0; r < rows.length; r++) {
            gs.addAll(text(rows[r][0], 40, 100 + 18 * r, 8));
            gs.addAll(text(rows[r][1], 370, 100 + 18 * r, 8));
        }
        gs.addAll(text("3. Next steps", 40, 186, 13));
        gs.addAll(text("3.1 The council will publish its response.", 40, 208, 10));
        List<GridTable> found = find(gs);
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).rowCount());
        assertEquals("Overall effectiveness", cell(found.get(0), 3, 0));
        assertEquals(List.of(), found.get(0).cells().stream().flatMap(c -> c.glyphs().stream()).filter(g -> g.baseline() > 160).toList());
    }
}
