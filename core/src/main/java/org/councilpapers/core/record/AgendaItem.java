package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** An item on a meeting's agenda, with the printed pages its papers occupy. */
@JsonPropertyOrder({"id", "meetingDate", "number", "title", "pages", "provenance"})
public record AgendaItem(
        String id,
        @Nullable PartialDate meetingDate,
        String number,
        String title,
        @Nullable PageRange pages,
        Provenance provenance) implements PaperRecord {
    public AgendaItem {
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
        return new AgendaItem(newId, meetingDate, number, title, pages, provenance);
    }
}
