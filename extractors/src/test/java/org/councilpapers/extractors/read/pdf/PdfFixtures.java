package org.councilpapers.extractors.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * PDFs made in code for reader tests, so the bad and odd cases need no committed binaries. Coordinates
 * are given with a top-left origin, as the reader reports them, and flipped for PDFBox here.
 */
final class PdfFixtures {
    static final float A4_HEIGHT = PDRectangle.A4.getHeight();
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfFixtures() {}

    interface PageWriter {
        void write(Canvas c) throws IOException;
    }

    /** A content stream with top-left coordinates. */
    record Canvas(PDDocument doc, PDPageContentStream s, float height) {
        /** A small grey image, as a scanned page would hold a big one. */
        void image(float x0, float y0, float x1, float y1) throws IOException {
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            s.drawImage(LosslessFactory.createFromImage(doc, img), x0, height - y1, x1 - x0, y1 - y0);
        }

        void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
            s.beginText();
            s.setFont(bold ? BOLD : REGULAR, size);
            s.newLineAtOffset(x, height - baseline);
            s.showText(text);
            s.endText();
        }

        void text(String text, float x, float baseline) throws IOException {
            text(text, x, baseline, 11, false);
        }

        /**
         * Sets {@code text} as a word processor would: words fill each line up to {@code right} and wrap,
         * the first line starting at {@code firstX} and the rest at {@code restX}, {@code leading} apart.
         * Returns the baseline of the last line.
         */
        float flow(String text, float firstX, float restX, float right, float baseline, float size, float leading)
                throws IOException {
            List<String> lines = wrap(text, firstX, restX, right, size);
            float y = baseline;
            for (int i = 0; i < lines.size(); i++) {
                y = baseline + i * leading;
                text(lines.get(i), i == 0 ? firstX : restX, y, size, false);
            }
            return y;
        }

        /** The lines {@link #flow} would set. */
        static List<String> wrap(String text, float firstX, float restX, float right, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float x = firstX;
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && x + width(candidate, size) > right) {
                    lines.add(line.toString());
                    x = restX;
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        static float width(String text, float size) throws IOException {
            return REGULAR.getStringWidth(text) / 1000 * size;
        }

        void line(float x0, float y0, float x1, float y1) throws IOException {
            s.setLineWidth(0.75f);
            s.moveTo(x0, height - y0);
            s.lineTo(x1, height - y1);
            s.stroke();
        }

        void fillRect(float x0, float y0, float x1, float y1) throws IOException {
            s.addRect(x0, height - y1, x1 - x0, y1 - y0);
            s.fill();
        }
    }

    /** A document of A4 pages, one writer per page; {@code configure} may change the document (encrypt it) before saving. */
    static byte[] pdfWith(Consumer<PDDocument> configure, PageWriter... pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PageWriter w : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    w.write(new Canvas(doc, s, A4_HEIGHT));
                }
            }
            configure.accept(doc);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(PageWriter... pages) {
        return pdfWith(d -> { }, pages);
    }

    /** Encrypts with RC4/AES 128 under the given user password ("" opens without asking). */
    static Consumer<PDDocument> encrypted(String userPassword) {
        return doc -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                doc.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
