package org.councilpapers.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;

class FacetKeyTest {
    @Test
    void everyTypeYearGradeAndStatusComesBackOut() {
        for (RecordType t : RecordType.values()) {
            for (Integer year : new Integer[] {null, 1000, 2009, 2026, 9999}) {
                for (Grade g : new Grade[] {null, Grade.OUTSTANDING, Grade.INADEQUATE}) {
                    for (RagStatus s : new RagStatus[] {null, RagStatus.RED, RagStatus.COMPLETED}) {
                        int key = FacetKey.of(t, year, g, s);
                        assertEquals(t, FacetKey.type(key));
                        assertEquals(year, FacetKey.year(key));
                        assertEquals(g, FacetKey.grade(key));
                        assertEquals(s, FacetKey.status(key));
                    }
                }
            }
        }
    }

    @Test
    void aYearOutsideFourDigitsCountsAsNoYear() {
        assertNull(FacetKey.year(FacetKey.of(RecordType.FINDING, 999, null, null)));
        assertNull(FacetKey.year(FacetKey.of(RecordType.FINDING, 10_000, null, null)));
    }

    @Test
    void countsStayRightAsTheTableGrows() {
        FacetKey.Counts counts = new FacetKey.Counts();
        Map<Integer, Integer> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            int key = FacetKey.of(RecordType.values()[i % 10], 1990 + i % 50, i % 7 == 0 ? Grade.GOOD : null, null);
            counts.add(key);
            expected.merge(key, 1, Integer::sum);
        }
        Map<Integer, Integer> seen = new HashMap<>();
        counts.forEach(seen::put);
        assertEquals(expected, seen);

        counts.clear();
        Map<Integer, Integer> none = new HashMap<>();
        counts.forEach(none::put);
        assertEquals(Map.of(), none);
    }
}
