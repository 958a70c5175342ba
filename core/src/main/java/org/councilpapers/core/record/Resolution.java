package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A decision recorded in minutes.
 *
 * @param itemNumber the minute's number as printed ("88")
 * @param agendaItem the agenda item the minute records, where the minutes print it beside the minute number
 *                   ("88. Revenue Budget (Item 5)" gives "5"); null where they do not
 */
@JsonPropertyOrder({"id", "meetingDate", "itemNumber", "agendaItem", "itemTitle", "outcome", "number", "text", "provenance", "mentions"})
public record Resolution(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String itemNumber,
        @Nullable String agendaItem,
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
        this(id, meetingDate, itemNumber, null, itemTitle, outcome, number, text, provenance, Mentions.NONE);
    }

    /** The constructor from before resolutions knew their agenda item. */
    public Resolution(
            String id,
            @Nullable PartialDate meetingDate,
            @Nullable String itemNumber,
            @Nullable String itemTitle,
            ResolutionOutcome outcome,
            @Nullable String number,
            String text,
            Provenance provenance,
            Mentions mentions) {
        this(id, meetingDate, itemNumber, null, itemTitle, outcome, number, text, provenance, mentions);
    }

    /** A resolution without mentions, with the agenda item its minute records. */
    public Resolution(
            String id,
            @Nullable PartialDate meetingDate,
            @Nullable String itemNumber,
            @Nullable String agendaItem,
            @Nullable String itemTitle,
            ResolutionOutcome outcome,
            @Nullable String number,
            String text,
            Provenance provenance) {
        this(id, meetingDate, itemNumber, agendaItem, itemTitle, outcome, number, text, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.RESOLUTION;
    }

    @Override
    public Resolution withId(String newId) {
        return new Resolution(newId, meetingDate, itemNumber, agendaItem, itemTitle, outcome, number, text, provenance, mentions);
    }

    @Override
    public Resolution withMentions(Mentions newMentions) {
        return new Resolution(id, meetingDate, itemNumber, agendaItem, itemTitle, outcome, number, text, provenance, newMentions);
    }
}
