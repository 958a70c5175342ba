package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** One meeting the paper describes: the meeting an agenda calls, or a meeting whose minutes it holds. */
@JsonPropertyOrder({"id", "council", "committee", "date", "time", "venue", "members", "substitutes", "present", "apologies", "inAttendance", "published", "contactOfficer", "provenance", "mentions"})
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
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Meeting {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        members = Lists.copy(members);
        substitutes = Lists.copy(substitutes);
        present = Lists.copy(present);
        apologies = Lists.copy(apologies);
        inAttendance = Lists.copy(inAttendance);
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Meeting(
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
            Provenance provenance) {
        this(id, council, committee, date, time, venue, members, substitutes, present, apologies, inAttendance, published, contactOfficer, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.MEETING;
    }

    @Override
    public Meeting withId(String newId) {
        return new Meeting(newId, council, committee, date, time, venue, members, substitutes, present, apologies, inAttendance, published, contactOfficer, provenance, mentions);
    }

    @Override
    public Meeting withMentions(Mentions newMentions) {
        return new Meeting(id, council, committee, date, time, venue, members, substitutes, present, apologies, inAttendance, published, contactOfficer, provenance, newMentions);
    }
}
