package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodLabelsTest {
    @Test
    void recognisesReviewPeriods() {
        for (String p : List.of("Oct 2019", "April 2020", "July 2021", "Sept 2019", "Jan-20", "Q1", "Q2 2020/21", "Quarter 3",
                "Qtr 4 2019-20", "2019/20", "Autumn 2020", "Spring term 2021", "Latest", "Previous", "Current")) {
            assertTrue(PeriodLabels.isPeriod(p), p);
        }
    }

    @Test
    void refusesTextThatIsNotAPeriod() {
        for (String p : List.of("Responsible Officer", "27.10.12", "Ongoing", "ADES", "SLSP", "Q5", "2019", "RAG rating", "", "Oct 2019 to March 2020 review")) {
            assertFalse(PeriodLabels.isPeriod(p), p);
        }
    }

    @Test
    void aStatusHeaderNamesItsReview() {
        assertEquals("Nov 2025", PeriodLabels.inStatusHeader("RAG Nov 2025").orElseThrow());
        assertEquals("Jan 2026", PeriodLabels.inStatusHeader("RAG rating – as at Jan 2026").orElseThrow());
        assertEquals("Q2", PeriodLabels.inStatusHeader("RAG (Q2)").orElseThrow());
        assertEquals("Q1 2025/26", PeriodLabels.inStatusHeader("Q1 2025/26 RAG").orElseThrow());
        assertEquals("Previous", PeriodLabels.inStatusHeader("Previous RAG").orElseThrow());
        assertEquals("Current", PeriodLabels.inStatusHeader("Current RAG status").orElseThrow());
        assertEquals("previous", PeriodLabels.inStatusHeader("Status (previous)").orElseThrow());
        assertEquals("October 2025", PeriodLabels.inStatusHeader("Status October 2025").orElseThrow());
    }

    @Test
    void aStatusHeaderWithoutAReviewNamesNone() {
        for (String h : List.of("RAG", "RAG status", "Progress RAG", "Status update", "Rating", "Status of the action", "Nov 2025",
                "Progress update", "RAG 2025", "Lead officer")) {
            assertTrue(PeriodLabels.inStatusHeader(h).isEmpty(), h);
        }
    }

    @Test
    void financialQuartersRunFromApril() {
        assertEquals(202004, PeriodLabels.order("Q1 2020/21").getAsInt());
        assertEquals(202010, PeriodLabels.order("Q3 2020/21").getAsInt());
        assertEquals(202101, PeriodLabels.order("Q4 2020/21").getAsInt());
        assertEquals(201910, PeriodLabels.order("Oct 2019").getAsInt());
    }

    @Test
    void latestComesAfterPreviousWhateverTheOrderPrinted() {
        assertEquals(List.of("Previous", "Latest"), PeriodLabels.inTimeOrder(List.of("Latest", "Previous"), s -> s));
        assertEquals(List.of("Jan 2020", "April 2020", "Oct 2020"),
                PeriodLabels.inTimeOrder(List.of("Oct 2020", "Jan 2020", "April 2020"), s -> s));
    }

    @Test
    void labelsWithoutAnOrderKeepTheirPrintedOrder() {
        assertEquals(List.of("Oct 2020", "Round two", "Jan 2020"), PeriodLabels.inTimeOrder(List.of("Oct 2020", "Round two", "Jan 2020"), s -> s));
    }

    @Test
    void aReviewDatedToTheDayIsAPeriodInAStatusHeader() {
        assertEquals("14/11/2025", PeriodLabels.inStatusHeader("RAG 14/11/2025").orElseThrow());
        assertEquals("30/09/2025", PeriodLabels.inStatusHeader("Status at 30/09/2025").orElseThrow());
        assertEquals("30 September 2025", PeriodLabels.inStatusHeader("Status as at 30 September 2025").orElseThrow());
        assertEquals(202511, PeriodLabels.order("14/11/2025").getAsInt());
        assertEquals(List.of("30.09.25", "3rd Dec 2025"), PeriodLabels.inTimeOrder(List.of("3rd Dec 2025", "30.09.25"), s -> s));
        assertFalse(PeriodLabels.isPeriod("14/11/2025"), "a bare day is a due date's cell, not a review's label");
        assertTrue(PeriodLabels.order("14/11").isEmpty(), "a day without its year is no review");
        assertTrue(PeriodLabels.order("Report of 14/11/2025").isEmpty(), "only a label that is a date");
    }
}
