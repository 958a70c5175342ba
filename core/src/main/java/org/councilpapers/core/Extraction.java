package org.councilpapers.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpapers.core.internal.Lists;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;

/**
 * The envelope of SCHEMA.md: one paper's facts, its records in reading order, and the warnings
 * met while reading it. Immutable.
 *
 * @param schemaVersion the version of SCHEMA.md the envelope follows; {@link #SCHEMA_VERSION} when built here
 * @param document what the paper says about itself and what identifies its bytes
 * @param records the records, in reading order
 * @param warnings what went wrong while reading without stopping it, in the order met
 * @param ragScale the document's own RAG key where it prints one ("RAG RATING KEY"), else empty
 */
public record Extraction(
        String schemaVersion,
        DocumentInfo document,
        List<PaperRecord> records,
        List<Warning> warnings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<RagStatus, String> ragScale) {

    /** Bumped when a field of SCHEMA.md is renamed or removed; additions keep it. */
    public static final String SCHEMA_VERSION = "1";

    /**
     * Copies the lists and the map (a null one is taken as empty), keeping the map's order.
     *
     * @param schemaVersion the version of SCHEMA.md the envelope follows
     * @param document what the paper says about itself and what identifies its bytes
     * @param records the records, in reading order
     * @param warnings the warnings, in the order met
     * @param ragScale the document's own RAG key, else empty
     * @throws NullPointerException if {@code schemaVersion} or {@code document} is null
     */
    public Extraction {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(document, "document");
        records = Lists.copy(records);
        warnings = Lists.copy(warnings);
        ragScale = ragScale == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ragScale));
    }

    /**
     * An envelope of the current {@link #SCHEMA_VERSION} with no RAG key.
     *
     * @param document what the paper says about itself and what identifies its bytes
     * @param records the records, in reading order
     * @param warnings the warnings, in the order met
     */
    public Extraction(DocumentInfo document, List<PaperRecord> records, List<Warning> warnings) {
        this(SCHEMA_VERSION, document, records, warnings, Map.of());
    }

    /**
     * The records of one Java type, in document order.
     *
     * @param type the record class, e.g. {@code Judgement.class}
     * @param <T> the record class
     * @return a new unmodifiable list; empty if there are none
     */
    public <T extends PaperRecord> List<T> records(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The records of one record type, in document order.
     *
     * @param type the record type
     * @return a new unmodifiable list; empty if there are none
     */
    public List<PaperRecord> records(RecordType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }
}
