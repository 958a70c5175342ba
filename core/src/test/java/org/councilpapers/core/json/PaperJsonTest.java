package org.councilpapers.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.Report;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.core.record.StatusEntry;
import org.councilpapers.core.record.WorkProgrammeEntry;
import org.junit.jupiter.api.Test;

class PaperJsonTest {
    private static final Provenance P = new Provenance(3, "5", 120, 180, null);
    private static final Provenance PDF_P = new Provenance(1, null, 0, 10, new Box(72f, 100.5f, 300f, 112f));
    private static final PartialDate D = PartialDate.parse("2021-10-12");

    static List<PaperRecord> oneOfEach() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Action", "Review placements");
        cells.put("Owner", "ADES");
        return List.of(
                new Meeting("m1", "Thurrock", "Children's Services Overview and Scrutiny Committee", D, "19:00",
                        "Training Room, The Beehive", List.of(new Person("Sara Muldowney", "Chair"), new Person("Lee Watson", null)),
                        List.of(new Person("Lynn Worrall", "Substitute")), List.of(), List.of(), List.of(),
                        PartialDate.parse("2021-10-04"), "Grace Le", P, Mentions.NONE),
                new AgendaItem("a1", D, "2", "Minutes", new PageRange(5, 16), P, Mentions.NONE),
                new Report("r1", PartialDate.parse("2020-07-07"), "Children's Services Overview and Scrutiny Committee", "9",
                        "Update on Thurrock Children's Services Continuous Development Plan", "Joe Tynan", "Joe Tynan",
                        "Sheila Murphy", "All", "N/A", Classification.PUBLIC, "This report is to inform Members",
                        List.of("Appendix 1 - Development Plan"), null, P, Mentions.NONE),
                new Recommendation("rec1", "1.1", "That the Committee note the plan.", RecommendationOrigin.REPORT, "9",
                        "Update on the plan", P, Mentions.NONE),
                new Resolution("res1", PartialDate.parse("2021-07-13"), "5", "3", "Youth Cabinet Update", ResolutionOutcome.RESOLVED,
                        "1", "That the Committee noted the report.", P, Mentions.NONE),
                new Judgement("j1", "Thurrock", "Ofsted", "ILACS", PartialDate.parse("2019-11-11"), PartialDate.parse("2019-11-22"),
                        2019, null, "Overall effectiveness", Grade.GOOD, "Good", JudgementBasis.TABLE, PDF_P, Mentions.NONE, List.of()),
                new Finding("f1", FindingKind.IMPROVEMENT, "Timeliness of initial health assessments.", "Thurrock",
                        "Ofsted ILACS 2019", PartialDate.parse("2019-12"), P, Mentions.NONE),
                new Action("ac1", "A1", "Management oversight", "Realign leadership", "ADES", "July 2019",
                        PartialDate.parse("2019-07"), RagStatus.BLUE,
                        List.of(new StatusEntry("Oct 2019", RagStatus.GREEN), new StatusEntry("Jan 2020", null)),
                        "Completed", "1", "Improving", "rt1", "rec1", P, Mentions.NONE),
                new RagTable("rt1", "Written Statement of Action", List.of("Action", "Owner"), List.of("Oct 2019"),
                        List.of(new RagRow("A1", cells, RagStatus.GREEN, List.of(new StatusEntry("Oct 2019", RagStatus.GREEN)))), P, Mentions.NONE),
                new WorkProgrammeEntry("w1", PartialDate.parse("2022-01"), "January 2022", "SEND update", "Michele Lucas",
                        "Members", P, Mentions.NONE),
                new Question("q1", PartialDate.parse("2021-07-13"), "5", "Youth Cabinet Update",
                        new Person("Lee Watson", "Councillor"), "asked how the Youth Cabinet was recruited.",
                        List.of(new Person("Andrea Winstone", null)), "said members were elected in schools.", P,
                        new Mentions(List.of("Andrea Winstone"), List.of("Youth Cabinet"), List.of("Thurrock"),
                                List.of(PartialDate.parse("2021-07")), List.of(new Mentions.Span(0, 41)))));
    }

    @Test
    void mentionsWrittenAfterProvenanceWithoutEmptyLists() throws Exception {
        JsonNode q = PaperJson.mapper().readTree(PaperJson.toJson(oneOfEach().get(10)));
        assertEquals("question", q.get("type").asText());
        assertEquals("Councillor", q.get("askedBy").get("role").asText());
        assertEquals("Andrea Winstone", q.get("answeredBy").get(0).get("name").asText());
        JsonNode m = q.get("mentions");
        assertEquals("2021-07", m.get("dates").get(0).asText());
        assertEquals(41, m.get("sentences").get(0).get("end").asInt());
        List<String> names = new java.util.ArrayList<>();
        q.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("provenance", "mentions"), names.subList(names.size() - 2, names.size()));

        Finding f = (Finding) oneOfEach().get(6);
        JsonNode onlyPeople = PaperJson.mapper().readTree(PaperJson.toJson(
                f.withMentions(new Mentions(List.of("Joe Tynan"), List.of(), List.of(), List.of(), List.of()))));
        assertEquals(List.of("people"), fieldNames(onlyPeople.get("mentions")), "empty lists are left out");
    }

    @Test
    void recordsWithoutMentionsKeepTheirOldJson() throws Exception {
        for (PaperRecord r : oneOfEach().subList(0, 10)) {
            JsonNode n = PaperJson.mapper().readTree(PaperJson.toJson(r));
            assertFalse(n.has("mentions"), r.type() + " has no mentions field");
            assertEquals(Mentions.NONE, PaperJson.readRecord(PaperJson.toJson(r)).mentions(), "absent mentions read back as NONE");
        }
    }

    @Test
    void aQuestionWithNoAskerNamedReadsBackWithNone() throws Exception {
        Question q = new Question("q2", PartialDate.parse("2024-03-12"), "4", null, null, "A member of the public asked about parking.",
                List.of(), null, P, Mentions.NONE);
        String json = PaperJson.toJson(q);
        JsonNode n = PaperJson.mapper().readTree(json);
        assertFalse(n.hasNonNull("askedBy"), json);
        assertEquals(q, PaperJson.readRecord(json));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyRecordTypeRoundTripsThroughTheEnvelope() throws Exception {
        List<PaperRecord> records = oneOfEach();
        assertEquals(RecordType.values().length, records.stream().map(PaperRecord::type).distinct().count(),
                "the fixture covers every record type");
        Extraction x = new Extraction(new DocumentInfo("ab12", "pack.txt", "text/plain", DocumentKind.AGENDA_PACK,
                "Agenda", "Thurrock", D, 112), records, List.of(new Warning(WarningCode.UNKNOWN_GRADE_WORD, "grade 'Fab'", 4)));
        String json = PaperJson.toJson(x);
        Extraction back = PaperJson.readExtraction(json);
        assertEquals(x, back);
        assertEquals(json, PaperJson.toJson(back), "writing is deterministic");
    }

    @Test
    void resolutionCarriesTheAgendaItemBesideTheMinuteNumber() throws Exception {
        Resolution r = (Resolution) oneOfEach().get(4);
        JsonNode n = PaperJson.mapper().readTree(PaperJson.toJson(r));
        assertEquals("5", n.get("itemNumber").asText());
        assertEquals("3", n.get("agendaItem").asText());
        assertEquals(r, PaperJson.readRecord(PaperJson.toJson(r)));
        Resolution old = new Resolution("res2", null, "5", null, "Youth Cabinet Update", ResolutionOutcome.RESOLVED, null, "Noted.", P, Mentions.NONE);
        assertEquals(null, old.agendaItem(), "the constructor without it leaves the agenda item unknown");
        assertTrue(PaperJson.mapper().readTree(PaperJson.toJson(old)).get("agendaItem").isNull());
    }

    @Test
    void jsonUsesTheSchemaNamesAndSpellings() throws Exception {
        List<PaperRecord> records = oneOfEach();
        JsonNode judgement = PaperJson.mapper().readTree(PaperJson.toJson(records.get(5)));
        assertEquals("judgement", judgement.get("type").asText());
        assertEquals("GOOD", judgement.get("grade").asText());
        assertEquals("table", judgement.get("basis").asText());
        assertEquals("2019-11-11", judgement.get("inspectionStart").asText());
        assertTrue(judgement.get("group").isNull(), "unstated fields are explicit nulls");
        assertEquals("[72.0,100.5,300.0,112.0]", judgement.get("provenance").get("bbox").toString());
        JsonNode report = PaperJson.mapper().readTree(PaperJson.toJson(records.get(2)));
        assertEquals("public", report.get("classification").asText());
        JsonNode item = PaperJson.mapper().readTree(PaperJson.toJson(records.get(1)));
        assertEquals("agendaItem", item.get("type").asText());
        assertEquals(5, item.get("pages").get("from").asInt());
        assertFalse(item.get("provenance").has("bbox"), "no bbox outside PDF");
        assertEquals("report", PaperJson.mapper().readTree(PaperJson.toJson(records.get(3))).get("origin").asText());
    }

    @Test
    void anActionKeepsItsLinkToTheRecommendationItImplements() throws Exception {
        Action linked = (Action) oneOfEach().get(7);
        JsonNode n = PaperJson.mapper().readTree(PaperJson.toJson(linked));
        assertEquals("rec1", n.get("recommendationId").asText());
        assertEquals(linked, PaperJson.readRecord(PaperJson.toJson(linked)));
        Action unlinked = linked.withRecommendationId(null);
        assertTrue(PaperJson.mapper().readTree(PaperJson.toJson(unlinked)).get("recommendationId").isNull(), "no link is an explicit null");
        Action old = (Action) PaperJson.readRecord("{\"type\":\"action\",\"id\":\"a\",\"text\":\"t\","
                + "\"provenance\":{\"page\":1,\"start\":0,\"end\":1}}");
        assertNull(old.recommendationId(), "JSON written before the link existed reads back unlinked");
    }

    @Test
    void unknownFieldsFromNewerWritersAreIgnored() throws Exception {
        PaperRecord r = PaperJson.readRecord("{\"type\":\"finding\",\"id\":\"f\",\"kind\":\"STRENGTH\",\"text\":\"t\","
                + "\"people\":[\"X\"],\"provenance\":{\"page\":1,\"start\":0,\"end\":1}}");
        assertEquals(RecordType.FINDING, r.type());
        assertEquals(FindingKind.STRENGTH, ((Finding) r).kind());
    }

    @Test
    void missingListsReadAsEmpty() throws Exception {
        Meeting m = (Meeting) PaperJson.readRecord("{\"type\":\"meeting\",\"id\":\"m\",\"provenance\":{\"page\":1,\"start\":0,\"end\":1}}");
        assertTrue(m.members().isEmpty());
        assertTrue(m.apologies().isEmpty());
    }
}
