package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** One meeting the paper describes: the meeting an agenda calls, or a meeting whose minutes it holds. */
@JsonPropertyOrder({"id", "council", "committee", "date", "time", "venue", "members", "substitutes", "present", "apologies", "inAttendance", "published", "contactOfficer", "provenance"})
public record Meeting(
        String id,
        @Nullable String council,
        @Nullable String committee,
        @Nullable PartialDate date,
        @Nullable String time,
        @Nullable String venue,
        List<Person> members,
        List<Person> substitutes,
        List<String> present,
        List<String> apologies,
        List<Person> inAttendance,
        @Nullable PartialDate published,
        @Nullable String contactOfficer,
        Provenance provenance) implements PaperRecord {
    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        members = Lists.copy(members);
        substitutes = Lists.copy(substitutes);
        present = Lists.copy(present);
        apologies = Lists.copy(apologies);
        inAttendance = Lists.copy(inAttendance);
    }

    @Override
    public RecordType type() {
        return RecordType.MEETING;
    }

    @Override
    public Meeting withId(String newId) {
        return new Meeting(newId, council, committee, date, time, venue, members, substitutes, present, apologies, inAttendance, published, contactOfficer, provenance);
    }
}
