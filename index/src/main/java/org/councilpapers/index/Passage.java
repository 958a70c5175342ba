package org.councilpapers.index;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a paper's body text that the index holds besides its records: a paragraph, a list item
 * or a table row. Passages let a search find what a paper says where no extractor made a record of
 * it (an inspection report's body text, a committee report's update on an action); make them with
 * {@link Passages#of}.
 *
 * @param id          stable for the same bytes: {@code passage-} and a hash of the document id and span
 * @param kind        what the passage was on the page
 * @param page        the physical, 1-based page it starts on
 * @param printedPage the page number printed on that page, where there is one
 * @param start       its start offset in the paper's extracted text
 * @param end         its end offset there
 * @param heading     the nearest heading above it, as printed; null when none comes before it
 * @param text        its words; a table row's cells joined with {@code " | "}
 */
public record Passage(String id, Kind kind, int page, @Nullable String printedPage, int start, int end, @Nullable String heading,
        String text) {
    /** What a passage was in the paper's layout. */
    public enum Kind {
        /** A body paragraph. */
        PARAGRAPH,
        /** A list item, its marker in front of its text. */
        LIST_ITEM,
        /** A table row that is not all header cells. */
        TABLE_ROW
    }

    /**
     * Checks the components.
     *
     * @param id stable for the same bytes
     * @param kind what the passage was on the page
     * @param page the physical, 1-based page it starts on
     * @param printedPage the page number printed on that page, or null
     * @param start its start offset in the paper's extracted text
     * @param end its end offset there
     * @param heading the nearest heading above it, or null
     * @param text its words
     * @throws NullPointerException if {@code id}, {@code kind} or {@code text} is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
