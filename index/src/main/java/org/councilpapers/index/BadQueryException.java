package org.councilpapers.index;

import java.util.Objects;

/**
 * Query text that does not parse, with where and why, for a one-line message: not a bug and not
 * an I/O failure, so it is an {@link IllegalArgumentException}.
 */
public final class BadQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final String reason;

    /**
     * @param position 0-based character offset in {@code query} where parsing failed, or -1 when unknown
     */
    public BadQueryException(String query, int position, String reason, Throwable cause) {
        super(message(query, position, reason), cause);
        this.query = Objects.requireNonNull(query, "query");
        this.position = position;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String query() {
        return query;
    }

    /** 0-based character offset in the query where parsing failed, or -1 when unknown. */
    public int position() {
        return position;
    }

    /** Why, without the query: {@code "unexpected end of query"}. */
    public String reason() {
        return reason;
    }

    private static String message(String query, int position, String reason) {
        return "bad query '" + query + "'" + (position < 0 ? "" : " at character " + (position + 1)) + ": " + reason;
    }
}
