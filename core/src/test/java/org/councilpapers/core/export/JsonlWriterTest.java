package org.councilpapers.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {

    @Test
    void judgementLineIsItsJsonWithDocumentFieldsFirst() {
        String expected = "{\"documentId\":\"abc123\",\"source\":\"ofsted-2019.txt\",\"council\":\"Thurrock\",\"documentDate\":\"2019-11\","
                + "\"type\":\"judgement\",\"id\":\"j1\",\"authority\":\"Thurrock\",\"inspectorate\":\"Ofsted\",\"framework\":\"ILACS\","
                + "\"inspectionStart\":\"2019-10-14\",\"inspectionEnd\":\"2019-10-25\",\"year\":2019,\"group\":null,"
                + "\"area\":\"Overall effectiveness\",\"grade\":\"GOOD\",\"gradeText\":\"Good\",\"basis\":\"table\","
                + "\"provenance\":{\"page\":3,\"printedPage\":\"3\",\"start\":100,\"end\":140}}";
        assertEquals(expected, JsonlWriter.line(Samples.ofstedReport(), Samples.overallGood()));
    }

    @Test
    void oneLinePerRecordEvenWhenTextHasLineBreaks() throws IOException {
        Extraction x = new Extraction(Samples.ofstedReport(),
                List.of(Samples.overallGood(), Samples.actionWithHistory(), Samples.scrutinyMeeting()), List.of());
        StringWriter out = new StringWriter();
        int n = new JsonlWriter(out).write(x);

        assertEquals(3, n);
        String[] lines = out.toString().split("\n", -1);
        assertEquals(4, lines.length, "three lines, each ended by \\n");
        assertEquals("", lines[3]);
        assertEquals("action", PaperJson.mapper().readTree(lines[1]).get("type").asText());
    }

    @Test
    void eachLineReadsBackAsTheSameRecord() throws IOException {
        List<PaperRecord> records = List.of(Samples.overallGood(), Samples.scrutinyMeeting(), Samples.actionWithHistory(),
                Samples.returnInterviews());
        StringWriter out = new StringWriter();
        new JsonlWriter(out).write(Samples.ofstedReport(), records);

        List<PaperRecord> back = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            back.add(PaperJson.readRecord(line));
        }
        assertEquals(records, back);
    }

    @Test
    void recordsOwnFieldKeepsItsNameAndTheDocumentsIsPrefixed() throws IOException {
        JsonNode finding = PaperJson.mapper().readTree(JsonlWriter.line(Samples.ofstedReport(), Samples.returnInterviews()));
        assertEquals("Ofsted ILACS", finding.get("source").asText());
        assertEquals("ofsted-2019.txt", finding.get("documentSource").asText());
        assertEquals("Thurrock", finding.get("council").asText());

        JsonNode meeting = PaperJson.mapper().readTree(JsonlWriter.line(Samples.ofstedReport(), Samples.scrutinyMeeting()));
        assertEquals("Thurrock Council", meeting.get("council").asText());
        assertEquals("Thurrock", meeting.get("documentCouncil").asText());
        assertEquals("ofsted-2019.txt", meeting.get("source").asText());
    }

    @Test
    void documentFactsThePaperDoesNotGiveAreNull() throws IOException {
        JsonNode line = PaperJson.mapper().readTree(JsonlWriter.line(Samples.undatedPaper(), Samples.actionWithHistory()));
        assertTrue(line.get("council").isNull());
        assertTrue(line.get("documentDate").isNull());
        assertEquals("def456", line.get("documentId").asText());
    }

    @Test
    void writesOnlyTheRecordsItIsGiven() throws IOException {
        Extraction x = new Extraction(Samples.ofstedReport(), List.of(Samples.overallGood(), Samples.returnInterviews()), List.of());
        StringWriter out = new StringWriter();
        int n = new JsonlWriter(out).write(x.document(), x.records(RecordType.FINDING));

        assertEquals(1, n);
        assertEquals(1, out.toString().lines().count());
        assertTrue(out.toString().contains("\"type\":\"finding\""));
    }
}
