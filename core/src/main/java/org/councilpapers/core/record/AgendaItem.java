package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * An item on a meeting's agenda, with the printed pages its papers occupy. Minutes and decision notices give items
 * too: each minute's or decision's item number and heading is an item of that meeting.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param meetingDate the date of the meeting the item is on; null where the paper does not state it
 * @param number the item number as printed ("6", "7a")
 * @param title the item's heading as printed
 * @param pages the printed pages the item's papers occupy; null where the agenda lists none
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
@JsonPropertyOrder({"id", "meetingDate", "number", "title", "pages", "provenance", "mentions"})
public record AgendaItem(
        String id,
        @Nullable PartialDate meetingDate,
        String number,
        String title,
        @Nullable PageRange pages,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    /**
     * A null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param meetingDate the date of the meeting the item is on; null where the paper does not state it
     * @param number the item number as printed ("6", "7a")
     * @param title the item's heading as printed
     * @param pages the printed pages the item's papers occupy; null where the agenda lists none
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance}, {@code number} or {@code title} is null
     */
    public AgendaItem {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public RecordType type() {
        return RecordType.AGENDA_ITEM;
    }

    @Override
    public AgendaItem withId(String newId) {
        return new AgendaItem(newId, meetingDate, number, title, pages, provenance, mentions);
    }

    @Override
    public AgendaItem withMentions(Mentions newMentions) {
        return new AgendaItem(id, meetingDate, number, title, pages, provenance, newMentions);
    }
}
