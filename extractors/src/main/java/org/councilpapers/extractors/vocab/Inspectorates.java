package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Inspectorates other than Ofsted whose grades council papers report in prose: the Care Inspectorate (Scotland and
 * Wales), Education Scotland, Estyn, the Care Quality Commission, and HMICFRS (HMIC before 2017) for police forces and fire
 * and rescue services. A sentence names one as printed, or names an inspection that says who inspected ("the joint area
 * review", Ofsted's); the record keeps the body's own name.
 */
public final class Inspectorates {
    // Longest first, so "Care Inspectorate Wales" is not read as "Care Inspectorate".
    private static final List<String> NAMES = List.of("Care Inspectorate Wales", "Care Quality Commission", "Care Inspectorate",
            "Education Scotland", "Estyn", "HMICFRS", "HMIC", "CQC", "CIW");

    // Inspections whose name says who inspected, where a sentence names the inspection rather than the body: "the joint area
    // review of March 2007, which judged safeguarding to be inadequate" (2005-2009, led by Ofsted).
    private static final Map<String, String> INSPECTIONS = Map.of("joint area review", "Ofsted");

    private Inspectorates() {}

    /**
     * The inspectorate a sentence names first, as the body calls itself.
     *
     * @param sentence a sentence of a paper
     * @return the inspectorate's name, empty where the sentence names none of them
     */
    public static Optional<String> named(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int best = -1;
        String found = null;
        for (String n : NAMES) {
            boolean letters = n.equals(n.toUpperCase(Locale.ROOT));
            int at = letters ? wordAt(sentence, n) : lower.indexOf(n.toLowerCase(Locale.ROOT));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = n;
            }
        }
        for (Map.Entry<String, String> e : INSPECTIONS.entrySet()) {
            int at = lower.indexOf(e.getKey());
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    // Letters in capitals as a word of their own: "CQC" in "the CQC rated", "HMIC" never inside "HMICFRS".
    private static int wordAt(String s, String word) {
        int at = s.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1))) && (end >= s.length() || !Character.isLetter(s.charAt(end)))) {
                return at;
            }
            at = s.indexOf(word, at + 1);
        }
        return -1;
    }
}
