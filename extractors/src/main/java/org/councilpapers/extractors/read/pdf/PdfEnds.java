package org.councilpapers.extractors.read.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.councilpapers.extractors.read.Source;

/**
 * Whether a PDF ends as a whole PDF does. PDFBox's lenient parser rebuilds a lost cross-reference
 * table by scanning for objects, so a file cut short still opens, with the pages that survived and no
 * word that any were lost; the missing end-of-file marker is what says so.
 */
final class PdfEnds {
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    /**
     * How far from the end the marker is looked for: writers follow it with a line end, and some with a few
     * hundred bytes of padding or a mail client's trailer.
     */
    private static final int TAIL = 4096;

    private PdfEnds() {}

    /** True where no {@code %%EOF} marker is found in the last few KB of the file; only those are read. */
    static boolean endsEarly(Source source) throws IOException {
        return endsEarly(source.tail(TAIL));
    }

    /** True where no {@code %%EOF} marker is found in the last few KB of {@code b}. */
    static boolean endsEarly(byte[] b) {
        int from = Math.max(0, b.length - TAIL);
        outer:
        for (int i = b.length - EOF.length; i >= from; i--) {
            for (int j = 0; j < EOF.length; j++) {
                if (b[i + j] != EOF[j]) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
