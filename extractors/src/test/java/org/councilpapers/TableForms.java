package org.councilpapers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.councilpapers.extractors.record.PlanFiles;
import org.jspecify.annotations.Nullable;

/**
 * One paper with tables, written in code in every form a council publishes it: text with pipe tables, text with
 * tab-separated tables, text with HTML tables, an HTML page, a ruled PDF, an unruled PDF (columns only by where text
 * stands, fills as rectangles) and Word. Cells may span columns and rows, carry a fill, and header rows are marked
 * (bold in PDF, {@code th} in HTML, {@code tblHeader} in Word). A paper is pages of lines and grids; a grid may be
 * continued on the next page with its header printed again. Forms without merged cells print a spanning cell's text
 * in each column it spans, as a writer without merges does; forms without colour (pipe and tab text) lose fills.
 */
final class TableForms {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TableForms() {}

    /** A cell: its text, how many columns and rows it spans, its fill and its text colour ("#rrggbb", or null for none and black). */
    record T(String text, int cols, int rows, @Nullable String fill, @Nullable String colour) {
        T(String text, int cols, int rows, @Nullable String fill) {
            this(text, cols, rows, fill, null);
        }

        static T of(String text) {
            return new T(text, 1, 1, null);
        }

        static T span(String text, int cols) {
            return new T(text, cols, 1, null);
        }

        static T down(String text, int rows) {
            return new T(text, 1, rows, null);
        }

        static T fill(String fill, String text) {
            return new T(text, 1, 1, fill);
        }

        /** A cell whose text is printed in a colour ("(1,250)" in red, as finance tables print a negative figure). */
        static T coloured(String colour, String text) {
            return new T(text, 1, 1, null, colour);
        }

        /** The same cell filled (a header band, a shaded total row). */
        T filled(String hex) {
            return new T(text, cols, rows, hex, colour);
        }
    }

    /** A grid: column widths in points, how many of its rows are header rows, and its rows (cells covered by a span left out). */
    record Grid(float[] widths, int headerRows, List<List<T>> rows) {
        /** Each grid position's cell, the cell itself at its top-left and null where a span covers it. */
        T[][] positions() {
            T[][] at = new T[rows.size()][widths.length];
            boolean[][] covered = new boolean[rows.size()][widths.length];
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (T t : rows.get(r)) {
                    while (c < widths.length && covered[r][c]) {
                        c++;
                    }
                    if (c >= widths.length) {
                        throw new IllegalArgumentException("row " + r + " has too many cells");
                    }
                    at[r][c] = t;
                    for (int dr = 0; dr < t.rows(); dr++) {
                        for (int dc = 0; dc < t.cols(); dc++) {
                            covered[r + dr][c + dc] = true;
                        }
                    }
                    c += t.cols();
                }
            }
            return at;
        }

        // The cell covering a position and where it starts.
        int[] owner(T[][] at, int r, int c) {
            for (int rr = r; rr >= 0; rr--) {
                for (int cc = c; cc >= 0; cc--) {
                    T t = at[rr][cc];
                    if (t != null && rr + t.rows() > r && cc + t.cols() > c) {
                        return new int[] {rr, cc};
                    }
                }
            }
            return new int[] {r, c};
        }
    }

    /** A page break between parts. */
    static final Object PAGE_BREAK = new Object();

    /** Every form of a paper, by file name. */
    static Map<String, byte[]> all(String name, List<Object> parts) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(name + "-pipe.txt", text(parts, Kind.PIPE));
        out.put(name + "-tab.txt", text(parts, Kind.TAB));
        out.put(name + "-html.txt", text(parts, Kind.HTML));
        out.put(name + ".html", html(parts));
        out.put(name + "-ruled.pdf", pdf(parts, true));
        out.put(name + "-unruled.pdf", pdf(parts, false));
        out.put(name + ".docx", docx(parts));
        return out;
    }

    private enum Kind { PIPE, TAB, HTML }

    // ---- text -----------------------------------------------------------------------------------------------------------

    static byte[] text(List<Object> parts, Kind kind) {
        StringBuilder s = new StringBuilder();
        for (Object part : parts) {
            if (part == PAGE_BREAK) {
                s.append("\f\n");
            } else if (part instanceof Grid g) {
                switch (kind) {
                    case PIPE -> flat(s, g, " | ", "| ", " |", true);
                    case TAB -> flat(s, g, "\t", "", "", false);
                    case HTML -> s.append(htmlTable(g)).append('\n');
                    default -> throw new IllegalStateException();
                }
                s.append('\n');
            } else {
                String line = (String) part;
                s.append(line.startsWith("#") ? "## " + line.substring(1) : line).append("\n\n");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    // A table without merges: a spanning cell's text in each position it covers, a rule under the header for pipes.
    private static void flat(StringBuilder s, Grid g, String sep, String open, String close, boolean rule) {
        T[][] at = g.positions();
        for (int r = 0; r < at.length; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < g.widths().length; c++) {
                int[] o = g.owner(at, r, c);
                T t = at[o[0]][o[1]];
                // a cell spanning rows prints once, at its top, as a sheet or a plain text writer leaves the rest blank
                cells.add(t == null || o[0] != r ? "" : t.text().replace("\n", " "));
            }
            s.append(open).append(String.join(sep, cells)).append(close).append('\n');
            if (rule && r == 0) {
                s.append(open).append(String.join(sep, cells.stream().map(x -> "---").toList())).append(close).append('\n');
            }
        }
    }

    private static String htmlTable(Grid g) {
        StringBuilder s = new StringBuilder("<table>\n");
        for (int r = 0; r < g.rows().size(); r++) {
            s.append("<tr>");
            String tag = r < g.headerRows() ? "th" : "td";
            for (T t : g.rows().get(r)) {
                s.append('<').append(tag);
                if (t.cols() > 1) {
                    s.append(" colspan=\"").append(t.cols()).append('"');
                }
                if (t.rows() > 1) {
                    s.append(" rowspan=\"").append(t.rows()).append('"');
                }
                if (t.fill() != null || t.colour() != null) {
                    s.append(" style=\"").append(t.fill() == null ? "" : "background-color:" + t.fill() + ";")
                            .append(t.colour() == null ? "" : "color:" + t.colour()).append('"');
                }
                s.append('>').append(escape(t.text()).replace("\n", "<br>")).append("</").append(tag).append('>');
            }
            s.append("</tr>\n");
        }
        return s.append("</table>").toString();
    }

    static byte[] html(List<Object> parts) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Paper</title></head><body>\n");
        for (Object part : parts) {
            if (part == PAGE_BREAK) {
                continue;
            }
            if (part instanceof Grid g) {
                s.append(htmlTable(g)).append('\n');
            } else {
                String line = (String) part;
                s.append(line.startsWith("#") ? "<h2>" + escape(line.substring(1)) + "</h2>" : "<p>" + escape(line) + "</p>").append('\n');
            }
        }
        return s.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- PDF ------------------------------------------------------------------------------------------------------------

    static byte[] pdf(List<Object> parts, boolean ruled) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<Object>> pages = new ArrayList<>(List.of(new ArrayList<>()));
            for (Object part : parts) {
                if (part == PAGE_BREAK) {
                    pages.add(new ArrayList<>());
                } else {
                    pages.get(pages.size() - 1).add(part);
                }
            }
            for (List<Object> p : pages) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = 50;
                    for (Object part : p) {
                        if (part instanceof Grid g) {
                            y = grid(s, g, y, height, ruled) + 25;
                        } else {
                            String line = (String) part;
                            boolean heading = line.startsWith("#");
                            text(s, heading ? line.substring(1) : line, 40, y, height, heading ? 13 : 10, heading);
                            y += heading ? 22 : 15;
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float grid(PDPageContentStream s, Grid g, float top, float height, boolean ruled) throws IOException {
        T[][] at = g.positions();
        int cols = g.widths().length;
        float[] xs = new float[cols + 1];
        xs[0] = 40;
        for (int c = 0; c < cols; c++) {
            xs[c + 1] = xs[c] + g.widths()[c];
        }
        float[] ys = new float[at.length + 1];
        ys[0] = top;
        for (int r = 0; r < at.length; r++) {
            int lines = 1;
            for (T t : g.rows().get(r)) {
                lines = Math.max(lines, t.rows() == 1 ? t.text().split("\n").length : 1);
            }
            ys[r + 1] = ys[r] + lines * 10 + 8;
        }
        for (int r = 0; r < at.length; r++) {
            for (int c = 0; c < cols; c++) {
                T t = at[r][c];
                if (t == null) {
                    continue;
                }
                float x0 = xs[c];
                float x1 = xs[c + t.cols()];
                float y1 = ys[r + t.rows()];
                if (t.fill() != null) {
                    colour(s, t.fill());
                    s.addRect(x0, height - y1, x1 - x0, y1 - ys[r]);
                    s.fill();
                }
                float baseline = ys[r] + 11;
                for (String line : t.text().split("\n")) {
                    if (!line.isEmpty()) {
                        text(s, line, x0 + 3, baseline, height, 8, r < g.headerRows(), t.colour());
                    }
                    baseline += 10;
                }
            }
        }
        if (ruled) {
            s.setStrokingColor(0f);
            s.setLineWidth(0.75f);
            for (int r = 0; r < at.length; r++) {
                for (int c = 0; c < cols; c++) {
                    int[] o = g.owner(at, r, c);
                    T t = at[o[0]][o[1]];
                    // the top edge of each position that starts a cell, the left edge of each position that starts one
                    if (o[0] == r) {
                        line(s, xs[c], ys[r], xs[c + 1], ys[r], height);
                    }
                    if (o[1] == c) {
                        line(s, xs[c], ys[r], xs[c], ys[r + 1], height);
                    }
                    if (t != null && c == cols - 1) {
                        line(s, xs[cols], ys[r], xs[cols], ys[r + 1], height);
                    }
                }
            }
            line(s, xs[0], ys[at.length], xs[cols], ys[at.length], height);
            line(s, xs[cols], ys[0], xs[cols], ys[at.length], height);
        }
        return ys[at.length];
    }

    private static void line(PDPageContentStream s, float x0, float y0, float x1, float y1, float height) throws IOException {
        s.moveTo(x0, height - y0);
        s.lineTo(x1, height - y1);
        s.stroke();
    }

    private static void text(PDPageContentStream s, String text, float x, float baseline, float height, float size, boolean bold)
            throws IOException {
        text(s, text, x, baseline, height, size, bold, null);
    }

    private static void text(PDPageContentStream s, String text, float x, float baseline, float height, float size, boolean bold,
            @Nullable String colour) throws IOException {
        if (colour == null) {
            s.setNonStrokingColor(0f, 0f, 0f);
        } else {
            colour(s, colour);
        }
        s.beginText();
        s.setFont(bold ? BOLD : REGULAR, size);
        s.newLineAtOffset(x, height - baseline);
        s.showText(text);
        s.endText();
    }

    private static void colour(PDPageContentStream s, String hex) throws IOException {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        s.setNonStrokingColor((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    // ---- Word -----------------------------------------------------------------------------------------------------------

    static byte[] docx(List<Object> parts) {
        StringBuilder body = new StringBuilder();
        for (Object part : parts) {
            if (part == PAGE_BREAK) {
                body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            } else if (part instanceof Grid g) {
                wordTable(body, g);
            } else {
                String line = (String) part;
                boolean heading = line.startsWith("#");
                body.append(heading ? "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" : "<w:p>")
                        .append(run(heading ? line.substring(1) : line, heading)).append("</w:p>");
            }
        }
        return PlanFiles.docxWithBody(body);
    }

    private static void wordTable(StringBuilder b, Grid g) {
        b.append("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>"
                + "<w:right w:val=\"single\"/><w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders></w:tblPr><w:tblGrid>");
        for (float w : g.widths()) {
            b.append("<w:gridCol w:w=\"").append(Math.round(w * 20)).append("\"/>");
        }
        b.append("</w:tblGrid>");
        T[][] at = g.positions();
        for (int r = 0; r < at.length; r++) {
            b.append(r < g.headerRows() ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
            for (int c = 0; c < at[r].length; ) {
                int[] o = g.owner(at, r, c);
                T t = at[o[0]][o[1]];
                boolean continues = o[0] != r;
                b.append("<w:tc><w:tcPr>");
                if (t.cols() > 1) {
                    b.append("<w:gridSpan w:val=\"").append(t.cols()).append("\"/>");
                }
                if (t.rows() > 1) {
                    b.append(continues ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
                }
                if (t.fill() != null && !continues) {
                    b.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(t.fill().substring(1).toUpperCase(Locale.ROOT)).append("\"/>");
                }
                b.append("</w:tcPr>");
                if (continues || t.text().isEmpty()) {
                    b.append("<w:p/>");
                } else {
                    for (String line : t.text().split("\n")) {
                        b.append("<w:p>").append(run(line, r < g.headerRows(), t.colour())).append("</w:p>");
                    }
                }
                b.append("</w:tc>");
                c += t.cols();
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl><w:p/>");
    }

    private static String run(String text, boolean bold) {
        return run(text, bold, null);
    }

    private static String run(String text, boolean bold, @Nullable String colour) {
        String props = (bold ? "<w:b/>" : "") + (colour == null ? "" : "<w:color w:val=\"" + colour.substring(1).toUpperCase(Locale.ROOT) + "\"/>");
        return "<w:r>" + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
