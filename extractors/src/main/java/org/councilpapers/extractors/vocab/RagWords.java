package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.record.RagStatus;

/**
 * The words plans print for a RAG status: "Red", "Amber", "Green", "Blue", the letters R, A, G
 * and B, "Completed", "On track", "Not started", and a few more whose meaning is not in doubt.
 * Only a cell that is a status counts, optionally followed by an explanation ("Green - on track",
 * "Amber (some delay)"): "Complete the audit" is an instruction, not a status. Where a cell gives
 * two ("Amber/Green"), the first is read.
 */
public final class RagWords {
    // Longest first, so "not started" is tried before a shorter phrase could match its start.
    private static final List<Map.Entry<String, RagStatus>> PHRASES = List.of(
            Map.entry("not yet started", RagStatus.RED), Map.entry("not started", RagStatus.RED),
            Map.entry("off track", RagStatus.RED), Map.entry("off target", RagStatus.RED),
            Map.entry("on track", RagStatus.GREEN), Map.entry("on target", RagStatus.GREEN),
            Map.entry("some delay", RagStatus.AMBER), Map.entry("at risk", RagStatus.AMBER), Map.entry("delayed", RagStatus.AMBER),
            Map.entry("completed", RagStatus.COMPLETED), Map.entry("complete", RagStatus.COMPLETED),
            Map.entry("closed", RagStatus.COMPLETED), Map.entry("done", RagStatus.COMPLETED),
            Map.entry("amber", RagStatus.AMBER), Map.entry("yellow", RagStatus.AMBER), Map.entry("orange", RagStatus.AMBER),
            Map.entry("green", RagStatus.GREEN), Map.entry("red", RagStatus.RED), Map.entry("blue", RagStatus.BLUE));
    private static final Map<String, RagStatus> LETTERS = Map.of(
            "r", RagStatus.RED, "a", RagStatus.AMBER, "g", RagStatus.GREEN, "b", RagStatus.BLUE);
    // "RAG: Green", "Status - Amber", "RAG rating: R": a label before the status is not part of it.
    private static final Pattern LABEL = Pattern.compile("^(?:b?rag(?: rating| status)?|status|rating|progress)\\s*[:\\-–]\\s*");
    // What may follow a status: an explanation set off by punctuation, or a second status ("Amber/Green"); a bare word may not.
    private static final Pattern EXPLANATION = Pattern.compile("\\s*[-–—:/(,;=]");
    // Compiled once: every table cell is read for a status.
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z ]");
    private static final Pattern ONE_OR_TWO_WORDS = Pattern.compile("[a-z]+(?: [a-z]+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.;,!]+$");
    // "Status: On track", "RAG rating - Amber", "BRAG status = Blue": a label that states a status inside an update's prose.
    private static final Pattern LABELLED = Pattern.compile("(?:^|[^a-z])(?:b?rag(?: rating| status)?|status|rating)\\s*[:=\\-–]\\s*");
    // What may follow a status phrase that opens an update: the end, punctuation, or a word carrying on the report of it
    // ("Completed in March", "On track to finish", "Not started due to staffing"); "Complete the audit" is an instruction.
    private static final Pattern CARRY_ON = Pattern.compile(
            "^(?:$|\\s*[-–—:/(,;=.!]|\\s+(?:in|on|by|at|as|and|but|due|since|during|following|with|to|for|ahead|within|pending|yet|so|now|this|last)\\b)");
    private static final Pattern LETTER_END = Pattern.compile("\\s*(?:[-–—:/(,;=.!)]|$)");
    private static final Pattern NOISE = Pattern.compile("[\"'‘’“”*•●■▲▼]");

    private RagWords() {}

    /**
     * The status a cell states, if its text is one.
     *
     * @param text a cell's text
     * @return the status, empty where the text states none
     */
    public static Optional<RagStatus> parse(String text) {
        String s = normalise(text);
        Matcher m = LABEL.matcher(s);
        if (m.find()) {
            s = s.substring(m.end());
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        RagStatus letter = LETTERS.get(s);
        if (letter != null) {
            return Optional.of(letter);
        }
        for (Map.Entry<String, RagStatus> p : PHRASES) {
            String w = p.getKey();
            if (s.equals(w) || s.startsWith(w) && EXPLANATION.matcher(s.substring(w.length())).lookingAt()) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The first status phrase anywhere in a sentence ("the action has been completed and is
     * embedded"), for reading what a key's definition says; letters alone are not read here.
     *
     * @param text a sentence
     * @return the first status it names, empty for none
     */
    public static Optional<RagStatus> find(String text) {
        String s = " " + NOT_LETTERS.matcher(normalise(text)).replaceAll(" ") + " ";
        int best = Integer.MAX_VALUE;
        RagStatus found = null;
        for (Map.Entry<String, RagStatus> p : PHRASES) {
            int at = s.indexOf(" " + p.getKey() + " ");
            if (at >= 0 && at < best) {
                best = at;
                found = p.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The status an update states in its prose where no colour gives one: after a label anywhere
     * ("… Status: On track.", "RAG: Amber"), or as its opening words ("Completed in March 2021",
     * "On track to finish by June"). {@code own} maps a document key's own folded words to their
     * status ("slipping"), tried before the usual words. Letters count only after a label.
     *
     * @param text an update's prose
     * @param own the paper's key's folded words and their statuses, empty without a key
     * @return the status, empty where the prose states none
     */
    public static Optional<RagStatus> inProse(String text, Map<String, RagStatus> own) {
        String s = normalise(text);
        Optional<RagStatus> labelled = afterLabel(s, own);
        return labelled.isPresent() ? labelled : opening(s, own, false);
    }

    /**
     * The status an update states after a label only ("… Status: On track.", "RAG: Amber"): the tracker's own rating
     * written in words, as against prose that merely opens with a status phrase ("Not yet started").
     *
     * @param text an update's prose
     * @param own the paper's key's folded words and their statuses, empty without a key
     * @return the labelled status, empty where no label states one
     */
    public static Optional<RagStatus> labelledInProse(String text, Map<String, RagStatus> own) {
        return afterLabel(normalise(text), own);
    }

    private static Optional<RagStatus> afterLabel(String s, Map<String, RagStatus> own) {
        Matcher m = LABELLED.matcher(s);
        while (m.find()) {
            Optional<RagStatus> labelled = opening(s.substring(m.end()), own, true);
            if (labelled.isPresent()) {
                return labelled;
            }
        }
        return Optional.empty();
    }

    private static Optional<RagStatus> opening(String s, Map<String, RagStatus> own, boolean letters) {
        for (Map.Entry<String, RagStatus> e : own.entrySet()) {
            if (s.startsWith(e.getKey()) && CARRY_ON.matcher(s.substring(e.getKey().length())).lookingAt()) {
                return Optional.of(e.getValue());
            }
        }
        for (Map.Entry<String, RagStatus> p : PHRASES) {
            if (s.startsWith(p.getKey()) && CARRY_ON.matcher(s.substring(p.getKey().length())).lookingAt()) {
                return Optional.of(p.getValue());
            }
        }
        // "RAG: A" or "Status: G (on track)", never the article in "Status: a new panel…".
        if (letters && !s.isEmpty() && LETTERS.containsKey(s.substring(0, 1)) && (s.length() == 1 || LETTER_END.matcher(s.substring(1)).lookingAt())) {
            return Optional.of(LETTERS.get(s.substring(0, 1)));
        }
        return Optional.empty();
    }

    /**
     * A short cell that reads like a single status word we do not know ("Purple", "Slipping"), for warnings.
     *
     * @param text a cell's text
     * @return true for an unknown status-like word
     */
    public static boolean looksLikeStatusWord(String text) {
        String s = normalise(text);
        return !s.isEmpty() && s.length() <= 20 && ONE_OR_TWO_WORDS.matcher(s).matches();
    }

    static String normalise(String text) {
        String s = NOISE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").replace('\u00a0', ' ');
        return END_PUNCTUATION.matcher(SPACES.matcher(s.trim()).replaceAll(" ")).replaceAll("");
    }

}
