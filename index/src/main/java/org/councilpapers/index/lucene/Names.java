package org.councilpapers.index.lucene;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys for matching names as people type them: case, punctuation and spacing do not count, and a
 * place may drop the kind of council it is ("Thurrock Council", "thurrock" and "THURROCK BOROUGH
 * COUNCIL" share the key {@code thurrock}). Papers across 400 councils write the same body many
 * ways, and a filter should not depend on which way one paper chose.
 */
final class Names {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019]");
    /** Words that say what kind of council a place is; dropped from the end of a place name, innermost last. */
    private static final List<String> PLACE_SUFFIXES = List.of(" council", " borough", " city", " county", " district",
            " metropolitan", " unitary", " authority", " local");

    private Names() {}

    /** The key of a name: lower case, {@code &} as "and", apostrophes dropped, other punctuation as spaces. */
    static String key(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = APOSTROPHE.matcher(s).replaceAll("");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
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
