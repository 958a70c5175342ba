package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** A row of a committee's work programme or forward plan. */
@JsonPropertyOrder({"id", "meetingDate", "meetingDateText", "topic", "leadOfficer", "requestedBy", "provenance"})
public record WorkProgrammeEntry(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String meetingDateText,
        String topic,
        @Nullable String leadOfficer,
        @Nullable String requestedBy,
        Provenance provenance) implements PaperRecord {
    public WorkProgrammeEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(topic, "topic");
    }

    @Override
    public RecordType type() {
        return RecordType.WORK_PROGRAMME_ENTRY;
    }

    @Override
    public WorkProgrammeEntry withId(String newId) {
        return new WorkProgrammeEntry(newId, meetingDate, meetingDateText, topic, leadOfficer, requestedBy, provenance);
    }
}
