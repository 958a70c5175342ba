package org.councilpapers.extractors.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a page's lines in reading order. Lines run top to bottom; where a run of lines shares a clear
 * vertical gutter and both sides hold prose, the run is read as columns, left column first. Label and
 * value layouts ("2  Minutes  5 - 16") share gutters too, but one side holds short fragments, so they
 * stay whole lines.
 */
final class ReadingOrder {
    /** The narrowest gutter, as a share of the font size. */
    static final float MIN_GUTTER = 1.0f;
    /** A column holds prose when its lines have at least this many characters (the median). */
    static final int PROSE_CHARS = 20;
    /** And when it has at least this many lines. */
    static final int MIN_COLUMN_LINES = 3;
    /**
     * A gap between a line's words is a gutter only when it is this much wider than the line's other gaps:
     * justification stretches every space of a line alike ("Council  Chamber,  Sessions  House,"), and one of
     * those spaces is no gutter even when it is wide.
     */
    static final float SPACE_STRETCH = 1.5f;

    private ReadingOrder() {}

    static List<Line> order(List<Line> lines) {
        return order(lines, 0);
    }

    private static List<Line> order(List<Line> lines, int depth) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Run run = depth < 3 ? columnRun(lines, i) : null;
            if (run == null) {
                out.add(lines.get(i));
                i++;
                continue;
            }
            out.addAll(order(run.left, depth + 1));
            out.addAll(order(run.right, depth + 1));
            i = run.end;
        }
        return out;
    }

    private record Run(List<Line> left, List<Line> right, int end) {}

    /** The longest column run starting at line {@code start}, or null where none holds prose on both sides. */
    private static Run columnRun(List<Line> lines, int start) {
        Line first = lines.get(start);
        float minGutter = MIN_GUTTER * first.size();
        for (float[] candidate : gutters(lines, start)) {
            float g0 = candidate[0];
            float g1 = candidate[1];
            if (g1 - g0 < minGutter) {
                continue;
            }
            List<Line> left = new ArrayList<>();
            List<Line> right = new ArrayList<>();
            int j = start;
            while (j < lines.size()) {
                float[] gutter = {g0, g1};
                int split = split(lines.get(j), gutter, minGutter);
                if (split < 0) {
                    break;
                }
                g0 = gutter[0];
                g1 = gutter[1];
                Line l = lines.get(j);
                if (split > 0) {
                    left.add(l.slice(0, split));
                }
                if (split < l.words().size()) {
                    right.add(l.slice(split, l.words().size()));
                }
                j++;
            }
            if (prose(left) && prose(right)) {
                return new Run(left, right, j);
            }
        }
        return null;
    }

    /**
     * The gutters a column run could start from at line {@code start}: the gaps between its words, and the
     * gap between it and the next line where the two do not overlap, as when a text box beside the body
     * sets its lines on baselines of its own, so no line holds both columns.
     */
    private static List<float[]> gutters(List<Line> lines, int start) {
        Line first = lines.get(start);
        List<Word> ws = first.words();
        List<float[]> out = new ArrayList<>();
        float[] gaps = new float[Math.max(0, ws.size() - 1)];
        for (int k = 1; k < ws.size(); k++) {
            gaps[k - 1] = ws.get(k).x0() - ws.get(k - 1).x1();
        }
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        for (int k = 1; k < ws.size(); k++) {
            if (gaps.length > 1 && gaps[k - 1] <= SPACE_STRETCH * otherMedian(sorted, gaps[k - 1])) {
                continue; // a space, stretched like the line's others (justified text), not a gutter
            }
            out.add(new float[] {ws.get(k - 1).x1(), ws.get(k).x0()});
        }
        if (start + 1 < lines.size()) {
            Line next = lines.get(start + 1);
            if (next.x0() > first.x1()) {
                out.add(new float[] {first.x1(), next.x0()});
            } else if (next.x1() < first.x0()) {
                out.add(new float[] {next.x1(), first.x0()});
            }
        }
        return out;
    }

    /**
     * The median of a line's word gaps but one whose width is {@code skip}, from all the gaps sorted: the others are the
     * sorted gaps with one {@code skip} taken out, so one sort serves every gap of the line (a sort per gap was a hot spot
     * on long lines).
     */
    private static float otherMedian(float[] sorted, float skip) {
        int at = Arrays.binarySearch(sorted, skip);
        int m = sorted.length - 1;
        int mid = m / 2;
        float hi = sorted[mid < at ? mid : mid + 1];
        if (m % 2 == 1) {
            return hi;
        }
        float lo = sorted[mid - 1 < at ? mid - 1 : mid];
        return (lo + hi) / 2;
    }

    /**
     * Where a line splits at the gutter: the index of its first word right of the gutter, after narrowing
     * the gutter to the line's words; -1 where a word crosses the gutter so it would close up.
     */
    private static int split(Line line, float[] gutter, float minGutter) {
        float mid = (gutter[0] + gutter[1]) / 2;
        float g0 = gutter[0];
        float g1 = gutter[1];
        int split = line.words().size();
        for (int k = 0; k < line.words().size(); k++) {
            Word w = line.words().get(k);
            if ((w.x0() + w.x1()) / 2 < mid) {
                if (k > split) {
                    return -1; // a word left of the gutter after one right of it: not columns
                }
                g0 = Math.max(g0, w.x1());
            } else {
                split = Math.min(split, k);
                g1 = Math.min(g1, w.x0());
            }
        }
        if (g1 - g0 < minGutter) {
            return -1;
        }
        gutter[0] = g0;
        gutter[1] = g1;
        return split;
    }

    private static boolean prose(List<Line> side) {
        if (side.size() < MIN_COLUMN_LINES) {
            return false;
        }
        int[] chars = side.stream().mapToInt(Line::chars).sorted().toArray();
        return chars[chars.length / 2] >= PROSE_CHARS;
    }
}
