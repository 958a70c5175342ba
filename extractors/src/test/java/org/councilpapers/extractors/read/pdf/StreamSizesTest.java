package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;

/**
 * The budget on inflated content, both ways it is counted: a page whose content is one Flate stream while PDFBox parses
 * it, any other content before. Pages padded with megabytes of spaces after a line of text, so a page read whole is seen.
 */
class StreamSizesTest {
    private static final long MB = 1L << 20;
    private static final PaperLimits LIMITS = PaperLimits.defaults().withMaxStreamBytes(4 * MB).withMaxDecodedBytes(8 * MB);

    @Test
    void aPageStreamedPastThePartLimitIsSkippedAndTheOthersRead() throws IOException {
        Warnings w = new Warnings();
        LayoutDocument layout = read(pdf(List.of(List.of(6 * MB), List.of(MB))), w);
        assertEquals(List.of(new Warning(WarningCode.TOO_LARGE,
                "page skipped: the page's content stream inflates to over 4 MB, the most one part may (maxStreamBytes)", 1)),
                w.toList());
        assertEquals(2, layout.pages().size());
        assertTrue(layout.pages().get(0).blocks().isEmpty());
        assertEquals("Page 2", layout.pages().get(1).blocks().get(0).text());
    }

    @Test
    void aContentArrayPastThePartLimitIsMeasuredBeforePdfBoxDecodesIt() throws IOException {
        Warnings w = new Warnings();
        LayoutDocument layout = read(pdf(List.of(List.of(MB, 6 * MB), List.of(MB, MB))), w);
        assertEquals(List.of(new Warning(WarningCode.TOO_LARGE,
                "page skipped: the page's content stream inflates to over 4 MB, the most one part may (maxStreamBytes)", 1)),
                w.toList());
        assertEquals("Page 2", layout.pages().get(1).blocks().get(0).text());
    }

    @Test
    void streamedPagesCountTowardsThePaper() throws IOException {
        byte[] pdf = pdf(List.of(List.of(3 * MB), List.of(3 * MB), List.of(3 * MB)));
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class, () -> read(pdf, new Warnings()));
        assertEquals(PaperOverBudgetException.Limit.DECODED_BYTES, e.limit());
        assertEquals("p.pdf: its compressed parts inflate to over 8 MB, the most one paper may (maxDecodedBytes)", e.getMessage());
    }

    @Test
    void aSkippedStreamedPageLeavesThePaperItsBudget() throws IOException {
        // 4 MB of the skipped page were read before it passed its limit; counted, the other pages' 6 MB would pass the paper's 8.
        Warnings w = new Warnings();
        LayoutDocument layout = read(pdf(List.of(List.of(6 * MB), List.of(3 * MB), List.of(3 * MB))), w);
        assertEquals(3, layout.pages().size());
        assertEquals(1, w.toList().size());
        assertEquals("Page 3", layout.pages().get(2).blocks().get(0).text());
    }

    private static LayoutDocument read(byte[] pdf, Warnings w) throws IOException {
        return new PdfLayoutReader().read(Source.of(pdf, "p.pdf"), w, new PaperBudget(LIMITS, "p.pdf"));
    }

    /** One page per entry, its content one Flate stream (one size) or an array of them; the first draws "Page N". */
    private static byte[] pdf(List<List<Long>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            int n = 0;
            for (List<Long> streams : pages) {
                n++;
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), PdfFixtures.REGULAR);
                page.setResources(resources);
                COSArray array = new COSArray();
                for (int i = 0; i < streams.size(); i++) {
                    array.add(stream(doc, i == 0 ? "BT /F1 12 Tf 72 760 Td (Page " + n + ") Tj ET\n" : "", streams.get(i)));
                }
                page.getCOSObject().setItem(COSName.CONTENTS, streams.size() == 1 ? array.get(0) : array);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A Flate stream of the text, then spaces up to {@code size} bytes. */
    private static COSStream stream(PDDocument doc, String text, long size) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        byte[] spaces = new byte[64 << 10];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
            byte[] t = text.getBytes(StandardCharsets.US_ASCII);
            o.write(t);
            for (long left = size - t.length; left > 0; left -= spaces.length) {
                o.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
        }
        return s;
    }
}
