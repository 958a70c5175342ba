package org.councilpapers.index;

import java.util.List;
import java.util.Objects;

/**
 * The passage of a record's text that best matches a query, with the matched words marked as
 * spans, so a terminal can print them bold and a web page can wrap them in {@code <mark>}.
 *
 * @param text  the passage, whitespace as in the record
 * @param marks the matched spans, in order, not overlapping
 */
public record Snippet(String text, List<Mark> marks) {
    /**
     * A matched span: offsets into {@link Snippet#text()}, end exclusive.
     *
     * @param start the offset of the span's first character
     * @param end the offset just past its last
     */
    public record Mark(int start, int end) {
        /**
         * Checks the span.
         *
         * @param start the offset of the span's first character
         * @param end the offset just past its last
         * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
         */
        public Mark {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /**
     * Copies the marks and checks them against the text.
     *
     * @param text the passage
     * @param marks the matched spans, in order, not overlapping
     * @throws IllegalArgumentException if the marks are out of order, overlap or run past the text
     * @throws NullPointerException if {@code text} or {@code marks} is null
     */
    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
        int last = 0;
        for (Mark m : marks) {
            if (m.start() < last || m.end() > text.length()) {
                throw new IllegalArgumentException("marks out of order or past the text: " + marks);
            }
            last = m.end();
        }
    }

    /**
     * The passage with each mark wrapped: {@code marked("[", "]")} gives {@code "a [return] home"}. Nothing is
     * escaped: for HTML, build the markup from {@link #text()} and {@link #marks()} instead, escaping each piece.
     *
     * @param open what to put before each match
     * @param close what to put after each match
     * @return the marked text
     */
    public String marked(String open, String close) {
        StringBuilder s = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Mark m : marks) {
            s.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return s.append(text, at, text.length()).toString();
    }

    /**
     * The matched words, in order.
     *
     * @return the text of each mark
     */
    public List<String> matches() {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
