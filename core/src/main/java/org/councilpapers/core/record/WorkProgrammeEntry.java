package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A row of a committee's work programme or forward plan.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param meetingDate the date of the meeting the topic is planned for; null where it is not a date
 * @param meetingDateText that meeting date as printed ("13 July 2021"); null where the row gives none
 * @param topic the topic or report title
 * @param leadOfficer the lead officer, as printed; null where not stated
 * @param requestedBy who asked for the item, as printed ("Chair", "Standing Item"); null where not stated
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
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
    /**
     * A null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param meetingDate the date of the meeting the topic is planned for; null where it is not a date
     * @param meetingDateText that meeting date as printed ("13 July 2021"); null where the row gives none
     * @param topic the topic or report title
     * @param leadOfficer the lead officer, as printed; null where not stated
     * @param requestedBy who asked for the item, as printed ("Chair", "Standing Item"); null where not stated
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance} or {@code topic} is null
     */
    public WorkProgrammeEntry {
        mentions = mentions == null ? Mentions.NONE : mentions;
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
        return new WorkProgrammeEntry(newId, meetingDate, meetingDateText, topic, leadOfficer, requestedBy, provenance, mentions);
    }

    @Override
    public WorkProgrammeEntry withMentions(Mentions newMentions) {
        return new WorkProgrammeEntry(id, meetingDate, meetingDateText, topic, leadOfficer, requestedBy, provenance, newMentions);
    }
}
