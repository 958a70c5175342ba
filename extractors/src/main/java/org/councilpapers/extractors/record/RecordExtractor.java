package org.councilpapers.extractors.record;

import java.util.List;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.PaperRecord;

/**
 * Finds one family of records in a laid-out paper. Extractors know council papers, not formats:
 * they see only the {@link LayoutDocument}. Implementations are stateless and thread-safe.
 */
public interface RecordExtractor {
    List<PaperRecord> extract(LayoutDocument doc, ExtractContext context);
}
