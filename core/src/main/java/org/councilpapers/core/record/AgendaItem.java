package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** An item on a meeting's agenda, with the printed pages its papers occupy. */
@JsonPropertyOrder({"id", "meetingDate", "number", "title", "pages", "provenance", "mentions"})
public record AgendaItem(
        String id,
        @Nullable PartialDate meetingDate,
        String number,
        String title,
        @Nullable PageRange pages,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public AgendaItem {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public AgendaItem(
            String id,
            @Nullable PartialDate meetingDate,
            String number,
            String title,
            @Nullable PageRange pages,
            Provenance provenance) {
        this(id, meetingDate, number, title, pages, provenance, Mentions.NONE);
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
