package org.councilpapers.extractors.read.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * Draws tables into PDFs for reader tests: ruled or not, cells shaded (opaque or see-through), text coloured,
 * cells merged, on portrait, landscape or rotated pages, and tables running over several pages. Coordinates are
 * display space with a top-left origin, as the reader reports them, whatever the page's rotation.
 */
final class TablePdf {
    private TablePdf() {}

    /** One table: column widths, row heights, texts (a newline wraps), and what is drawn in and around cells. */
    static final class Grid {
        final float x;
        final float y;
        final float[] widths;
        final List<String[]> rows = new ArrayList<>();
        final List<Float> heights = new ArrayList<>();
        final List<int[]> merges = new ArrayList<>(); // row, col, rowSpan, colSpan
        final List<Object[]> fills = new ArrayList<>(); // row, col, Rgb, alpha
        final List<Object[]> colours = new ArrayList<>(); // row, col, Rgb
        final List<Integer> boldRows = new ArrayList<>();
        boolean ruled = true;

        Grid(float x, float y, float... widths) {
            this.x = x;
            this.y = y;
            this.widths = widths;
        }

        Grid row(float height, String... texts) {
            rows.add(texts);
            heights.add(height);
            return this;
        }

        Grid boldRow(float height, String... texts) {
            boldRows.add(rows.size());
            return row(height, texts);
        }

        Grid unruled() {
            ruled = false;
            return this;
        }

        /** Merges a block of cells: the rulings inside it are left out. */
        Grid merge(int row, int col, int rowSpan, int colSpan) {
            merges.add(new int[] {row, col, rowSpan, colSpan});
            return this;
        }

        Grid fill(int row, int col, Rgb colour) {
            return fill(row, col, colour, 1f);
        }

        Grid fill(int row, int col, Rgb colour, float alpha) {
            fills.add(new Object[] {row, col, colour, alpha});
            return this;
        }

        Grid textColour(int row, int col, Rgb colour) {
            colours.add(new Object[] {row, col, colour});
            return this;
        }

        float left(int col) {
            float v = x;
            for (int c = 0; c < col; c++) {
                v += widths[c];
            }
            return v;
        }

        float top(int row) {
            float v = y;
            for (int r = 0; r < row; r++) {
                v += heights.get(r);
            }
            return v;
        }

        private int @Nullable [] mergeHolding(int row, int col) {
            for (int[] m : merges) {
                if (row >= m[0] && row < m[0] + m[2] && col >= m[1] && col < m[1] + m[3]) {
                    return m;
                }
            }
            return null;
        }

        void draw(PdfFixtures.Canvas c) throws IOException {
            PDPageContentStream s = c.s();
            for (Object[] f : fills) {
                int r = (Integer) f[0];
                int col = (Integer) f[1];
                int[] m = mergeHolding(r, col);
                int rs = m == null ? 1 : m[2];
                int cs = m == null ? 1 : m[3];
                Rgb rgb = (Rgb) f[2];
                float alpha = (Float) f[3];
                s.saveGraphicsState();
                if (alpha < 1f) {
                    PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                    gs.setNonStrokingAlphaConstant(alpha);
                    s.setGraphicsStateParameters(gs);
                }
                s.setNonStrokingColor(rgb.r() / 255f, rgb.g() / 255f, rgb.b() / 255f);
                c.fillRect(left(col), top(r), left(col + cs), top(r + rs));
                s.restoreGraphicsState();
            }
            if (ruled) {
                int rowsN = rows.size();
                int colsN = widths.length;
                for (int r = 0; r <= rowsN; r++) {
                    for (int col = 0; col < colsN; col++) {
                        int[] above = r > 0 ? mergeHolding(r - 1, col) : null;
                        if (above == null || r == above[0] + above[2] || r == 0 || r == rowsN) {
                            c.line(left(col), top(r), left(col + 1), top(r));
                        }
                    }
                }
                for (int col = 0; col <= colsN; col++) {
                    for (int r = 0; r < rowsN; r++) {
                        int[] m = col > 0 ? mergeHolding(r, col - 1) : null;
                        if (m == null || col == m[1] + m[3] || col == colsN) {
                            c.line(left(col), top(r), left(col), top(r + 1));
                        }
                    }
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int col = 0; col < rows.get(r).length; col++) {
                    String text = rows.get(r)[col];
                    if (text == null || text.isEmpty()) {
                        continue;
                    }
                    Rgb colour = null;
                    for (Object[] tc : colours) {
                        if ((Integer) tc[0] == r && (Integer) tc[1] == col) {
                            colour = (Rgb) tc[2];
                        }
                    }
                    s.setNonStrokingColor(colour == null ? 0 : colour.r() / 255f, colour == null ? 0 : colour.g() / 255f,
                            colour == null ? 0 : colour.b() / 255f);
                    String[] lines = text.split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        c.text(lines[i], left(col) + 4, top(r) + 13 + 12 * i, 10, boldRows.contains(r));
                    }
                    s.setNonStrokingColor(0f, 0f, 0f);
                }
            }
        }
    }

    /** A page: its size, its rotation (0, 90, 270) and what is drawn on it in display space. */
    record PageSpec(PDRectangle size, int rotation, PdfFixtures.PageWriter writer) {}

    static PageSpec portrait(PdfFixtures.PageWriter w) {
        return new PageSpec(PDRectangle.A4, 0, w);
    }

    /** A landscape media box, drawn upright. */
    static PageSpec landscape(PdfFixtures.PageWriter w) {
        return new PageSpec(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 0, w);
    }

    /** A portrait page turned by /Rotate, its content drawn turned the other way so it reads upright. */
    static PageSpec rotated(int rotation, PdfFixtures.PageWriter w) {
        return new PageSpec(PDRectangle.A4, rotation, w);
    }

    static byte[] pdf(PageSpec... pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PageSpec p : pages) {
                PDPage page = new PDPage(p.size());
                page.setRotation(p.rotation());
                doc.addPage(page);
                float w = p.size().getWidth();
                float h = p.size().getHeight();
                boolean turned = p.rotation() == 90 || p.rotation() == 270;
                float displayHeight = turned ? w : h;
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    // The canvas draws at (x, displayHeight - y); this maps that to user space so the page reads
                    // upright once the viewer turns it by /Rotate.
                    if (p.rotation() == 90) {
                        s.transform(new Matrix(0, 1, -1, 0, displayHeight, 0));
                    } else if (p.rotation() == 270) {
                        s.transform(new Matrix(0, -1, 1, 0, 0, h));
                    }
                    p.writer().write(new PdfFixtures.Canvas(doc, s, displayHeight));
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
