package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** Something an inspection found: an area to improve, a strength or an observation. */
@JsonPropertyOrder({"id", "kind", "text", "authority", "source", "date", "provenance", "mentions"})
public record Finding(
        String id,
        FindingKind kind,
        String text,
        @Nullable String authority,
        @Nullable String source,
        @Nullable PartialDate date,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Finding {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Finding(
            String id,
            FindingKind kind,
            String text,
            @Nullable String authority,
            @Nullable String source,
            @Nullable PartialDate date,
            Provenance provenance) {
        this(id, kind, text, authority, source, date, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.FINDING;
    }

    @Override
    public Finding withId(String newId) {
        return new Finding(newId, kind, text, authority, source, date, provenance, mentions);
    }

    @Override
    public Finding withMentions(Mentions newMentions) {
        return new Finding(id, kind, text, authority, source, date, provenance, newMentions);
    }
}
