package org.councilpapers.extractors.read.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.councilpapers.core.layout.Box;
import org.jspecify.annotations.Nullable;

/**
 * Draws a page of a PDF as a picture, with a box outlined on it: what a reader looks at to check a record against the
 * paper. Boxes are in the reader's display space (points from the top left of the crop box, after the page's
 * rotation), which is what PDFBox's renderer draws, so a box maps to pixels by scale alone.
 */
public final class PdfPageRenderer {
    /** The outline's colour: a magenta no council paper's text, rules or RAG fills use, so it can be found again. */
    public static final Color OUTLINE = new Color(230, 0, 230);

    private PdfPageRenderer() {}

    /**
     * Renders one page, outlining {@code box}, and unless the whole page is asked for crops it to the band of the page
     * from {@code margin} points above the box to {@code margin} below, across the page's whole width: a line of a
     * table or a paragraph is read whole, so the grade beside an area's cell stays in the picture.
     *
     * @param pdf the PDF file
     * @param page the physical page, 1-based
     * @param box the region to outline, in points; null to outline nothing (then the whole page is drawn)
     * @param margin points of context kept above and below the box when cropping; negative for the whole page
     * @param dpi dots per inch: 72 draws a point as a pixel
     * @return the picture, RGB
     * @throws IOException if the file cannot be read as a PDF
     * @throws IllegalArgumentException if the page is not in the PDF
     */
    public static BufferedImage render(Path pdf, int page, @Nullable Box box, float margin, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf))) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + page + " is not in the paper, which has " + doc.getNumberOfPages());
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            float scale = dpi / 72f;
            if (box == null) {
                return image;
            }
            Graphics2D g = image.createGraphics();
            try {
                // No anti-aliasing: every pixel of the outline is exactly its colour.
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                g.setColor(OUTLINE);
                float stroke = Math.max(2f, 1.5f * scale);
                g.setStroke(new BasicStroke(stroke));
                // Drawn just outside the box, so it frames the words rather than crossing them.
                float pad = 2f * scale + stroke / 2f;
                int x = Math.round(box.x0() * scale - pad);
                int y = Math.round(box.y0() * scale - pad);
                int w = Math.round(box.width() * scale + 2 * pad);
                int h = Math.round(box.height() * scale + 2 * pad);
                g.drawRect(x, y, w, h);
            } finally {
                g.dispose();
            }
            if (margin < 0) {
                return image;
            }
            int x0 = 0;
            int y0 = clamp(Math.round((box.y0() - margin) * scale), image.getHeight());
            int x1 = image.getWidth();
            int y1 = clamp(Math.round((box.y1() + margin) * scale), image.getHeight());
            if (x1 <= x0 || y1 <= y0) {
                return image; // a box off the page: the page is more use than nothing
            }
            BufferedImage region = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_INT_RGB);
            Graphics2D c = region.createGraphics();
            try {
                c.drawImage(image, -x0, -y0, null);
            } finally {
                c.dispose();
            }
            return region;
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
