package org.councilpapers.extractors.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilpapers.extractors.read.pdf.table.Glyph;

/** Glyphs to words and lines: lines from shared baselines, words from the gaps between glyphs. */
final class TextLines {
    /** A gap wider than this share of the font size separates words. */
    static final float WORD_GAP = 0.17f;

    private TextLines() {}

    /** The lines the glyphs make, top to bottom; each line's words left to right. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Glyph.BY_BASELINE_THEN_X);
        List<List<Glyph>> rows = new ArrayList<>();
        List<float[]> rowInfo = new ArrayList<>(); // baseline, size
        for (Glyph g : sorted) {
            int into = -1;
            // Only the last few rows can still take this glyph, as glyphs come in baseline order.
            for (int r = rows.size() - 1; r >= Math.max(0, rows.size() - 3); r--) {
                float[] info = rowInfo.get(r);
                if (Math.abs(g.baseline() - info[0]) <= 0.3f * Math.max(g.size(), info[1])) {
                    into = r;
                    break;
                }
            }
            if (into < 0) {
                rows.add(new ArrayList<>());
                rowInfo.add(new float[] {g.baseline(), g.size()});
                into = rows.size() - 1;
            }
            rows.get(into).add(g);
            if (!g.isSpace()) {
                rowInfo.get(into)[1] = Math.max(rowInfo.get(into)[1], g.size());
            }
        }
        mergeRaisedRows(rows);
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            List<Word> words = words(row);
            if (!words.isEmpty()) {
                lines.add(new Line(words));
            }
        }
        lines.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return lines;
    }

    /**
     * Folds a row of small glyphs (a superscript or subscript: a footnote mark, "1st") into the row whose
     * body it sits beside, so it does not become a line of its own.
     */
    private static void mergeRaisedRows(List<List<Glyph>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            List<Glyph> row = rows.get(i);
            // Loops, not streams: asked of every row of every page, and nearly every row has more than four glyphs.
            int ink = 0;
            for (int k = 0; k < row.size() && ink <= 4; k++) {
                ink += row.get(k).isSpace() ? 0 : 1;
            }
            if (ink == 0 || ink > 4) {
                continue;
            }
            float size = max(row, Glyph::size);
            float cy = (float) row.stream().mapToDouble(Glyph::centreY).average().orElse(0);
            float rx0 = min(row, Glyph::x0);
            for (int j = Math.max(0, i - 2); j <= Math.min(rows.size() - 1, i + 2); j++) {
                if (j == i) {
                    continue;
                }
                List<Glyph> other = rows.get(j);
                float otherSize = max(other, Glyph::size);
                float top = min(other, Glyph::top);
                float bottom = max(other, Glyph::bottom);
                float ox0 = min(other, Glyph::x0);
                float ox1 = max(other, Glyph::x1);
                if (size < 0.85f * otherSize && cy >= top && cy <= bottom && rx0 >= ox0 - otherSize && rx0 <= ox1 + otherSize) {
                    other.addAll(row);
                    rows.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    /** The least of a measure over glyphs, 0 for none (as a stream's {@code min().orElse(0)} gives). */
    private static float min(List<Glyph> glyphs, GlyphMeasure m) {
        if (glyphs.isEmpty()) {
            return 0;
        }
        float v = m.of(glyphs.get(0));
        for (int k = 1; k < glyphs.size(); k++) {
            v = Math.min(v, m.of(glyphs.get(k)));
        }
        return v;
    }

    /** The greatest of a measure over glyphs, 0 for none. */
    private static float max(List<Glyph> glyphs, GlyphMeasure m) {
        if (glyphs.isEmpty()) {
            return 0;
        }
        float v = m.of(glyphs.get(0));
        for (int k = 1; k < glyphs.size(); k++) {
            v = Math.max(v, m.of(glyphs.get(k)));
        }
        return v;
    }

    /** A float a glyph has, without boxing. */
    @FunctionalInterface
    private interface GlyphMeasure {
        float of(Glyph g);
    }

    /** Words of one row: split at space glyphs and at gaps wider than a fraction of the font size. */
    static List<Word> words(List<Glyph> row) {
        List<Glyph> sorted = new ArrayList<>(row);
        sorted.sort(Glyph.BY_X);
        List<Word> words = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float lastX1 = 0;
        for (Glyph g : sorted) {
            if (g.isSpace()) {
                flush(current, words);
                continue;
            }
            if (!current.isEmpty() && g.x0() - lastX1 > WORD_GAP * g.size()) {
                flush(current, words);
            }
            current.add(g);
            lastX1 = current.size() == 1 ? g.x1() : Math.max(lastX1, g.x1());
        }
        flush(current, words);
        return words;
    }

    private static void flush(List<Glyph> glyphs, List<Word> words) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        int bold = 0;
        int italic = 0;
        for (Glyph g : glyphs) {
            text.append(g.text());
            x1 = Math.max(x1, g.x1());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            bold += g.bold() ? 1 : 0;
            italic += g.italic() ? 1 : 0;
        }
        Glyph first = glyphs.get(0);
        float size = max(glyphs, Glyph::size);
        words.add(new Word(text.toString(), first.x0(), top, x1, bottom, first.baseline(), size,
                bold * 2 > glyphs.size(), italic * 2 > glyphs.size(), first.color(), first.font()));
        glyphs.clear();
    }
}
