package org.councilpapers.extractors.read.tika;

import org.jspecify.annotations.Nullable;

/** Turns library messages (often multi-line, sometimes stack traces) into the one-line reasons users see. */
final class Messages {
    private static final int MAX = 160;

    private Messages() {}

    /** The first non-blank line, cut to a readable length; "" for none. */
    static String firstLine(@Nullable String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("").strip();
        return line.length() > MAX ? line.substring(0, MAX - 3) + "..." : line;
    }
}
