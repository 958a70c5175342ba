package org.councilpapers.extractors.read;

import java.io.IOException;
import org.councilpapers.core.export.Printable;

/**
 * A paper that cannot be read at all: not a supported format, encrypted, truncated, empty, or
 * not what its name says. The message names the file and the reason in one line, fit for a user: control
 * characters in either (a file named with a newline, a reason quoting a library's multi-line message) are
 * escaped as {@link Printable} does, so the message cannot forge a second line or drive a terminal.
 * {@link #source()} and {@link #reason()} stay as they were given.
 */
public class UnreadablePaperException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The paper's name, as given. */
    private final String source;
    /** Why it cannot be read, as given. */
    private final String reason;

    /**
     * A paper that cannot be read.
     *
     * @param source the paper's name
     * @param reason why, for the message ("empty file")
     */
    public UnreadablePaperException(String source, String reason) {
        this(source, reason, null);
    }

    /**
     * A paper that cannot be read, for a reason a library gave.
     *
     * @param source the paper's name
     * @param reason why, for the message
     * @param cause the library's exception; null for none
     */
    public UnreadablePaperException(String source, String reason, Throwable cause) {
        super(Printable.text(source + ": " + reason), cause);
        this.source = source;
        this.reason = reason;
    }

    /**
     * The paper's name, as given.
     *
     * @return the name
     */
    public String source() {
        return source;
    }

    /**
     * Why it cannot be read, as given.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
