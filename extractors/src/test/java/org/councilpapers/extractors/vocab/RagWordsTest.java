package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilpapers.core.record.RagStatus;
import org.junit.jupiter.api.Test;

class RagWordsTest {
    private static String parse(String s) {
        return RagWords.parse(s).map(RagStatus::name).orElse("none");
    }

    @Test
    void colourWordsAndLetters() {
        assertEquals("RED", parse("Red"));
        assertEquals("AMBER", parse("AMBER"));
        assertEquals("GREEN", parse("green."));
        assertEquals("BLUE", parse("Blue"));
        assertEquals("RED", parse("R"));
        assertEquals("AMBER", parse("A"));
        assertEquals("GREEN", parse("G"));
        assertEquals("BLUE", parse("B"));
        assertEquals("AMBER", parse("Yellow"));
    }

    @Test
    void statusPhrases() {
        assertEquals("COMPLETED", parse("Completed"));
        assertEquals("COMPLETED", parse("Complete"));
        assertEquals("GREEN", parse("On track"));
        assertEquals("RED", parse("Not started"));
        assertEquals("RED", parse("Off track"));
    }

    @Test
    void aStatusMayCarryAnExplanationOrALabel() {
        assertEquals("GREEN", parse("Green - on track"));
        assertEquals("AMBER", parse("Amber (some delay)"));
        assertEquals("AMBER", parse("Amber/Green"));
        assertEquals("GREEN", parse("RAG: Green"));
        assertEquals("RED", parse("Status - Red"));
        assertEquals("GREEN", parse("● Green"));
    }

    private static String prose(String s) {
        return RagWords.inProse(s, java.util.Map.of("slipping", RagStatus.AMBER)).map(RagStatus::name).orElse("none");
    }

    @Test
    void statusStatedInAnUpdatesProse() {
        assertEquals("GREEN", prose("Recruitment has begun and two posts are filled. Status: On track."));
        assertEquals("AMBER", prose("Panel dates moved twice. RAG: Amber"));
        assertEquals("AMBER", prose("Two posts filled; RAG rating - A (some delay)"));
        assertEquals("COMPLETED", prose("Completed in March 2021 and signed off by the board"));
        assertEquals("GREEN", prose("On track to finish by June"));
        assertEquals("RED", prose("Not started due to staffing"));
        assertEquals("AMBER", prose("Slipping since the summer"), "the document key's own word");
    }

    @Test
    void proseThatOnlyUsesStatusWordsStatesNone() {
        assertEquals("none", prose("Complete the audit of supervision files"));
        assertEquals("none", prose("Green space project agreed with partners"));
        assertEquals("none", prose("The audit will be completed in March"), "a status word not at the start and unlabelled");
        assertEquals("none", prose("Status: a new panel was set up in May"), "an article after a label is no letter status");
        assertEquals("none", prose("Rating of the service by parents has improved"));
    }

    @Test
    void instructionsAndOtherWordsAreNotStatuses() {
        assertEquals("none", parse("Complete the audit of supervision files"));
        assertEquals("none", parse("Reduced waiting times"));
        assertEquals("none", parse("Greenwich"));
        assertEquals("none", parse("In progress"));
        assertEquals("none", parse(""));
        assertEquals("none", parse("Recommendation"));
    }

    @Test
    void findReadsTheFirstStatusInADefinition() {
        assertEquals(RagStatus.RED, RagWords.find("The action has not yet started or there is significant delay").orElseThrow());
        assertEquals(RagStatus.GREEN, RagWords.find("The action is on track to be completed by the agreed date").orElseThrow());
        assertEquals(RagStatus.COMPLETED, RagWords.find("Action completed and signed off by the board").orElseThrow());
        assertTrue(RagWords.find("Needs escalation to the board").isEmpty());
    }

    @Test
    void shortUnknownWordsLookLikeStatuses() {
        assertTrue(RagWords.looksLikeStatusWord("Purple"));
        assertTrue(RagWords.looksLikeStatusWord("Slipping badly"));
        assertFalse(RagWords.looksLikeStatusWord("The action has been started"));
        assertFalse(RagWords.looksLikeStatusWord("95%"));
    }
}
