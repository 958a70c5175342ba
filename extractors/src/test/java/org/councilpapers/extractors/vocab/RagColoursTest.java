package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.record.RagStatus;
import org.junit.jupiter.api.Test;

class RagColoursTest {
    private static String classify(String css) {
        return RagColours.classify(Rgb.parse(css).orElseThrow()).map(RagStatus::name).orElse("none");
    }

    @Test
    void greensInEveryShadeCouncilsUse() {
        assertEquals("GREEN", classify("#92d050")); // Word's light green
        assertEquals("GREEN", classify("#00b050")); // Word's green
        assertEquals("GREEN", classify("#c6efce")); // Excel's pale "good" fill
        assertEquals("GREEN", classify("green"));
    }

    @Test
    void ambersIncludeYellowAndOrange() {
        assertEquals("AMBER", classify("#ffc000"));
        assertEquals("AMBER", classify("#ffc107"));
        assertEquals("AMBER", classify("yellow"));
        assertEquals("AMBER", classify("#ffeb9c")); // Excel's pale "neutral" fill
        assertEquals("AMBER", classify("orange"));
    }

    @Test
    void redsAndBlues() {
        assertEquals("RED", classify("#ff0000"));
        assertEquals("RED", classify("#c00000"));
        assertEquals("RED", classify("#ffc7ce")); // Excel's pale "bad" fill
        assertEquals("BLUE", classify("#00b0f0"));
        assertEquals("BLUE", classify("#0070c0"));
        assertEquals("BLUE", classify("#00aaff"));
    }

    @Test
    void whiteGreyAndBlackCarryNoStatus() {
        assertEquals("none", classify("#ffffff"));
        assertEquals("none", classify("#d9d9d9"));
        assertEquals("none", classify("#f2f2f2"));
        assertEquals("none", classify("#dbe5f1")); // Word's pale blue header tint reads as no status
        assertEquals("none", classify("#000000"));
        assertTrue(RagColours.isNeutral(Rgb.parse("#bfbfbf").orElseThrow()));
    }

    @Test
    void purpleIsNoRagColourButNotNeutralEither() {
        Rgb purple = Rgb.parse("#7030a0").orElseThrow();
        assertEquals("none", classify("#7030a0"));
        assertFalse(RagColours.isNeutral(purple), "a key may give purple a meaning, so it is not 'no status'");
    }

    @Test
    void nearShadesMatchAKeySwatch() {
        assertTrue(RagColours.near(Rgb.parse("#92d050").orElseThrow(), Rgb.parse("#90d152").orElseThrow()));
        assertFalse(RagColours.near(Rgb.parse("#92d050").orElseThrow(), Rgb.parse("#00b050").orElseThrow()));
    }

    @Test
    void nullColourHasNoStatus() {
        assertTrue(RagColours.classify(null).isEmpty());
    }
}
