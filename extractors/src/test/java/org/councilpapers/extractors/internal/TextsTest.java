package org.councilpapers.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void collapseMakesEachRunOfWhitespaceOneSpace() {
        assertEquals(" a b c ", Texts.collapse("\n a \t\r\n b\u00a0\u00a0c\f"));
        assertEquals("Page 3", Texts.squash("  Page\u00a0\n3 \n"));
    }

    @Test
    void collapseLeavesOtherSpacesAlone() {
        // \s in a Java regex is ASCII only: an em space or a line separator is text, not a run to collapse.
        assertEquals("a\u2003 b\u2028c", Texts.collapse("a\u2003  b\u2028c"));
    }

    @Test
    void collapseReturnsATextThatNeedsNoChangeAsItIs() {
        String s = "Councillor Watson asked about the budget.";
        assertSame(s, Texts.collapse(s));
    }

    /** The loop replaced {@code replace('\u00a0', ' ').replaceAll("\\s+", " ")}; it must agree with it everywhere. */
    @Test
    void collapseAgreesWithTheRegexOnRandomTexts() {
        Pattern spaces = Pattern.compile("\\s+");
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\n', '\r', '\f', '\u000b', '\u00a0', '\u2003', '\u0085', '\u0001'};
        Random random = new Random(8);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertEquals(spaces.matcher(s.replace('\u00a0', ' ')).replaceAll(" "), Texts.collapse(s), () -> "for " + escaped(s));
        }
    }

    @Test
    void sentencesEndAtStopsButNotAfterAbbreviations() {
        List<Texts.Span> s = Texts.sentences("Cllr. Watson asked. Mr. Smith (e.g. the chair) answered! Was it 2019? Yes.");
        assertEquals(List.of("Cllr. Watson asked.", "Mr. Smith (e.g. the chair) answered!", "Was it 2019?", "Yes."),
                s.stream().map(Texts.Span::text).toList());
        assertEquals(20, s.get(1).start());
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
