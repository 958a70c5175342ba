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
 * change how another's JSON is written. Thread-safe: every method may be called from any thread.
 *
 * <p>Unknown JSON properties are ignored on reading, as SCHEMA.md allows fields to be added.
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
     *
     * @return a new mapper, configured as this class's own
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * A compact writer (no whitespace between tokens).
     *
     * @return an immutable, thread-safe writer
     */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /**
     * A pretty-printing writer, as {@code extract} prints records.
     *
     * @return an immutable, thread-safe writer
     */
    public static ObjectWriter pretty() {
        return MAPPER.writerWithDefaultPrettyPrinter();
    }

    /**
     * A reader of any JSON into trees, or, through {@code forType}, into records and extractions.
     *
     * @return an immutable, thread-safe reader
     */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /**
     * A value (a record, an extraction, a list of them) as the JSON tree the writers would write.
     *
     * @param value the value
     * @return the tree
     * @throws IllegalArgumentException if the value cannot be converted
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * A JSON tree parsed from text.
     *
     * @param json the JSON text
     * @return the tree
     * @throws JsonProcessingException if the text is not JSON
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /**
     * A JSON tree read from a stream (which it does not close).
     *
     * @param in the stream, UTF-8 or another encoding Jackson detects
     * @return the tree
     * @throws IOException if the stream cannot be read or is not JSON
     */
    public static JsonNode readTree(InputStream in) throws IOException {
        return MAPPER.reader().readTree(in);
    }

    /**
     * A new, empty JSON object to build.
     *
     * @return the object node
     */
    public static ObjectNode objectNode() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A new, empty JSON array to build.
     *
     * @return the array node
     */
    public static ArrayNode arrayNode() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * A tree as a value of {@code type}: an expected record file's entries, say.
     *
     * @param tree the JSON tree
     * @param type the class to read it as, e.g. {@code PaperRecord.class}
     * @param <T> that class
     * @return the value
     * @throws JsonProcessingException if the tree does not fit the type
     */
    public static <T> T treeToValue(JsonNode tree, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, type);
    }

    /**
     * An extraction as the pretty-printed JSON {@code extract} prints.
     *
     * @param x the extraction
     * @return the JSON text
     */
    public static String toJson(Extraction x) {
        return write(x);
    }

    /**
     * A record as pretty-printed JSON, with its {@code type}.
     *
     * @param r the record
     * @return the JSON text
     */
    public static String toJson(PaperRecord r) {
        return write(r);
    }

    /**
     * An extraction read back from its JSON.
     *
     * @param json the envelope's JSON text
     * @return the extraction
     * @throws JsonProcessingException if the text is not JSON or not an envelope
     */
    public static Extraction readExtraction(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Extraction.class);
    }

    /**
     * A record read back from its JSON; its {@code type} property picks the record class.
     *
     * @param json the record's JSON text
     * @return the record
     * @throws JsonProcessingException if the text is not JSON or not a record of a known type
     */
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
