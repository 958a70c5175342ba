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

    public Extraction {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(document, "document");
        records = Lists.copy(records);
        warnings = Lists.copy(warnings);
        ragScale = ragScale == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ragScale));
    }

    public Extraction(DocumentInfo document, List<PaperRecord> records, List<Warning> warnings) {
        this(SCHEMA_VERSION, document, records, warnings, Map.of());
    }

    /** The records of one Java type, in document order. */
    public <T extends PaperRecord> List<T> records(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The records of one record type, in document order. */
    public List<PaperRecord> records(RecordType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }
}
