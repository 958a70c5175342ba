package org.councilpapers.index;

import java.util.List;
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
 */
public record Trace(String seed, @Nullable Hit seedRecord, List<String> terms, int minimumMatch, List<Hit> steps) {
    public Trace {
        Objects.requireNonNull(seed, "seed");
        terms = List.copyOf(terms);
        steps = List.copyOf(steps);
    }
}
