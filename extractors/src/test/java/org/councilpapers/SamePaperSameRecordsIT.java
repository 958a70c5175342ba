package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.eval.RecordMatcher;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sample paper gives the same records whether it is read as text, as PDF or as DOCX: every record of
 * the text form, cut down to its type's key fields, must match one record of the PDF and of the DOCX form
 * (and the other way round), compared as {@link RecordMatcher} compares expected records (case, quotes,
 * dashes and spacing aside; long texts by their words).
 *
 * <p>Where a form cannot carry something, {@link #KNOWN} names the paper, form, record and field, and
 * why. The list is exact: a new difference fails the test, and so does a listed one that is gone (take
 * it off the list). It runs with the integration tests because it extracts twelve files.
 */
class SamePaperSameRecordsIT {
    /** The fields that identify a record of each type, and that every form must agree on. */
    static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("meeting", List.of("council", "committee", "date", "time", "venue")),
            Map.entry("agendaItem", List.of("meetingDate", "number", "title", "pages")),
            Map.entry("report", List.of("meetingDate", "itemNumber", "title", "reportOf", "keyDecision", "classification")),
            Map.entry("recommendation", List.of("origin", "number", "text", "itemNumber")),
            Map.entry("resolution", List.of("meetingDate", "itemNumber", "outcome", "number", "text")),
            Map.entry("judgement", List.of("area", "group", "grade", "basis", "year")),
            Map.entry("finding", List.of("kind", "text")),
            Map.entry("action", List.of("reference", "text", "owner", "status")),
            Map.entry("ragTable", List.of("title")),
            Map.entry("workProgrammeEntry", List.of("meetingDate", "topic")),
            Map.entry("question", List.of("text")));

    /**
     * A difference the form explains: a record of {@code type} in the text form whose description contains
     * {@code record} has no match in {@code form} ({@code missing}), or a record of the form has none in the
     * text ({@code extra}).
     */
    record Known(String paper, String form, String direction, String type, String record, String why) {
        boolean covers(String p, String f, String d, String t, String description) {
            return paper.equals(p) && form.equals(f) && direction.equals(d) && type.equals(t)
                    && description.contains(record);
        }
    }

    private static final String PACK_2021 = "thurrock-2021-10-12-cs-scrutiny-agenda-pack";
    /**
     * The shared PDF and DOCX renderings of the 2021 pack lost the cells of the SEND Written Statement of
     * Action table (printed pages 67-108): "Management oversight- Realignment ..." and the other action texts,
     * owners and RAG statuses are not in the files at all (checked in word/document.xml and the PDF text).
     * Only B5's first line, "Commissioning of provision", survived, as a row of its own, and the ragTable
     * made from what remains has no "Written Statement of Action" title.
     */
    private static final String LOST_CELLS = "the rendering lost the statement-of-action table's cells";

    static final List<Known> KNOWN = List.of(
            lost("pdf", "missing", "ragTable", "\"title\":\"Written Statement of Action\""),
            lost("pdf", "extra", "ragTable", "\"title\":null"),
            lost("docx", "missing", "ragTable", "\"title\":\"Written Statement of Action\""),
            lost("docx", "extra", "ragTable", "\"title\":null"),
            lost("pdf", "extra", "action", "\"text\":\"Commissioning of provision\""),
            lost("docx", "extra", "action", "\"text\":\"Commissioning of provision\""),
            lostAction("pdf", "A1"), lostAction("pdf", "A2"), lostAction("pdf", "A3"), lostAction("pdf", "A4"),
            lostAction("pdf", "B1"), lostAction("pdf", "B3"), lostAction("pdf", "B4"), lostAction("pdf", "B5"),
            lostAction("pdf", "C1"), lostAction("pdf", "C2"),
            lostAction("docx", "A1"), lostAction("docx", "A2"), lostAction("docx", "A3"), lostAction("docx", "A4"),
            lostAction("docx", "B1"), lostAction("docx", "B3"), lostAction("docx", "B4"), lostAction("docx", "B5"),
            lostAction("docx", "C1"), lostAction("docx", "C2"));

    private static Known lost(String form, String direction, String type, String record) {
        return new Known(PACK_2021, form, direction, type, record, LOST_CELLS);
    }

    private static Known lostAction(String form, String reference) {
        return lost(form, "missing", "action", "\"reference\":\"" + reference + "\"");
    }

    private static final ObjectMapper JSON = PaperJson.mapper();
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    @ParameterizedTest
    @ValueSource(strings = {
        "thurrock-2017-04-improvement-plan",
        "thurrock-2019-ofsted-ilacs-report",
        "thurrock-2020-07-07-development-plan-report",
        "thurrock-2021-10-12-cs-scrutiny-agenda-pack"})
    void pdfAndDocxGiveTheRecordsOfTheText(String paper) throws IOException {
        Map<String, List<JsonNode>> text = keyed(PAPERS.extract(TestPapers.path(paper + ".txt")));
        List<String> unexplained = new ArrayList<>();
        List<Known> used = new ArrayList<>();
        for (String form : List.of("pdf", "docx")) {
            Map<String, List<JsonNode>> other = keyed(PAPERS.extract(TestPapers.path(form + "/" + paper + "." + form)));
            compare(paper, form, "missing", text, other, unexplained, used);
            compare(paper, form, "extra", other, text, unexplained, used);
        }
        List<Known> stale = KNOWN.stream().filter(k -> k.paper().equals(paper) && !used.contains(k)).toList();
        assertTrue(unexplained.isEmpty() && stale.isEmpty(), () -> "forms of " + paper + " disagree:\n  "
                + String.join("\n  ", unexplained) + (stale.isEmpty() ? "" : "\nlisted as known but no longer differing: " + stale));
    }

    /** Records of {@code from} that match none of {@code to}, each either explained or reported. */
    private static void compare(String paper, String form, String direction, Map<String, List<JsonNode>> from,
            Map<String, List<JsonNode>> to, List<String> unexplained, List<Known> used) {
        for (Map.Entry<String, List<JsonNode>> e : from.entrySet()) {
            String type = e.getKey();
            List<JsonNode> candidates = new ArrayList<>(to.getOrDefault(type, List.of()));
            for (JsonNode r : e.getValue()) {
                JsonNode match = candidates.stream().filter(c -> RecordMatcher.matches(r, c)).findFirst().orElse(null);
                if (match != null) {
                    candidates.remove(match);
                    continue;
                }
                String description = r.toString();
                Known known = KNOWN.stream().filter(k -> k.covers(paper, form, direction, type, description)).findFirst().orElse(null);
                if (known == null) {
                    unexplained.add(form + " " + direction + " " + description);
                } else if (!used.contains(known)) {
                    used.add(known);
                }
            }
        }
    }

    /** The records by type, each cut down to its type's key fields. */
    private static Map<String, List<JsonNode>> keyed(Extraction x) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (PaperRecord r : x.records()) {
            JsonNode full = JSON.valueToTree(r);
            String type = full.path("type").asText();
            ObjectNode key = JSON.createObjectNode();
            key.put("type", type);
            for (String f : KEYS.getOrDefault(type, List.of())) {
                key.set(f, full.has(f) ? full.get(f) : JSON.nullNode());
            }
            out.computeIfAbsent(type, t -> new ArrayList<>()).add(key);
        }
        return out;
    }
}
