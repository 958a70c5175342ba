package org.councilpapers.extractors.vocab;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The roles committee papers give members in brackets or after a comma, normalised to the
 * spellings records use: "Chairman", "Chairwoman" and "Chair" are {@code Chair}; "Vice-Chairman",
 * "Vice Chair" and "Deputy Chairman" are {@code Vice-Chair}; "substitute for Cllr X" is
 * {@code Substitute}; "co-opted member" is {@code Co-opted}. Any other role (an officer's title, a
 * co-opted member's printed title) is kept as printed.
 */
public final class Roles {
    /** How records spell the role of whoever chairs a meeting, however the paper prints it ("Chairman", "Convener"). */
    public static final String CHAIR = "Chair";
    /** How records spell the role of whoever deputises for the chair ("Vice Chairman", "Depute Convener"). */
    public static final String VICE_CHAIR = "Vice-Chair";
    /** How records spell the role of a member attending in another's place. */
    public static final String SUBSTITUTE = "Substitute";
    /** How records spell the role of a co-opted member. */
    public static final String CO_OPTED = "Co-opted";

    // A Scottish committee's Convener (or Convenor) chairs it, and its Vice or Depute Convener stands in.
    private static final Pattern CHAIR_FORM = Pattern.compile("(?:the )?(?:chair(?:man|woman|person)?|conven[eo]r)(?: of the \\w+(?: \\w+)?)?|in the chair");
    private static final Pattern VICE_FORM = Pattern.compile("(?:vice|deputy|depute)[- ]?(?:chair(?:man|woman|person)?|conven[eo]r)(?: of the \\w+(?: \\w+)?)?");
    // "substituting for Councillor Eckersley", "in place of Cllr Lumb", "deputising for …": sitting in another member's place.
    private static final Pattern SUBSTITUTE_FORM = Pattern.compile("(?:as )?(?:a )?(?:named )?(?:substitute|substituting|sub|reserve)\\b.*"
            + "|(?:in place of|replacing|deputising for|standing in for) (?:councillor|cllr|mr|mrs|ms|miss|dr)\\b.*");
    private static final Pattern CO_OPTED_FORM = Pattern.compile("co-?opted(?: member)?|co-?optee");

    private Roles() {}

    /**
     * Whether the words are a presiding role alone ("Chair", "Vice-Chairman", "Convener"), as a list prints after a name.
     *
     * @param words the words after a name
     * @return true for a presiding role alone
     */
    public static boolean isPresiding(String words) {
        String r = normalise(words);
        return r.equals(CHAIR) || r.equals(VICE_CHAIR);
    }

    /**
     * The role as records spell it; other roles come back as printed, trimmed of brackets and stray punctuation.
     *
     * @param role a role as printed
     * @return the role as records spell it
     */
    public static String normalise(String role) {
        String printed = unbracket(role);
        String f = printed.toLowerCase(Locale.ROOT).replace('–', '-').replaceAll("\\s+", " ");
        if (VICE_FORM.matcher(f).matches()) {
            return VICE_CHAIR;
        }
        if (CHAIR_FORM.matcher(f).matches()) {
            return CHAIR;
        }
        if (SUBSTITUTE_FORM.matcher(f).matches()) {
            return SUBSTITUTE;
        }
        if (CO_OPTED_FORM.matcher(f).matches()) {
            return CO_OPTED;
        }
        return printed;
    }

    // "(Chair)" and "Chair)" lose their brackets; "Co-opted Member (Healthwatch)" keeps the pair it prints.
    private static String unbracket(String role) {
        String t = role.strip().replaceAll("[,;.]+$", "").strip();
        while (!t.isEmpty() && (t.charAt(0) == '(' || t.charAt(0) == '[') && count(t, '(') + count(t, '[') > count(t, ')') + count(t, ']')) {
            t = t.substring(1).strip(); // an opening bracket left without its pair
        }
        while (!t.isEmpty() && (t.endsWith(")") || t.endsWith("]")) && count(t, '(') + count(t, '[') < count(t, ')') + count(t, ']')) {
            t = t.substring(0, t.length() - 1).strip(); // a closing bracket left without its pair
        }
        if (t.length() > 1 && (t.charAt(0) == '(' && t.endsWith(")") || t.charAt(0) == '[' && t.endsWith("]"))
                && nests(t.substring(1, t.length() - 1))) {
            t = t.substring(1, t.length() - 1).strip(); // "(Chair)"; not "(a) and (b)", whose brackets are two pairs
        }
        return t.replaceAll("[,;.]+$", "").strip();
    }

    private static boolean nests(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /**
     * Whether the text marks a substitute ("Substitute", "substitute for Councillor Little", "as sub").
     *
     * @param role a role as printed
     * @return true where it marks a substitute
     */
    public static boolean isSubstitute(String role) {
        return SUBSTITUTE.equals(normalise(role));
    }
}
