package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DueDatesTest {
    private static String due(String s) {
        return DueDates.parse(s).map(Object::toString).orElse("none");
    }

    @Test
    void theFormsPlansPrint() {
        assertEquals("2012-10-27", due("By 27.10.12"));
        assertEquals("2012-07-27", due("27.7.12"));
        assertEquals("2012-09-14", due("14.9.12"));
        assertEquals("2019-10", due("Oct 2019"));
        assertEquals("2017-04", due("April 17"));
        assertEquals("2017-06", due("June '17"));
        assertEquals("2016-09", due("Sept 16 / ongoing"));
        assertEquals("2020-12", due("Dec2020"));
    }

    @Test
    void immediateAndOngoingHaveNoDate() {
        assertEquals("none", due("Immediate"));
        assertEquals("none", due("ongoing"));
        assertEquals("none", due("Ongoing -"));
        assertEquals("none", due("TBC"));
        assertEquals("none", due(""));
    }

    @Test
    void aRangeIsDueAtItsEndAListAtItsFirst() {
        assertEquals("2017-03", due("May 16 - March 17: ALB; ER and Adoption Scorecard data reflect the improvements made."));
        assertEquals("2016-09", due("June - Sept 16 - Actions A,B & C completed. Number of young people staying put has doubled."));
        assertEquals("2016-08", due("August 16 & March 2017 - The group work programme has not had the desired take up."));
    }

    @Test
    void aDateOpeningAnUpdateOrADeadlineInsideIt() {
        assertEquals("2016-09-01", due("01/09/2016- actions a,b and c now complete. Ongoing monitoring of outcomes / impact"));
        assertEquals("2017-06", due("Phase 1 has been completed. A further 6 months is required to embed the recommendations by June '17"));
    }

    @Test
    void updateTextWithoutADateHasNone() {
        assertEquals("none", due("Actions a,b & C completed."));
        assertEquals("none", due("Regular group supervision and practice improvement support is provided by the PSW."));
        assertEquals("none", due("Completed and being further developed with Coram"));
    }

    @Test
    void dueLinesOfATimescaleColumn() {
        assertTrue(DueDates.isDueLine("July 2019"));
        assertTrue(DueDates.isDueLine("Oct 2019- July 2020"));
        assertTrue(DueDates.isDueLine("Ongoing"));
        assertFalse(DueDates.isDueLine("ADES"));
        assertFalse(DueDates.isDueLine("Service leads visit each out of borough placement"));
    }

    @org.junit.jupiter.api.Test
    void timescalesAreReadInTheFormsPlansPrintThem() {
        for (String s : java.util.List.of("March 2026", "2027", "2024-2029", "1-2 years", "4- 5 years", "Ongoing", "Q3 2025/26",
                "commenced 2024", "2025 to 2026", "Sept 2024 for SDP, end Q3 for other delivery plans", "Once in post", "2027 onwards")) {
            org.junit.jupiter.api.Assertions.assertTrue(DueDates.isTimescale(s), s);
        }
        for (String s : java.util.List.of("Head of Family Hubs", "Numbers trained", "Yes", "SO2,SO3",
                "Audits were delayed until May 2025 because two of the three auditors were on long term sickness leave")) {
            org.junit.jupiter.api.Assertions.assertFalse(DueDates.isTimescale(s), s);
        }
    }
}
