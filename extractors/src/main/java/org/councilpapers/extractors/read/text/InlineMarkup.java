package org.councilpapers.extractors.read.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes markdown's inline markup out of a run of text: emphasis stars, links, images, autolinks and
 * backslash escapes, keeping the words. It also says whether all the words were bold, since a
 * wholly bold line is how text extractions mark a sub-heading.
 */
final class InlineMarkup {

    /** Text with its markup removed, and whether every letter and digit in it was bold. */
    record Inline(String text, boolean bold) {}

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^\\s<>]+|mailto:[^\\s<>]+)>");
    // Bold-italic first, then bold, then italic; an italic star must hug its words, so "5 * 3" and
    // a footnote star ("period*") stay as they are.
    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*\\*\\*(?=\\S)(.+?)\\*\\*\\*|\\*\\*(.+?)\\*\\*|(?<![\\w*])\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\*(?![\\w*])");
    private static final Pattern STRAY_BOLD = Pattern.compile("\\*{2,}");
    // Characters a backslash escapes; while markup is read they stand in the private-use area at
    // U+E000 + their index here, so an escaped star is never taken for emphasis.
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!|<>";
    private static final char HIDDEN = '\uE000';

    private InlineMarkup() {}

    static Inline clean(String raw) {
        // The checks for '[', '<' and '*' only skip regex passes that could not match; papers are mostly plain.
        String s = hideEscapes(raw);
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        s = collapseSpaces(s);
        if (s.indexOf('*') < 0) {
            String text = unhideEscapes(s).strip();
            return new Inline(text, false);
        }

        StringBuilder out = new StringBuilder(s.length());
        int boldWords = 0;
        int plainWords = 0;
        int last = 0;
        Matcher m = EMPHASIS.matcher(s);
        while (m.find()) {
            String before = STRAY_BOLD.matcher(s.substring(last, m.start())).replaceAll("");
            plainWords += wordChars(before);
            out.append(before);
            String inner;
            if (m.group(1) != null || m.group(2) != null) {
                inner = STRAY_BOLD.matcher(m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("");
                boldWords += wordChars(inner);
            } else {
                inner = m.group(3);
                plainWords += wordChars(inner);
            }
            out.append(inner);
            last = m.end();
        }
        // A "**" left without its partner (the seeds end some items with one) is markup, never text.
        String tail = STRAY_BOLD.matcher(s.substring(last)).replaceAll("");
        plainWords += wordChars(tail);
        out.append(tail);

        String text = collapseSpaces(unhideEscapes(out)).strip();
        return new Inline(text, boldWords > 0 && plainWords == 0);
    }

    /** Runs of white space (no-break spaces too) as one space; the same string when there is nothing to do. */
    static String collapseSpaces(String s) {
        StringBuilder b = null;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
            if (space && (inSpace || c != ' ')) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (!inSpace) {
                    b.append(' ');
                }
            } else if (b != null) {
                b.append(c);
            }
            inSpace = space;
        }
        return b == null ? s : b.toString();
    }

    private static String hideEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = c == '\\' && i + 1 < s.length() ? ESCAPABLE.indexOf(s.charAt(i + 1)) : -1;
            if (k >= 0) {
                b.append((char) (HIDDEN + k));
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unhideEscapes(CharSequence s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= HIDDEN && c < HIDDEN + ESCAPABLE.length()) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append(ESCAPABLE.charAt(c - HIDDEN));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s.toString() : b.toString();
    }

    private static int wordChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
