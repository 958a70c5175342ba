package org.councilpapers.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRangesTest {
    private static final TextRanges NOTES_AND_BLANK = new TextRanges(List.of(new TextRanges.Range(10, 20), new TextRanges.Range(30, 31)));

    @Test
    void containsStartsButNotEnds() {
        assertFalse(NOTES_AND_BLANK.contains(9));
        assertTrue(NOTES_AND_BLANK.contains(10));
        assertTrue(NOTES_AND_BLANK.contains(19));
        assertFalse(NOTES_AND_BLANK.contains(20));
        assertFalse(NOTES_AND_BLANK.contains(29));
        assertTrue(NOTES_AND_BLANK.contains(30));
        assertFalse(NOTES_AND_BLANK.contains(31));
        assertFalse(TextRanges.none().contains(0));
        assertTrue(TextRanges.none().isEmpty());
        assertEquals("TextRanges[10..20, 30..31]", NOTES_AND_BLANK.toString());
    }

    @Test
    void rangesOutOfOrderOrOverlappingOrEmptyAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextRanges(List.of(new TextRanges.Range(30, 40), new TextRanges.Range(10, 20))));
        assertThrows(IllegalArgumentException.class, () -> new TextRanges(List.of(new TextRanges.Range(10, 20), new TextRanges.Range(15, 25))));
        assertThrows(IllegalArgumentException.class, () -> new TextRanges(List.of(new TextRanges.Range(10, 20), new TextRanges.Range(20, 25))),
                "touching ranges are one range");
        assertThrows(IllegalArgumentException.class, () -> new TextRanges.Range(5, 5));
    }
}
