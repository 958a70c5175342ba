package org.councilpapers.core.export;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Text from outside the program (a file or folder name, a query, a reason that quotes either) made
 * safe to print in a one-line message: control characters are escaped, so a file named
 * {@code "x\ncouncilpapers: 0 files read"} cannot forge a line of the run's output, and a name with
 * an ANSI escape cannot recolour or clear the terminal. Newline, carriage return and tab become
 * {@code \n}, {@code \r} and {@code \t}; other C0 and C1 controls and DEL {@code \x1b}-style; the
 * invisible format characters that reorder or hide text (bidirectional overrides, zero-width marks)
 * as a backslash, {@code u} and the four hex digits of their code point. Everything else, accents
 * and all, is printed as it is. Every message, log line and text output that prints a name from outside
 * the program goes through it: the library's exceptions, the text format, and the command line.
 */
public final class Printable {
    private Printable() {}

    /**
     * The text with its control and invisible format characters escaped.
     *
     * @param thing the text, or any object (its {@code toString()}); {@code null} is printed as "null"
     * @return the text, unchanged where nothing needed escaping
     */
    public static String text(@Nullable Object thing) {
        String s = String.valueOf(thing);
        int i = 0;
        while (i < s.length() && !escaped(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x100) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean escaped(char c) {
        // FORMAT: the bidirectional overrides and isolates (U+202A–E, U+2066–9), zero-width joiners, the BOM.
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
