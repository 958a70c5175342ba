package org.councilpapers.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.PaperRecord;

/**
 * The one Jackson setup for SCHEMA.md JSON. Mappers are thread-safe once configured, so one shared
 * immutable instance serves every caller.
 */
public final class PaperJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // SCHEMA.md allows added fields
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .build();

    private PaperJson() {}

    /** The configured mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectWriter pretty() {
        return MAPPER.writerWithDefaultPrettyPrinter();
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
