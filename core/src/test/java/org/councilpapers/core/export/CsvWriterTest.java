package org.councilpapers.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.util.Map;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.StatusEntry;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void headerHasDocumentColumnsThenComponentsWithNestedRecordsDotted() {
        assertEquals(List.of("documentId", "source", "council", "documentDate",
                "id", "meetingDate", "number", "title", "pages.from", "pages.to",
                "provenance.page", "provenance.printedPage", "provenance.start", "provenance.end",
                "provenance.bbox.x0", "provenance.bbox.y0", "provenance.bbox.x1", "provenance.bbox.y1",
                "mentions.people", "mentions.organisations", "mentions.places", "mentions.dates", "mentions.sentences"),
                CsvWriter.header(RecordType.AGENDA_ITEM));
    }

    @Test
    void clashingDocumentColumnsArePrefixed() {
        List<String> meeting = CsvWriter.header(RecordType.MEETING);
        assertEquals(List.of("documentId", "source", "documentCouncil", "documentDate", "id", "council"), meeting.subList(0, 6));
        List<String> finding = CsvWriter.header(RecordType.FINDING);
        assertEquals(List.of("documentId", "documentSource", "council", "documentDate"), finding.subList(0, 4));
        assertEquals("source", finding.get(8));
    }

    @Test
    void judgementTableExactly() throws IOException {
        String csv = write(RecordType.JUDGEMENT, new Extraction(Samples.ofstedReport(), List.of(Samples.overallGood()), List.of()));
        String header = "documentId,source,council,documentDate,id,authority,inspectorate,framework,inspectionStart,inspectionEnd,"
                + "year,group,area,grade,gradeText,basis,provenance.page,provenance.printedPage,provenance.start,provenance.end,"
                + "provenance.bbox.x0,provenance.bbox.y0,provenance.bbox.x1,provenance.bbox.y1,"
                + "mentions.people,mentions.organisations,mentions.places,mentions.dates,mentions.sentences,inherited\r\n";
        // "inherited" is an added column, last so that the columns before it keep their places.
        String row = "abc123,ofsted-2019.txt,Thurrock,2019-11,j1,Thurrock,Ofsted,ILACS,2019-10-14,2019-10-25,"
                + "2019,,Overall effectiveness,GOOD,Good,table,3,3,100,140,,,,,,,,,,\r\n";
        assertEquals(header + row, csv);
    }

    @Test
    void peopleAndNameListsJoinedWithSemicolons() throws IOException {
        CSVRecord row = parseOne(RecordType.MEETING, Samples.scrutinyMeeting());
        assertEquals("Thurrock Council", row.get("council"));
        assertEquals("Thurrock", row.get("documentCouncil"));
        assertEquals("Cllr Jane Smith (Chair); Cllr Raj Patel", row.get("members"));
        assertEquals("", row.get("substitutes"));
        assertEquals("Cllr Jane Smith; Cllr Raj Patel", row.get("present"));
        assertEquals("Cllr Lee Wong", row.get("apologies"));
        assertEquals("Ann Brown (Director of Children's Services)", row.get("inAttendance"));
        assertEquals("72.0", row.get("provenance.bbox.x0"));
        assertEquals("90.5", row.get("provenance.bbox.y0"));
        assertEquals("", row.get("provenance.printedPage"));
    }

    @Test
    void statusHistoryAsPeriodColonStatus() throws IOException {
        CSVRecord row = parseOne(RecordType.ACTION, Samples.actionWithHistory());
        assertEquals("Oct 2019: GREEN; Jan 2020: AMBER; Apr 2020:", row.get("statusHistory"));
        assertEquals("RED", row.get("status"));
        assertEquals("2020-03", row.get("dueDate"));
        assertEquals("March 2020", row.get("due"));
        assertEquals("", row.get("progress"));
        assertEquals("", row.get("recommendationId"), "an action linked to nothing has the column, empty");
        CSVRecord linked = parseOne(RecordType.ACTION, Samples.actionWithHistory().withRecommendationId("rec-7"));
        assertEquals("rec-7", linked.get("recommendationId"));
    }

    @Test
    void textWithCommasQuotesAndNewlinesIsQuotedAndReadsBack() throws IOException {
        String csv = write(RecordType.ACTION, new Extraction(Samples.undatedPaper(), List.of(Samples.actionWithHistory()), List.of()));
        // RFC 4180: the field is quoted, inner quotes doubled, the line break kept inside the quotes.
        assertTrue(csv.contains(",\"Audit, review and \"\"refresh\"\" plans,\nthen report\","), csv);
        CSVRecord row = parseOne(RecordType.ACTION, Samples.actionWithHistory());
        assertEquals("Audit, review and \"refresh\" plans,\nthen report", row.get("text"));
    }

    @Test
    void nestedRecordTheTextDoesNotGiveLeavesItsColumnsEmpty() throws IOException {
        AgendaItem noPages = new AgendaItem("i1", PartialDate.of(2021, 10, 12), "6", "Minutes", null, new Provenance(1, "1", 5, 20, null), Mentions.NONE);
        AgendaItem withPages = new AgendaItem("i2", PartialDate.of(2021, 10, 12), "7", "Ofsted report", new PageRange(5, 16),
                new Provenance(1, "1", 21, 40, null), Mentions.NONE);
        List<CSVRecord> rows = parse(write(RecordType.AGENDA_ITEM,
                new Extraction(Samples.undatedPaper(), List.of(noPages, withPages), List.of())));
        assertEquals("", rows.get(0).get("pages.from"));
        assertEquals("", rows.get(0).get("pages.to"));
        assertEquals("5", rows.get(1).get("pages.from"));
        assertEquals("16", rows.get(1).get("pages.to"));
        assertEquals("", rows.get(1).get("council"));
        assertEquals("", rows.get(1).get("documentDate"));
    }

    @Test
    void ragRowsTooLargeForACellAreCompactJson() throws IOException {
        RagTable table = new RagTable("t1", "Action plan", List.of("Action", "Owner"), List.of("Oct 2019"),
                List.of(new RagRow("1.1", Map.of("Owner", "HoS"), RagStatus.GREEN, List.of(new StatusEntry("Oct 2019", RagStatus.GREEN)))),
                new Provenance(4, null, 0, 10, null), Mentions.NONE);
        CSVRecord row = parseOne(RecordType.RAG_TABLE, table);
        assertEquals("Action; Owner", row.get("columns"));
        assertEquals("Oct 2019", row.get("periods"));
        assertEquals("[{\"label\":\"1.1\",\"cells\":{\"Owner\":\"HoS\"},\"status\":\"GREEN\","
                + "\"statusHistory\":[{\"period\":\"Oct 2019\",\"status\":\"GREEN\"}]}]", row.get("rows"));
    }

    @Test
    void mentionsJoinedWithSemicolonsAndSentencesAsOffsetRanges() throws IOException {
        Finding f = Samples.returnInterviews().withMentions(new Mentions(
                List.of("Joe Tynan", "Sheila Murphy"), List.of("Ofsted"), List.of(), List.of(PartialDate.of(2019, 11, 22)),
                List.of(new Mentions.Span(0, 40), new Mentions.Span(41, 90))));
        CSVRecord row = parseOne(RecordType.FINDING, f);
        assertEquals("Joe Tynan; Sheila Murphy", row.get("mentions.people"));
        assertEquals("Ofsted", row.get("mentions.organisations"));
        assertEquals("", row.get("mentions.places"));
        assertEquals("2019-11-22", row.get("mentions.dates"));
        assertEquals("0-40; 41-90", row.get("mentions.sentences"));
    }

    @Test
    void writesOnlyItsOwnTypeFromAnExtraction() throws IOException {
        Extraction x = new Extraction(Samples.ofstedReport(),
                List.of(Samples.overallGood(), Samples.returnInterviews(), Samples.overallGood().withId("j2")), List.of());
        StringWriter out = new StringWriter();
        int n = new CsvWriter(out, RecordType.JUDGEMENT).write(x);
        assertEquals(2, n);
        List<CSVRecord> rows = parse(out.toString());
        assertEquals(List.of("j1", "j2"), rows.stream().map(r -> r.get("id")).toList());
    }

    @Test
    void refusesARecordOfAnotherType() throws IOException {
        CsvWriter w = new CsvWriter(new StringWriter(), RecordType.JUDGEMENT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> w.write(Samples.ofstedReport(), Samples.returnInterviews()));
        assertEquals("a judgement table cannot hold a finding", e.getMessage());
    }

    @Test
    void emptyTableIsJustTheHeader() throws IOException {
        String csv = write(RecordType.FINDING, new Extraction(Samples.ofstedReport(), List.of(), List.of()));
        assertEquals(String.join(",", CsvWriter.header(RecordType.FINDING)) + "\r\n", csv);
    }

    @Test
    void aQuestionWithNoAskerNamedLeavesTheAskerCellsEmpty() throws IOException {
        Question q = new Question("q1", PartialDate.parse("2024-03-12"), "4", "Public participation", null,
                "A resident asked when the play area would reopen.", List.of(new Person("Ruth Kemp", "Town Clerk")), "In April.",
                new Provenance(1, "1", 0, 40, null), Mentions.NONE);
        CSVRecord row = parseOne(RecordType.QUESTION, q);
        assertEquals("", row.get("askedBy.name"));
        assertEquals("", row.get("askedBy.role"));
        assertEquals("A resident asked when the play area would reopen.", row.get("text"));
        assertEquals("Ruth Kemp (Town Clerk)", row.get("answeredBy"));
    }

    private static String write(RecordType type, Extraction x) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out, type).write(x);
        return out.toString();
    }

    private static CSVRecord parseOne(RecordType type, PaperRecord r) throws IOException {
        List<CSVRecord> rows = parse(write(type, new Extraction(Samples.ofstedReport(), List.of(r), List.of())));
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
