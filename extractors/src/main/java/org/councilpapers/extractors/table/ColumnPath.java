package org.councilpapers.extractors.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column's header texts from the top header row down ("Safeguarding" › "Capacity to improve"): a
 * text spanning several columns heads each of them. Empty for a column without a header.
 *
 * @param parts the header texts, top row first; copied
 */
public record ColumnPath(List<String> parts) {
    /** What {@link #toString()} puts between the levels of a path, and {@link RowPath} between a group and its label. */
    public static final String SEPARATOR = " › ";

    /**
     * Copies the texts, so a path never changes after it is built.
     *
     * @param parts the header texts, top row first
     */
    public ColumnPath {
        parts = List.copyOf(parts);
    }

    /**
     * The lowest header text, which names the column itself ("Capacity to improve"); "" without a header.
     *
     * @return the column's own header text, or ""
     */
    public String leaf() {
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }

    /**
     * The header text over the leaf, which groups it with its neighbours ("Safeguarding"), or null at one level.
     *
     * @return the grouping header text, or null
     */
    public @Nullable String parent() {
        return parts.size() < 2 ? null : parts.get(parts.size() - 2);
    }

    /**
     * The texts joined by spaces, as a one-line header name ("RAG rating Latest").
     *
     * @return the header's texts on one line
     */
    public String name() {
        return String.join(" ", parts);
    }

    /**
     * Whether the column has no header text at all, so matching it by name is pointless.
     *
     * @return true without header texts
     */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, parts);
    }
}
