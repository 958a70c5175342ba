package org.councilpapers.extractors.record.plan;

import static org.councilpapers.extractors.record.plan.ActionPlanExtractorTest.byRef;
import static org.councilpapers.extractors.record.plan.ActionPlanExtractorTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Plans read from whole papers through the standard readers: the agenda pack's statement of
 * action, and plans in Word. Slower than the unit tests (Tika starts, the pack is long), so run by
 * Failsafe in {@code mvn verify}.
 */
class ActionPlanPapersIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();

    private static Extraction paper(String name) throws IOException {
        Path p = TestPapers.path(name);
        Source source = Source.of(Files.readAllBytes(p), p.getFileName().toString());
        return ActionPlanExtractorTest.run(new ActionPlanExtractor(), PAPERS.layout(source, new Warnings()));
    }

    @Test
    void theWrittenStatementOfActionInTheAgendaPack() throws IOException {
        Extraction x = paper("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "C1", "C2"),
                actions.stream().map(Action::reference).toList(), "B5's heading is printed '98:'; its progress heading names it");
        Map<String, String> status = new LinkedHashMap<>();
        actions.forEach(a -> status.put(a.reference(), String.valueOf(a.status())));
        assertEquals("{A1=BLUE, A2=AMBER, A3=null, A4=BLUE, A5=null, B1=AMBER, B2=null, B3=null, B4=AMBER, B5=null, C1=null, C2=null}",
                status.toString());
        assertEquals("ADES", byRef(actions, "A1").owner());
        assertEquals("P16SM", byRef(actions, "A2").owner());
        assertEquals("SLSESEND", byRef(actions, "C1").owner());
        assertNull(byRef(actions, "B3").owner(), "B3 prints no responsible officer");
        assertTrue(byRef(actions, "A1").progress().startsWith("Actions a) - d) around the management realignment have been completed."));
        assertTrue(byRef(actions, "B5").text().startsWith("Commissioning of provision\nProduce and sign off with Providers"));
        assertEquals("The action has been completed and is now fully embedded.", x.ragScale().get(RagStatus.BLUE));
        List<RagTable> tables = x.records(RagTable.class);
        assertEquals(1, tables.size(), "the key and the complaints tables are no RAG tables");
        assertEquals("Written Statement of Action", tables.get(0).title());
        assertEquals(12, tables.get(0).rows().size());
    }

    @Test
    void eachStatementActionIsLinkedToTheAreaOfConcernItAnswers() throws IOException {
        Extraction x = PAPERS.extract(TestPapers.path("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt"));
        List<PaperRecord> linked = ActionLinker.link(x.records());
        Map<String, PaperRecord> byId = new LinkedHashMap<>();
        linked.forEach(r -> byId.put(r.id(), r));
        Map<String, String> concern = new LinkedHashMap<>();
        for (PaperRecord r : linked) {
            if (r instanceof Action a) {
                PaperRecord target = a.recommendationId() == null ? null : byId.get(a.recommendationId());
                concern.put(a.reference(), target instanceof Finding f ? f.text().substring(0, 20) : String.valueOf(target));
            }
        }
        // The three SEND areas of concern, each printed in full among the pack's findings and again over its actions.
        assertEquals("{A1=Inaccurate and incom, A2=Inaccurate and incom, A3=Inaccurate and incom, A4=Inaccurate and incom, "
                + "A5=Inaccurate and incom, B1=Quality assurance is, B2=Quality assurance is, B3=Quality assurance is, "
                + "B4=Quality assurance is, B5=Quality assurance is, C1=Education Health and, C2=Education Health and}", concern.toString());
    }

    @Test
    void theTwentySeventeenPlanReadFromWordGivesTheSameActions() throws IOException {
        List<Action> actions = paper("docx/thurrock-2017-04-improvement-plan.docx").records(Action.class);
        assertEquals(16, actions.size());
        assertEquals("Roger Edwardson, Interim Strategic Lead, School Improvement, Learning and Skills", byRef(actions, "8").owner());
        assertEquals(PartialDate.ofMonth(2017, 3), byRef(actions, "9").dueDate(), "'May 16 - March 17: …' is due at the end of the range");
    }

    @Test
    void variantWordPlanWithShadingMergedCellsTextColourAndNestedGrids() throws IOException {
        Extraction x = paper("variants/plan-word-shading.docx");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "4.1", "W1", "W2"), actions.stream().map(Action::reference).toList());
        assertEquals(List.of("GREEN", "AMBER", "RED", "COMPLETED", "BLUE", "null"),
                actions.subList(0, 6).stream().map(a -> String.valueOf(a.status())).toList(),
                "#92d050, #ffc107, #c00000, the key's purple in a near shade, blue text, grey");
        assertEquals("Families get help earlier", byRef(actions, "1.2").recommendation(), "the recommendation cell is merged down (vMerge)");
        assertEquals(PartialDate.of(2022, 3, 31), byRef(actions, "3.1").dueDate());
        Action w1 = byRef(actions, "W1");
        assertEquals("Review the SEND panel so that decisions are timely\na) Agree new terms of reference\nb) Publish panel decisions within 5 days",
                w1.text());
        assertEquals(List.of("Oct 2021=GREEN", "Jan 2022=BLUE", "April 2022=BLUE"), statuses(w1));
        assertEquals("HSEND", w1.owner());
        assertTrue(w1.progress().startsWith("New terms of reference were agreed in November"));
        assertEquals(RagStatus.AMBER, byRef(actions, "W2").status());
        assertEquals("The action is complete and signed off by the board", x.ragScale().get(RagStatus.COMPLETED));
        assertEquals(List.of("Early Help Action Plan 2022", "Written Statement of Action"), x.records(RagTable.class).stream().map(RagTable::title).toList());
    }

    @Test
    void kentsQuarterlyPerformanceReportInPdf() throws IOException {
        Extraction x = paper("real/kent/kent-cabinet-2025-03-04-performance-report-q3-rag.pdf");
        List<RagTable> tables = x.records(RagTable.class);
        assertEquals(38, tables.stream().mapToInt(t -> t.rows().size()).sum(), "'This report includes 38 Key Performance Indicators'");
        assertTrue(x.records(Action.class).isEmpty());
        assertEquals("Target has been achieved or exceeded", x.ragScale().get(RagStatus.GREEN));
        RagTable customer = tables.get(0);
        assertEquals("Customer Services KPIs", customer.title());
        assertEquals(List.of("Previous", "Latest"), customer.periods(), "printed Latest first; put in time order");
        assertEquals("% of phone calls to Contact Point which were answered", customer.rows().get(1).label());
        assertEquals(RagStatus.GREEN, customer.rows().get(1).status());
        assertEquals(RagStatus.AMBER, customer.rows().get(1).statusHistory().get(0).status(), "Previous: AMBER");
        assertEquals(RagStatus.RED, customer.rows().get(2).status(), "complaints within timescale");
        assertEquals("Growth, Economic Development & Communities KPIs", tables.get(2).title(),
                "the header names the table; the commentary's first line above it is no title");
        // Page 5 of the report, read by eye: each indicator's Latest and Previous fills. The DoT arrows are drawn, not text.
        RagTable children = tables.stream().filter(t -> "Integrated Children’s Services".equals(t.title())).findFirst().orElseThrow();
        assertEquals(List.of(
                "% of Early Help cases closed with outcomes achieved that come back to social care teams within 3 months: Previous=AMBER Latest=GREEN",
                "% of case holding posts filled by permanent qualified social workers: Previous=RED Latest=AMBER",
                "% of children social care referrals that were repeat referrals within 12 months: Previous=GREEN Latest=GREEN",
                "% of foster care placements which are in-house or with relatives and friends (excluding UASC): Previous=RED Latest=RED",
                "Number of foster households: Previous=RED Latest=RED",
                "% of care leavers in education, employment or training (of those KCC is in touch with): Previous=RED Latest=RED",
                "Percentage of reviews completed within timescale by the Strengthening Independence Service (18-25): Previous=AMBER Latest=AMBER",
                "Percentage of Learning Disability Young People in Settled Accommodation: Previous=GREEN Latest=GREEN"),
                children.rows().stream().map(r -> r.label() + ": " + r.statusHistory().stream().map(e -> e.period() + "=" + e.status())
                        .collect(java.util.stream.Collectors.joining(" "))).toList());
        RagTable adults = tables.stream().filter(t -> "Adult Social Care KPIs".equals(t.title())).findFirst().orElseThrow();
        assertEquals(List.of("GREEN", "RED", "AMBER", "AMBER", "GREEN", "AMBER"),
                adults.rows().stream().map(r -> String.valueOf(r.status())).toList(), "the Latest column, page 5");
    }

    @Test
    void theTwentySeventeenPlanReadFromPdfJoinsRowsCutByPageBreaks() throws IOException {
        List<Action> actions = paper("pdf/thurrock-2017-04-improvement-plan.pdf").records(Action.class);
        Action five = byRef(actions, "5");
        assertEquals("Ensure that more children are supported to participate in, and contribute to, their meetings, conferences and reviews, "
                + "that they and their parents have access to reports beforehand, and that meeting minutes are circulated promptly", five.recommendation());
        assertEquals("Head of Children’s Social Care", five.owner());
        Action two = byRef(actions, "2");
        assertEquals("2", two.score(), "the header's last words at the top of page 2 are not the row's");
        assertEquals("Improving", two.direction());
        assertEquals("Roger Edwardson, Interim Strategic Lead, School Improvement, Learning and Skills", byRef(actions, "8").owner());
        Action fifteen = byRef(actions, "15");
        assertEquals("Ensure and demonstrate that children’s and families’ views and feedback are used to demonstrably shape service developments",
                fifteen.recommendation(), "page 8 continues row 15 in cells the reader found one column left of the plan's");
        assertEquals("Head of Children’s Social Care", fifteen.owner());
        assertTrue(fifteen.text().startsWith("A. Strengthen participation work stream to ensure that this is producing clear outcomes"));
    }

    @Test
    void aScannedLookingTableWithBandedRowsIsNoScorecard() throws IOException {
        Extraction x = paper("real/tables/camelot-background-lines-2.pdf");
        assertTrue(x.records().isEmpty(), "its fills are bands of shading, not statuses");
    }
}
