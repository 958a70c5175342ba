package org.councilpapers.index.lucene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Where a field that names people ("Janet Simon/Michele Lucas", "SLBI; SLCSC") separates them. */
    private static final Pattern PEOPLE_SEPARATOR = Pattern.compile("\\s*[;/\\n]\\s*");
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
        String[] words = SPACE.split(name.strip());
        int first = 0;
        while (first < words.length - 1 && HONORIFICS.contains(stripDot(words[first]).toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", Arrays.asList(words).subList(first, words.length));
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
        for (String part : PEOPLE_SEPARATOR.split(field)) {
            int comma = part.indexOf(',');
            String name = personName(comma < 0 ? part : part.substring(0, comma));
            if (!name.isBlank()) {
                out.add(name);
            }
        }
        return out;
    }

    /** An organisation's name as shown in facets: spacing collapsed, otherwise as printed. */
    static String organisationName(String name) {
        return SPACE.matcher(name.strip()).replaceAll(" ");
    }

    /** The key of an organisation: as {@link #key}, without a leading "the" ("The Department for Education"). */
    static String organisationKey(String name) {
        String s = key(name);
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

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
