package org.councilpapers.audit;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.filled;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;

class EvidenceScannerTest {
    private final EvidenceScanner scanner = new EvidenceScanner();

    private List<Marker> of(RecordType type, LayoutDocument doc) {
        return scanner.scan(doc).stream().filter(m -> m.type() == type).toList();
    }

    private List<String> snippets(RecordType type, LayoutDocument doc) {
        return of(type, doc).stream().map(Marker::snippet).toList();
    }

    @Test
    void decisionLinesAreResolutionEvidence() {
        LayoutDocument doc = document(
                para("RESOLVED: that the report be noted."),
                para("After discussion it was resolved that the fees rise by 3%."),
                para("The Committee AGREED to defer the item."),
                para("Decision: to approve the contract award."),
                para("(a) Agreed – the plan be adopted."),
                para("The complaint was resolved last year and the issue agreed by both parties."));
        assertEquals(List.of("RESOLVED: that the report be noted.", "After discussion it was resolved that the fees rise by 3%.",
                "The Committee AGREED to defer the item.", "Decision: to approve the contract award.", "(a) Agreed – the plan be adopted."),
                snippets(RecordType.RESOLUTION, doc));
    }

    @Test
    void attendanceLinesAndMinutesTitlesAreMeetingEvidence() {
        LayoutDocument doc = document(
                heading(1, "Minutes of the meeting of the Cabinet held on 3 March 2024"),
                para("Present: Councillors Able (Chair), Baker and Cole"),
                para("Apologies for absence were received from Councillor Dean."),
                para("In attendance: the Director of Children's Services"),
                para("Those present at the consultation event said the present arrangements work."));
        assertEquals(4, of(RecordType.MEETING, doc).size());
        assertEquals("attendance line", of(RecordType.MEETING, doc).get(1).cue());
    }

    @Test
    void recommendationsHeadingAndTheLinesListedUnderItUntilTheNextSection() {
        LayoutDocument doc = document(
                heading(2, "Recommendations"),
                item("1.", "That Cabinet approves the plan."),
                item("2.", "That the Director reports back in six months."),
                item("3.", "Introduction and Background"),
                item("4.", "The council adopted its plan in 2019."),
                para("Cabinet is asked to note the progress made."),
                para("Partners are committed to improvement."),
                para("Family members are invited to attend key meetings."));
        assertEquals(List.of("Recommendations", "That Cabinet approves the plan.", "That the Director reports back in six months.",
                "Cabinet is asked to note the progress made."), snippets(RecordType.RECOMMENDATION, doc));
    }

    @Test
    void gradeInATableCellOrStatedInASentenceIsJudgementEvidenceWithItsGrade() {
        LayoutDocument doc = document(
                table(row("Judgement", "Grade"), row("Overall effectiveness", "Requires improvement to be good")),
                para("The adoption service was judged to be outstanding in 2019."),
                para("The quality of practice is good."));
        List<Marker> ms = of(RecordType.JUDGEMENT, doc);
        assertEquals(List.of("requires improvement", "outstanding", "good"), ms.stream().map(Marker::value).toList());
        assertEquals("grade word in a table cell", ms.get(0).cue());
    }

    @Test
    void gradeWordsInRunningNarrativeAreNotGrades() {
        LayoutDocument doc = document(
                para("Good morning, the Chair welcomed everyone."),
                para("Good progress has been made and it is good practice to meet monthly."),
                para("Three actions are outstanding and the resource was inadequate staffing in May."),
                para("The issue remains outstanding."));
        assertEquals(List.of(), of(RecordType.JUDGEMENT, doc));
    }

    @Test
    void aLongLineIsShownFromJustBeforeWhatMatched() {
        LayoutDocument doc = document(para("The Panel discussed the report at length, heard from three officers and in the end it was "
                + "agreed that the plan should be reviewed."));
        assertEquals("…and in the end it was agreed that the plan should be reviewed.", snippets(RecordType.RESOLUTION, doc).get(0));
    }

    @Test
    void findingsHeadingAndItsListedLines() {
        LayoutDocument doc = document(
                heading(2, "What needs to improve"),
                item("-", "The timeliness of assessments for disabled children."),
                item("-", "Management oversight of return home interviews."));
        assertEquals(3, of(RecordType.FINDING, doc).size());
        assertEquals("findings heading", of(RecordType.FINDING, doc).get(0).cue());
    }

    @Test
    void ragWordsInCellsMarkEachRow() {
        LayoutDocument doc = document(table(
                row("Ref", "Action", "Status"),
                row("1.1", "Recruit social workers", "Green"),
                row("1.2", "Audit case files", "Amber"),
                row("1.3", "Publish the offer", "Red")));
        assertEquals(List.of("1.1 | Recruit social workers | Green", "1.2 | Audit case files | Amber", "1.3 | Publish the offer | Red"),
                snippets(RecordType.RAG_TABLE, doc));
    }

    @Test
    void statusFillsMarkRowsButOneColourBandingDoesNot() {
        LayoutDocument rag = document(table(new Table(List.of(
                Cell.of(0, 0, "Measure"), Cell.of(0, 1, "Q3"),
                Cell.of(1, 0, "Visits in time"), filled(1, 1, "92%", "#92d050"),
                Cell.of(2, 0, "Plans reviewed"), filled(2, 1, "61%", "#ff0000")), 3, 2, null)));
        assertEquals(2, of(RecordType.RAG_TABLE, rag).size());
        assertEquals("RAG fill #92d050 in a table row", of(RecordType.RAG_TABLE, rag).get(0).cue());

        List<Cell> banded = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 3; c++) {
                banded.add(filled(r, c, "v" + r + c, r % 2 == 0 ? "#bae55f" : "#ffc000"));
            }
        }
        assertEquals(List.of(), of(RecordType.RAG_TABLE, document(table(new Table(banded, 4, 3, null)))));
    }

    @Test
    void aFirstRowOfRagWordsIsALegendNotAStatus() {
        LayoutDocument doc = document(table(row("KPI summary", "GREEN", "AMBER", "RED"), row("Children's services", "8", "3", "1")));
        assertEquals(List.of(), of(RecordType.RAG_TABLE, doc));
    }

    @Test
    void ragColoursAreRedAmberAndGreenNotBluesOrGreys() {
        assertEquals('R', EvidenceScanner.ragColour(new Rgb(255, 0, 0)));
        assertEquals('A', EvidenceScanner.ragColour(new Rgb(255, 192, 0)));
        assertEquals('G', EvidenceScanner.ragColour(new Rgb(0, 176, 80)));
        assertNull(EvidenceScanner.ragColour(new Rgb(68, 114, 196)));
        assertNull(EvidenceScanner.ragColour(new Rgb(217, 217, 217)));
        assertNull(EvidenceScanner.ragColour(new Rgb(255, 242, 204)));
    }

    @Test
    void actionTableRowsAreActionEvidence() {
        LayoutDocument doc = document(table(
                row("Action", "Lead officer", "By when"),
                row("Recruit two social workers", "Head of Service", "March 2025"),
                row("Audit 20 case files", "QA Manager", "June 2025")));
        assertEquals(2, of(RecordType.ACTION, doc).size());
        assertEquals(List.of(), of(RecordType.REPORT, doc), "a plan's Lead officer column is no report cover");
    }

    @Test
    void questionsAndAnswers() {
        LayoutDocument doc = document(
                para("Question from Mr Patel to the Cabinet Member for Highways"),
                para("Q1. When will the bridge reopen?"),
                para("Response: the bridge reopens in May."),
                para("The Leader replied that the budget was balanced."),
                table(row("Measure", "Q1", "Q2"), row("Visits", "90", "91")),
                para("Q1 2019/20 figures are below target."));
        assertEquals(4, of(RecordType.QUESTION, doc).size());
    }

    @Test
    void agendaTableRowsAndNumberedMinutes() {
        LayoutDocument agenda = document(heading(1, "Agenda"),
                table(row("Item", "Title", "Pages"), row("1", "Apologies for absence", ""), row("2", "Minutes of the last meeting", "1 - 6")));
        assertEquals(List.of("Agenda", "1 | Apologies for absence", "2 | Minutes of the last meeting | 1 - 6"),
                snippets(RecordType.AGENDA_ITEM, agenda));

        LayoutDocument minutes = document(para("Present: Councillors Able and Baker"), heading(2, "41. Apologies for absence"),
                para("None were received."), heading(2, "42. Declarations of interest"), heading(2, "7. Background"));
        assertEquals(List.of("41. Apologies for absence", "42. Declarations of interest"), snippets(RecordType.AGENDA_ITEM, minutes),
                "a numbered title out of the minutes' run is a report's section");
    }

    @Test
    void workProgrammeTableRows() {
        LayoutDocument doc = document(heading(1, "Work Programme 2024/25"),
                table(row("Meeting date", "Item", "Lead officer"), row("12 March 2025", "Budget monitoring", "J Smith"),
                        row("9 April 2025", "Fostering annual report", "A Khan")),
                heading(1, "Appendix: budget lines"),
                table(row("Line", "Budget", "Spend"), row("Staffing", "£1m", "£0.9m")));
        assertEquals(3, of(RecordType.WORK_PROGRAMME_ENTRY, doc).size(), "the title heads the first table after it, not the next");
        assertEquals(List.of(), of(RecordType.MEETING, doc), "a forward plan's Meeting date column is no meeting");
    }

    @Test
    void reportCoverLaidOutAsATable() {
        LayoutDocument doc = document(plainTable(row("Report of", "Director of Children's Services"), row("Key decision", "Yes"),
                row("Wards affected", "All"), row("Purpose", "To update Cabinet.")));
        assertEquals(3, of(RecordType.REPORT, doc).size());
    }

    @Test
    void markersKnowTheirPageAndPrintedPage() {
        LayoutDocument doc = document(para("Introduction"), pageBreak("12"), para("RESOLVED that the plan be approved."), pageBreak("13"));
        Marker m = of(RecordType.RESOLUTION, doc).get(0);
        assertEquals(2, m.page());
        assertEquals("13", m.printedPage());
    }

    @Test
    void stretchesWithoutRecordsAreNotScanned() {
        LayoutDocument doc = document(para("RESOLVED that the plan be approved."), para("Present: Councillor Able"));
        int secondLine = doc.text().indexOf("Present");
        List<Marker> ms = scanner.scan(doc, new TextRanges(List.of(new TextRanges.Range(secondLine, doc.text().length()))));
        assertEquals(List.of(RecordType.RESOLUTION), ms.stream().map(Marker::type).toList());
    }

    @Test
    void anOfficerLineUnderAWorkProgrammesTitleIsTheProgrammesEvidenceNotACoversOne() {
        LayoutDocument programme = document(
                para("Communities Scrutiny Committee"),
                heading(2, "Scrutiny Work Plan 2023/24"),
                para("July 2023"),
                para("Community Safety Partnership annual update\nLead officer: Community Safety Manager\nRequested by: Standing item"));
        assertEquals(List.of(), snippets(RecordType.REPORT, programme));
        assertEquals(List.of("Scrutiny Work Plan 2023/24", "Lead officer: Community Safety Manager"),
                snippets(RecordType.WORK_PROGRAMME_ENTRY, programme));

        LayoutDocument cover = document(
                heading(2, "Library opening hours"),
                para("Lead officer: Head of Libraries"));
        assertEquals(List.of("Lead officer: Head of Libraries"), snippets(RecordType.REPORT, cover), "with no programme, a cover's line");
    }
}
