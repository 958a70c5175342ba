package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The order of minute numbers as councils print them: each minute after the one before it, never sharing its place. */
class MinuteSequenceTest {
    @Test
    void yearFirstNumbersWithTwoFiguresAfterTheStrokeEachFollowTheOneBefore() {
        assertTrue(MinutesParser.sequence("25/08") > MinutesParser.sequence("25/07"));
        assertTrue(MinutesParser.sequence("26/10") > MinutesParser.sequence("26/09"));
        assertTrue(MinutesParser.sequence("25/145") > MinutesParser.sequence("25/99"));
    }

    @Test
    void numbersBeforeTheYearStillRunByTheNumber() {
        assertTrue(MinutesParser.sequence("13/23") > MinutesParser.sequence("12/23"));
        assertTrue(MinutesParser.sequence("CPP/13/23") > MinutesParser.sequence("CPP/12/23"));
        assertTrue(MinutesParser.sequence("7") > MinutesParser.sequence("6(b)"));
        assertTrue(MinutesParser.sequence("6(b)") > MinutesParser.sequence("6(a)"));
    }
}
