package org.councilpapers.extractors.record.plan;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.filled;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.layout.TableContinuation;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.core.record.StatusEntry;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.testdata.LayoutFixtures.Part;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class ActionPlanExtractorTest {
    private final ActionPlanExtractor extractor = new ActionPlanExtractor();

    /** Runs the extractor as the pipeline does, the RAG key collected into the envelope. */
    static Extraction run(ActionPlanExtractor extractor, LayoutDocument doc) {
        DocumentInfo info = new DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain", DocumentKind.ACTION_PLAN, null, "Thurrock",
                null, doc.pageCount());
        Warnings warnings = new Warnings();
        Map<RagStatus, String> scale = new LinkedHashMap<>();
        List<PaperRecord> records = extractor.extract(doc, new ExtractContext(info, doc, warnings, scale));
        Extraction x = new Extraction(Extraction.SCHEMA_VERSION, info, records, warnings.toList(), scale);
        RecordAssertions.assertWellFormed(x, doc);
        return x;
    }

    private Extraction run(LayoutDocument doc) {
        return run(extractor, doc);
    }

    private static Cell cell(int r, int c, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        return Cell.of(r, c, 1, 1, false, blocks, null);
    }

    private static Cell header(int c, String text) {
        return Cell.of(0, c, 1, 1, true, List.of(Block.paragraph(text)), null);
    }

    private static Part tableOf(int rows, int cols, Cell... cells) {
        return table(new Table(List.of(cells), rows, cols, null));
    }

    static List<String> statuses(Action a) {
        return a.statusHistory().stream().map(e -> e.period() + "=" + e.status()).toList();
    }

    // ---- plans of rows -----------------------------------------------------------------------------------------------

    @Test
    void eachRowOfAPlanIsAnActionWithItsColumnsMappedByHeader() {
        Extraction x = run(document(
                heading(1, "Improvement plan"),
                table(row("No.", "Recommendation", "Description of Action(s) - How", "Owner(s) - Who", "By When (date)", "Score", "Direction of travel"),
                        row("1", "Ensure data is analysed", "A) Build a digest. B) Set up a board.", "Director of Children's Services", "By 27.10.12", "2",
                                "Improving"))));
        List<Action> actions = x.records(Action.class);
        assertEquals(1, actions.size());
        Action a = actions.get(0);
        assertEquals("1", a.reference());
        assertEquals("Ensure data is analysed", a.recommendation());
        assertEquals("A) Build a digest. B) Set up a board.", a.text());
        assertEquals("Director of Children's Services", a.owner());
        assertEquals("By 27.10.12", a.due());
        assertEquals(PartialDate.of(2012, 10, 27), a.dueDate());
        assertEquals("2", a.score());
        assertEquals("Improving", a.direction());
        assertNull(a.status());
        assertNull(a.table(), "a plan with no status column is no RAG table");
        assertTrue(x.records(RagTable.class).isEmpty());
    }

    @Test
    void anOwnerColumnWinsOverALeadColumnAndAScoredUpdateColumnIsAScore() {
        Action a = run(document(table(
                row("No.", "Recommendation", "Assigned Lead - Job Title/Name", "Update April 17", "Action", "Owner(s) - Who", "By when"),
                row("4", "Improve return interviews", "Paul Coke, Service Manager", "1", "Weekly monitoring", "Head of Service", "Ongoing"),
                row("5", "Improve participation", "Neale Laurie, Service Manager", "3", "Monitor minutes", "Head of Service", "Immediate"))))
                .records(Action.class).get(1);
        assertEquals("Head of Service", a.owner());
        assertEquals("3", a.score());
        assertEquals("Immediate", a.due());
        assertNull(a.dueDate());
    }

    @Test
    void oneRecommendationMergedDownOverSeveralActions() {
        Cell rec = Cell.of(1, 0, 2, 1, false, List.of(Block.paragraph("1. Improve health assessments")), null);
        List<Action> actions = run(document(tableOf(3, 4,
                header(0, "Recommendation"), header(1, "Action"), header(2, "Timescale"), header(3, "Lead person"),
                rec, cell(1, 1, "1.1 Agree a protocol"), cell(1, 2, "Oct 2019"), cell(1, 3, "Head of Children in Care"),
                cell(2, 1, "1.2 Audit assessments"), cell(2, 2, "Dec 2019"), cell(2, 3, "Designated Nurse"))))
                .records(Action.class);
        assertEquals(2, actions.size());
        assertEquals("Improve health assessments", actions.get(1).recommendation(), "merged down, numbering left off");
        assertEquals("1.2", actions.get(1).reference(), "a plan without a reference column takes the action's number");
        assertEquals("Audit assessments", actions.get(1).text());
        assertEquals(PartialDate.ofMonth(2019, 12), actions.get(1).dueDate());
    }

    @Test
    void aBlankRecommendationCellPutsTheRowUnderTheOneAbove() {
        List<Action> actions = run(document(table(
                row("Recommendation", "Action", "Lead person", "Progress"),
                row("Strengthen supervision", "Audit supervision files", "Principal Social Worker", "Begun"),
                row("", "Train team managers", "Workforce Lead", "Two cohorts trained")))).records(Action.class);
        assertEquals(2, actions.size());
        assertEquals("Strengthen supervision", actions.get(1).recommendation());
        assertEquals("Two cohorts trained", actions.get(1).progress());
    }

    @Test
    void aLabelledFirstCellWithNothingBesideItHeadsTheRowsUnderItWhereNothingIsMerged() {
        List<Action> actions = run(document(table(
                row("Our commitment", "Led by", "Phase", "How we will know"),
                row("Priority 1: Start well", "", "", ""),
                row("Extend the family hubs offer", "Head of Family Hubs", "March 2026", "Hubs open"),
                row("Reduce smoking in pregnancy", "Public Health Consultant", "1-2 years", "Rate at delivery"),
                row("Theme 2 – Ageing well", "", "", ""),
                row("Widen the falls prevention service", "Head of Adult Care", "2027", "Admissions down")))).records(Action.class);
        assertEquals(List.of("Extend the family hubs offer", "Reduce smoking in pregnancy", "Widen the falls prevention service"),
                actions.stream().map(Action::text).toList());
        assertEquals(List.of("Priority 1: Start well", "Priority 1: Start well", "Theme 2 – Ageing well"),
                actions.stream().map(Action::recommendation).toList());
    }

    @Test
    void aShadedFirstCellWithNothingBesideItHeadsTheRowsUnderIt() {
        Cell group = Cell.of(1, 0, 1, 1, false, List.of(Block.paragraph("Keeping children safe at home")), new Rgb(0xd9, 0xe2, 0xf3));
        List<Action> actions = run(document(tableOf(3, 3,
                header(0, "Action"), header(1, "Lead officer"), header(2, "Target date"),
                group, cell(1, 1), cell(1, 2),
                cell(2, 0, "Audit strategy meeting minutes"), cell(2, 1, "Head of Safeguarding"), cell(2, 2, "June 2025"))))
                .records(Action.class);
        assertEquals(1, actions.size());
        assertEquals("Keeping children safe at home", actions.get(0).recommendation());
    }

    @Test
    void anActionWithItsLeadAndDateStillBlankIsAnActionNotAGroupRow() {
        List<Action> actions = run(document(table(
                row("Action", "Lead officer", "Target date", "Progress"),
                row("Audit return home interviews each quarter", "", "", ""),
                row("Train team managers in reflective supervision", "Workforce Lead", "May 2025", "Two cohorts trained")))).records(Action.class);
        assertEquals(List.of("Audit return home interviews each quarter", "Train team managers in reflective supervision"),
                actions.stream().map(Action::text).toList());
        assertNull(actions.get(1).recommendation());
    }

    @Test
    void aPriorityColumnInWordsIsWhatTheActionsAnswer() {
        List<Action> actions = run(document(table(
                row("Priority", "Action", "Lead", "By when"),
                row("Children get the right help at the right time", "Open a single front door for referrals", "Head of Early Help", "April 2025"),
                row("Care leavers have a settled home", "Agree a housing protocol with the districts", "Head of Leaving Care", "June 2025"))))
                .records(Action.class);
        assertEquals(List.of("Children get the right help at the right time", "Care leavers have a settled home"),
                actions.stream().map(Action::recommendation).toList());
        assertEquals("Agree a housing protocol with the districts", actions.get(1).text());

        List<Action> themed = run(document(table(
                row("Key priorities", "What we will do", "Led by", "Timescale"),
                row("Fewer young people enter the justice system", "Extend the diversion scheme to every district", "Youth Justice Manager",
                        "2025"),
                row("Families are supported earlier and closer to home", "Train staff in the family hubs", "Head of Family Hubs", "2026"))))
                .records(Action.class);
        assertEquals("Families are supported earlier and closer to home", themed.get(1).recommendation());
    }

    @Test
    void aPriorityColumnOfLevelsIsNoRecommendation() {
        List<Action> actions = run(document(table(
                row("Action", "Priority", "Lead", "By when"),
                row("Open a single front door for referrals", "High", "Head of Early Help", "April 2025"),
                row("Agree a housing protocol with the districts", "Medium", "Head of Leaving Care", "June 2025"))))
                .records(Action.class);
        assertEquals(2, actions.size());
        assertNull(actions.get(0).recommendation());
        assertEquals("Open a single front door for referrals", actions.get(0).text());
    }

    @Test
    void aRowCutByAPageBreakIsJoinedAndTheRepeatedHeaderSkipped() {
        List<Action> actions = run(document(
                table(row("Recommendation", "Action", "Timescale", "Lead person"),
                        row("Strengthen supervision", "Introduce an audit cycle so that managers see where the frequency and", "April 17", "PSW")),
                pageBreak("2"),
                table(row("Recommendation", "Action", "Timescale", "Lead person"),
                        row("", "quality of supervision fall short", "", ""),
                        row("", "Train all team managers", "June '17", "Workforce Lead")))).records(Action.class);
        assertEquals(2, actions.size());
        assertEquals("Introduce an audit cycle so that managers see where the frequency and quality of supervision fall short", actions.get(0).text());
        assertEquals("Train all team managers", actions.get(1).text());
        assertEquals(PartialDate.ofMonth(2017, 6), actions.get(1).dueDate());
    }

    // ---- plans a page break cut, marked by the reader as continuations (read joined) ----------------------------------

    private static final List<String> PLAN_HEADER = List.of("Ref", "Recommendation", "Action", "Lead officer", "RAG");

    /** The part of a plan after a page break, as the reader marks it: its repeated header rows and whether its first row is the cut one's rest. */
    private static Part continued(int repeatedHeaderRows, boolean firstRowContinues, List<List<String>> rows) {
        return table(Table.ofTexts(rows).withContinuation(new TableContinuation(repeatedHeaderRows, firstRowContinues)));
    }

    private static Part planPageOne(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(PLAN_HEADER);
        all.addAll(rows);
        return table(new Table(Table.ofTexts(all).cells().stream().map(c -> c.row() == 0
                ? Cell.of(0, c.col(), 1, 1, true, c.blocks(), null) : c).toList(), all.size(), PLAN_HEADER.size(), null));
    }

    private static String squashed(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void aPlanContinuedWithItsHeaderRepeatedGivesEachActionThePageItsRowStartsOn() {
        Extraction x = run(document(
                heading(1, "Improvement plan"),
                planPageOne(List.of(List.of("1.1", "Families get help earlier", "Publish the early help offer", "Head of Early Help", "Green"),
                        List.of("1.2", "Families get help earlier", "Train partners in the assessment", "Early Help Manager", "Amber"))),
                pageBreak("12"),
                continued(1, false, List.of(PLAN_HEADER,
                        List.of("2.1", "Children are seen alone", "Audit visits monthly", "Service Manager", "Red"),
                        List.of("2.2", "Children are seen alone", "Recruit two social workers", "HR Business Partner", "Blue"))),
                pageBreak("13")));
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), actions.stream().map(Action::reference).toList(), "the repeated header is no action");
        assertEquals(List.of(1, 1, 2, 2), actions.stream().map(a -> a.provenance().page()).toList());
        assertEquals(List.of("12", "12", "13", "13"), actions.stream().map(a -> a.provenance().printedPage()).toList());
        assertEquals(RagStatus.RED, byRef(actions, "2.1").status());
        List<RagTable> tables = x.records(RagTable.class);
        assertEquals(1, tables.size(), "one plan over two pages is one RAG table");
        assertEquals(4, tables.get(0).rows().size());
        assertEquals(1, tables.get(0).provenance().page(), "the table starts on the first page");
        actions.forEach(a -> assertEquals(tables.get(0).id(), a.table(), a.reference() + " names its table"));
    }

    @Test
    void aPlanContinuedWithoutItsHeaderGivesEachActionItsOwnPage() {
        LayoutDocument doc = document(
                planPageOne(List.of(List.of("1.1", "Families get help earlier", "Publish the early help offer", "Head of Early Help", "Green"))),
                pageBreak("4"),
                continued(0, false, List.of(
                        List.of("2.1", "Children are seen alone", "Audit visits monthly", "Service Manager", "Red"))),
                pageBreak("5"),
                continued(0, false, List.of(
                        List.of("3.1", "Records are accurate", "Cleanse the case records", "Data Manager", "Amber"))));
        List<Action> actions = run(doc).records(Action.class);
        assertEquals(List.of("1.1", "2.1", "3.1"), actions.stream().map(Action::reference).toList());
        assertEquals(List.of(1, 2, 3), actions.stream().map(a -> a.provenance().page()).toList());
        Action a31 = byRef(actions, "3.1");
        assertTrue(doc.text(a31.provenance().start(), a31.provenance().end()).startsWith("3.1\tRecords are accurate\tCleanse the case records"),
                "the action's span is its own row on page 3");
    }

    @Test
    void aRowTheBreakCutIsOneActionWithTheWholeTextOnThePageItStartsOn() {
        List<Action> actions = run(document(
                planPageOne(List.of(List.of("1.1", "Families get help earlier", "Publish the early help offer", "Head of Early Help", "Green"),
                        List.of("1.2", "Families get help earlier", "Train partners in the", "Early Help", "Amber"))),
                pageBreak("7"),
                continued(1, true, List.of(PLAN_HEADER,
                        List.of("", "", "assessment framework", "Manager", ""),
                        List.of("2.1", "Children are seen alone", "Audit visits monthly", "Service Manager", "Red"))))).records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1"), actions.stream().map(Action::reference).toList(), "the rest of a cut row is no action of its own");
        Action a12 = byRef(actions, "1.2");
        assertEquals("Train partners in the assessment framework", squashed(a12.text()));
        assertEquals("Early Help Manager", squashed(a12.owner()));
        assertEquals(RagStatus.AMBER, a12.status());
        assertEquals(1, a12.provenance().page(), "the cut row starts on page 1");
        assertEquals("7", a12.provenance().printedPage());
        assertEquals(2, byRef(actions, "2.1").provenance().page());
    }

    @Test
    void aRowTheReaderDidNotSeeCutIsStillJoinedInsideAJoinedTable() {
        // The reader joined the parts but could not tell the first row on page 2 carries on the last on page 1; the words can.
        List<Action> actions = run(document(
                planPageOne(List.of(List.of("1.1", "Families get help earlier", "Introduce an audit cycle so that managers see where the", "PSW",
                        "Green"))),
                pageBreak("2"),
                continued(1, false, List.of(PLAN_HEADER,
                        List.of("", "", "frequency of supervision falls short", "", ""),
                        List.of("1.2", "Families get help earlier", "Train all team managers", "Workforce Lead", "Amber"))))).records(Action.class);
        assertEquals(List.of("1.1", "1.2"), actions.stream().map(Action::reference).toList());
        assertEquals("Introduce an audit cycle so that managers see where the frequency of supervision falls short",
                squashed(actions.get(0).text()));
        assertEquals(List.of(1, 2), actions.stream().map(a -> a.provenance().page()).toList());
    }

    @Test
    void aRowAfterABreakWithItsOwnLeadAndDueIsANewActionThoughTheLastEndsWithoutAFullStop() {
        List<Action> actions = run(document(
                table(row("Action", "Lead", "Due", "RAG"),
                        row("Reduce smoking in routine and manual groups", "CPH lead", "2026", "Green")),
                pageBreak("2"),
                org.councilpapers.testdata.LayoutFixtures.plainTable(
                        row("Increase the uptake of health checks", "DDPH", "2025", "Amber")))).records(Action.class);
        assertEquals(List.of("Reduce smoking in routine and manual groups", "Increase the uptake of health checks"),
                actions.stream().map(Action::text).toList(), "a row with its own lead and date is no cut row's rest");
        assertEquals(List.of("CPH lead", "DDPH"), actions.stream().map(Action::owner).toList());
        assertEquals(List.of("2026", "2025"), actions.stream().map(Action::due).toList());
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER), actions.stream().map(Action::status).toList());
    }

    @Test
    void aRowAfterABreakWithItsLeadAndDueBlankStillCarriesOnTheCutAction() {
        List<Action> actions = run(document(
                table(row("Action", "Lead", "Due", "RAG"),
                        row("Work with planners on the", "CPH lead", "2026", "Green")),
                pageBreak("2"),
                org.councilpapers.testdata.LayoutFixtures.plainTable(
                        row("Healthy Places programme", "", "", ""),
                        row("Increase the uptake of health checks", "DDPH", "2025", "Amber")))).records(Action.class);
        assertEquals(List.of("Work with planners on the Healthy Places programme", "Increase the uptake of health checks"),
                actions.stream().map(a -> squashed(a.text())).toList());
        assertEquals(List.of("CPH lead", "DDPH"), actions.stream().map(Action::owner).toList());
        assertEquals(List.of("2026", "2025"), actions.stream().map(Action::due).toList());
    }

    private static Cell boxed(int r, int c, boolean header, String text, float x0, float x1) {
        return Cell.of(r, c, 1, 1, header, text.isEmpty() ? List.of() : List.of(Block.paragraph(text)), null)
                .withBox(new org.councilpapers.core.layout.Box(x0, 100 + 20 * r, x1, 120 + 20 * r));
    }

    @Test
    void aContinuationWithAColumnFewerIsPutOnThePlansColumnsByWhereItsCellsStand() {
        float[] xs = {40, 70, 250, 330, 480, 560};
        String[] names = {"No.", "Recommendation", "Assigned Lead", "Description of Action(s) - How", "Owner(s) - Who"};
        List<Cell> first = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            first.add(boxed(0, c, true, names[c], xs[c], xs[c + 1]));
        }
        String[] row = {"15", "Ensure and demonstrate that", "Cherylyn", "A. Strengthen participation work", "Head of"};
        for (int c = 0; c < 5; c++) {
            first.add(boxed(1, c, false, row[c], xs[c], xs[c + 1]));
        }
        // Page 2, as the PDF reader gives the 2017 plan's: the number column is blank there and no cell, so the row's cells
        // are one column fewer and each starts one column left of the plan's.
        List<Cell> rest = List.of(
                boxed(0, 0, false, "children's views shape services", 70, 250),
                boxed(0, 1, false, "Senior, Principal Social Worker", 250, 330),
                boxed(0, 2, false, "stream to ensure it produces outcomes", 330, 480),
                boxed(0, 3, false, "Children's Social Care", 480, 560));
        List<Action> actions = run(document(
                tableOf(2, 5, first.toArray(Cell[]::new)),
                pageBreak("8"),
                table(new Table(rest, 1, 4, null)))).records(Action.class);
        assertEquals(1, actions.size());
        Action a = actions.get(0);
        assertEquals("Ensure and demonstrate that children's views shape services", a.recommendation());
        assertEquals("A. Strengthen participation work stream to ensure it produces outcomes", a.text());
        assertEquals("Head of Children's Social Care", a.owner());
    }

    @Test
    void aContinuationWhoseCellsFallTwoToAColumnIsNotForcedOntoThePlan() {
        float[] xs = {40, 200, 400, 560};
        String[] names = {"Action", "Owner", "Due"};
        List<Cell> first = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            first.add(boxed(0, c, true, names[c], xs[c], xs[c + 1]));
            first.add(boxed(1, c, false, new String[] {"Publish the offer", "Manager", "June 2024"}[c], xs[c], xs[c + 1]));
        }
        List<Cell> other = List.of(boxed(0, 0, false, "Budget", 40, 120), boxed(0, 1, false, "£40k", 120, 200),
                boxed(0, 2, false, "Spent", 200, 400), boxed(0, 3, false, "£12k", 400, 480), boxed(0, 4, false, "On plan", 480, 560));
        List<Action> actions = run(document(
                tableOf(2, 3, first.toArray(Cell[]::new)),
                table(new Table(other, 1, 5, null)))).records(Action.class);
        assertEquals(List.of("Publish the offer"), actions.stream().map(Action::text).toList(), "a table of five narrower columns is another table");
    }

    @Test
    void aHeaderlessTableStraightAfterAPlanContinuesIt() {
        List<Action> actions = run(document(
                table(row("Ref", "Action", "Owner", "Status"), row("1", "Publish the offer", "Manager", "Green")),
                pageBreak("2"),
                org.councilpapers.testdata.LayoutFixtures.plainTable(row("2", "Recruit workers", "Locality Lead", "Red")))).records(Action.class);
        assertEquals(2, actions.size());
        assertEquals("2", actions.get(1).reference());
        assertEquals(RagStatus.RED, actions.get(1).status());
    }

    @Test
    void statusFromFillsInSeveralShadesAndGreyMeansNone() {
        Extraction x = run(document(heading(2, "Tracker"), tableOf(5, 3,
                header(0, "Ref"), header(1, "Action"), header(2, "RAG"),
                cell(1, 0, "1"), cell(1, 1, "Publish the offer"), filled(1, 2, "", "#c6efce"),
                cell(2, 0, "2"), cell(2, 1, "Recruit workers"), filled(2, 2, "", "#ffeb9c"),
                cell(3, 0, "3"), cell(3, 1, "Agree a protocol"), filled(3, 2, "", "#c00000"),
                cell(4, 0, "4"), cell(4, 1, "Train leads"), filled(4, 2, "", "#d9d9d9"))));
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("GREEN", "AMBER", "RED", "null"), actions.stream().map(a -> String.valueOf(a.status())).toList());
        RagTable t = x.records(RagTable.class).get(0);
        assertEquals("Tracker", t.title());
        assertEquals(List.of("Ref", "Action"), t.columns());
        assertEquals(t.id(), actions.get(0).table(), "each action names the RAG table it came from");
        assertEquals(4, t.rows().size());
        assertEquals("1", t.rows().get(0).label());
    }

    @Test
    void statusFromWordsAndFromTextColour() {
        List<Action> actions = run(document(tableOf(3, 3,
                header(0, "Ref"), header(1, "Action"), header(2, "Status"),
                cell(1, 0, "1"), cell(1, 1, "Publish the offer"), cell(1, 2, "Not started"),
                cell(2, 0, "2"), cell(2, 1, "Recruit workers"), cell(2, 2, "Delivered").withTextColor(Rgb.parse("#0070c0").orElseThrow()))))
                .records(Action.class);
        assertEquals(RagStatus.RED, actions.get(0).status());
        assertEquals(RagStatus.BLUE, actions.get(1).status());
    }

    @Test
    void aGridOfPeriodsGivesHistoryAndTheLatestColouredPeriodIsTheStatus() {
        Action a = run(document(tableOf(2, 5,
                header(0, "Ref"), header(1, "Action"), header(2, "Q3 2019/20"), header(3, "Q1 2019/20"), header(4, "Q4 2019/20"),
                cell(1, 0, "EH2"), cell(1, 1, "Recruit workers"), filled(1, 2, "", "#ffc000"), filled(1, 3, "", "#00b050"),
                cell(1, 4, "")))).records(Action.class).get(0);
        assertEquals(List.of("Q1 2019/20=GREEN", "Q3 2019/20=AMBER", "Q4 2019/20=null"), statuses(a), "put in time order");
        assertEquals(RagStatus.AMBER, a.status(), "the latest period with a colour");
    }

    @Test
    void anUnknownFillInAStatusColumnIsAWarningNotAStatus() {
        Extraction x = run(document(tableOf(2, 3,
                header(0, "Ref"), header(1, "Action"), header(2, "RAG"),
                cell(1, 0, "1"), cell(1, 1, "Publish the offer"), filled(1, 2, "", "#7030a0"))));
        assertNull(x.records(Action.class).get(0).status());
        assertTrue(x.warnings().stream().anyMatch(w -> w.code() == WarningCode.UNKNOWN_STATUS));
    }

    @Test
    void aHeaderCutByAPageBreakIsNoRowAndARowCutMidSentenceIsJoined() {
        List<Action> actions = run(document(
                table(row("No.", "Recommendation", "Score - please select", "Owner(s) - Who", "By When (date)"),
                        row("4", "Improve return interviews", "1", "Head of Service", "Done.")),
                table(row("No.", "Recommendation", "Score - please", "Owner(s) -", "By When (date)")),
                pageBreak("2"),
                org.councilpapers.testdata.LayoutFixtures.plainTable(row("", "", "select", "Who", ""),
                        row("5", "Ensure that more", "1", "Head of", "All actions have")),
                pageBreak("3"),
                org.councilpapers.testdata.LayoutFixtures.plainTable(row("", "children take part in their reviews", "", "Children's Social Care",
                        "been completed."),
                        row("6", "Reduce emergency admissions", "2", "Head of Service", "Sept 16 / ongoing")))).records(Action.class);
        assertEquals(List.of("4", "5", "6"), actions.stream().map(Action::reference).toList());
        Action five = actions.get(1);
        assertEquals("Ensure that more children take part in their reviews", five.recommendation());
        assertEquals("Head of Children's Social Care", five.owner(), "an owner cut by the page break is one owner");
        assertEquals("All actions have been completed.", five.due());
        assertEquals("1", five.score(), "'select' and 'Who' were the rest of the header");
        assertEquals("Head of Service", actions.get(0).owner());
    }

    @Test
    void aTableCountingActionsIsNoPlan() {
        Extraction x = run(document(table(row("Due Date for Review or Completion", "Actions Completed / Closed", "Actions Outstanding"),
                row("Up to and including February 2025", "8", "1"))));
        assertTrue(x.records().isEmpty());
    }

    @Test
    void aRowShadedFromEdgeToEdgeIsDecorationNotStatus() {
        Extraction x = run(document(tableOf(3, 3,
                header(0, "Size group"), header(1, "Holdings"), header(2, "Area"),
                filled(1, 0, "Marginal", "#bae55f"), filled(1, 1, "39053", "#bae55f"), filled(1, 2, "12142", "#bae55f"),
                filled(2, 0, "Small", "#bae55f"), filled(2, 1, "7429", "#bae55f"), filled(2, 2, "2088", "#bae55f"))));
        assertTrue(x.records().isEmpty());
    }

    @Test
    void statusWordsInProgressTextWhereNoCellGivesAColour() {
        Extraction x = run(document(
                para("Key:"),
                para("Slipping - some delay, recoverable"),
                para("Embedded - complete and embedded in practice"),
                table(row("Ref", "Action", "Owner", "Progress", "Status"),
                        row("1", "Publish the offer", "HoS", "Draft agreed. Status: On track", ""),
                        row("2", "Train leads", "HoS", "Completed in March 2021", ""),
                        row("3", "Audit files", "HoS", "Slipping due to sickness in the team", ""),
                        row("4", "Review panel", "HoS", "Panel met twice", "Completed in May"),
                        row("5", "Recruit carers", "HoS", "Status: On track", "Red"),
                        row("6", "Complete the audit of supervision", "HoS", "Complete the audit before June", ""))));
        List<String> statuses = x.records(Action.class).stream().map(a -> String.valueOf(a.status())).toList();
        assertEquals(List.of("GREEN", "COMPLETED", "AMBER", "COMPLETED", "RED", "null"), statuses,
                "a labelled word, an opening word, the key's own word, prose in the status cell; the status cell wins; an instruction is none");
    }

    // ---- the document's key -------------------------------------------------------------------------------------------

    @Test
    void aKeyThatMapsAnotherColourIsHonouredAndItsDefinitionsGoToTheRagScale() {
        Extraction x = run(document(
                para("RAG Key"),
                tableOf(3, 2, filled(0, 0, "Purple", "#7030a0"), cell(0, 1, "Action completed and signed off"),
                        filled(1, 0, "Green", "#00b050"), cell(1, 1, "On track to deliver"),
                        filled(2, 0, "Red", "#c00000"), cell(2, 1, "Off track, needs escalation")),
                tableOf(2, 3, header(0, "Ref"), header(1, "Action"), header(2, "RAG"),
                        cell(1, 0, "1"), cell(1, 1, "Publish the offer"), filled(1, 2, "", "#7131a1"))));
        assertEquals(RagStatus.COMPLETED, x.records(Action.class).get(0).status(), "purple means completed in this key");
        assertEquals("Action completed and signed off", x.ragScale().get(RagStatus.COMPLETED));
        assertEquals("Off track, needs escalation", x.ragScale().get(RagStatus.RED));
        assertEquals(1, x.records(RagTable.class).size(), "the key itself is no RAG table");
    }

    @Test
    void aKeyLineWhoseBlueIsCompleteMakesACompleteCellBlue() {
        List<Action> keyed = run(document(
                para("Key"),
                para("Blue – complete and impact evidenced"),
                para("Green – on track"),
                para("Red – off track"),
                table(row("Ref", "Action", "Status"), row("1", "Publish the offer", "Complete"), row("2", "Train leads", "Completed."))))
                .records(Action.class);
        assertEquals(List.of(RagStatus.BLUE, RagStatus.BLUE), keyed.stream().map(Action::status).toList(), "the key's word for blue");
        List<Action> unkeyed = run(document(table(row("Ref", "Action", "Status"), row("1", "Publish the offer", "Complete"))))
                .records(Action.class);
        assertEquals(RagStatus.COMPLETED, unkeyed.get(0).status(), "without a key, complete is completed");
        List<Action> greenDone = run(document(para("Key: Green - complete; Amber - some delay; Red - off track"),
                table(row("Ref", "Action", "Status"), row("1", "Publish the offer", "Complete")))).records(Action.class);
        assertEquals(RagStatus.COMPLETED, greenDone.get(0).status(), "only blue takes over the word: a green 'complete' keeps the schema's completed");
    }

    @Test
    void aLoneAreaNameInTheFirstColumnHeadsTheRowsUnderItWithoutLabelOrShading() {
        List<Action> actions = run(document(table(
                row("Action", "Lead officer", "Target date", "Progress"),
                row("Children in care", "", "", ""),
                row("Audit care plans for permanence each quarter", "Head of Children in Care", "March 2026", "First audit done"),
                row("Leadership and governance", "", "", ""),
                row("Report performance to the Improvement Board monthly", "Director", "Ongoing", "Reporting started"),
                row("Hold a practice week with every team", "", "", "")))).records(Action.class);
        assertEquals(List.of("Audit care plans for permanence each quarter", "Report performance to the Improvement Board monthly",
                "Hold a practice week with every team"), actions.stream().map(Action::text).toList(),
                "an area's name is no action; the last row, something to do with nothing under it, is");
        assertEquals(List.of("Children in care", "Leadership and governance"), actions.subList(0, 2).stream().map(Action::recommendation).toList());
    }

    @Test
    void aKeyOfOtherWordsWrittenAsLines() {
        Extraction x = run(document(
                para("Key:"),
                para("Achieved - the action is complete and evidenced"),
                para("Slipping - some delay, recoverable"),
                para("The plan is reviewed monthly."),
                table(row("Ref", "Action", "Status"), row("1", "Publish the offer", "Slipping"), row("2", "Train leads", "Achieved"))));
        List<Action> actions = x.records(Action.class);
        assertEquals(RagStatus.AMBER, actions.get(0).status());
        assertEquals(RagStatus.COMPLETED, actions.get(1).status());
        assertEquals("some delay, recoverable", x.ragScale().get(RagStatus.AMBER));
    }

    @Test
    void aKeyUnderALabelASentenceAboveItWithRowsForArrows() {
        Extraction x = run(document(
                heading(2, "Key to KPI Ratings used"),
                para("This report includes 38 Key Performance Indicators, rated against targets and floor standards."),
                tableOf(4, 2, filled(0, 0, "GREEN", "#00ff00"), cell(0, 1, "Target has been achieved or exceeded"),
                        filled(1, 0, "AMBER", "#ffcc00"), cell(1, 1, "Floor Standard achieved but Target has not been met"),
                        filled(2, 0, "RED", "#c00000"), cell(2, 1, "Floor Standard has not been achieved"),
                        cell(3, 0, ""), cell(3, 1, "Performance is improving (positive trend)"))));
        assertEquals("Floor Standard achieved but Target has not been met", x.ragScale().get(RagStatus.AMBER));
        assertTrue(x.records(RagTable.class).isEmpty(), "the key is no scorecard");
    }

    @Test
    void aTableCountingStatusesIsNoKey() {
        Extraction x = run(document(table(row("Status", "Actions"), row("Red", "3"), row("Amber", "4"), row("Green", "12"))));
        assertTrue(x.ragScale().isEmpty());
    }

    // ---- statements of action -----------------------------------------------------------------------------------------

    private static Table grid(String[] periods, String... fills) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < periods.length; c++) {
            cells.add(Cell.of(0, c, periods[c]));
            cells.add(fills[c].isEmpty() ? Cell.of(1, c, "") : filled(1, c, "", fills[c]));
        }
        return new Table(cells, 2, periods.length, null);
    }

    private static final String[] PERIODS = {"Oct 2019", "Jan 2020", "April 2020", "July 2020"};

    private static Cell actionCell(int r, String ref, Table grid, String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String l : lines) {
            blocks.add(Block.paragraph(l));
        }
        blocks.add(Block.paragraph("RAG rating"));
        blocks.add(Block.table(grid));
        return Cell.of(r, 0, 1, 1, false, blocks, null);
    }

    @Test
    void aStatementLedByReferencesWithNestedGridsAndProgressPrintedAfter() {
        Extraction x = run(document(
                para("Written Statement of Action"),
                para("Area of Concern 1: Leaders did not know where children were placed."),
                tableOf(2, 4, header(0, "Actions"), header(1, "Action completed by"), header(2, "Responsible Officer"), header(3, "Outcomes"),
                        actionCell(1, "A1", grid(PERIODS, "#92d050", "#92d050", "#00aaff", "#00aaff"),
                                "A1. Management oversight of the SEND service", "a) Realign duties", "b) Amend job descriptions"),
                        cell(1, 1, "July 2019", "Ongoing"), cell(1, 2, "ADES", "ADES"), cell(1, 3, "Outcomes", "Clear lines of responsibility")),
                para("A1 progress update – July 2021 to September 2021:"),
                para("Actions a) and b) have been completed."),
                item("-", "The year to date figure is 84%."),
                tableOf(1, 3, actionCell(0, "A2", grid(PERIODS, "#92d050", "#ffc107", "", ""),
                                "A2: Review records of post 16 provision", "a) Recruit officers"),
                        cell(0, 1, "April 2020", "July 2019"), cell(0, 2, "P16SM", "SLSP")),
                para("A2 Progress update: Some actions were delayed by COVID restrictions.")));
        List<Action> actions = x.records(Action.class);
        assertEquals(2, actions.size());
        Action a1 = actions.get(0);
        assertEquals("A1", a1.reference());
        assertEquals("Management oversight of the SEND service\na) Realign duties\nb) Amend job descriptions", a1.text());
        assertEquals("ADES", a1.owner());
        assertNull(a1.due(), "each sub-action has its own date");
        assertEquals(RagStatus.BLUE, a1.status());
        assertEquals(List.of("Oct 2019=GREEN", "Jan 2020=GREEN", "April 2020=BLUE", "July 2020=BLUE"), statuses(a1));
        assertEquals("Actions a) and b) have been completed.\nThe year to date figure is 84%.", a1.progress());
        assertEquals("Leaders did not know where children were placed.", a1.recommendation());
        Action a2 = actions.get(1);
        assertEquals(RagStatus.AMBER, a2.status(), "the latest period that has a colour");
        assertEquals("P16SM; SLSP", a2.owner(), "sub-actions with different officers name them all");
        assertEquals("Some actions were delayed by COVID restrictions.", a2.progress());
        RagTable t = x.records(RagTable.class).get(0);
        assertEquals("Written Statement of Action", t.title());
        assertEquals(List.of("Actions", "Action completed by", "Responsible Officer", "Outcomes", "Progress"), t.columns());
        assertEquals(List.of("Oct 2019", "Jan 2020", "April 2020", "July 2020"), t.periods());
        RagRow row = t.rows().get(0);
        assertEquals("A1", row.label());
        assertEquals("July 2019; Ongoing", row.cells().get("Action completed by"));
        assertEquals(t.id(), a1.table());
    }

    @Test
    void aGridSetLooseAfterTheActionTableStillBelongsToIt() {
        List<Action> actions = run(document(
                tableOf(1, 3, cell(0, 0, "B1: Develop a dashboard", "a) Review indicators"), cell(0, 1, "March 2020"), cell(0, 2, "SLSP")),
                para("RAG rating"),
                table(grid(PERIODS, "yellow", "yellow", "", "")),
                para("B1 Progress update:- July 2021 to September 2021"),
                para("Action (a) has been completed."),
                tableOf(1, 3, cell(0, 0, "B2: Enable the voice of parents"), cell(0, 1, "Dec 2020"), cell(0, 2, "SLSPPEP")),
                table(grid(PERIODS, "", "", "", "")),
                para("B2 Progress update – July 2021 to September 2021"),
                para("Action (c) has been completed."))).records(Action.class);
        assertEquals(2, actions.size());
        assertEquals(RagStatus.AMBER, actions.get(0).status());
        assertEquals("March 2020", actions.get(0).due());
        assertNull(actions.get(1).status(), "a blank grid has no status");
        assertEquals(4, actions.get(1).statusHistory().size());
        assertTrue(actions.get(1).statusHistory().stream().allMatch(e -> e.status() == null));
    }

    @Test
    void anActionWhoseReferenceWasMisprintedIsNamedByItsProgressHeading() {
        List<Action> actions = run(document(
                tableOf(1, 2, cell(0, 0, "B4: Quality of provision"), cell(0, 1, "SLCSC")),
                table(grid(PERIODS, "yellow", "", "", "")),
                para("B4 Progress update – July 2021 to September 2021"),
                para("Action (b) has been completed."),
                para("98: Commissioning of provision"),
                tableOf(2, 2, cell(0, 0, "Produce new partnership agreements"), cell(0, 1, "SLSPPEP"),
                        cell(1, 0, "b) Audit provision"), cell(1, 1, "SLSPPEP")),
                table(grid(PERIODS, "", "", "", "")),
                para("B5 Progress update:- July 2021 to September 2021"),
                para("Actions a, b and c have been completed."))).records(Action.class);
        assertEquals(List.of("B4", "B5"), actions.stream().map(Action::reference).toList());
        assertEquals("Action (b) has been completed.", actions.get(0).progress(), "the heading of the next action is not progress");
        assertEquals("Commissioning of provision\nProduce new partnership agreements\nb) Audit provision", actions.get(1).text());
        assertEquals("SLSPPEP", actions.get(1).owner());
    }

    @Test
    void progressEndsWhereAListOfNamesBegins() {
        Action a = run(document(
                tableOf(1, 1, cell(0, 0, "C2: Revise the annual review process")),
                table(grid(PERIODS, "#92d050", "", "", "")),
                para("C2 Progress update – July 2021 to September 2021"),
                item("-", "74% of reviews have been completed."),
                para("This Written Statement of Action has been written in consultation with:"),
                para("Children's Overview and Scrutiny"),
                para("Parent Carer Forum"),
                para("Director's Board"),
                para("SEND Improvement Board"))).records(Action.class).get(0);
        assertEquals("74% of reviews have been completed.", a.progress());
    }

    @Test
    void referencesWithoutGridsOrProgressAreNoStatement() {
        Extraction x = run(document(
                para("A1: Key stage results improved this year."),
                para("B2: Attendance fell slightly.")));
        assertTrue(x.records().isEmpty());
    }

    @Test
    void aPlanWithItsOwnRecommendationColumnIsReadAsRowsEvenWithNumberedActions() {
        List<Action> actions = run(document(table(
                row("Recommendation", "Action", "Lead", "RAG"),
                row("Improve assessments", "1.1 Agree a protocol", "Nurse", "Green"),
                row("", "1.2 Audit assessments", "Nurse", "Amber")),
                para("1.1 Progress update: the protocol is agreed."))).records(Action.class);
        assertEquals(2, actions.size());
        assertEquals("Improve assessments", actions.get(1).recommendation());
        assertEquals(RagStatus.AMBER, actions.get(1).status());
    }

    // ---- scorecards ---------------------------------------------------------------------------------------------------

    @Test
    void aScorecardWithLatestAndPreviousRatingsUnderOneHeader() {
        Cell rag = Cell.of(0, 1, 1, 2, true, List.of(Block.paragraph("RAG rating")), null);
        Extraction x = run(document(heading(1, "Quarterly performance"), tableOf(4, 4,
                Cell.of(0, 0, 2, 1, true, List.of(Block.paragraph("Indicator")), null), rag,
                Cell.of(0, 3, 2, 1, true, List.of(Block.paragraph("DoT")), null),
                Cell.of(1, 1, 1, 1, true, List.of(Block.paragraph("Latest")), null), Cell.of(1, 2, 1, 1, true, List.of(Block.paragraph("Previous")), null),
                cell(2, 0, "Plans reviewed on time"), filled(2, 1, "GREEN", "#00b050"), filled(2, 2, "AMBER", "#ffc000"), cell(2, 3, "⇧"),
                cell(3, 0, "Caseloads under 20"), filled(3, 1, "RED", "#ff0000"), filled(3, 2, "GREEN", "#00b050"), cell(3, 3, "⇩"))));
        assertTrue(x.records(Action.class).isEmpty(), "a scorecard has no actions");
        RagTable t = x.records(RagTable.class).get(0);
        assertEquals("Quarterly performance", t.title());
        assertEquals(List.of("Indicator", "DoT"), t.columns());
        assertEquals(List.of("Previous", "Latest"), t.periods());
        RagRow second = t.rows().get(1);
        assertEquals("Caseloads under 20", second.label());
        assertEquals(RagStatus.RED, second.status());
        assertEquals(List.of(new StatusEntry("Previous", RagStatus.GREEN), new StatusEntry("Latest", RagStatus.RED)), second.statusHistory());
        assertEquals("⇩", second.cells().get("DoT"));
    }

    @Test
    void statusWordsInAnUnnamedColumnAreNotRead() {
        Extraction x = run(document(table(row("Ward", "Councillor", "Party"), row("Aveley", "A. Smith", "Green"), row("Grays", "B. Jones", "Green"))));
        assertTrue(x.records().isEmpty(), "'Green' under 'Party' is a party");
    }

    @Test
    void tablesOfOtherPapersAreNoPlans() {
        Extraction x = run(document(table(row("Topic", "Lead Officer", "Requested by Officer/Member"),
                row("Youth Cabinet Verbal Update", "Roberta Fontaine", "Standing Item"))));
        assertTrue(x.records().isEmpty());
    }

    // ---- papers: the samples and plans written in other shapes ------------------------------------------------------------

    private Extraction paper(String name) throws IOException {
        Path p = TestPapers.path(name);
        return run(new TextLayoutReader().read(Source.of(Files.readAllBytes(p), p.getFileName().toString()), new Warnings()));
    }

    static Action byRef(List<Action> actions, String ref) {
        return actions.stream().filter(a -> ref.equals(a.reference())).findFirst().orElseThrow(() -> new AssertionError("no action " + ref));
    }

    @Test
    void theTwentySeventeenPlanSheetGivesSixteenActions() throws IOException {
        Extraction x = paper("thurrock-2017-04-improvement-plan.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(16, actions.size(), "one per row; the header repeated before rows is no row");
        Action eight = byRef(actions, "8");
        assertEquals("Roger Edwardson, Interim Strategic Lead, School Improvement, Learning and Skills", eight.owner());
        assertEquals(PartialDate.of(2016, 9, 1), eight.dueDate(), "'01/09/2016- actions a,b and c now complete'");
        Action thirteen = byRef(actions, "13");
        assertEquals("3", thirteen.score());
        assertEquals("Maintained", thirteen.direction());
        assertEquals("Ongoing -", byRef(actions, "14").due());
        assertNull(byRef(actions, "14").dueDate());
        assertTrue(x.records(RagTable.class).isEmpty(), "the sheet has no colours and its score no key");
    }

    @Test
    void variantPlanOfRecommendationsOverActionRowsContinuedOnTheNextPage() throws IOException {
        Extraction x = paper("variants/plan-recommendation-rows-continued.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "3.1"), actions.stream().map(Action::reference).toList());
        assertEquals(List.of("COMPLETED", "GREEN", "AMBER", "RED", "GREEN", "RED"), actions.stream().map(a -> a.status().name()).toList());
        assertEquals("Improve the timeliness of initial health assessments for children entering care", byRef(actions, "1.3").recommendation());
        assertEquals("Strengthen management oversight of supervision", byRef(actions, "2.2").recommendation());
        assertEquals("Introduce a supervision audit cycle across all teams so that managers can see where the frequency and "
                + "quality of supervision fall short of the standard", byRef(actions, "2.1").text());
        assertEquals(PartialDate.of(2012, 10, 27), byRef(actions, "1.1").dueDate());
        assertNull(byRef(actions, "1.3").dueDate(), "Immediate");
        assertEquals(PartialDate.ofMonth(2016, 9), byRef(actions, "3.1").dueDate(), "Sept 16 / ongoing");
        RagTable t = x.records(RagTable.class).get(0);
        assertEquals("Children's Services Improvement Plan 2019/20", t.title());
        assertEquals(6, t.rows().size());
    }

    /** "| 1 | Ofsted: … | | | | |" over "1.1", "1.2": a recommendation row in a pipe tracker, its source label left off. */
    @Test
    void variantPipeTrackerWithRecommendationRowsOverNumberedActions() throws IOException {
        List<Action> actions = paper("variants/plan-tracker-pipe-recommendation-rows-numbered-parents.txt").records(Action.class);
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "3.1"), actions.stream().map(Action::reference).toList(),
                "a recommendation row is no action");
        String assessments = "The timeliness and quality of assessments for children in need";
        String oversight = "Management oversight of children on child protection plans";
        assertEquals(List.of(assessments, assessments, assessments, oversight, oversight, "Sufficiency of local placements for older children"),
                actions.stream().map(Action::recommendation).toList());
        assertEquals(List.of("Head of Assessment", "Quality Assurance Manager", "Principal Social Worker", "Safeguarding Service Manager",
                "Performance Lead", "Head of Placements"), actions.stream().map(Action::owner).toList());
        assertEquals(List.of("Nov 2024", "Ongoing", "March 2025", "Dec 2024", "Jan 2025", "Sept 2025"), actions.stream().map(Action::due).toList());
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.GREEN, RagStatus.AMBER, RagStatus.AMBER),
                actions.stream().map(Action::status).toList());
        assertEquals("Set a 35 working day standard for assessments and report against it weekly", byRef(actions, "1.1").text());
    }

    /** "Area for improvement 2: …", "AFI 3 – …": a numbered inspectorate label over a group row is left off its recommendation. */
    @Test
    void variantPipeTrackerWithNumberedAreaForImprovementLabels() throws IOException {
        List<Action> actions = paper("variants/plan-tracker-pipe-afi-numbered-labels.txt").records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "3.1", "3.2"), actions.stream().map(Action::reference).toList());
        String risk = "The service should make sure its risk-based inspection programme targets the premises of highest risk";
        String audits = "The timeliness of fire safety audits after a fire in a high-risk building";
        String prevention = "The service should improve how it evaluates its prevention activity";
        assertEquals(List.of(risk, risk, audits, prevention, prevention), actions.stream().map(Action::recommendation).toList());
    }

    /** "Priority action 1: …", "Recommendation 4 – …", "Area for development 2 - …": each label left off, in an HTML tracker. */
    @Test
    void variantHtmlTrackerWithPriorityActionAndRecommendationLabels() throws IOException {
        List<Action> actions = paper("variants/plan-tracker-html-priority-action-labels.txt").records(Action.class);
        assertEquals(List.of("1a", "1b", "2a", "3a"), actions.stream().map(Action::reference).toList());
        String therapy = "Leaders across the partnership should reduce the waiting times for speech and language therapy";
        assertEquals(List.of(therapy, therapy,
                "Leaders should make sure that annual reviews of education, health and care plans happen on time",
                "The quality of transition planning for young people moving into adult services"),
                actions.stream().map(Action::recommendation).toList());
    }

    /** An HTML tracker whose recommendation rows ("Recommendation 1 – …", "CQC: …") head lettered and numbered actions. */
    @Test
    void variantHtmlTrackerWithRecommendationRowsOverLetteredActions() throws IOException {
        List<Action> actions = paper("variants/plan-tracker-html-recommendation-rows-lead-officer.txt").records(Action.class);
        assertEquals(List.of("1a", "1b", "2.1", "2.2"), actions.stream().map(Action::reference).toList());
        String plans = "Leaders should improve the quality and timeliness of education, health and care plans";
        String waits = "Waiting times for neurodevelopmental assessments are too long";
        assertEquals(List.of(plans, plans, waits, waits), actions.stream().map(Action::recommendation).toList());
        assertEquals(List.of("SEND Service Manager", "Designated Clinical Officer", "Head of Commissioning", "Early Help Lead"),
                actions.stream().map(Action::owner).toList());
        assertEquals(List.of("April 2025", "June 2025", "May 2025", "March 2025"), actions.stream().map(Action::due).toList());
        assertEquals(List.of(RagStatus.COMPLETED, RagStatus.GREEN, RagStatus.RED, RagStatus.GREEN), actions.stream().map(Action::status).toList());
    }

    @Test
    void variantQuarterlyTrackerWithShadesTextColourAndAKeyOfOtherColours() throws IOException {
        Extraction x = paper("variants/plan-quarterly-fills-key.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("Q1 2019/20=GREEN", "Q2 2019/20=GREEN", "Q3 2019/20=COMPLETED", "Q4 2019/20=COMPLETED"),
                statuses(byRef(actions, "EH1")), "#92d050, #c6efce, then the key's purple");
        assertEquals(RagStatus.AMBER, byRef(actions, "EH2").status(), "grey in Q4 is no status; Q3's amber is the latest");
        assertEquals(List.of("Q1 2019/20=RED", "Q2 2019/20=RED", "Q3 2019/20=AMBER", "Q4 2019/20=null"), statuses(byRef(actions, "EH3")));
        assertEquals(RagStatus.BLUE, byRef(actions, "EH4").status(), "coloured text");
        assertEquals(PartialDate.of(2019, 6, 30), byRef(actions, "EH1").dueDate());
        assertEquals(List.of("Q1 2019/20", "Q2 2019/20", "Q3 2019/20", "Q4 2019/20"), x.records(RagTable.class).get(0).periods());
    }

    /** "Progress" over On track / At risk / Off track / Complete, beside an "Update" column of prose: the first is the status. */
    @Test
    void variantProgressColumnOfStatusWordsIsTheStatus() throws IOException {
        Extraction x = paper("variants/plan-status-on-track-at-risk.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.COMPLETED, RagStatus.GREEN),
                actions.stream().map(Action::status).toList());
        assertEquals("Four of six posts filled.", byRef(actions, "1.1").progress(), "the prose column stays the progress");
    }

    @Test
    void variantCleanStatementWithPeriodColumnsMergedCellsAndAKeyOfOtherWords() throws IOException {
        Extraction x = paper("variants/statement-of-action-clean.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1"), actions.stream().map(Action::reference).toList());
        Action first = byRef(actions, "1.1");
        assertEquals(RagStatus.COMPLETED, first.status(), "'Achieved' means completed in this paper's key");
        assertTrue(first.progress().startsWith("The framework was agreed by the SEND Partnership Board in December"));
        assertEquals("Dec 2021", byRef(actions, "1.2").due(), "the completion date is merged over both actions");
        assertEquals("SEND Training Lead", byRef(actions, "1.2").owner());
        assertEquals("Two training sessions were cancelled because of staff absence; they have been rebooked for April.",
                byRef(actions, "1.2").progress());
        assertNull(byRef(actions, "2.1").statusHistory().get(2).status(), "grey is no status");
        assertEquals(RagStatus.GREEN, byRef(actions, "2.1").status());
        assertEquals("Parents do not know what support is available locally.", byRef(actions, "2.1").recommendation());
        assertEquals("The action has been completed and its impact is evidenced", x.ragScale().get(RagStatus.COMPLETED));
    }

    // ---- trackers rating each action at several reviews ----------------------------------------------------------------

    /** "RAG Nov 2025 | RAG Jan 2026" under a colour key: January's rating is the status, November's the history. */
    @Test
    void variantTrackerRatedAtTwoMeetingsTakesTheLatestMonth() throws IOException {
        List<Action> actions = paper("variants/tracker-html-rag-two-months-colour-key.txt").records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3"), actions.stream().map(Action::reference).toList());
        assertEquals(Arrays.asList(RagStatus.BLUE, RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, null),
                actions.stream().map(Action::status).toList(), "January's column; blue 'Complete' is blue; grey 'Not started' is none");
        assertEquals(List.of("Nov 2025=GREEN", "Jan 2026=BLUE"), statuses(byRef(actions, "1.1")));
        assertEquals(List.of("Nov 2025=null", "Jan 2026=AMBER"), statuses(byRef(actions, "2.1")), "grey 'Not started' is no status");
        assertEquals("Care leavers do not always have suitable accommodation", byRef(actions, "2.2").recommendation());
        assertEquals("Care Leavers Service Manager", byRef(actions, "2.2").owner());
        assertEquals("The tender opened late; six providers have expressed interest.", byRef(actions, "2.1").progress());
    }

    /** The rating columns before the action's text and newest first: the dates, not the order printed, say which is latest. */
    @Test
    void variantTrackerWithRatingsFirstAndNewestFirstTakesTheLatestDate() throws IOException {
        List<Action> actions = paper("variants/tracker-html-status-first-newest-first.txt").records(Action.class);
        assertEquals(Arrays.asList(RagStatus.BLUE, RagStatus.AMBER, RagStatus.GREEN, null), actions.stream().map(Action::status).toList());
        assertEquals(List.of("Nov 2025=GREEN", "Jan 2026=AMBER"), statuses(byRef(actions, "A2")), "history in time order");
        assertEquals("Recruit four additional EHC plan coordinators", byRef(actions, "A1").text());
        assertEquals("Parents do not know what the local offer contains", byRef(actions, "B1").recommendation(),
                "'Area of weakness 2:' is the label, not the point");
    }

    /** "Previous RAG | Current RAG" in words: the current column is the status. */
    @Test
    void variantTrackerWithPreviousAndCurrentRagTakesTheCurrent() throws IOException {
        List<Action> actions = paper("variants/tracker-pipe-previous-current-rag.txt").records(Action.class);
        assertEquals(List.of(RagStatus.GREEN, RagStatus.COMPLETED, RagStatus.AMBER, RagStatus.RED), actions.stream().map(Action::status).toList());
        assertEquals(List.of("Previous=AMBER", "Current=GREEN"), statuses(byRef(actions, "CL1")));
    }

    /**
     * RAG columns headed by the Board's full date ("RAG 12/09/2025 | RAG 14/11/2025"), a key on one line whose blue is
     * "complete" (no swatches), group rows that are only an area's name in the reference column, and an action whose
     * every review is blank though its commentary says "Not started".
     */
    @Test
    void variantTrackerOfDatedReviewsUnderALineKeyWithUnmarkedGroupRows() throws IOException {
        Extraction x = paper("variants/tracker-html-dated-rag-columns-lone-group-rows-line-key.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("W1", "W2", "C1", "C2"), actions.stream().map(Action::reference).toList(), "the area rows are no actions");
        assertEquals(List.of("Waiting lists for care act assessments", "Waiting lists for care act assessments",
                "Carers' assessments and support", "Carers' assessments and support"), actions.stream().map(Action::recommendation).toList());
        assertEquals(Arrays.asList(RagStatus.BLUE, RagStatus.AMBER, RagStatus.AMBER, null), actions.stream().map(Action::status).toList(),
                "the latest Board's rating; 'Complete' is the key's blue; a blank grid is no rating, whatever the commentary says");
        assertEquals(List.of("12/09/2025=GREEN", "14/11/2025=BLUE"), statuses(actions.get(0)));
        assertEquals(List.of("12/09/2025=RED", "14/11/2025=AMBER"), statuses(byRef(actions, "C1")));
        assertEquals("off track", x.ragScale().get(RagStatus.RED));
    }

    /** "Status at 30/09/2025 | Status at 31/12/2025" in words, area rows in the number column, a blank grid under a "Not yet started" update. */
    @Test
    void variantTrackerOfStatusAtQuarterEndDates() throws IOException {
        List<Action> actions = paper("variants/tracker-pipe-status-at-dates-blank-grid.txt").records(Action.class);
        assertEquals(List.of("1", "2", "3", "4"), actions.stream().map(Action::reference).toList());
        assertEquals(List.of("Damp and mould", "Damp and mould", "Communal repairs", "Communal repairs"),
                actions.stream().map(Action::recommendation).toList());
        assertEquals(Arrays.asList(RagStatus.GREEN, RagStatus.COMPLETED, RagStatus.RED, null), actions.stream().map(Action::status).toList(),
                "no key here: 'Completed' is completed; the blank grid of action 4 is no red");
        assertEquals(List.of("30/09/2025=AMBER", "31/12/2025=GREEN"), statuses(actions.get(0)));
    }

    /** "Status (previous) | Status (current)", then another tracker "RAG Q2 | RAG Q1": two plans, each read by its own periods. */
    @Test
    void variantTwoTrackersOfOtherPeriodsAreEachReadByTheirOwnHeader() throws IOException {
        List<Action> actions = paper("variants/tracker-pipe-status-previous-current-quarters.txt").records(Action.class);
        assertEquals(List.of(RagStatus.GREEN, RagStatus.BLUE, RagStatus.AMBER, RagStatus.AMBER, RagStatus.GREEN),
                actions.stream().map(Action::status).toList(), "the key's lines print blue as 'complete and embedded': G2's 'Completed' is blue");
        assertEquals(List.of("previous=null", "current=AMBER"), statuses(byRef(actions, "G3")),
                "the key prints 'not started' as grey, outside the scale: the words are no status here");
        assertEquals(List.of("Q1=RED", "Q2=AMBER"), statuses(byRef(actions, "H1")), "Q2 printed first is still the latest");
    }

    /** Two rating columns whose headers carry no order a reader can date: the rightmost is the status. */
    @Test
    void variantTrackerWithUndatedRatingColumnsTakesTheRightmost() throws IOException {
        List<Action> actions = paper("variants/tracker-pipe-two-unnamed-rag-columns.txt").records(Action.class);
        assertEquals(List.of(RagStatus.GREEN, RagStatus.RED, RagStatus.AMBER), actions.stream().map(Action::status).toList());
        assertEquals("Head of Adult Safeguarding", actions.get(1).owner());
    }

    /** A key printed as one row of swatches: purple "Closed" makes purple fills completed; grey "Not yet started" is no status. */
    @Test
    void variantTrackerUnderAOneRowKeyOfItsOwnColours() throws IOException {
        List<Action> actions = paper("variants/tracker-html-quarters-row-key-purple.txt").records(Action.class);
        assertEquals(List.of(RagStatus.COMPLETED, RagStatus.AMBER, RagStatus.RED), actions.stream().map(Action::status).toList());
        assertEquals(List.of("Q1 2025/26=null", "Q2 2025/26=AMBER"), statuses(byRef(actions, "YJ2")));
        assertEquals("Practice Development Lead", byRef(actions, "YJ2").owner());
    }

    /** A row of coloured directorate names, unlabelled, is no key; under a "Key" label the row's hues and words are read. */
    @Test
    void aRowOfColouredNamesIsAKeyOnlyWhenItsWordsNameStatuses() {
        Rgb green = Rgb.parse("#00b050").orElseThrow();
        Rgb amber = Rgb.parse("#ffc000").orElseThrow();
        Rgb red = Rgb.parse("#c00000").orElseThrow();
        Table directorates = new Table(List.of(Cell.of(0, 0, 1, 1, false, List.of(Block.paragraph("Place")), green),
                Cell.of(0, 1, 1, 1, false, List.of(Block.paragraph("Adults")), amber),
                Cell.of(0, 2, 1, 1, false, List.of(Block.paragraph("Resources")), red)), 1, 3, null);
        assertTrue(RagKey.find(List.of(Block.table(directorates)), new Warnings()).isEmpty());
        Table key = new Table(List.of(Cell.of(0, 0, 1, 1, false, List.of(Block.paragraph("Good progress")), green),
                Cell.of(0, 1, 1, 1, false, List.of(Block.paragraph("Slipping")), amber),
                Cell.of(0, 2, 1, 1, false, List.of(Block.paragraph("Stalled")), red)), 1, 3, null);
        RagKey read = RagKey.find(List.of(Block.paragraph("Key"), Block.table(key)), new Warnings());
        assertEquals(java.util.Optional.of(RagStatus.AMBER), read.word("Slipping"));
    }

    /** One dated rating column is the plan's status column, no history; "Not started" in an uncoloured cell is red, as before. */
    @Test
    void oneDatedRatingColumnIsTheStatusWithNoHistory() {
        Extraction x = run(new ActionPlanExtractor(), document(heading(1, "Action plan"), tableOf(3, 4,
                header(0, "Action"), header(1, "Owner"), header(2, "RAG Jan 2026"), header(3, "Update"),
                Cell.of(1, 0, 1, 1, false, List.of(Block.paragraph("Publish the new early help strategy")), null),
                Cell.of(1, 1, 1, 1, false, List.of(Block.paragraph("Head of Early Help")), null),
                Cell.of(1, 2, 1, 1, false, List.of(Block.paragraph("Not started")), null),
                Cell.of(1, 3, 1, 1, false, List.of(Block.paragraph("Drafting begins in March.")), null),
                Cell.of(2, 0, 1, 1, false, List.of(Block.paragraph("Train all staff in the new assessment")), null),
                Cell.of(2, 1, 1, 1, false, List.of(Block.paragraph("Workforce Lead")), null),
                Cell.of(2, 2, 1, 1, false, List.of(Block.paragraph("Green")), null),
                Cell.of(2, 3, 1, 1, false, List.of(Block.paragraph("Two sessions held.")), null))));
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of(RagStatus.RED, RagStatus.GREEN), actions.stream().map(Action::status).toList());
        assertTrue(actions.stream().allMatch(a -> a.statusHistory().isEmpty()));
    }

    @Test
    void variantScorecardWithLatestAndPreviousRatings() throws IOException {
        Extraction x = paper("variants/kpi-scorecard-latest-previous.txt");
        RagTable t = x.records(RagTable.class).get(0);
        assertEquals(List.of("Indicator", "Target", "Actual", "Direction of travel"), t.columns());
        assertEquals(List.of("Previous", "Latest"), t.periods());
        assertEquals(List.of("GREEN", "AMBER", "RED"), t.rows().stream().map(r -> r.status().name()).toList());
        assertEquals("⇩", t.rows().get(2).cells().get("Direction of travel"));
    }

}
