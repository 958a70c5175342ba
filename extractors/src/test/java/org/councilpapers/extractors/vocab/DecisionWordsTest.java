package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.extractors.vocab.DecisionWords.Setting;
import org.councilpapers.extractors.vocab.DecisionWords.Word;
import org.junit.jupiter.api.Test;

class DecisionWordsTest {
    @Test
    void theCapitalsAlternationTriesTheLongerWordingFirst() {
        Pattern p = Pattern.compile("^" + DecisionWords.alternation(Setting.CAPITALS) + "\\b");
        var m = p.matcher("NOT  AGREED: that the item be deferred");
        assertTrue(m.lookingAt());
        assertEquals("NOT  AGREED", m.group(), "the whole wording, not a shorter word it contains");
        assertTrue(p.matcher("RECOMMENDED to Council").lookingAt());
        assertFalse(p.matcher("Resolved that").lookingAt(), "capitals only");
    }

    @Test
    void eachSettingAdmitsOnlyTheWordsCouncilsSetThatWay() {
        Pattern label = Pattern.compile("^" + DecisionWords.alternation(Setting.LABEL) + "$");
        assertTrue(label.matcher("Resolved").matches());
        assertTrue(label.matcher("Unresolved").matches());
        assertFalse(label.matcher("Noted").matches(), "'Noted' opening a line is a sentence, not a decision label");
        Pattern itWas = Pattern.compile("(?i)^it was " + DecisionWords.alternation(Setting.IT_WAS) + "\\b");
        assertTrue(itWas.matcher("It was agreed that the plan be adopted").lookingAt());
        assertFalse(itWas.matcher("It was noted that").lookingAt(), "a report noted is no decision");
    }

    @Test
    void bodiesAndQualifiersAreAlternations() {
        Pattern body = Pattern.compile("(?i)^the " + DecisionWords.bodies() + " " + DecisionWords.alternation(Setting.BODY) + ":");
        assertTrue(body.matcher("The Executive Board resolved:").lookingAt());
        assertTrue(body.matcher("The Sub-Committee agreed:").lookingAt());
        assertFalse(body.matcher("The officer agreed:").lookingAt(), "an officer is no deciding body");
        assertTrue(Pattern.compile("(?i)^it was " + DecisionWords.qualifiers() + " resolved").matcher("It was unanimously resolved").lookingAt());
    }

    @Test
    void aPrintedWordNamesItsEntryAndWhatItRecords() {
        assertEquals(Optional.of(Word.NOT_AGREED), DecisionWords.word("Not  agreed"));
        assertEquals(ResolutionOutcome.UNRESOLVED, Word.NOT_AGREED.outcome());
        assertEquals(Optional.of(Word.DECISION), DecisionWords.word("Decisions taken"));
        assertTrue(Word.RECOMMENDED.recommendation());
        assertFalse(Word.RESOLVED.recommendation());
        assertEquals(Optional.empty(), DecisionWords.word("Approved"));
    }
}
