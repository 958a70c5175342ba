package org.councilpapers.core.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentInfo;
import org.jspecify.annotations.Nullable;

/**
 * The names both flat exports share: a record class's JSON field names, and the four document
 * fields SCHEMA.md adds to every flat record.
 */
final class RecordColumns {
    /** SCHEMA.md's names, in the order the exports put them first. */
    private static final List<String> DOCUMENT_FIELDS = List.of("documentId", "source", "council", "documentDate");

    private RecordColumns() {}

    /** The JSON name of a component: its {@code @JsonProperty} name where it has one, else the component name. */
    static String jsonName(RecordComponent component) {
        JsonProperty p = component.getAccessor().getAnnotation(JsonProperty.class);
        return p == null || p.value().isEmpty() ? component.getName() : p.value();
    }

    /**
     * The document field names for records of this class. Some records have a field of the same
     * name ({@code finding.source}, {@code meeting.council}); the record keeps its own, and the
     * document's is prefixed ({@code documentSource}), so nothing the paper said is overwritten and
     * each record type always gets the same names.
     */
    static List<String> documentFields(Class<?> recordClass) {
        Set<String> own = Stream.of(recordClass.getRecordComponents()).map(RecordColumns::jsonName).collect(Collectors.toSet());
        List<String> names = new ArrayList<>(DOCUMENT_FIELDS.size());
        for (String n : DOCUMENT_FIELDS) {
            names.add(own.contains(n) ? "document" + n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1) : n);
        }
        return List.copyOf(names);
    }

    /** The document's values, in the order of {@link #documentFields}. */
    static List<@Nullable String> documentValues(DocumentInfo document) {
        List<@Nullable String> values = new ArrayList<>(DOCUMENT_FIELDS.size());
        values.add(document.id());
        values.add(document.source());
        values.add(document.council());
        values.add(document.date() == null ? null : document.date().toString());
        return values;
    }
}
