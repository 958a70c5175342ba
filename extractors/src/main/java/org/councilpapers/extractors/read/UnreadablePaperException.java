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

    private final String source;
    private final String reason;

    public UnreadablePaperException(String source, String reason) {
        this(source, reason, null);
    }

    public UnreadablePaperException(String source, String reason, Throwable cause) {
        super(Printable.text(source + ": " + reason), cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
