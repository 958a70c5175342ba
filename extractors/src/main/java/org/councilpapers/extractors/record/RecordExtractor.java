package org.councilpapers.extractors.record;

import java.util.List;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.PaperRecord;

/**
 * Finds one family of records in a laid-out paper. Extractors know council papers, not formats:
 * they see only the {@link LayoutDocument}. Implementations are stateless and thread-safe.
 */
public interface RecordExtractor {
    /**
     * The records of this extractor's family in a paper, in reading order; none where the paper has none. Malformed
     * input gives warnings, never an exception.
     *
     * @param doc the paper's layout
     * @param context the paper's facts, parts and warnings, shared by every extractor on this paper
     * @return the records found, empty for none
     */
    List<PaperRecord> extract(LayoutDocument doc, ExtractContext context);
}
