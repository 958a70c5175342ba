package org.councilpapers.extractors.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column's header texts from the top header row down ("Safeguarding" › "Capacity to improve"): a
 * text spanning several columns heads each of them. Empty for a column without a header.
 */
public record ColumnPath(List<String> parts) {
    public static final String SEPARATOR = " › ";

    public ColumnPath {
        parts = List.copyOf(parts);
    }

    /** The lowest header text, which names the column itself ("Capacity to improve"); "" without a header. */
    public String leaf() {
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }

    /** The header text over the leaf, which groups it with its neighbours ("Safeguarding"), or null at one level. */
    public @Nullable String parent() {
        return parts.size() < 2 ? null : parts.get(parts.size() - 2);
    }

    /** The texts joined by spaces, as a one-line header name ("RAG rating Latest"). */
    public String name() {
        return String.join(" ", parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, parts);
    }
}
