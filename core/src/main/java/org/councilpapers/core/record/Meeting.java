package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/**
 * One meeting the paper describes: the meeting an agenda calls, a meeting whose minutes or decision notice it
 * holds, or the meeting a standalone committee report is written for. Lists the paper does not give are empty.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param council the council, as named; null where the paper does not say
 * @param committee the committee, cabinet or board, as named; null where the paper does not say
 * @param date the meeting's date; null where not stated
 * @param time the start time as printed ("7.00 pm"); null where not stated
 * @param venue where the meeting is held, as printed; null where not stated
 * @param members the members the agenda lists, each with a role (Chair, Vice-Chair, Co-opted) where one is given
 * @param substitutes the substitute members the agenda lists
 * @param present the names the minutes record as present
 * @param apologies the names the minutes record as sending apologies
 * @param inAttendance the officers and others the minutes record as in attendance, with their titles
 * @param published the date the agenda was published; null where not stated
 * @param contactOfficer the agenda's contact (democratic services) officer, as named; null where not stated
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
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
    /**
     * Copies the lists (a null one is taken as empty); a null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param council the council, as named; null where the paper does not say
     * @param committee the committee, cabinet or board, as named; null where the paper does not say
     * @param date the meeting's date; null where not stated
     * @param time the start time as printed ("7.00 pm"); null where not stated
     * @param venue where the meeting is held, as printed; null where not stated
     * @param members the members the agenda lists, each with a role (Chair, Vice-Chair, Co-opted) where one is given
     * @param substitutes the substitute members the agenda lists
     * @param present the names the minutes record as present
     * @param apologies the names the minutes record as sending apologies
     * @param inAttendance the officers and others the minutes record as in attendance, with their titles
     * @param published the date the agenda was published; null where not stated
     * @param contactOfficer the agenda's contact (democratic services) officer, as named; null where not stated
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id} or {@code provenance} is null
     */
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
