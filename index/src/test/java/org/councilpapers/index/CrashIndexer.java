package org.councilpapers.index;

import java.io.IOException;
import java.nio.file.Path;
import org.councilpapers.core.Extraction;
import org.councilpapers.index.bench.RecordGenerator;

/**
 * The process {@link PaperIndexCrashSafetyTest} kills: indexes generated papers {@code 0..n-1} one
 * {@link PaperIndex#add} each, skipping those already indexed, as {@code councilpapers index}
 * does, and prints {@code added N} after each commit.
 */
public final class CrashIndexer {
    private CrashIndexer() {}

    /** Arguments: index folder, generator seed, number of papers. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        RecordGenerator papers = new RecordGenerator(Long.parseLong(args[1]));
        int n = Integer.parseInt(args[2]);
        try (PaperIndex index = PaperIndex.open(dir)) {
            for (int i = 0; i < n; i++) {
                Extraction x = papers.paper(i);
                if (!index.contains(x.document().id())) {
                    index.add(x);
                    System.out.println("added " + i);
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
