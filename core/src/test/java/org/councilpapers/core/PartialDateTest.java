package org.councilpapers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void keepsThePrecisionThePaperGave() {
        assertEquals("2019", PartialDate.parse("2019").toString());
        assertEquals("2019-10", PartialDate.parse("2019-10").toString());
        assertEquals("2019-11-22", PartialDate.parse("2019-11-22").toString());
        assertEquals("2021-01-05", PartialDate.of(2021, 1, 5).toString(), "month and day padded to two digits");
        assertEquals("2021-09", PartialDate.ofMonth(2021, 9).toString());
        assertNull(PartialDate.parse("2019-10").toLocalDate());
        assertEquals(LocalDate.of(2019, 11, 22), PartialDate.parse("2019-11-22").toLocalDate());
        assertFalse(PartialDate.ofMonth(2019, 10).isFullDate());
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("Oct 2019"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2019-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2019-13"));
    }

    @Test
    void ordersCoarserDatesFirstWithinTheSamePeriod() {
        List<PartialDate> sorted = List.of(PartialDate.parse("2019-11-22"), PartialDate.parse("2019"),
                PartialDate.parse("2019-11"), PartialDate.parse("2018-12-31")).stream().sorted().toList();
        assertEquals(List.of("2018-12-31", "2019", "2019-11", "2019-11-22"), sorted.stream().map(PartialDate::toString).toList());
    }

    @Test
    void equalByValue() {
        assertEquals(PartialDate.of(2021, 10, 12), PartialDate.parse("2021-10-12"));
        assertTrue(PartialDate.parse("2021-10").equals(PartialDate.ofMonth(2021, 10)));
    }
}
