package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.councilpapers.TableForms.Grid;
import org.councilpapers.TableForms.T;
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
            Map.entry("judgement", List.of("authority", "area", "group", "grade", "basis", "year")),
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

    // ---- generated tables: the same paper in every form ------------------------------------------------------------------

    private static List<T> r(T... cells) {
        return List.of(cells);
    }

    private static final String LEAD_IN = "Ofsted inspections of children's services in the region judged the councils as follows.";

    /** A comparison of councils: a header of two levels (areas over sub-areas), councils as rows. */
    static List<Object> twoLevelMatrix() {
        return List.of("#Fenshire County Council", "#Corporate Parenting Panel, 4 March 2024", LEAD_IN,
                new Grid(new float[] {110, 100, 100, 100, 100}, 2, List.of(
                        r(T.down("Council", 2), T.span("Safeguarding", 2), T.span("Looked after children", 2)),
                        r(T.of("Overall effectiveness"), T.of("Capacity to improve"), T.of("Overall effectiveness"), T.of("Capacity to improve")),
                        r(T.of("Wessex"), T.of("Adequate"), T.of("Good"), T.of("Good"), T.of("Good")),
                        r(T.of("Barset"), T.of("Inadequate"), T.of("Adequate"), T.of("Adequate"), T.of("Inadequate")),
                        r(T.of("Loamshire"), T.of("Good"), T.of("Outstanding"), T.of("Good"), T.of("Good")))));
    }

    /** The same comparison under a third header level naming the inspectorate's judgements. */
    static List<Object> threeLevelMatrix() {
        return List.of("#Fenshire County Council", "#Corporate Parenting Panel, 4 March 2024", LEAD_IN,
                new Grid(new float[] {110, 100, 100, 100, 100}, 3, List.of(
                        r(T.down("Council", 3), T.span("Judgements of the single inspection", 4)),
                        r(T.span("Safeguarding", 2), T.span("Looked after children", 2)),
                        r(T.of("Overall effectiveness"), T.of("Capacity to improve"), T.of("Overall effectiveness"), T.of("Capacity to improve")),
                        r(T.of("Wessex"), T.of("Adequate"), T.of("Good"), T.of("Good"), T.of("Good")),
                        r(T.of("Barset"), T.of("Inadequate"), T.of("Adequate"), T.of("Adequate"), T.of("Inadequate")))));
    }

    /** A matrix printed the other way round: areas as rows under group rows that span the table, councils as columns. */
    static List<Object> transposedMatrix() {
        return List.of("#Harrowfield Metropolitan Borough Council", "#Safeguarding Children Partnership Board, 2 March 2016",
                "The single inspections published so far in the region judged the councils as follows.",
                new Grid(new float[] {170, 110, 110, 110}, 1, List.of(
                        r(T.of("Judgement area"), T.of("Harrowfield"), T.of("Longmere"), T.of("Eastwick")),
                        r(T.span("Children who need help and protection", 4)),
                        r(T.of("Overall"), T.of("Requires improvement"), T.of("Good"), T.of("Inadequate")),
                        r(T.span("Children looked after", 4)),
                        r(T.of("Overall"), T.of("Good"), T.of("Good"), T.of("Requires improvement")),
                        r(T.of("Adoption performance"), T.of("Outstanding"), T.of("Good"), T.of("Requires improvement")))));
    }

    private static final List<T> PLAN_HEADER = List.of(T.of("Rec no."), T.of("What we will do"), T.of("Lead"), T.of("By when"), T.of("RAG"),
            T.of("Progress update"));
    private static final float[] PLAN_WIDTHS = {45, 210, 120, 80, 40, 160};

    /**
     * A plan with its columns shuffled and renamed, a recommendation number merged down over its two actions, status only
     * as a fill (a key says what each colour means), and the plan continued on a second page under its header again.
     */
    static List<Object> colourOnlyPlan() {
        return List.of("#Northdale Council", "Report of the Director of Children's Services", "#Children's Services Improvement Plan 2024",
                "RAG key",
                new Grid(new float[] {60, 250}, 1, List.of(r(T.of("Colour"), T.of("Meaning")),
                        r(T.fill("#00b050", "Green"), T.of("On track to be completed by the agreed date")),
                        r(T.fill("#ffc000", "Amber"), T.of("Started, with some delay")),
                        r(T.fill("#ff0000", "Red"), T.of("Not on track")))),
                new Grid(PLAN_WIDTHS, 1, List.of(PLAN_HEADER,
                        r(T.down("1", 2), T.of("Publish the early help offer"), T.of("Head of Early Help"), T.of("October 2024"),
                                T.fill("#00b050", ""), T.of("Offer drafted")),
                        r(T.of("Train partners in the early help assessment"), T.of("Early Help Manager"), T.of("December 2024"),
                                T.fill("#ffc000", ""), T.of("Two sessions held")),
                        r(T.of("2"), T.of("Audit home visits every month"), T.of("Service Manager"), T.of("January 2025"), T.fill("#ff0000", ""),
                                T.of("Audits delayed")))),
                TableForms.PAGE_BREAK,
                new Grid(PLAN_WIDTHS, 1, List.of(PLAN_HEADER,
                        r(T.of("3"), T.of("Recruit two permanent social workers"), T.of("HR Business Partner"), T.of("March 2025"),
                                T.fill("#00b050", ""), T.of("Both posts advertised")),
                        r(T.of("4"), T.of("Review the front door thresholds with partners"), T.of("Head of MASH"), T.of("May 2025"),
                                T.fill("#ffc000", ""), T.of("Review started")))));
    }

    /**
     * Differences a form explains for a generated paper (asserted exactly, as {@link #KNOWN}). None now: an unruled PDF's
     * two header levels, a row under a merged number and a short continuation page under a repeated header are read as
     * the other forms read them.
     */
    static final List<Known> GENERATED_KNOWN = List.of();

    /** Forms that carry no colour: their tables are the same, their fills are gone. */
    private static boolean colourless(String form) {
        return form.endsWith("-pipe.txt") || form.endsWith("-tab.txt");
    }

    /**
     * Each generated paper gives the same records in every form as in its text form with HTML tables (which carries spans
     * and fills). Pipe and tab text carry no colour, so a plan whose status is only a fill gives there the same actions
     * without status and no ragTable: that is asserted instead of equality.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"twoLevelMatrix", "threeLevelMatrix", "transposedMatrix", "colourOnlyPlan"})
    void generatedTablesGiveTheSameRecordsInEveryForm(String paper) throws Exception {
        @SuppressWarnings("unchecked")
        List<Object> parts = (List<Object>) SamePaperSameRecordsIT.class.getDeclaredMethod(paper).invoke(null);
        Map<String, byte[]> forms = TableForms.all(paper, parts);
        String baseName = paper + "-html.txt";
        Map<String, List<JsonNode>> base = keyed(PAPERS.extract(new java.io.ByteArrayInputStream(forms.get(baseName)), baseName));
        List<String> unexplained = new ArrayList<>();
        List<Known> used = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : forms.entrySet()) {
            if (f.getKey().equals(baseName)) {
                continue;
            }
            Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(f.getValue()), f.getKey());
            Map<String, List<JsonNode>> other = keyed(x);
            Map<String, List<JsonNode>> expected = base;
            if (colourless(f.getKey())) {
                expected = withoutColour(base);
                other.remove("ragTable");
                other.replaceAll((type, rs) -> type.equals("action") ? rs.stream().map(a -> ((ObjectNode) a.deepCopy()).putNull("status"))
                        .map(JsonNode.class::cast).toList() : rs);
                assertTrue(x.records(org.councilpapers.core.record.Action.class).stream().allMatch(a -> a.status() == null),
                        f.getKey() + ": no colour, no status");
            }
            compare(paper, f.getKey(), "missing", expected, other, unexplained, used, GENERATED_KNOWN);
            compare(paper, f.getKey(), "extra", other, expected, unexplained, used, GENERATED_KNOWN);
        }
        List<Known> stale = GENERATED_KNOWN.stream().filter(k -> k.paper().equals(paper) && !used.contains(k)).toList();
        assertTrue(unexplained.isEmpty() && stale.isEmpty(), () -> "forms of " + paper + " disagree with its HTML-table text:\n  "
                + String.join("\n  ", unexplained) + (stale.isEmpty() ? "" : "\nlisted as known but no longer differing: " + stale)
                + "\nbase: " + base);
        assertBase(paper, base);
    }

    private static Map<String, List<JsonNode>> withoutColour(Map<String, List<JsonNode>> base) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        base.forEach((type, rs) -> {
            if (!type.equals("ragTable")) {
                out.put(type, type.equals("action") ? rs.stream().map(a -> (JsonNode) ((ObjectNode) a.deepCopy()).putNull("status")).toList() : rs);
            }
        });
        return out;
    }

    /** What the base form must give, written from the paper. */
    private static void assertBase(String paper, Map<String, List<JsonNode>> base) {
        List<JsonNode> js = base.getOrDefault("judgement", List.of());
        List<JsonNode> actions = base.getOrDefault("action", List.of());
        switch (paper) {
            case "twoLevelMatrix" -> {
                assertEquals(12, js.size(), "one judgement per graded cell: " + js);
                assertEquals("Looked after children|Capacity to improve|INADEQUATE", describe(js.get(7)));
            }
            case "threeLevelMatrix" -> {
                assertEquals(8, js.size(), "one judgement per graded cell: " + js);
                assertEquals("Safeguarding|Capacity to improve|GOOD", describe(js.get(1)));
                assertEquals("Looked after children|Overall effectiveness|ADEQUATE", describe(js.get(6)));
            }
            case "transposedMatrix" -> {
                assertEquals(9, js.size(), "one judgement per council and area: " + js);
                assertEquals("Children looked after|Adoption performance|REQUIRES_IMPROVEMENT", describe(js.get(8)));
            }
            case "colourOnlyPlan" -> {
                assertEquals(List.of("1", "1", "2", "3", "4"), actions.stream().map(a -> a.path("reference").asText()).toList(), actions.toString());
                assertEquals(List.of("GREEN", "AMBER", "RED", "GREEN", "AMBER"), actions.stream().map(a -> a.path("status").asText()).toList());
                assertEquals("Early Help Manager", actions.get(1).path("owner").asText());
                assertEquals(1, base.getOrDefault("ragTable", List.of()).size(), "one plan over two pages is one ragTable");
            }
            default -> throw new IllegalArgumentException(paper);
        }
    }

    private static String describe(JsonNode j) {
        return j.path("group").asText() + "|" + j.path("area").asText() + "|" + j.path("grade").asText();
    }

    /** Records of {@code from} that match none of {@code to}, each either explained or reported. */
    private static void compare(String paper, String form, String direction, Map<String, List<JsonNode>> from,
            Map<String, List<JsonNode>> to, List<String> unexplained, List<Known> used) {
        compare(paper, form, direction, from, to, unexplained, used, KNOWN);
    }

    private static void compare(String paper, String form, String direction, Map<String, List<JsonNode>> from,
            Map<String, List<JsonNode>> to, List<String> unexplained, List<Known> used, List<Known> known) {
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
                Known explained = known.stream().filter(k -> k.covers(paper, form, direction, type, description)).findFirst().orElse(null);
                if (explained == null) {
                    unexplained.add(form + " " + direction + " " + description);
                } else if (!used.contains(explained)) {
                    used.add(explained);
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
