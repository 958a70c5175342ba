package org.councilpapers.index.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys for matching names as people type them: case, punctuation and spacing do not count, and a
 * place may drop the kind of council it is ("Thurrock Council", "thurrock" and "THURROCK BOROUGH
 * COUNCIL" share the key {@code thurrock}). Papers across 400 councils write the same body many
 * ways, and a filter should not depend on which way one paper chose.
 */
final class Names {
    /** Words that say what kind of council a place is; dropped from the end of a place name, innermost last. */
    private static final List<String> PLACE_SUFFIXES = List.of(" council", " borough", " city", " county", " district",
            " metropolitan", " unitary", " authority", " local");

    /**
     * Titles papers put before a name, in lower case without a full stop: "Cllr Watson",
     * "Councillor Watson" and "Watson" are one person to a filter.
     */
    private static final Set<String> HONORIFICS = Set.of("cllr", "councillor", "councilor", "mr", "mrs", "ms", "miss", "mx", "dr",
            "prof", "professor", "sir", "dame", "rev", "revd", "reverend", "lord", "lady");

    private Names() {}

    /**
     * A person's name as shown in facets: spacing collapsed and leading titles ("Cllr", "Mr", "Dr")
     * dropped, otherwise as printed. A name that is only a title is kept whole.
     */
    static String personName(String name) {
        List<String> words = words(name);
        int first = 0;
        while (first < words.size() - 1 && HONORIFICS.contains(stripDot(words.get(first)).toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    /** The text split at runs of whitespace, none empty. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The key of a person's name: {@link #personName} then {@link #key}; "Cllr. J  Watson" and "j watson" share it. */
    static String personKey(String name) {
        return key(personName(name));
    }

    /**
     * The people a free-text field names, such as a report's "Report of": each part between
     * {@code ;} or {@code /}, up to its first comma, which in council papers starts the person's
     * title ("Janet Simon, Interim Assistant Director" is Janet Simon).
     */
    static List<String> people(String field) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= field.length(); i++) {
            if (i == field.length() || field.charAt(i) == ';' || field.charAt(i) == '/' || field.charAt(i) == '\n') {
                String part = field.substring(start, i);
                int comma = part.indexOf(',');
                String name = personName(comma < 0 ? part : part.substring(0, comma));
                if (!name.isEmpty()) {
                    out.add(name);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** An organisation's name as shown in facets: spacing collapsed, otherwise as printed. */
    static String organisationName(String name) {
        return String.join(" ", words(name));
    }

    /** The key of an organisation: as {@link #key}, without a leading "the" ("The Department for Education"). */
    static String organisationKey(String name) {
        String s = key(name);
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The key of a name: lower case, {@code &} as "and", apostrophes dropped, any other run of
     * characters that are not letters or numbers as one space, none at either end.
     */
    static String key(String name) {
        // A loop rather than regular expressions: every record is keyed several times on indexing.
        String s = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 4);
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c == '&') {
                gap(out, true).append("and");
                gap = true;
            } else if (isWord(c)) {
                gap(out, gap).appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Starts a new word with a space, unless nothing has been written yet. */
    private static StringBuilder gap(StringBuilder out, boolean gap) {
        return gap && out.length() > 0 ? out.append(' ') : out;
    }

    /** A letter or a number, as {@code \p{L}} and {@code \p{N}} in a regular expression. */
    private static boolean isWord(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whitespace, including the no-break space PDFs are full of. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** The key of a council or authority: as {@link #key}, without a leading "the" or trailing "(borough) council". */
    static String placeKey(String name) {
        String s = key(name);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String suffix : PLACE_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length());
                    cut = true;
                }
            }
        }
        return s;
    }
}
