package org.councilpapers.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One subject followed across papers and years: see {@link PaperIndex#trace(String, Query)} for
 * how records are chosen.
 *
 * @param seed         what the trace started from: the query text or the record id, as given
 * @param seedRecord   the record the trace started from, when it started from a record id
 * @param terms        the words related records were matched on (stemmed, as the index holds them)
 * @param minimumMatch how many of {@code terms} a record had to contain
 * @param steps        the related records, oldest first (undated ones last), each with its source
 * @param copies       by step id, the same record or passage found in other papers (the same paper
 *                     indexed in another format, a report reprinted in an agenda pack), which the
 *                     trace shows once; steps without copies are not in the map
 */
public record Trace(String seed, @Nullable Hit seedRecord, List<String> terms, int minimumMatch, List<Hit> steps,
        Map<String, List<Hit>> copies) {
    /**
     * Copies the lists and the copies map, leaving out steps with no copies.
     *
     * @param seed what the trace started from
     * @param seedRecord the record the trace started from, or null
     * @param terms the words related records were matched on
     * @param minimumMatch how many of {@code terms} a record had to contain
     * @param steps the related records, oldest first
     * @param copies by step id, the same record or passage found in other papers
     * @throws NullPointerException if {@code seed}, a list or the map is null
     */
    public Trace {
        Objects.requireNonNull(seed, "seed");
        terms = List.copyOf(terms);
        steps = List.copyOf(steps);
        Map<String, List<Hit>> c = new LinkedHashMap<>();
        copies.forEach((id, hits) -> {
            if (!hits.isEmpty()) {
                c.put(id, List.copyOf(hits));
            }
        });
        copies = Collections.unmodifiableMap(c);
    }

    /**
     * A trace whose steps have no copies elsewhere.
     *
     * @param seed what the trace started from
     * @param seedRecord the record the trace started from, or null
     * @param terms the words related records were matched on
     * @param minimumMatch how many of {@code terms} a record had to contain
     * @param steps the related records, oldest first
     */
    public Trace(String seed, @Nullable Hit seedRecord, List<String> terms, int minimumMatch, List<Hit> steps) {
        this(seed, seedRecord, terms, minimumMatch, steps, Map.of());
    }

    /**
     * The same record or passage as {@code step} in other papers.
     *
     * @param step one of {@link #steps()}
     * @return its copies, oldest first; empty when there is none
     */
    public List<Hit> copiesOf(Hit step) {
        return copies.getOrDefault(step.id(), List.of());
    }
}
