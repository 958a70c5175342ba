package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minutes of a body a council hosts, headed by the body's name with its area's before it ("OLLERBROOK SCHOOLS' FUNDING FORUM",
 * "Feldham Health and Wellbeing Board"): the council is the place, the committee the body; members grouped by constituency under a
 * label set apart by a blank line; observers and officers "Name – Post, Organisation", a police officer's rank before the name.
 */
class PlacedBodyMinutesTest {
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void schoolsFundingForumGroupedByConstituencyUnderPresent(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-county-schools-funding-forum-dash-groups-blank-line.txt");
        assertEquals("Ollerbrook", m.council(), "the forum's area is the council that hosts it");
        assertEquals("Schools' Funding Forum", m.committee(), "the body's name alone, in mixed case");
        assertEquals(List.of("Sian Rowbottom", "Peter Hallworth", "Anjali Mistry", "Dominic Faraday", "Elspeth Crane", "Owen Treharne",
                "Lorna Beckwith", "Wendy Oyelaran"), m.present(),
                "every group's names after 'Present' and its blank line, 'Headteachers – primary:' and the like not taken for names");
        assertEquals(List.of(new Person("Hugh Parmenter", "Cabinet Member for Education"), new Person("Gail Fenwick", "Schools Finance Manager"),
                new Person("Rob Tindall", "Clerk")), m.inAttendance(), "the observer attends; he does not sit on the forum");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void healthAndWellbeingBoardWithPartnersAttending(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-health-wellbeing-board-place-in-title.txt");
        assertEquals("Feldham", m.council());
        assertEquals("Health and Wellbeing Board", m.committee());
        assertEquals(List.of(new Person("Hester Vail", "Director of Public Health, Feldham Borough Council"),
                new Person("Alan Birtwhistle", "Feldham Police"),
                new Person("Simone Adair", "Place Director, NHS Feldham and Wyeford Integrated Care Board"),
                new Person("T.J. Okafor", "Head of Commissioning, Adults and Health")), m.inAttendance(),
                "posts keep their commas; the rank or honorific before a name belongs to no post, and a force's name is a post, not a person");
    }

    @Test
    void placedBodyOnlyForAHostedBodyAfterAPlace() {
        assertEquals(new MeetingFacts.PlacedBody("Stainmoor", "Schools Forum"), MeetingFacts.placedBody("STAINMOOR SCHOOLS FORUM"));
        assertEquals(new MeetingFacts.PlacedBody("Brighton and Hove", "Health and Wellbeing Board"),
                MeetingFacts.placedBody("Brighton and Hove Health and Wellbeing Board"));
        assertNull(MeetingFacts.placedBody("Kelderfield Police and Crime Panel"), "a joint panel keeps its area in its name");
        assertNull(MeetingFacts.placedBody("Schools Forum"), "no place before the body");
        assertNull(MeetingFacts.placedBody("Corporate Parenting Board"), "a board that is no hosted body");
        assertNull(MeetingFacts.placedBody("Children's Health and Wellbeing Board"), "'Children's' names no place");
    }
}
