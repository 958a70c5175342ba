package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** What a report asks a committee to do, or what an inspectorate told an authority to do. */
@JsonPropertyOrder({"id", "number", "text", "origin", "itemNumber", "itemTitle", "provenance", "mentions"})
public record Recommendation(
        String id,
        @Nullable String number,
        String text,
        RecommendationOrigin origin,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Recommendation {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Recommendation(
            String id,
            @Nullable String number,
            String text,
            RecommendationOrigin origin,
            @Nullable String itemNumber,
            @Nullable String itemTitle,
            Provenance provenance) {
        this(id, number, text, origin, itemNumber, itemTitle, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.RECOMMENDATION;
    }

    @Override
    public Recommendation withId(String newId) {
        return new Recommendation(newId, number, text, origin, itemNumber, itemTitle, provenance, mentions);
    }

    @Override
    public Recommendation withMentions(Mentions newMentions) {
        return new Recommendation(id, number, text, origin, itemNumber, itemTitle, provenance, newMentions);
    }
}
