package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilpapers.core.PartialDate;
import org.junit.jupiter.api.Test;

class UkDatesTest {
    private static String find(String s) {
        return UkDates.find(s).map(Object::toString).orElse("none");
    }

    @Test
    void readsTheFormsCouncilPapersPrint() {
        assertEquals("2021-10-12", find("The meeting will be held at 7.00 pm on 12 October 2021"));
        assertEquals("2019-12-19", find("published on 19th December 2019"));
        assertEquals("2020-02-04", find("Tuesday, 4 February 2020"));
        assertEquals("2012-10-27", find("By 27.10.12"));
        assertEquals("2012-07-27", find("27.7.12"));
        assertEquals("2012-09-14", find("14/9/2012"));
        assertEquals("2019-10", find("Oct 2019"));
        assertEquals("2017-04", find("Update April 17"));
        assertEquals("2017-06", find("by June '17"));
        assertEquals("2016-09", find("Sept 16 / ongoing"));
        assertEquals("2016", find("the 2016 single inspection"));
        assertEquals("2020-07-07", find("July 7, 2020"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertEquals("none", find("Immediate"));
        assertEquals("none", find("ongoing"));
        assertEquals("none", find("increase from 80% - 100%"));
        assertEquals("none", find("31.02.2019"));
        assertEquals("none", find("version 1.5.3"));
        assertTrue(UkDates.parse("The plan was agreed on 12 October 2021 after a long debate about budgets").isEmpty(),
                "parse wants the whole text to be a date");
        assertEquals("2012-10-27", UkDates.parse("By 27.10.12").orElseThrow().toString());
    }

    @Test
    void dayAndMonthWithoutAYear() {
        assertEquals(java.time.MonthDay.of(6, 14), UkDates.findDayMonth("14 June").orElseThrow());
        assertEquals(java.time.MonthDay.of(3, 3), UkDates.findDayMonth("Extraordinary meeting – Tuesday 3rd March").orElseThrow());
        assertTrue(UkDates.findDayMonth("14 June 2022").isEmpty(), "a date with its year is a full date, not a day and month");
        assertTrue(UkDates.findDayMonth("12 Months of savings").isEmpty());
        assertTrue(UkDates.findDayMonth("31 February").isEmpty());
    }

    @Test
    void rangesInProseBorrowWhatTheStartOmits() {
        PartialDate[] sif = UkDates.range("The SIF inspection was held between 22nd February and 17th March 2016 and the service").orElseThrow();
        assertEquals("2016-02-22", sif[0].toString());
        assertEquals("2016-03-17", sif[1].toString());
        PartialDate[] ilacs = UkDates.range("received a full ILAC inspection between 4th and 22nd November 2019").orElseThrow();
        assertEquals("2019-11-04", ilacs[0].toString());
        assertEquals("2019-11-22", ilacs[1].toString());
        assertEquals("2021-06-30", UkDates.range("a visit from 30 June to 1 July 2021").orElseThrow()[0].toString());
        assertTrue(UkDates.range("between the council and its partners in 2019").isEmpty());
        assertTrue(UkDates.range("between 22 March and 1 February 2016").isEmpty(), "a start after the end is no range");
    }
}
