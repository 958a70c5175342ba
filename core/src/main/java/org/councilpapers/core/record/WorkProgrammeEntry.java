package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** A row of a committee's work programme or forward plan. */
@JsonPropertyOrder({"id", "meetingDate", "meetingDateText", "topic", "leadOfficer", "requestedBy", "provenance", "mentions"})
public record WorkProgrammeEntry(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String meetingDateText,
        String topic,
        @Nullable String leadOfficer,
        @Nullable String requestedBy,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public WorkProgrammeEntry {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(topic, "topic");
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public WorkProgrammeEntry(
            String id,
            @Nullable PartialDate meetingDate,
            @Nullable String meetingDateText,
            String topic,
            @Nullable String leadOfficer,
            @Nullable String requestedBy,
            Provenance provenance) {
        this(id, meetingDate, meetingDateText, topic, leadOfficer, requestedBy, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.WORK_PROGRAMME_ENTRY;
    }

    @Override
    public WorkProgrammeEntry withId(String newId) {
        return new WorkProgrammeEntry(newId, meetingDate, meetingDateText, topic, leadOfficer, requestedBy, provenance, mentions);
    }

    @Override
    public WorkProgrammeEntry withMentions(Mentions newMentions) {
        return new WorkProgrammeEntry(id, meetingDate, meetingDateText, topic, leadOfficer, requestedBy, provenance, newMentions);
    }
}
