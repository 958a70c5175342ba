package org.councilpapers.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.PaperRecord;

/**
 * The one Jackson setup for SCHEMA.md JSON. The configured mapper stays private: callers get its
 * immutable readers, writers and trees, or a copy of it to configure as they like, so no caller can
 * change how another's JSON is written.
 */
public final class PaperJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // SCHEMA.md allows added fields
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .build();

    private PaperJson() {}

    /**
     * A copy of the configured mapper, for a caller that registers modules of its own. Each call
     * copies (and so starts with empty serializer caches): keep the copy, or use the readers,
     * writers and trees below.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** A compact writer. */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /** A pretty-printing writer, as {@code extract} prints records. */
    public static ObjectWriter pretty() {
        return MAPPER.writerWithDefaultPrettyPrinter();
    }

    /** A reader of any JSON into trees, or {@code forType} for records and extractions. */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** A value (a record, an extraction, a list of them) as the JSON tree the writers would write. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A JSON tree parsed from text. */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /** A JSON tree read from a stream (which it does not close). */
    public static JsonNode readTree(InputStream in) throws IOException {
        return MAPPER.reader().readTree(in);
    }

    /** A new, empty JSON object to build. */
    public static ObjectNode objectNode() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new, empty JSON array to build. */
    public static ArrayNode arrayNode() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** A tree as a value of {@code type}: an expected record file's entries, say. */
    public static <T> T treeToValue(JsonNode tree, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, type);
    }

    public static String toJson(Extraction x) {
        return write(x);
    }

    public static String toJson(PaperRecord r) {
        return write(r);
    }

    public static Extraction readExtraction(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Extraction.class);
    }

    public static PaperRecord readRecord(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, PaperRecord.class);
    }

    private static String write(Object o) {
        try {
            return pretty().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            // Our own types always serialise; failing here is a bug, not bad input.
            throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
