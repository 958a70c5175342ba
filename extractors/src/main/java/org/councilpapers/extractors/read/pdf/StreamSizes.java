package org.councilpapers.extractors.read.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperOverBudgetException;

/**
 * Measures what a content stream inflates to before PDFBox decodes it. PDFBox decodes a stream whole into
 * memory before its content is parsed, so a few hundred bytes of Flate that inflate to a gigabyte would
 * take the heap; here the Flate stage is inflated in chunks and counted, and given up at the budget's
 * per-stream limit. Filters before the Flate stage (ASCII85, ASCIIHex) only shrink data, so PDFBox decodes
 * them; a chain with no Flate stage (LZW, RunLength: rare in content streams) is decoded by PDFBox and counted.
 */
final class StreamSizes {
    private static final int CHUNK = 64 << 10;

    private StreamSizes() {}

    /** Counts the streams of a page's {@code /Contents} (one stream or an array of them) against the budget. */
    static void checkContents(COSBase contents, String what, PaperBudget budget) throws IOException {
        if (contents instanceof COSStream s) {
            check(s, what, budget);
        } else if (contents instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSStream s) {
                    check(s, what, budget);
                }
            }
        }
    }

    /** Counts one stream against the budget; throws {@link PaperOverBudgetException} once it is over. */
    static void check(COSStream stream, String what, PaperBudget budget) throws IOException {
        long limit = budget.limits().maxStreamBytes();
        long size = decodedSize(stream, limit);
        budget.inflated(what, size, size);
    }

    /** What the stream decodes to, counted up to just past {@code limit}. */
    static long decodedSize(COSStream stream, long limit) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        int flate = -1;
        for (int i = 0; i < filters.size() && flate < 0; i++) {
            if (filters.get(i).equals(COSName.FLATE_DECODE) || filters.get(i).equals(COSName.FLATE_DECODE_ABBREVIATION)) {
                flate = i;
            }
        }
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        if (flate < 0) {
            try (InputStream in = stream.createInputStream()) {
                return count(in, limit);
            }
        }
        InputStream raw = stream.createRawInputStream();
        try (raw) {
            InputStream in = raw;
            for (int i = 0; i < flate; i++) {
                Filter f = FilterFactory.INSTANCE.getFilter(filters.get(i));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                f.decode(in, out, stream, i);
                in = new ByteArrayInputStream(out.toByteArray());
            }
            return inflatedSize(in, limit);
        }
    }

    private static List<COSName> filters(COSBase f) {
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Inflates in chunks, counting; a damaged stream counts what inflated before the damage, as PDFBox reads it. */
    private static long inflatedSize(InputStream in, long limit) throws IOException {
        Inflater inflater = new Inflater();
        byte[] input = new byte[CHUNK];
        byte[] output = new byte[CHUNK];
        long total = 0;
        try {
            while (total <= limit) {
                if (inflater.needsInput()) {
                    int n = in.read(input);
                    if (n < 0) {
                        break;
                    }
                    inflater.setInput(input, 0, n);
                }
                int n = inflater.inflate(output);
                total += n;
                if (inflater.finished() || n == 0 && (inflater.needsDictionary())) {
                    break;
                }
            }
        } catch (DataFormatException damaged) {
            // PDFBox reads such a stream up to the damage too
        } finally {
            inflater.end();
        }
        return total;
    }

    private static long count(InputStream in, long limit) throws IOException {
        byte[] buf = new byte[CHUNK];
        long total = 0;
        for (int n; total <= limit && (n = in.read(buf)) >= 0;) {
            total += n;
        }
        return total;
    }
}
