package org.councilpapers.extractors.vocab;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilpapers.core.record.Grade;

/**
 * Inspection grade words as councils and inspectorates print them, normalised to {@link Grade}.
 * Only a whole cell or quoted phrase that is a grade counts: "a good authority" is praise, not a grade.
 */
public final class GradeWords {
    private static final Pattern NOISE = Pattern.compile("[\"'‘’“”.:;*()\\[\\]]");
    // Compiled once: every table cell is read for a grade.
    private static final Pattern REQUIRES = Pattern.compile("^(?:require|requiring|requires improvements)\\b");
    private static final Pattern TO_BE_GOOD = Pattern.compile("^requires improvement (?:to (?:be|become) good|good)$");
    private static final Pattern WORDS = Pattern.compile("[a-z][a-z -]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private GradeWords() {}

    /**
     * The grade a cell or phrase states, if it is one: "Good", "'Requires Improvement'",
     * "Requires improvement to be good", "RI", "requires improvement (to be good)", "Outstanding".
     *
     * @param text a cell or phrase
     * @return the grade, empty where the text states none
     */
    public static Optional<Grade> parse(String text) {
        String s = TO_BE_GOOD.matcher(REQUIRES.matcher(normalise(text)).replaceFirst("requires")).replaceFirst("requires improvement");
        return switch (s) {
            case "outstanding" -> Optional.of(Grade.OUTSTANDING);
            case "good" -> Optional.of(Grade.GOOD);
            case "requires improvement", "ri" ->
                    Optional.of(Grade.REQUIRES_IMPROVEMENT);
            case "adequate" -> Optional.of(Grade.ADEQUATE);
            case "inadequate" -> Optional.of(Grade.INADEQUATE);
            default -> Optional.empty();
        };
    }

    /**
     * Whether a cell looks like it was meant to hold a grade but holds a word we do not know: a
     * short single line of letters in a grade column ("Satisfactory", "Fab"). Numeric scores are not.
     *
     * @param text a cell's text
     * @return true where the text looks like an unknown grade word, for a warning
     */
    public static boolean looksLikeGradeWord(String text) {
        String s = normalise(text);
        return !s.isEmpty() && s.length() <= 40 && WORDS.matcher(s).matches() && s.split(" ").length <= 6;
    }

    /** Finds a grade phrase inside a sentence, longest first, as the regex alternation for sentence patterns. */
    public static final String PHRASE = "(?:requires? improvement(?: \\(?to be good\\)?)?|outstanding|good|adequate|inadequate)";

    static String normalise(String text) {
        String s = NOISE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = s.replace('–', ' ').replace('-', ' ').replace('\u00a0', ' ');
        return SPACES.matcher(s.trim()).replaceAll(" ");
    }
}
