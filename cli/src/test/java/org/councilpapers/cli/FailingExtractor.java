package org.councilpapers.cli;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;

/**
 * {@link LineExtractor}, plus the ways a paper can take an extractor down for real: {@code Exhaust
 * memory} allocates until the heap is gone (a true OutOfMemoryError, not one thrown by hand), and
 * {@code Recurse} recurses until the stack is gone. The allocation is local, so once the error
 * unwinds out of this paper it is garbage, as a hostile paper's objects are.
 */
final class FailingExtractor implements RecordExtractor {
    private final LineExtractor lines = new LineExtractor();

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext context) {
        for (Block b : doc.body()) {
            String text = b.text().strip();
            if (text.equals("Exhaust memory")) {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]); // 8 MB at a time
                }
            }
            if (text.equals("Recurse")) {
                return List.of(recurse(0));
            }
        }
        return lines.extract(doc, context);
    }

    private static PaperRecord recurse(int depth) {
        return recurse(depth + 1);
    }
}
