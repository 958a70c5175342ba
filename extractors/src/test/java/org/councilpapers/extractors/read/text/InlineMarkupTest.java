package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InlineMarkupTest {

    @Test
    void wholeBoldTextIsBoldAndUnmarked() {
        InlineMarkup.Inline in = InlineMarkup.clean("**Her Majesty's Inspector** ");
        assertEquals("Her Majesty's Inspector", in.text());
        assertTrue(in.bold());
    }

    @Test
    void partialBoldIsOnlyStripped() {
        InlineMarkup.Inline in = InlineMarkup.clean("Implications verified by: **David May**");
        assertEquals("Implications verified by: David May", in.text());
        assertFalse(in.bold());
    }

    @Test
    void boldRunningOverJoinedLinesCounts() {
        InlineMarkup.Inline in = InlineMarkup.clean("**Any queries regarding these Minutes, please contact Democratic Services**");
        assertTrue(in.bold());
        assertEquals("Any queries regarding these Minutes, please contact Democratic Services", in.text());
    }

    @Test
    void punctuationOutsideTheStarsStillCountsAsWhollyBold() {
        assertTrue(InlineMarkup.clean("**Proposals**.").bold());
        assertTrue(InlineMarkup.clean("***Both***").bold());
        assertEquals("Both", InlineMarkup.clean("***Both***").text());
    }

    @Test
    void italicStarsRemoved() {
        InlineMarkup.Inline in = InlineMarkup.clean("the updated *Thurrock Children's Services Continuous Development Plan,* following");
        assertEquals("the updated Thurrock Children's Services Continuous Development Plan, following", in.text());
        assertFalse(in.bold());
    }

    @Test
    void footnoteStarsAndArithmeticKept() {
        assertEquals("Cases closed in period*", InlineMarkup.clean("Cases closed in period*").text());
        assertEquals("*For 2020/21:", InlineMarkup.clean("*For 2020/21:").text());
        assertEquals("5 * 3 = 15", InlineMarkup.clean("5 * 3 = 15").text());
    }

    @Test
    void strayBoldMarkerDropped() {
        InlineMarkup.Inline in = InlineMarkup.clean("That members reviewed the assessment.**");
        assertEquals("That members reviewed the assessment.", in.text());
        assertFalse(in.bold());
    }

    @Test
    void linksKeepTheirText() {
        assertEquals("view on your iPad or Android Device",
                InlineMarkup.clean("view on your [iPad](#) or [Android Device](https://x.org \"title\")").text());
        assertEquals("see logo here", InlineMarkup.clean("see ![logo](logo.png) here").text());
        assertEquals("tests: https://www.nhs.uk/conditions/testing/ now",
                InlineMarkup.clean("tests: <https://www.nhs.uk/conditions/testing/> now").text());
        assertEquals("write to mailto:a@b.org", InlineMarkup.clean("write to <mailto:a@b.org>").text());
    }

    @Test
    void bracketsThatAreNotLinksStay() {
        assertEquals("All actions [(a) – (e)] have been completed",
                InlineMarkup.clean("All actions **[(a) – (e)]** have been completed").text());
    }

    @Test
    void escapesUndoneButPathsKept() {
        assertEquals("a | b *not italic*", InlineMarkup.clean("a \\| b \\*not italic\\*").text());
        assertEquals("C:\\Users\\x", InlineMarkup.clean("C:\\Users\\x").text());
    }

    @Test
    void whitespaceCollapsed() {
        assertEquals("one two three", InlineMarkup.clean("  one \u00a0 two\n three ").text());
    }

    @Test
    void collapseSpacesTouchesOnlyWhatNeedsIt() {
        String tidy = "already tidy text";
        assertSame(tidy, InlineMarkup.collapseSpaces(tidy), "no copy when nothing changes");
        assertEquals(" a b c ", InlineMarkup.collapseSpaces("\t a\u00a0\u00a0b\n\nc  "));
    }
}
