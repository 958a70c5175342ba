package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.extractors.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Links each action to the inspection recommendation or finding, in the same document, that it
 * implements ({@link Action#recommendationId()}). Extractors run independently of each other, so
 * this runs once over all of a document's records after their ids are final.
 *
 * <p>An action is matched by the text of the recommendation it carries: most of the content words
 * of the shorter text must be in the longer one, because a plan often quotes the inspection's
 * wording in part or abridged. Failing that, by number: an inspection recommendation numbered as
 * the action's reference ("3" for action 3 or 3.2, "Rec 3", "R3", "(ref 2a)"), or as the number
 * standing in the action's recommendation cell, unless the action's own recommendation text
 * shares almost nothing with it (a numbering that happens to coincide). A lettered reference ("2a")
 * goes to the recommendation lettered so, or to 2 where the paper letters none. Report recommendations
 * (what a report asks a committee) and strengths are never what an action implements.
 */
public final class ActionLinker {
    // At least this share of the shorter text's content words must be in the longer one, and at least MIN_SHARED of them.
    private static final double MIN_OVERLAP = 0.6;
    private static final int MIN_SHARED = 3;
    // Below this overlap a recommendation text contradicts a matching number: the two are about different things.
    private static final double NUMBER_CONTRADICTED = 0.2;
    // "3", "3.", "3)", "3.2", "R3", "Rec 3", "Ref. 2a", "(ref 2a)", "2(a)": recommendation 3, or 2a. "A1" (area A, action 1) names
    // no recommendation number.
    private static final Pattern REFERENCE = Pattern.compile("(?i)^\\(?(?:r|rec\\.?|recommendation|ref\\.?|reference)?\\s*(\\d{1,3})"
            + "\\s?(?:(?-i:([a-zA-Z]))|\\((?-i:([a-zA-Z]))\\))?(?:[.):]|\\.\\d{1,3}[a-z]?)?\\)?$");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "that", "this", "with", "are", "was", "were", "have", "has", "been", "their", "them", "they", "from",
            "into", "all", "who", "which", "its", "will", "would", "should", "can", "not", "but", "also", "more", "than", "ensure",
            "there", "when", "where", "our", "any", "such", "other", "these", "those", "being", "between", "through");

    private ActionLinker() {}

    /**
     * The document's records in the same order, each action linked to the inspection
     * recommendation or finding it implements where one matches; other records are unchanged.
     *
     * @param records a document's records, in reading order
     * @return the records in the same order, matched actions carrying their link
     */
    public static List<PaperRecord> link(List<PaperRecord> records) {
        Objects.requireNonNull(records, "records");
        List<Target> targets = new ArrayList<>();
        for (PaperRecord r : records) {
            if (r instanceof Recommendation rec && rec.origin() == RecommendationOrigin.INSPECTION) {
                targets.add(new Target(rec.id(), number(rec.number()), words(rec.text())));
            } else if (r instanceof Finding f && f.kind() != FindingKind.STRENGTH) {
                targets.add(new Target(f.id(), null, words(f.text())));
            }
        }
        if (targets.isEmpty()) {
            return List.copyOf(records);
        }
        List<PaperRecord> out = new ArrayList<>(records.size());
        for (PaperRecord r : records) {
            if (r instanceof Action a && a.recommendationId() == null) {
                String id = match(a, targets);
                out.add(id == null ? a : a.withRecommendationId(id));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** An inspection recommendation or finding an action may implement. */
    private record Target(String id, @Nullable Ref number, Set<String> words) {}

    /** A recommendation's number and the letter of its part, if any ("2a"). */
    private record Ref(int number, @Nullable String letter) {}

    private static @Nullable String match(Action a, List<Target> targets) {
        Ref byRecommendation = number(a.recommendation());
        // "Rec 2" in the recommendation's place names it by number and says nothing of its words
        Set<String> own = a.recommendation() == null || byRecommendation != null ? Set.of() : words(a.recommendation());
        Target best = null;
        double bestScore = 0;
        for (Target t : targets) {
            double score = overlap(own, t.words());
            if (score >= MIN_OVERLAP && shared(own, t.words()) >= MIN_SHARED && score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        if (best != null) {
            return best.id();
        }
        Ref ref = number(a.reference());
        ref = ref == null ? byRecommendation : ref;
        if (ref == null) {
            return null;
        }
        List<Target> numbered = numbered(targets, ref);
        if (numbered.size() != 1) {
            return null; // none, or a numbering the document uses for two recommendations: no telling which
        }
        Target t = numbered.get(0);
        return own.isEmpty() || overlap(own, t.words()) >= NUMBER_CONTRADICTED ? t.id() : null;
    }

    // The recommendations so numbered: "2a" is 2a, or 2 where the paper letters none; one recommendation read twice (the
    // same words) counts once.
    private static List<Target> numbered(List<Target> targets, Ref ref) {
        List<Target> exact = targets.stream().filter(t -> ref.equals(t.number())).toList();
        if (exact.isEmpty() && ref.letter() != null) {
            exact = targets.stream().filter(t -> new Ref(ref.number(), null).equals(t.number())).toList();
        }
        List<Target> distinct = new ArrayList<>();
        for (Target t : exact) {
            if (distinct.stream().noneMatch(d -> d.words().equals(t.words()))) {
                distinct.add(t);
            }
        }
        return distinct;
    }

    private static @Nullable Ref number(@Nullable String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(Texts.squash(reference));
        if (!m.matches()) {
            return null;
        }
        String letter = m.group(2) != null ? m.group(2) : m.group(3);
        return new Ref(Integer.parseInt(m.group(1)), letter == null ? null : letter.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The words a text is compared by: folded, three letters or more, stop words dropped, in order of first use. With
     * {@link #overlap} they also tell the report extractor a recommendation printed twice from two that differ.
     *
     * @param text any text
     * @return the words, without repeats
     */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(Texts.fold(text));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    // A light stem so "plans"/"plan" and "reviewed"/"review" meet; wrong stems only cost a little overlap.
    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The share of the shorter set's words that the other holds.
     *
     * @param a one set of words, as {@link #words} gives them
     * @param b another
     * @return the share, from 0 to 1; 0 where either set is empty
     */
    public static double overlap(Set<String> a, Set<String> b) {
        int smaller = Math.min(a.size(), b.size());
        return smaller == 0 ? 0 : shared(a, b) / (double) smaller;
    }
}
