package org.councilpapers.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of what an index answers: a {@link SearchResult} with its {@link Hit}s and facets, a
 * {@link Timeline}, a {@link Trace} and {@link IndexStats}, written the way {@code councilpapers search
 * --json} (and {@code timeline}, {@code trace}, {@code stats}) print them, records inside as SCHEMA.md
 * has them. One mapping, so an embedding tool and the command line write the same fields.
 *
 * <p>Use {@link #writer()} (pretty-printed) or {@link #tree(Object)}; to write these types with a mapper
 * of your own, register {@link #module()}.
 */
public final class IndexJson {
    private static final ObjectMapper MAPPER = PaperJson.mapper().registerModule(module());

    private IndexJson() {}

    /**
     * A pretty-printing writer for the index's answers (and anything {@link PaperJson} writes).
     *
     * @return an immutable, thread-safe writer
     */
    public static ObjectWriter writer() {
        return MAPPER.writerWithDefaultPrettyPrinter();
    }

    /**
     * An answer of the index as a JSON tree, to add fields to or read back.
     *
     * @param answer a {@link SearchResult}, {@link Hit}, {@link Timeline}, {@link Trace} or {@link IndexStats} (or
     *     anything {@link PaperJson} writes)
     * @return the tree the writer would write
     * @throws IllegalArgumentException if the value cannot be converted
     */
    public static JsonNode tree(Object answer) {
        return MAPPER.valueToTree(answer);
    }

    /**
     * The serializers of the index's answers, for a mapper configured like {@link PaperJson#mapper()}. Writing
     * only: the module has no deserializers.
     *
     * @return a new module
     */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("councilpapers-index");
        m.addSerializer(Hit.class, new HitSerializer());
        m.addSerializer(SearchResult.class, new SearchResultSerializer());
        m.addSerializer(Timeline.class, new TimelineSerializer());
        m.addSerializer(Trace.class, new TraceSerializer());
        m.addSerializer(IndexStats.class, new StatsSerializer());
        return m;
    }

    /** A hit: its place, dates, score, snippet with highlight offsets, and the record (or passage). */
    private static final class HitSerializer extends JsonSerializer<Hit> {
        @Override
        public void serialize(Hit h, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            fields(h, g, p);
            g.writeEndObject();
        }

        static void fields(Hit h, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStringField("type", h.kind());
            g.writeStringField("id", h.id());
            writeInteger(g, "year", h.year());
            g.writeStringField("date", h.date() == null ? null : h.date().toString());
            g.writeNumberField("score", h.score());
            g.writeStringField("documentId", h.document().id());
            g.writeStringField("source", h.source());
            g.writeStringField("council", h.document().council());
            g.writeNumberField("page", h.page());
            g.writeStringField("printedPage", h.printedPage());
            if (h.snippet() != null) {
                g.writeStringField("snippet", h.snippet().text());
                g.writeArrayFieldStart("highlights");
                for (Snippet.Mark m : h.snippet().marks()) {
                    g.writeStartArray();
                    g.writeNumber(m.start());
                    g.writeNumber(m.end());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            if (h.isPassage()) {
                p.defaultSerializeField("passage", h.passage(), g);
            } else {
                p.defaultSerializeField("record", h.record(), g);
            }
        }
    }

    private static final class SearchResultSerializer extends JsonSerializer<SearchResult> {
        @Override
        public void serialize(SearchResult r, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("query", r.query().text());
            g.writeNumberField("total", r.total());
            g.writeBooleanField("totalExact", r.totalExact());
            g.writeNumberField("offset", r.query().offset());
            g.writeArrayFieldStart("hits");
            for (Hit h : r.hits()) {
                p.defaultSerializeValue(h, g);
            }
            g.writeEndArray();
            if (!r.facets().isEmpty()) {
                facets(g, r.facets());
            }
            g.writeEndObject();
        }
    }

    private static final class TimelineSerializer extends JsonSerializer<Timeline> {
        @Override
        public void serialize(Timeline t, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("query", t.query().text());
            g.writeArrayFieldStart("years");
            for (Timeline.Year y : t.years()) {
                g.writeStartObject();
                g.writeNumberField("year", y.year());
                counts(g, y.counts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("undated");
            counts(g, t.undated());
            g.writeEndObject();
            g.writeArrayFieldStart("grades");
            for (Timeline.AreaGrades a : t.grades()) {
                g.writeStartObject();
                writeInteger(g, "year", a.year());
                g.writeStringField("area", a.area());
                g.writeObjectFieldStart("grades");
                for (Map.Entry<Grade, Long> e : a.grades().entrySet()) {
                    g.writeNumberField(e.getKey().name(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private static void counts(JsonGenerator g, Timeline.Counts c) throws IOException {
            g.writeNumberField("total", c.total());
            byType(g, c.byType());
            g.writeNumberField("passages", c.passages());
        }
    }

    /** A trace: its seed and terms, and each step as a hit with the other papers that hold the same record. */
    private static final class TraceSerializer extends JsonSerializer<Trace> {
        @Override
        public void serialize(Trace t, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("seed", t.seed());
            g.writeStringField("seedRecord", t.seedRecord() == null ? null : t.seedRecord().id());
            g.writeArrayFieldStart("terms");
            for (String term : t.terms()) {
                g.writeString(term);
            }
            g.writeEndArray();
            g.writeNumberField("minimumMatch", t.minimumMatch());
            g.writeArrayFieldStart("steps");
            for (Hit h : t.steps()) {
                g.writeStartObject();
                HitSerializer.fields(h, g, p);
                // A copy is a place only: the record is the step's.
                g.writeArrayFieldStart("alsoIn");
                for (Hit c : t.copiesOf(h)) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id());
                    g.writeStringField("documentId", c.document().id());
                    g.writeStringField("source", c.source());
                    g.writeNumberField("page", c.page());
                    g.writeStringField("printedPage", c.printedPage());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** What an index holds; the command line puts the index's directory in front. */
    private static final class StatsSerializer extends JsonSerializer<IndexStats> {
        @Override
        public void serialize(IndexStats s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("bytes", s.bytes());
            g.writeNumberField("papers", s.documents());
            g.writeNumberField("records", s.records());
            g.writeNumberField("passages", s.passages());
            g.writeNumberField("warnings", s.warnings());
            writeInteger(g, "firstYear", s.firstYear());
            writeInteger(g, "lastYear", s.lastYear());
            byType(g, s.byType());
            facets(g, s.facets());
            g.writeEndObject();
        }
    }

    /** Facet counts by facet label, each value to its count, in the order the index counted them. */
    private static void facets(JsonGenerator g, Map<Facet, List<FacetCount>> facets) throws IOException {
        g.writeObjectFieldStart("facets");
        for (Map.Entry<Facet, List<FacetCount>> e : facets.entrySet()) {
            g.writeObjectFieldStart(e.getKey().label());
            for (FacetCount c : e.getValue()) {
                g.writeNumberField(c.value(), c.count());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void byType(JsonGenerator g, Map<RecordType, Long> byType) throws IOException {
        g.writeObjectFieldStart("byType");
        for (Map.Entry<RecordType, Long> e : byType.entrySet()) {
            g.writeNumberField(e.getKey().jsonName(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeInteger(JsonGenerator g, String name, @Nullable Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
