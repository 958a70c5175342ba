package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Colour that decorates is not status. Councils band their header rows, shade alternate rows, colour a
 * directorate or category column by what it names, and shade a column of labels one colour throughout; none of
 * that says Red, Amber or Green. Each table here, as a ruled PDF, an unruled PDF and Word, must give no ragTable
 * and no action status; the same plan with a real status column (fills in a column of its own, two or more
 * colours) still gives its statuses.
 */
class DecorativeColourIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();
    private static final String BAND = "#1f4e79";     // a dark blue header band (hue of BLUE)
    private static final String STRIPE = "#bdd7ee";   // a pale blue every other row (saturated enough to read as BLUE)
    private static final String CATEGORY = "#c6e0b4"; // a pale green category column (hue of GREEN)

    private static C band(String text) {
        return C.filled(BAND, text);
    }

    private static Stream<Arguments> forms(String name, Page page) {
        return Stream.of(Arguments.of(name + ".pdf", PlanFiles.pdf(page)), Arguments.of(name + "-unruled.pdf", PlanFiles.unruledPdf(page)),
                Arguments.of(name + ".docx", PlanFiles.docx(page)));
    }

    /** A plan whose header is banded, whose rows are striped, and whose directorate column is coloured per directorate. */
    static Stream<Arguments> decoratedPlans() {
        List<C> header = Stream.of("Ref", "Directorate", "Action", "Lead officer", "Due").map(DecorativeColourIT::band).toList();
        String[][] rows = {
            {"1", "CYPE", "Publish the early help offer", "Head of Early Help", "Oct 2023"},
            {"2", "ASCH", "Review the carers strategy", "Head of Commissioning", "Dec 2023"},
            {"3", "GET", "Resurface the A28 at Ashford", "Highways Manager", "Jan 2024"},
            {"4", "CYPE", "Recruit two social workers", "HR Business Partner", "Feb 2024"},
            {"5", "ASCH", "Open the day centre", "Service Manager", "Mar 2024"}};
        List<String> directorate = List.of("#a9d08e", "#f4b084", "#9bc2e6");
        List<List<C>> body = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String stripe = r % 2 == 1 ? STRIPE : null;
            String fill = directorate.get(List.of("CYPE", "ASCH", "GET").indexOf(rows[r][1]));
            body.add(List.of(cell(stripe, rows[r][0]), C.filled(fill, rows[r][1]), cell(stripe, rows[r][2]), cell(stripe, rows[r][3]),
                    cell(stripe, rows[r][4])));
        }
        Page page = Page.of("#Directorate Business Plan 2023-24", "Actions by directorate",
                new Grid(new float[] {30, 80, 230, 140, 70}, header, body));
        return forms("decorated-plan", page);
    }

    private static C cell(String fill, String text) {
        return fill == null ? C.of(text) : C.filled(fill, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoratedPlans")
    void bandsStripesAndDirectorateColoursGiveNoStatus(String name, byte[] bytes) throws IOException {
        Extraction x = PAPERS.extract(new ByteArrayInputStream(bytes), name);
        assertEquals(List.of(), x.records(RagTable.class), name);
        List<Action> actions = x.records(Action.class);
        assertEquals(5, actions.size(), name + ": the plan's actions are still read: " + actions);
        assertEquals("Resurface the A28 at Ashford", actions.get(2).text(), name);
        assertTrue(actions.stream().allMatch(a -> a.status() == null), name + ": " + actions.stream().map(Action::status).toList());
    }

    /** A performance table whose first column is shaded one colour (a category column) and whose header is banded. */
    static Stream<Arguments> shadedCategoryTables() {
        List<C> header = Stream.of("Service area", "Measure", "Target", "Actual").map(DecorativeColourIT::band).toList();
        List<List<C>> body = List.of(
                List.of(C.filled(CATEGORY, "Libraries"), C.of("Visits per 1,000 residents"), C.of("4,200"), C.of("4,350")),
                List.of(C.filled(CATEGORY, "Libraries"), C.of("Active borrowers"), C.of("21%"), C.of("19%")),
                List.of(C.filled(CATEGORY, "Waste"), C.of("Household waste recycled"), C.of("48%"), C.of("46%")),
                List.of(C.filled(CATEGORY, "Waste"), C.of("Missed collections per 100,000"), C.of("60"), C.of("41")));
        Page page = Page.of("#Quarterly Performance Summary", "Selected measures, quarter 2",
                new Grid(new float[] {120, 250, 80, 80}, header, body));
        return forms("shaded-category", page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shadedCategoryTables")
    void aShadedCategoryColumnIsNoStatus(String name, byte[] bytes) throws IOException {
        Extraction x = PAPERS.extract(new ByteArrayInputStream(bytes), name);
        assertEquals(List.of(), x.records(RagTable.class), name);
        assertEquals(List.of(), x.records(Action.class), name);
    }

    /** The decorated plan again, with a status column of its own: its fills are status, the decoration still is not. */
    static Stream<Arguments> decoratedPlansWithStatus() {
        List<C> header = Stream.of("Ref", "Directorate", "Action", "Lead officer", "Due", "RAG").map(DecorativeColourIT::band).toList();
        List<List<C>> body = List.of(
                List.of(C.of("1"), C.filled("#a9d08e", "CYPE"), C.of("Publish the early help offer"), C.of("Head of Early Help"),
                        C.of("Oct 2023"), C.filled("#00b050", "")),
                List.of(C.filled(STRIPE, "2"), C.filled("#f4b084", "ASCH"), C.filled(STRIPE, "Review the carers strategy"),
                        C.filled(STRIPE, "Head of Commissioning"), C.filled(STRIPE, "Dec 2023"), C.filled("#ffc000", "")),
                List.of(C.of("3"), C.filled("#9bc2e6", "GET"), C.of("Resurface the A28 at Ashford"), C.of("Highways Manager"),
                        C.of("Jan 2024"), C.filled("#ff0000", "")));
        Page page = Page.of("#Directorate Business Plan 2023-24", new Grid(new float[] {30, 80, 230, 140, 70, 40}, header, body));
        return forms("decorated-plan-rag", page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoratedPlansWithStatus")
    void aRealStatusColumnIsStillReadAmongDecoration(String name, byte[] bytes) throws IOException {
        Extraction x = PAPERS.extract(new ByteArrayInputStream(bytes), name);
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED), actions.stream().map(Action::status).toList(), name);
        List<RagTable> tables = x.records(RagTable.class);
        assertEquals(1, tables.size(), name);
        assertTrue(tables.get(0).columns().contains("Directorate"), name + ": the directorate column is a column, not a status: "
                + tables.get(0).columns());
    }
}
