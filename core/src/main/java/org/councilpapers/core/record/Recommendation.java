package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** What a report asks a committee to do, or what an inspectorate told an authority to do. */
@JsonPropertyOrder({"id", "number", "text", "origin", "itemNumber", "itemTitle", "provenance"})
public record Recommendation(
        String id,
        @Nullable String number,
        String text,
        RecommendationOrigin origin,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        Provenance provenance) implements PaperRecord {
    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public RecordType type() {
        return RecordType.RECOMMENDATION;
    }

    @Override
    public Recommendation withId(String newId) {
        return new Recommendation(newId, number, text, origin, itemNumber, itemTitle, provenance);
    }
}
