package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** A decision recorded in minutes. */
@JsonPropertyOrder({"id", "meetingDate", "itemNumber", "itemTitle", "outcome", "number", "text", "provenance", "mentions"})
public record Resolution(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        ResolutionOutcome outcome,
        @Nullable String number,
        String text,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Resolution {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Resolution(
            String id,
            @Nullable PartialDate meetingDate,
            @Nullable String itemNumber,
            @Nullable String itemTitle,
            ResolutionOutcome outcome,
            @Nullable String number,
            String text,
            Provenance provenance) {
        this(id, meetingDate, itemNumber, itemTitle, outcome, number, text, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.RESOLUTION;
    }

    @Override
    public Resolution withId(String newId) {
        return new Resolution(newId, meetingDate, itemNumber, itemTitle, outcome, number, text, provenance, mentions);
    }

    @Override
    public Resolution withMentions(Mentions newMentions) {
        return new Resolution(id, meetingDate, itemNumber, itemTitle, outcome, number, text, provenance, newMentions);
    }
}
