package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The labels a plan puts before a point it quotes from an inspection or a report, to say where the point comes from and
 * which of its list it is: "Ofsted:", "CQC –", "Recommendation 4 –", "Area for improvement 2:", "AFI 3 –", "Priority action
 * 1:", "Area for development 2 -". The label is not the point's words. Adding an inspectorate's name for its list is one
 * entry in {@link #LISTS}.
 */
public final class SourceLabels {
    /** The inspectorates and regulators whose name may lead the label ("Ofsted:", "HMICFRS recommendation 2:"). */
    private static final String BODIES = Inspectorate.listingAlternation();

    /** What the inspectorates and reports call the points of their lists, longest first where one starts another. */
    private static final List<String> LISTS = List.of("recommendation", "rec", "areas? for priority action", "areas? for improvement",
            "areas? for development", "afi", "afd", "priority actions?", "causes? of concern", "improvement points?",
            "areas? of (?:significant )?weakness(?:es)?", "areas? of concern");

    private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?:" + BODIES + ")\\b\\s*(?:"
            + String.join("|", LISTS) + ")?|(?:" + String.join("|", LISTS) + "))\\b"
            // its number, perhaps "no. 3", "3a", "(2)"
            + "(?:\\s*(?:no\\.?\\s*)?\\(?\\d{1,2}[a-z]?\\)?)?\\s*[:–—-]\\s*(?=\\S)");

    private SourceLabels() {}

    /**
     * The point without the label it opens with, or as it is where it opens with none.
     *
     * @param text a point as a plan prints it
     * @return the text after its source label
     */
    public static String strip(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return text; // a label starts with a letter: a cheap look before the pattern
        }
        return LABEL.matcher(text).replaceFirst("");
    }
}
