package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index's answers as JSON, read back: every field the writer puts out is the typed value's, and the
 * record inside a hit parses back to the record that was indexed.
 */
class IndexJsonTest {
    private PaperIndex index;

    @BeforeEach
    void open() throws IOException {
        index = PaperIndex.inMemory();
        index.add(paper("ilacs-2019.txt", "Thurrock", 2019, 11)
                .judgement("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT, 2019, "Thurrock")
                .finding("Children who go missing do not always receive a return home interview", "Thurrock", PartialDate.ofMonth(2019, 11))
                .build());
        index.add(paper("plan-2020.txt", "Thurrock", 2020, 3)
                .action("Audit return home interviews every month", RagStatus.RED, null)
                .build());
        index.add(paper("undated.txt", null, null).finding("Return home interviews were discussed").build());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void searchResultReadsBackToItsHitsAndFacets() throws IOException {
        SearchResult r = index.search(Query.text("return home interview").withFacets(true));

        JsonNode json = PaperJson.readTree(IndexJson.writer().writeValueAsString(r));

        assertEquals("return home interview", json.get("query").asText());
        assertEquals(r.total(), json.get("total").asLong());
        assertEquals(r.totalExact(), json.get("totalExact").asBoolean());
        assertEquals(0, json.get("offset").asInt());
        assertEquals(r.hits().size(), json.get("hits").size());
        for (int i = 0; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            JsonNode n = json.get("hits").get(i);
            assertEquals(h.kind(), n.get("type").asText());
            assertEquals(h.id(), n.get("id").asText());
            assertEquals(h.source(), n.get("source").asText());
            assertEquals(h.page(), n.get("page").asInt());
            assertEquals(h.score(), n.get("score").floatValue(), 1e-6);
            assertEquals(h.year() == null, n.get("year").isNull(), "year of " + h.id());
            assertEquals(h.document().council() == null, n.get("council").isNull());
            assertEquals(h.snippet().text(), n.get("snippet").asText());
            List<String> marked = new ArrayList<>();
            n.get("highlights").forEach(m -> marked.add(h.snippet().text().substring(m.get(0).asInt(), m.get(1).asInt())));
            assertEquals(h.snippet().matches(), marked, "highlight offsets point at the matched words");
            PaperRecord back = PaperJson.treeToValue(n.get("record"), PaperRecord.class);
            assertEquals(h.record(), back, "the record inside a hit is the record indexed");
        }
        Map<String, Long> types = counts(json.get("facets").get(Facet.TYPE.label()));
        r.facet(Facet.TYPE).forEach(c -> assertEquals(c.count(), types.get(c.value()), c.value()));
        assertEquals(r.facet(Facet.TYPE).size(), types.size());
        assertEquals(r.facet(Facet.YEAR).stream().map(FacetCount::value).toList(),
                new ArrayList<>(counts(json.get("facets").get(Facet.YEAR.label())).keySet()), "years in the index's order");
    }

    @Test
    void aSearchWithoutFacetsWritesNone() throws IOException {
        JsonNode json = IndexJson.tree(index.search(Query.text("audit")));

        assertFalse(json.has("facets"));
        assertEquals("action", json.get("hits").get(0).get("type").asText());
        assertEquals("red", json.get("hits").get(0).get("record").get("status").asText().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void timelineReadsBackToItsYearsAndGrades() throws IOException {
        Timeline t = index.timeline(Query.all());

        JsonNode json = IndexJson.tree(t);

        assertEquals(t.years().size(), json.get("years").size());
        for (int i = 0; i < t.years().size(); i++) {
            Timeline.Year y = t.years().get(i);
            JsonNode n = json.get("years").get(i);
            assertEquals(y.year(), n.get("year").asInt());
            assertEquals(y.counts().total(), n.get("total").asLong());
            for (RecordType type : y.counts().byType().keySet()) {
                assertEquals(y.counts().of(type), n.get("byType").get(type.jsonName()).asLong(), y.year() + " " + type);
            }
        }
        assertEquals(t.undated().total(), json.get("undated").get("total").asLong());
        assertEquals(1, t.undated().total(), "the undated paper's finding");
        JsonNode grades = json.get("grades").get(0);
        assertEquals(2019, grades.get("year").asInt());
        assertEquals("Overall effectiveness", grades.get("area").asText());
        assertEquals(1, grades.get("grades").get(Grade.REQUIRES_IMPROVEMENT.name()).asLong());
    }

    @Test
    void traceReadsBackToItsStepsInOrder() throws IOException {
        Trace t = index.trace("return home interviews", Query.all().council("Thurrock"));

        JsonNode json = IndexJson.tree(t);

        assertEquals("return home interviews", json.get("seed").asText());
        assertTrue(json.get("seedRecord").isNull());
        assertEquals(t.terms(), texts(json.get("terms")));
        assertEquals(t.minimumMatch(), json.get("minimumMatch").asInt());
        assertEquals(t.steps().stream().map(Hit::id).toList(), texts(json.get("steps"), "id"));
        assertEquals(List.of("ilacs-2019.txt", "plan-2020.txt"), texts(json.get("steps"), "source"));
        json.get("steps").forEach(s -> assertEquals(0, s.get("alsoIn").size(), "no step has a copy here"));
        assertTrue(PaperJson.treeToValue(json.get("steps").get(0).get("record"), PaperRecord.class) instanceof Finding);
    }

    @Test
    void statsReadBackToWhatTheIndexHolds() throws IOException {
        IndexStats s = index.stats();

        JsonNode json = IndexJson.tree(s);

        assertEquals(3, json.get("papers").asLong());
        assertEquals(s.records(), json.get("records").asLong());
        assertEquals(4, s.records());
        assertEquals(2019, json.get("firstYear").asInt());
        assertEquals(2020, json.get("lastYear").asInt());
        assertEquals(2, json.get("byType").get("finding").asLong());
        assertEquals(s.byType().size(), json.get("byType").size());
        s.facets().forEach((f, counts) -> assertEquals(counts.size(), json.get("facets").get(f.label()).size(), f.label()));
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        object.properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
