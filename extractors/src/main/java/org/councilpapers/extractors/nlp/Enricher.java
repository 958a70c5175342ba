package org.councilpapers.extractors.nlp;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.record.PaperRecord;

/**
 * Adds what a record's own text mentions (people, organisations, places, dates, sentences).
 * Implementations are thread-safe and run only on the text records point to, never on whole packs.
 */
public interface Enricher {

    /**
     * The record with its mentions; a record with no text worth reading comes back as it was.
     *
     * @param record a record as extracted
     * @return the record with its mentions, or {@code record} itself
     */
    PaperRecord enrich(PaperRecord record);

    /**
     * Every record of a paper, in order; implementations may read shared texts once, or in parallel.
     *
     * @param records a paper's records
     * @return the enriched records, in the same order
     */
    default List<PaperRecord> enrich(List<PaperRecord> records) {
        List<PaperRecord> out = new ArrayList<>(records.size());
        for (PaperRecord r : records) {
            out.add(enrich(r));
        }
        return out;
    }
}
