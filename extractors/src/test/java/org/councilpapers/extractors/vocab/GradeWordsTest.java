package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.councilpapers.core.record.Grade;
import org.junit.jupiter.api.Test;

class GradeWordsTest {
    @Test
    void normalisesTheWaysGradesArePrinted() {
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), GradeWords.parse("Requires improvement to be good"));
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), GradeWords.parse("requires improvement"));
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), GradeWords.parse("'Requires Improvement'"));
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), GradeWords.parse("Requires improvement (to be good)"));
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), GradeWords.parse("RI"));
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), GradeWords.parse("Requires\nimprovement to\nbe good"));
        assertEquals(Optional.of(Grade.GOOD), GradeWords.parse(" “Good”. "));
        assertEquals(Optional.of(Grade.OUTSTANDING), GradeWords.parse("OUTSTANDING"));
        assertEquals(Optional.of(Grade.ADEQUATE), GradeWords.parse("Adequate"));
        assertEquals(Optional.of(Grade.INADEQUATE), GradeWords.parse("inadequate"));
    }

    @Test
    void onlyAWholeCellIsAGrade() {
        assertEquals(Optional.empty(), GradeWords.parse("a good authority"));
        assertEquals(Optional.empty(), GradeWords.parse("Good progress"));
        assertEquals(Optional.empty(), GradeWords.parse("2"));
        assertTrue(GradeWords.looksLikeGradeWord("Satisfactory"));
        assertFalse(GradeWords.looksLikeGradeWord("40%"));
        assertFalse(GradeWords.looksLikeGradeWord("The local authority has made progress since the last inspection in most areas of work"));
    }
}
