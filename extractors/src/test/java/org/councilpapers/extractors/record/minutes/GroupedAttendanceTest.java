package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Members present under labels named for the body ("Panel members present:") and grouped by constituency under "Members present"
 * ("Schools members" over "Maintained primary headteachers:   Carol Ashburn (Chair), Neil Thackeray"), and apologies "recorded for"
 * someone in the Apologies minute: a joint police and crime panel and a schools forum of made-up places, read under every kind.
 */
class GroupedAttendanceTest {
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void panelMembersPresentOneALineWithTheirCouncilsInBrackets(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-city-police-crime-panel-panel-members-present-one-a-line.txt");
        assertEquals(List.of("Hazel Cordingley", "Owen Trask", "Priti Sandhu", "Vanessa Orme", "Leon Abara"), m.present(),
                "each member of the panel, titles dropped; \"Members present at the last meeting\" in prose adds no one");
        assertEquals(List.of("N. Breen"), m.apologies(), "apologies recorded for a councillor in the Apologies minute");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void membersGroupedByConstituencyUnderMembersPresent(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-borough-schools-forum-grouped-constituency-members.txt");
        assertEquals(List.of("Carol Ashburn", "Neil Thackeray", "Imran Qureshi", "Fiona Lyle", "R. McCready", "Tessa Monk", "Gavin Pell"),
                m.present(), "the names after each group's label, not the labels, initials kept");
        assertEquals(List.of("Keith Dunmore"), m.apologies());
        assertEquals(List.of("Joanne Sparrow", "Martin Lowe"), m.inAttendance().stream().map(p -> p.name()).toList(),
                "officers stay in attendance, not present");
    }
}
