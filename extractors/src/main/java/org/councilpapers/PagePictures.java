package org.councilpapers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.pdf.PdfPageRenderer;

/**
 * A record shown on the paper it came from: its page region as a picture, with the record's box outlined (PDFs), or
 * its words in their context as text (every format). This is how a reader checks a grade or a status without hunting
 * through the PDF.
 *
 * <pre>{@code
 * Hit hit = index.record("judgement-8387da883781581b").orElseThrow();
 * Path pdf = Path.of(index.document(hit.document().id()).orElseThrow().location());
 * PagePictures.requireSame(pdf, hit.document().id());             // the file has not changed since it was indexed
 * BufferedImage region = PagePictures.image(pdf, hit.record().provenance(), PagePictures.View.REGION);
 * }</pre>
 */
public final class PagePictures {
    /** Dots per inch: 150 keeps 8-point print legible (about 17 pixels a line) while an A4 page stays near 1240 by 1754. */
    public static final float DPI = 150f;
    /** Points of the page kept above and below a record's box when drawing its region (a few lines); the width is the page's. */
    public static final float MARGIN = 48f;

    private PagePictures() {}

    /** How much of the page to draw. */
    public enum View {
        /** The band of the page holding the record's box, {@link #MARGIN} points above and below it, the page's full width. */
        REGION,
        /** The whole page, the record's box outlined. */
        PAGE
    }

    /**
     * The page the record is on, drawn at {@link #DPI}, its box outlined.
     *
     * @param pdf the paper's PDF
     * @param provenance the record's provenance
     * @param view the record's region, or its whole page
     * @return the picture
     * @throws NoBoxException if the record has no box (it was read from Word, HTML or text)
     * @throws IOException if the file cannot be read as a PDF
     */
    public static BufferedImage image(Path pdf, Provenance provenance, View view) throws IOException {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(view, "view");
        if (provenance.bbox() == null) {
            throw new NoBoxException();
        }
        return PdfPageRenderer.render(pdf, provenance.page(), provenance.bbox(), view == View.PAGE ? -1 : MARGIN, DPI);
    }

    /**
     * As {@link #image}, encoded as PNG.
     *
     * @param pdf the paper's PDF
     * @param provenance the record's provenance
     * @param view the record's region, or its whole page
     * @return the PNG file's bytes
     * @throws NoBoxException if the record has no box
     * @throws IOException if the file cannot be read as a PDF
     */
    public static byte[] png(Path pdf, Provenance provenance, View view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image(pdf, provenance, view), "png", out);
        return out.toByteArray();
    }

    /**
     * The words from {@code start} to {@code end} of a paper's text, with up to {@code context} characters either side,
     * read again from the file (any format) by {@code papers}.
     *
     * @param papers the library, for its readers and limits
     * @param file the paper
     * @param start the span's first character in the paper's text ({@link Provenance#start()})
     * @param end just past its last character
     * @param context characters of context either side
     * @return the span and its context
     * @throws IOException if the file cannot be read
     */
    public static TextSpan text(CouncilPapers papers, Path file, int start, int end, int context) throws IOException {
        LayoutDocument layout = papers.layout(Source.of(file, file.getFileName().toString()), new Warnings());
        String text = layout.text();
        int s = Math.min(start, text.length());
        int e = Math.min(Math.max(s, end), text.length());
        int from = Math.max(0, s - context);
        int to = Math.min(text.length(), e + context);
        return new TextSpan(text.substring(from, s), text.substring(s, e), text.substring(e, to));
    }

    /**
     * Checks that a file is the paper the index holds: offsets and boxes point into those bytes only.
     *
     * @param file the file
     * @param documentId the paper's document id (the SHA-256 of its bytes)
     * @throws SourceChangedException if the file's bytes are not the paper's
     * @throws IOException if the file cannot be read (a {@link java.nio.file.NoSuchFileException} when it is gone)
     */
    public static void requireSame(Path file, String documentId) throws IOException {
        if (!DocumentInfo.idOf(Files.readAllBytes(file)).equals(documentId)) {
            throw new SourceChangedException(file);
        }
    }

    /**
     * A record's words and the text around them.
     *
     * @param before the context before
     * @param span the record's own words
     * @param after the context after
     */
    public record TextSpan(String before, String span, String after) {
        /**
         * Checks the parts.
         *
         * @param before the context before
         * @param span the record's own words
         * @param after the context after
         */
        public TextSpan {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(after, "after");
        }

        /**
         * The three parts on one line, the span between markers and runs of white space made single spaces.
         *
         * @param open what goes before the span ({@code "[["}, or a terminal's bold)
         * @param close what goes after it
         * @return the marked text
         */
        public String marked(String open, String close) {
            return (flat(before) + open + flat(span) + close + flat(after)).strip();
        }

        private static String flat(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }

    /** A record read from a format without page geometry (Word, HTML, text) has no box to draw. */
    public static final class NoBoxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NoBoxException() {
            super("the record has no box: it was read from a format without page geometry (Word, HTML, text), so only its text can be shown");
        }
    }

    /** The file at a paper's location is no longer the paper that was indexed. */
    public static final class SourceChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceChangedException(Path file) {
            super(file + " has changed since it was indexed (its bytes differ)");
        }
    }
}
