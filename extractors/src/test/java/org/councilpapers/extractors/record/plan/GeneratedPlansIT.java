package org.councilpapers.extractors.record.plan;

import static org.councilpapers.extractors.record.plan.ActionPlanExtractorTest.byRef;
import static org.councilpapers.extractors.record.plan.ActionPlanExtractorTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.councilpapers.extractors.record.PlanFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans made in code, as PDF and as Word, read through the standard readers: fills in several
 * shades per colour, a recommendation merged down over its actions, a grid of review periods, a
 * key mapping a colour (purple) and a word (Achieved) of its own, status given as text colour and
 * in words, the date forms plans use, and a plan continued over two pages.
 */
class GeneratedPlansIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();
    private static final float[] WIDTHS = {30, 120, 150, 90, 60, 55, 55, 55, 130};
    private static final List<C> HEADER = Stream.of("Ref", "Recommendation", "Action", "Lead officer", "Due", "Q1 2023/24", "Q2 2023/24",
            "Q3 2023/24", "Progress").map(C::of).toList();
    private static final Grid KEY = new Grid(new float[] {70, 300}, List.of(C.of("Colour"), C.of("Meaning")), List.of(
            List.of(C.filled("#7030a0", ""), C.of("Not started")),
            List.of(C.filled("#00b050", "Green"), C.of("On track to be completed by the agreed date")),
            List.of(C.filled("#ffc000", "Amber"), C.of("Started but with some delay")),
            List.of(C.filled("#00b0f0", "Blue"), C.of("Complete and embedded in practice")),
            List.of(C.of("Achieved"), C.of("The action is complete and evidenced"))));

    private static List<C> row(C... cells) {
        return List.of(cells);
    }

    private static final List<C> ROW_1_1 = row(C.of("1.1"), C.of("Families get help", "earlier"), C.of("Publish the early help offer"),
            C.of("Head of Early Help"), C.of("By 27.10.23"), C.filled("#00b050", ""), C.filled("#92d050", ""), C.filled("#c6efce", ""),
            C.of("Published in May"));
    private static final List<C> ROW_1_2 = row(C.of("1.2"), C.merged(), C.of("Train partners in the assessment"),
            C.of("Early Help Manager"), C.of("Oct 2023"), C.filled("#ffc000", ""), C.filled("#ffc107", ""), C.filled("#ffff00", ""),
            C.of("Two sessions held"));
    private static final List<C> ROW_2_1 = row(C.of("2.1"), C.of("Children are seen alone"), C.of("Audit visits monthly"),
            C.of("Service Manager"), C.of("14.9.23"), C.filled("#ff0000", ""), C.filled("#c00000", ""), C.filled("#7131a1", ""),
            C.of("Audits delayed"));
    private static final List<C> ROW_2_2 = row(C.of("2.2"), C.merged(), C.of("Recruit two social workers"),
            C.of("HR Business Partner"), C.of("June '24"), C.filled("#00b0f0", ""), C.filled("#0070c0", ""), C.filled("#d9d9d9", ""),
            C.of("Both posts filled"));
    private static final List<C> ROW_3_1 = row(C.of("3.1"), C.of("Records are accurate"), C.of("Cleanse the case records"),
            C.of("Data Manager"), C.of("Immediate"), C.filled("#ffffff", ""), C.coloured("#00b050", "GREEN"), C.of("Achieved"),
            C.of("Cleansing finished"));
    private static final List<C> ROW_3_2 = row(C.of("3.2"), C.merged(), C.of("Report data quality monthly"),
            C.of("Data Manager"), C.of("April 24"), C.of(""), C.of(""), C.of(""), C.of("First report in May. Status: On track"));

    static Stream<Arguments> onePagePlan() {
        Page page = Page.of("#Early Help Improvement Plan 2023", "RAG key", KEY,
                new Grid(WIDTHS, HEADER, List.of(ROW_1_1, ROW_1_2, ROW_2_1, ROW_2_2, ROW_3_1, ROW_3_2)));
        return Stream.of(Arguments.of("plan.pdf", PlanFiles.pdf(page)), Arguments.of("plan.docx", PlanFiles.docx(page)));
    }

    private static Extraction read(String name, byte[] bytes) throws IOException {
        return ActionPlanExtractorTest.run(new ActionPlanExtractor(), PAPERS.layout(Source.of(bytes, name), new Warnings()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onePagePlan")
    void aColouredPlanWithAKeyOfItsOwn(String name, byte[] bytes) throws IOException {
        Extraction x = read(name, bytes);
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2"), actions.stream().map(Action::reference).toList());

        Action a11 = byRef(actions, "1.1");
        assertEquals("Families get help earlier", a11.recommendation());
        assertEquals("Publish the early help offer", a11.text());
        assertEquals("Head of Early Help", a11.owner());
        assertEquals("By 27.10.23", a11.due());
        assertEquals(PartialDate.of(2023, 10, 27), a11.dueDate());
        assertEquals(List.of("Q1 2023/24=GREEN", "Q2 2023/24=GREEN", "Q3 2023/24=GREEN"), statuses(a11), "#00b050, #92d050, pale #c6efce");
        assertEquals("Published in May", a11.progress());

        Action a12 = byRef(actions, "1.2");
        assertEquals("Families get help earlier", a12.recommendation(), "the recommendation cell is merged down over 1.2");
        assertEquals(PartialDate.ofMonth(2023, 10), a12.dueDate());
        assertEquals(List.of("Q1 2023/24=AMBER", "Q2 2023/24=AMBER", "Q3 2023/24=AMBER"), statuses(a12), "#ffc000, #ffc107, yellow");

        Action a21 = byRef(actions, "2.1");
        assertEquals(PartialDate.of(2023, 9, 14), a21.dueDate());
        assertEquals(List.of("Q1 2023/24=RED", "Q2 2023/24=RED", "Q3 2023/24=RED"), statuses(a21),
                "#ff0000, #c00000, and a near shade of the key's purple, which means not started");

        Action a22 = byRef(actions, "2.2");
        assertEquals("Children are seen alone", a22.recommendation());
        assertEquals(PartialDate.ofMonth(2024, 6), a22.dueDate(), "June '24");
        assertEquals(List.of("Q1 2023/24=BLUE", "Q2 2023/24=BLUE", "Q3 2023/24=null"), statuses(a22), "#00b0f0, #0070c0, grey is no status");
        assertEquals(RagStatus.BLUE, a22.status(), "the latest period with a status");

        Action a31 = byRef(actions, "3.1");
        assertNull(a31.dueDate(), "Immediate");
        assertEquals("Immediate", a31.due());
        assertEquals(List.of("Q1 2023/24=null", "Q2 2023/24=GREEN", "Q3 2023/24=COMPLETED"), statuses(a31),
                "white is no status; GREEN written in green; the key's own word Achieved");
        assertEquals(RagStatus.COMPLETED, a31.status());

        Action a32 = byRef(actions, "3.2");
        assertEquals(PartialDate.ofMonth(2024, 4), a32.dueDate(), "April 24");
        assertEquals(RagStatus.GREEN, a32.status(), "no colour in the grid; the update says 'Status: On track'");

        List<RagTable> tables = x.records(RagTable.class);
        assertEquals(1, tables.size(), "the key is no RAG table");
        RagTable t = tables.get(0);
        assertEquals("Early Help Improvement Plan 2023", t.title());
        assertEquals(List.of("Q1 2023/24", "Q2 2023/24", "Q3 2023/24"), t.periods());
        assertEquals(6, t.rows().size());
        actions.forEach(a -> assertEquals(t.id(), a.table(), a.reference() + " names its table"));
        assertEquals("Not started", x.ragScale().get(RagStatus.RED));
        assertEquals("The action is complete and evidenced", x.ragScale().get(RagStatus.COMPLETED));
        assertEquals("Complete and embedded in practice", x.ragScale().get(RagStatus.BLUE));
    }

    static Stream<Arguments> sheetPlan() {
        // A workbook plan is a sheet holding the grid alone: a title or key above it would be rows of the same table.
        Page sheet = Page.of(new Grid(WIDTHS, HEADER, List.of(ROW_1_1, ROW_1_2, ROW_2_1, ROW_2_2, ROW_3_1, ROW_3_2)));
        return Stream.of(Arguments.of("plan.xlsx", PlanFiles.xlsx(sheet)), Arguments.of("plan.ods", PlanFiles.ods(sheet)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheetPlan")
    void aPlanKeptInASpreadsheetReadsTheSameFromExcelAndOpenDocument(String name, byte[] bytes) throws IOException {
        Extraction x = read(name, bytes);
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2"), actions.stream().map(Action::reference).toList());
        Action a11 = byRef(actions, "1.1");
        assertEquals("Publish the early help offer", a11.text());
        assertEquals("Head of Early Help", a11.owner());
        assertEquals(List.of("Q1 2023/24=GREEN", "Q2 2023/24=GREEN", "Q3 2023/24=GREEN"), statuses(a11), "#00b050, #92d050, pale #c6efce");
        Action a12 = byRef(actions, "1.2");
        assertEquals("Families get help earlier", a12.recommendation().replace('\n', ' '), "the recommendation cell is merged down over 1.2");
        assertEquals(List.of("Q1 2023/24=AMBER", "Q2 2023/24=AMBER", "Q3 2023/24=AMBER"), statuses(a12), "#ffc000, #ffc107, yellow");
        assertEquals(List.of("Q1 2023/24=RED", "Q2 2023/24=RED", "Q3 2023/24=null"), statuses(byRef(actions, "2.1")),
                "#ff0000, #c00000; purple is no status with no key on the sheet to say it means not started");
        Action a22 = byRef(actions, "2.2");
        assertEquals("Children are seen alone", a22.recommendation());
        assertEquals(List.of("Q1 2023/24=BLUE", "Q2 2023/24=BLUE", "Q3 2023/24=null"), statuses(a22), "grey is no status");
        assertEquals(List.of("Q1 2023/24=null", "Q2 2023/24=GREEN", "Q3 2023/24=null"), statuses(byRef(actions, "3.1")),
                "white is no status; GREEN written in green; Achieved is a status word only where the key says so");
        assertEquals(RagStatus.GREEN, byRef(actions, "3.2").status(), "no colour; the update says 'Status: On track'");
    }

    /**
     * A workbook plan whose RAG column holds scores coloured only by conditional formatting: value equals 1 red, text
     * contains 2 amber, a formula rule for 3 green; the cells' own styles have no fill, and the scores are no status words.
     */
    @org.junit.jupiter.api.Test
    void aRagColumnColouredByConditionalFormattingGivesTheRulesStatuses() throws IOException {
        byte[] bytes;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.createSheet("Plan");
            String[][] rows = {{"Ref", "Action", "Lead officer", "RAG"}, {"1.1", "Publish the offer", "Head of Early Help", "1"},
                {"1.2", "Train partners", "Early Help Manager", "2"}, {"1.3", "Audit visits", "Service Manager", "3"},
                {"1.4", "Recruit staff", "HR Business Partner", "4"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.xssf.usermodel.XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            org.apache.poi.ss.usermodel.SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
            org.apache.poi.ss.usermodel.ConditionalFormattingRule red = scf.createConditionalFormattingRule(
                    org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL, "\"1\"");
            org.apache.poi.ss.usermodel.ConditionalFormattingRule amber = scf.createConditionalFormattingRule("NOT(ISERROR(SEARCH(\"2\",D2)))");
            org.apache.poi.ss.usermodel.ConditionalFormattingRule green = scf.createConditionalFormattingRule("$D2=\"3\"");
            String[] fills = {"ff0000", "ffc000", "00b050"};
            org.apache.poi.ss.usermodel.ConditionalFormattingRule[] rules = {red, amber, green};
            for (int i = 0; i < rules.length; i++) {
                int v = Integer.parseInt(fills[i], 16);
                rules[i].createPatternFormatting().setFillBackgroundColor(
                        new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}));
            }
            scf.addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] {
                org.apache.poi.ss.util.CellRangeAddress.valueOf("D2:D5")}, rules);
            org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule contains =
                    sheet.getCTWorksheet().getConditionalFormattingArray(0).getCfRuleArray(1);
            contains.setType(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType.CONTAINS_TEXT);
            contains.setOperator(org.openxmlformats.schemas.spreadsheetml.x2006.main.STConditionalFormattingOperator.CONTAINS_TEXT);
            contains.setText("2");
            wb.write(out);
            bytes = out.toByteArray();
        }
        List<Action> actions = read("plan.xlsx", bytes).records(Action.class);
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), actions.stream().map(Action::reference).toList());
        assertEquals(RagStatus.RED, byRef(actions, "1.1").status(), "value equals 1");
        assertEquals(RagStatus.AMBER, byRef(actions, "1.2").status(), "text contains 2");
        assertEquals(RagStatus.GREEN, byRef(actions, "1.3").status(), "the formula rule");
        assertNull(byRef(actions, "1.4").status(), "4 matches no rule and is no status word");
    }

    static Stream<Arguments> twoPagePlan() {
        List<C> cut = row(C.of("1.2"), C.merged(), C.of("Train partners in the"), C.of("Early Help Manager"), C.of("Oct 2023"),
                C.filled("#ffc000", ""), C.filled("#ffc107", ""), C.filled("#ffff00", ""), C.of("Two sessions"));
        List<C> rest = row(C.of(""), C.of(""), C.of("assessment framework"), C.of(""), C.of(""), C.of(""), C.of(""), C.of(""), C.of("held"));
        Page first = Page.of("#Early Help Improvement Plan 2023", new Grid(WIDTHS, HEADER, List.of(ROW_1_1, cut)));
        Page second = Page.of(new Grid(WIDTHS, null, List.of(rest, ROW_2_1, ROW_2_2)));
        return Stream.of(Arguments.of("plan.pdf", PlanFiles.pdf(first, second)), Arguments.of("plan.docx", PlanFiles.docx(first, second)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoPagePlan")
    void aPlanContinuedOverTwoPagesWithARowCutByTheBreak(String name, byte[] bytes) throws IOException {
        Extraction x = read(name, bytes);
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), actions.stream().map(Action::reference).toList());
        Action a12 = byRef(actions, "1.2");
        // The reader joins the cut cell's parts as it keeps a cell's wrapped lines, with a line break.
        assertEquals("Train partners in the assessment framework", a12.text().replace('\n', ' '), "the row cut by the page break is joined");
        assertEquals("Two sessions held", a12.progress().replace('\n', ' '));
        assertEquals(RagStatus.AMBER, a12.status());
        assertEquals(RagStatus.BLUE, byRef(actions, "2.2").status());
        assertEquals("Children are seen alone", byRef(actions, "2.2").recommendation());
        List<RagTable> tables = x.records(RagTable.class);
        assertEquals(1, tables.size(), "one plan over two pages is one RAG table");
        assertEquals(4, tables.get(0).rows().size());
        if (name.endsWith(".pdf")) {
            assertEquals(List.of(1, 1, 2, 2), actions.stream().map(a -> a.provenance().page()).toList(),
                    "each action on the page its row starts on, the cut row on the first");
            assertEquals(1, tables.get(0).provenance().page());
        }
    }
}
