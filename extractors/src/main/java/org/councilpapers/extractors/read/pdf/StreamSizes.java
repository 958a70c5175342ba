package org.councilpapers.extractors.read.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
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
import org.apache.pdfbox.filter.FlateFilterDecoderStream;
import org.apache.pdfbox.io.NonSeekableRandomAccessReadInputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperOverBudgetException;

/**
 * Counts what content streams inflate to against the budget. PDFBox decodes most streams whole into memory
 * before their content is parsed, so a few hundred bytes of Flate that inflate to a gigabyte would take the
 * heap; such a stream is measured first: the Flate stage inflated in chunks and counted, and given up at the
 * budget's per-stream limit. Filters before the Flate stage (ASCII85, ASCIIHex) only shrink data, so PDFBox
 * decodes them; a chain with no Flate stage (LZW, RunLength: rare in content streams) is decoded by PDFBox and
 * counted. A page whose content is one Flate stream, most pages, PDFBox inflates as it parses, never whole:
 * that stream is counted as PDFBox reads it ({@link #counted}), so it is inflated once rather than twice.
 */
final class StreamSizes {
    private static final int CHUNK = 64 << 10;
    /** What PDFBox parses in place of a page content stream that will not start inflating: an empty line. */
    private static final byte[] UNREADABLE = {'\n'};

    private StreamSizes() {}

    /**
     * The page to give PDFBox's content parser. Where the page's content is one Flate stream, which PDFBox inflates
     * as it parses, the page itself with its stream counted against the budget as PDFBox reads it (a
     * {@link PaperOverBudgetException} from inside the parse, once over); any other content, which PDFBox decodes
     * whole first, measured here before, and the page returned as it is.
     */
    static PDPage counted(PDPage page, String what, PaperBudget budget) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        // PDFBox's own test for the content it streams (PDPage.getContentsForStreamParsing): one stream, filtered by Flate alone.
        if (contents instanceof COSStream s && COSName.FLATE_DECODE.equals(s.getFilters())) {
            return new CountedPage(page, s, what, budget);
        }
        checkContents(contents, what, budget);
        return page;
    }

    /**
     * A page whose one Flate content stream counts its inflated bytes as they are read, and otherwise the page it
     * stands for (its resources, and so the document's font cache, are that page's).
     */
    private static final class CountedPage extends PDPage {
        private final PDPage page;
        private final COSStream contents;
        private final String what;
        private final PaperBudget budget;

        CountedPage(PDPage page, COSStream contents, String what, PaperBudget budget) {
            super(page.getCOSObject());
            this.page = page;
            this.contents = contents;
            this.what = what;
            this.budget = budget;
        }

        @Override
        public PDResources getResources() {
            return page.getResources();
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            InputStream inflating;
            try {
                inflating = new FlateFilterDecoderStream(contents.createRawInputStream());
            } catch (IOException damaged) {
                return new RandomAccessReadBuffer(UNREADABLE); // as PDFBox reads it
            }
            return new NonSeekableRandomAccessReadInputStream(new Counting(inflating, what, budget));
        }
    }

    /** Counts the bytes read through it against the budget, as one part. */
    private static final class Counting extends FilterInputStream {
        private final String what;
        private final PaperBudget budget;
        private long part;

        Counting(InputStream in, String what, PaperBudget budget) {
            super(in);
            this.what = what;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            if (skipped > 0) {
                count(skipped);
            }
            return skipped;
        }

        private void count(long n) throws PaperOverBudgetException {
            part += n;
            budget.inflating(what, part, n);
        }
    }

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
