package org.councilpapers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsTest {
    @Test
    void keepsOrderAndSaysHowManyWereDroppedPastTheLimit() {
        Warnings w = new Warnings(2);
        w.add(WarningCode.NO_TEXT_LAYER, "page 1 has no text", 1);
        w.add(WarningCode.BROKEN_TABLE, "table on page 2", 2);
        w.add(WarningCode.BROKEN_TABLE, "table on page 3", 3);
        w.add(WarningCode.BROKEN_TABLE, "table on page 4", 4);
        List<Warning> list = w.toList();
        assertEquals(3, list.size());
        assertEquals(WarningCode.NO_TEXT_LAYER, list.get(0).code());
        assertEquals(Integer.valueOf(2), list.get(1).page());
        assertEquals(WarningCode.TOO_MANY_WARNINGS, list.get(2).code());
        assertEquals("2 further warnings were dropped", list.get(2).message());
    }
}
