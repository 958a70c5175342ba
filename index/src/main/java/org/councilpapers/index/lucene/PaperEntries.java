package org.councilpapers.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds the paper entry of a record without a search: {@code updateDocuments} writes a paper's
 * block contiguously with its entry last, and merges keep blocks whole and in order (block joins
 * rely on the same), so a record's entry is the first paper entry at or after it in its segment.
 * One bit set of entries per segment, built on first use and dropped when the segment closes.
 */
final class PaperEntries {
    private final Map<IndexReader.CacheKey, FixedBitSet> bySegment = new ConcurrentHashMap<>();

    /** The segment-local doc id of the paper entry of the record {@code doc} (segment-local too). */
    int entryOf(LeafReaderContext leaf, int doc) throws IOException {
        int entry = bits(leaf).nextSetBit(doc);
        if (entry == DocIdSetIterator.NO_MORE_DOCS) {
            // Cannot happen for a committed block: the paper entry is written with its records.
            throw new IllegalStateException("record " + doc + " has no paper entry after it");
        }
        return entry;
    }

    private FixedBitSet bits(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return build(leaf);
        }
        try {
            return bySegment.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(bySegment::remove);
                try {
                    return build(leaf);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FixedBitSet build(LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
        PostingsEnum entries = leaf.reader().postings(new Term(Fields.ENTRY, Fields.ENTRY_DOCUMENT), PostingsEnum.NONE);
        if (entries != null) {
            for (int d = entries.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = entries.nextDoc()) {
                bits.set(d);
            }
        }
        return bits;
    }
}
