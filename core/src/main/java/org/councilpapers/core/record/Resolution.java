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
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param meetingDate the date of the meeting; null where the minutes do not state it
 * @param itemNumber the minute's number as printed ("88"); null where unnumbered
 * @param agendaItem the agenda item the minute records, where the minutes print it beside the minute number
 *                   ("88. Revenue Budget (Item 5)" gives "5"); null where they do not
 * @param itemTitle the minute's heading as printed; null where it has none
 * @param outcome whether the decision was made ({@code RESOLVED}) or not ({@code UNRESOLVED}, "NOT AGREED")
 * @param number the decision's own number within the minute as printed ("1.1"); null where unnumbered
 * @param text what was resolved
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
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
    /**
     * A null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param meetingDate the date of the meeting; null where the minutes do not state it
     * @param itemNumber the minute's number as printed ("88"); null where unnumbered
     * @param agendaItem the agenda item the minute records, where the minutes print it beside the minute number;
     *     null where they do not
     * @param itemTitle the minute's heading as printed; null where it has none
     * @param outcome whether the decision was made ({@code RESOLVED}) or not ({@code UNRESOLVED}, "NOT AGREED")
     * @param number the decision's own number within the minute as printed ("1.1"); null where unnumbered
     * @param text what was resolved
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance}, {@code outcome} or {@code text} is null
     */
    public Resolution {
        mentions = mentions == null ? Mentions.NONE : mentions;
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
        return new Resolution(newId, meetingDate, itemNumber, agendaItem, itemTitle, outcome, number, text, provenance, mentions);
    }

    @Override
    public Resolution withMentions(Mentions newMentions) {
        return new Resolution(id, meetingDate, itemNumber, agendaItem, itemTitle, outcome, number, text, provenance, newMentions);
    }
}
