package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** A decision recorded in minutes. */
@JsonPropertyOrder({"id", "meetingDate", "itemNumber", "itemTitle", "outcome", "number", "text", "provenance"})
public record Resolution(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        ResolutionOutcome outcome,
        @Nullable String number,
        String text,
        Provenance provenance) implements PaperRecord {
    public Resolution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public RecordType type() {
        return RecordType.RESOLUTION;
    }

    @Override
    public Resolution withId(String newId) {
        return new Resolution(newId, meetingDate, itemNumber, itemTitle, outcome, number, text, provenance);
    }
}
