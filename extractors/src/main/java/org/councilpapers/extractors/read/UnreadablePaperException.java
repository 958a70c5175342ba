package org.councilpapers.extractors.read;

import java.io.IOException;

/**
 * A paper that cannot be read at all: not a supported format, encrypted, truncated, empty, or
 * not what its name says. The message names the file and the reason in one line, fit for a user.
 */
public class UnreadablePaperException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public UnreadablePaperException(String source, String reason) {
        this(source, reason, null);
    }

    public UnreadablePaperException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
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
