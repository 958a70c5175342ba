package org.councilpapers.extractors.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.jspecify.annotations.Nullable;

/**
 * Enriches a paper's records reading each distinct text once. A paper repeats itself (a
 * recommendation in the report and again in the resolution, the same progress note down a plan),
 * and what NLP finds depends on the text alone, so a repeat costs nothing. The texts are handed
 * over longest first, so a reader working in parallel is not left with one long text at the end;
 * mentions are put back by text, so the output does not depend on that order.
 */
final class DistinctTexts {
    private DistinctTexts() {}

    /**
     * @param read the mentions of each text, in the order given (it may read them in parallel)
     */
    static List<PaperRecord> enrich(List<PaperRecord> records, Function<List<RecordTexts>, List<Mentions>> read) {
        List<@Nullable RecordTexts> texts = new ArrayList<>(records.size());
        Set<RecordTexts> distinct = new LinkedHashSet<>();
        for (PaperRecord r : records) {
            RecordTexts t = RecordTexts.of(r);
            if (t == null || t.main().isBlank()) {
                texts.add(null);
            } else {
                texts.add(t);
                distinct.add(t);
            }
        }
        if (distinct.isEmpty()) {
            return records;
        }
        List<RecordTexts> order = new ArrayList<>(distinct);
        order.sort(Comparator.comparingInt((RecordTexts t) -> t.joined().length()).reversed());
        List<Mentions> found = read.apply(List.copyOf(order));
        if (found.size() != order.size()) {
            throw new IllegalStateException("asked for " + order.size() + " texts' mentions, got " + found.size());
        }
        Map<RecordTexts, Mentions> byText = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            byText.put(order.get(i), found.get(i));
        }
        List<PaperRecord> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RecordTexts t = texts.get(i);
            Mentions m = t == null ? null : byText.get(t);
            out.add(m == null || m.isEmpty() ? records.get(i) : records.get(i).withMentions(m));
        }
        return out;
    }
}
