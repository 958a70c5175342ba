package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammeLineTest {

    @Test
    void aBracketedLeadAndATrailingRequester() {
        ProgrammeLine.Parsed p = ProgrammeLine.parse("School Place Planning: Secondary Places (Lead: Head of School Organisation) - requested by "
                + "Councillor A Gill");
        assertEquals(new ProgrammeLine.Parsed("School Place Planning: Secondary Places", "Head of School Organisation", "Councillor A Gill"), p);
    }

    @Test
    void subLinesAReaderRanOnToTheTopic() {
        ProgrammeLine.Parsed p = ProgrammeLine.parse("Homelessness strategy Lead officer: Housing Options Manager Source: Cabinet referral");
        assertEquals(new ProgrammeLine.Parsed("Homelessness strategy", "Housing Options Manager", "Cabinet referral"), p);
    }

    @Test
    void wordsLikeLabelsInsideATopicAreTheTopic() {
        assertEquals(new ProgrammeLine.Parsed("Report requested by members on the Lead Local Flood Authority role", null, null),
                ProgrammeLine.parse("Report requested by members on the Lead Local Flood Authority role"));
        assertEquals(new ProgrammeLine.Parsed("Officer pay policy", null, null), ProgrammeLine.parse("Officer pay policy"));
    }

    @Test
    void otherLabelsEndAValueAndGiveNoField() {
        ProgrammeLine.Parsed p = ProgrammeLine.parse("Budget monitoring – Lead officer: Chief Finance Officer; Purpose: quarterly update");
        assertEquals("Chief Finance Officer", p.lead());
        assertNull(p.requested());
        assertEquals(Optional.of(ProgrammeLine.Field.OTHER), ProgrammeLine.subLine("Purpose: to review progress"));
        assertEquals(Optional.of(ProgrammeLine.Field.REQUESTED), ProgrammeLine.subLine("Requested by: Councillor Shah"));
        assertEquals(Optional.empty(), ProgrammeLine.subLine("Contact: Democratic Services"));
    }

    @Test
    void aLineOpeningWithItsMeetingDate() {
        assertEquals(Optional.of(new ProgrammeLine.Dated("June 2025", "Youth Justice Plan (Lead: YOS Manager)")),
                ProgrammeLine.dated("June 2025 — Youth Justice Plan (Lead: YOS Manager)"));
        assertEquals(Optional.of(new ProgrammeLine.Dated("14 June 2022", "Carers strategy")), ProgrammeLine.dated("14 June 2022: Carers strategy"));
        assertTrue(ProgrammeLine.dated("11 November 2021 – Extraordinary Meeting at 6pm").isEmpty(), "more about the meeting, no entry");
        assertTrue(ProgrammeLine.dated("Extraordinary meeting – 5 July 2022").isEmpty());
        assertTrue(ProgrammeLine.dated("Lead officer: Jo Kent").isEmpty());
    }
}
