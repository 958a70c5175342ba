package org.councilpapers.core.layout;

import java.util.List;

/**
 * Stretches of a {@link LayoutDocument}'s text, as {@code [start, end)} offsets into
 * {@link LayoutDocument#text()}, in order and not overlapping. The extraction pipeline uses one to
 * say which parts of a paper carry nothing of its own (blank pages, the notes for the public an
 * agenda pack repeats), so that code outside it, such as an index cutting passages, can leave them
 * out as the extractors do.
 *
 * @param ranges the stretches, sorted by start; none empty, none overlapping or touching another
 */
public record TextRanges(List<Range> ranges) {
    private static final TextRanges NONE = new TextRanges(List.of());

    /**
     * One stretch of text.
     *
     * @param start the first offset in it
     * @param end   the offset just after it
     */
    public record Range(int start, int end) {
        /**
         * Checks the range.
         *
         * @param start the first offset in it
         * @param end   the offset just after it
         * @throws IllegalArgumentException if {@code start} is negative or the range is empty or inverted
         */
        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }
    }

    /**
     * Copies the ranges and checks their order.
     *
     * @param ranges the stretches, sorted by start; none overlapping or touching another
     * @throws IllegalArgumentException if ranges are out of order, overlap or touch
     * @throws NullPointerException if {@code ranges} or one of them is null
     */
    public TextRanges {
        ranges = List.copyOf(ranges);
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).start() <= ranges.get(i - 1).end()) {
                throw new IllegalArgumentException("ranges out of order, overlapping or touching: " + ranges.get(i - 1) + ", " + ranges.get(i));
            }
        }
    }

    /**
     * No text at all.
     *
     * @return the shared empty instance
     */
    public static TextRanges none() {
        return NONE;
    }

    /**
     * Whether an offset falls in one of the ranges; a binary search.
     *
     * @param offset an offset into {@link LayoutDocument#text()}
     * @return true if some range holds it (its start included, its end not)
     */
    public boolean contains(int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Range r = ranges.get(mid);
            if (offset < r.start()) {
                hi = mid - 1;
            } else if (offset >= r.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether there are no ranges.
     *
     * @return true if {@link #ranges()} is empty
     */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("TextRanges[");
        for (Range r : ranges) {
            s.append(s.length() > 11 ? ", " : "").append(r.start()).append("..").append(r.end());
        }
        return s.append(']').toString();
    }
}
