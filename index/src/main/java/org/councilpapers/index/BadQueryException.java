package org.councilpapers.index;

import java.util.Objects;

/**
 * Query text that does not parse, with where and why, for a one-line message: not a bug and not
 * an I/O failure, so it is an {@link IllegalArgumentException}.
 */
public final class BadQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The query text as given. */
    private final String query;
    /** 0-based character offset where parsing failed, or -1. */
    private final int position;
    /** Why, without the query. */
    private final String reason;

    /**
     * A query that failed to parse.
     *
     * @param query the query text as given
     * @param position 0-based character offset in {@code query} where parsing failed, or -1 when unknown
     * @param reason why, without the query
     * @param cause the parser's exception; may be null
     * @throws NullPointerException if {@code query} or {@code reason} is null
     */
    public BadQueryException(String query, int position, String reason, Throwable cause) {
        super(message(query, position, reason), cause);
        this.query = Objects.requireNonNull(query, "query");
        this.position = position;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The query text that failed.
     *
     * @return the query as given
     */
    public String query() {
        return query;
    }

    /**
     * Where in the query parsing failed.
     *
     * @return the 0-based character offset, or -1 when unknown
     */
    public int position() {
        return position;
    }

    /**
     * Why the query failed.
     *
     * @return the reason without the query, e.g. {@code "unexpected end of query"}
     */
    public String reason() {
        return reason;
    }

    private static String message(String query, int position, String reason) {
        return "bad query '" + query + "'" + (position < 0 ? "" : " at character " + (position + 1)) + ": " + reason;
    }
}
