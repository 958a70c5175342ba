package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** Something an inspection found: an area to improve, a strength or an observation. */
@JsonPropertyOrder({"id", "kind", "text", "authority", "source", "date", "provenance"})
public record Finding(
        String id,
        FindingKind kind,
        String text,
        @Nullable String authority,
        @Nullable String source,
        @Nullable PartialDate date,
        Provenance provenance) implements PaperRecord {
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public RecordType type() {
        return RecordType.FINDING;
    }

    @Override
    public Finding withId(String newId) {
        return new Finding(newId, kind, text, authority, source, date, provenance);
    }
}
