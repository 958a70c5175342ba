package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.pdf.UnruledTableFamiliesTest.Look;
import org.councilpapers.extractors.read.pdf.UnruledTableFamiliesTest.Sheet;
import org.councilpapers.extractors.read.pdf.UnruledTableFamiliesTest.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A landscape strategy plan printed without rules ("What we have committed to | Led by | Timescale | Measure | Shared
 * Outcome"): its first cells wrap onto two to four lines while the lead and the timescale hold one and the measure five, a
 * priority spans the table over the rows it heads, and a row's cells run on over a page break. Each row must stay one row,
 * its one-line cells never glued to the next row's, in templates with roomy cells and with none at all (rows spaced as
 * the lines inside a cell are, so only the cells that start on a row's first line part it from the row above).
 */
class WrappedPlanRowsTest {

    static Stream<Look> looks() {
        return Stream.of(
                new Look("Arial-like 8pt landscape, padded cells", FontName.HELVETICA, FontName.HELVETICA_BOLD, 8, 4, true),
                new Look("Arial-like 9pt landscape, tight cells", FontName.HELVETICA, FontName.HELVETICA_BOLD, 9, 1, true),
                new Look("Times 10pt landscape, no cell padding", FontName.TIMES_ROMAN, FontName.TIMES_BOLD, 10, 0, true),
                new Look("Arial-like 8pt portrait, padded cells", FontName.HELVETICA, FontName.HELVETICA_BOLD, 8, 3, false));
    }

    private static final String[] HEADER = {"What we have committed to", "Led by", "Timescale", "Measure", "Outcome"};
    private static final String GROUP = "Priority two: work with district councils and health partners on the wider causes of ill health";

    private static String[] row(String... cells) {
        return cells;
    }

    /** The plan's rows, the priority spanning the table among them. */
    private static List<String[]> body() {
        return List.of(
                row("Agree a shared delivery plan with\nthe district councils and the\nvoluntary sector", "CPH lead", "March 2026",
                        "Plan signed off by partners\nDistrict plans in place\nQuarterly reports to board\nGaps named and owned\nReview in the spring", "SO1"),
                row("Train staff in trauma informed\npractice", "DDPH", "2025",
                        "Staff trained\nAudit of records\nFeedback from families\nChampions named\nTraining repeated yearly", "SO2"),
                row(GROUP, null, null, null, null),
                row("Reduce falls among older people\nliving at home alone in the\ncoastal towns and villages of\nthe county", "Falls lead", "2026",
                        "Fewer admissions\nFalls pathway agreed\nCare homes signed up\nSensors piloted\nEvaluation published", "SO3"),
                row("Publish the healthy weight plan", "CPH", "2027", "Plan published\nPartners signed up", "SO4"));
    }

    /** The cells of a body row as the reader should give them: each cell's lines joined by spaces. */
    private static List<String> expected(String[] cells) {
        return Stream.of(cells).map(c -> c == null ? "" : c.replace('\n', ' ')).toList();
    }

    private static float[] widths(Look look) {
        float usable = look.page().getWidth() - 80;
        float[] shares = {6, 2, 2, 5, 1.5f};
        float sum = 16.5f;
        float[] out = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            out[i] = usable * shares[i] / sum;
        }
        return out;
    }

    private static LayoutDocument read(byte[] pdf) throws IOException {
        return new PdfLayoutReader().read(new Source(pdf, "plan.pdf", MediaTypes.PDF), new Warnings());
    }

    private static List<Table> tables(LayoutDocument d, int page) {
        return d.page(page).body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
    }

    private static String dump(List<Table> tables) {
        StringBuilder b = new StringBuilder();
        for (Table t : tables) {
            b.append("\n").append(t.rowCount()).append('x').append(t.colCount());
            for (int r = 0; r < t.rowCount(); r++) {
                b.append("\n  ").append(squashed(t.rowTexts(r)));
            }
        }
        return b.toString();
    }

    private static List<String> squashed(List<String> texts) {
        return texts.stream().map(s -> s.replaceAll("\\s+", " ").strip()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void eachWrappedRowIsOneRowAndThePriorityItsOwn(Look look) throws IOException {
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        rows.addAll(body());
        byte[] pdf = UnruledTableFamiliesTest.pdf(look, List.of(List.of(
                new Text("Proposed priorities for health and wellbeing", 40, 60, true), 80f, new Sheet(widths(look), 1, rows))));
        List<Table> found = tables(read(pdf), 1);
        assertEquals(1, found.size(), () -> "one table: " + dump(found));
        Table t = found.get(0);
        assertEquals(5, t.colCount(), () -> dump(found));
        assertEquals(rows.size(), t.rowCount(), () -> dump(found));
        assertEquals(expected(HEADER), squashed(t.rowTexts(0)));
        for (int r = 0; r < body().size(); r++) {
            String[] want = body().get(r);
            if (want[1] == null) {
                // the priority: its text in one cell, nothing else in its row
                assertEquals(GROUP, String.join(" ", squashed(t.rowTexts(r + 1))).strip(), "the priority is a row of its own");
                continue;
            }
            assertEquals(expected(want), squashed(t.rowTexts(r + 1)), "row " + (r + 1));
        }
    }

    /**
     * A row whose first cell and measure run on over the page break: the next page's top row has text in those cells only,
     * no lead and no timescale of its own, so it is the rest of the row; the row after it, with its own lead, is a new one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void aRowCarriedOverThePageBreakIsJoinedAndTheNextStaysItsOwn(Look look) throws IOException {
        List<String[]> first = new java.util.ArrayList<>();
        first.add(HEADER);
        first.addAll(body());
        first.add(row("Extend the social prescribing offer\nto every primary care network",
                "SP lead", "2026", "Networks joined\nReferrals made", "SO2"));
        List<String[]> second = List.of(HEADER,
                row("in the east of the county", null, null, "Waiting times cut\nPeople helped", null),
                row("Open two more healthy living centres", "Centres lead", "2027", "Centres opened", "SO3"),
                row("Review the plan with partners", "CPH", "2028", "Review held", "SO1"));
        byte[] pdf = UnruledTableFamiliesTest.pdf(look, List.of(
                List.of(80f, new Sheet(widths(look), 1, first)),
                List.of(80f, new Sheet(widths(look), 1, second),
                        new Text("Page 2", 40, look.page().getHeight() - 30, false))));
        LayoutDocument d = read(pdf);
        Table top = tables(d, 2).get(0);
        assertNotNull(top.continuation(), () -> "page 2 carries the plan on: " + dump(tables(d, 2)));
        assertEquals(1, top.continuation().repeatedHeaderRows());
        assertTrue(top.continuation().firstRowContinues(), "the top row has no lead or timescale of its own");
        Table joined = d.joinedBody().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).findFirst().orElseThrow();
        int cut = first.size() - 1;
        assertEquals(List.of("Extend the social prescribing offer to every primary care network in the east of the county",
                "SP lead", "2026", "Networks joined Referrals made Waiting times cut People helped", "SO2"),
                squashed(joined.rowTexts(cut)));
        assertEquals(List.of("Open two more healthy living centres", "Centres lead", "2027", "Centres opened", "SO3"),
                squashed(joined.rowTexts(cut + 1)));
        assertEquals(first.size() + 2, joined.rowCount());
        assertFalse(squashed(joined.rowTexts(cut + 1)).get(1).contains("SP lead"));
    }

    /**
     * The row above the break ends without a full stop, and the next page's top row starts with a capital: only its own lead
     * and timescale on its first line say it is a new row, and they must, or two actions' leads are read as one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void aNewRowAtThePageTopWithItsOwnLeadIsNotTheRowAbove(Look look) throws IOException {
        List<String[]> first = List.of(HEADER,
                row("Increase the checks offered to\nunderserved groups", "CPH lead", "2026", "Checks done\nUptake by group", "SO3"),
                row("Find hypertension and atrial\nfibrillation early in primary care", "CPH lead", "2026",
                        "Recorded prevalence\nTreatment levels", "SO4"));
        List<String[]> second = List.of(HEADER,
                row("Create a resilient health protection\nfunction for the county", "DDPH", "2025", "Function in place", "SO2"),
                row("Plan for epidemics and pandemics\nwith the local resilience forum", "DPH", "2024", "Plans drafted\nExercise held", "SO2"),
                row("Raise the uptake of immunisations", "DDPH", "2025", "Uptake by group", "SO1"));
        byte[] pdf = UnruledTableFamiliesTest.pdf(look, List.of(
                List.of(80f, new Sheet(widths(look), 1, first)),
                List.of(80f, new Sheet(widths(look), 1, second))));
        LayoutDocument d = read(pdf);
        Table top = tables(d, 2).get(0);
        assertNotNull(top.continuation(), () -> "page 2 carries the plan on: " + dump(tables(d, 2)));
        assertFalse(top.continuation().firstRowContinues(), "the top row has a lead and a timescale of its own");
        Table joined = d.joinedBody().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).findFirst().orElseThrow();
        assertEquals(6, joined.rowCount(), () -> dump(List.of(joined)));
        assertEquals(List.of("Find hypertension and atrial fibrillation early in primary care", "CPH lead", "2026",
                "Recorded prevalence Treatment levels", "SO4"), squashed(joined.rowTexts(2)));
        assertEquals(List.of("Create a resilient health protection function for the county", "DDPH", "2025", "Function in place", "SO2"),
                squashed(joined.rowTexts(3)));
    }
}
