package org.councilpapers.extractors.record.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.councilpapers.core.layout.Block;
import org.councilpapers.extractors.record.ExtractContext;

/**
 * The report covers of one paper, read once however many extractors ask: the report, recommendation, meeting and finding
 * extractors all want to know which item a block belongs to, and reading the covers anew for each was a fifth of the
 * records' time. Kept in the paper's {@link ExtractContext#shared shared state}. A reading is kept for each body it was
 * asked of (the blocks as laid out, or with tables joined across pages), since a cover's block index points into that body.
 */
final class PaperCovers {
    private final List<Reading> readings = new ArrayList<>();

    private record Reading(List<Block> body, List<ReportExtractor.Cover> covers) {}

    /**
     * The covers of a body of this paper, read the first time that body (the same blocks, in the same order) is asked of.
     *
     * @param body the paper's body blocks
     * @param read reads the covers of that body
     * @return the covers, in order
     */
    synchronized List<ReportExtractor.Cover> of(List<Block> body, Supplier<List<ReportExtractor.Cover>> read) {
        for (Reading r : readings) {
            if (sameBlocks(r.body(), body)) {
                return r.covers();
            }
        }
        List<ReportExtractor.Cover> covers = List.copyOf(read.get());
        readings.add(new Reading(List.copyOf(body), covers));
        return covers;
    }

    // Each caller makes its own list of the paper's blocks, so the lists are compared block by block; the blocks are mostly the
    // very same objects, and a joined table made again is equal to the one made before.
    private static boolean sameBlocks(List<Block> a, List<Block> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
