package org.councilpapers.extractors.vocab;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpapers.core.record.Person;

/**
 * Splits "Joe Tynan, Interim Assistant Director" or "Joe Tynan Interim Assistant Director" (a
 * name whose title wrapped onto the same line) into a name and a role. The role starts at the
 * first comma, or else at the first word that begins a UK local-government job title.
 */
public final class PersonNames {
    private static final Set<String> TITLE_WORDS = Set.of("interim", "acting", "assistant", "deputy", "director", "head", "manager",
            "officer", "lead", "strategic", "senior", "corporate", "chief", "business", "service", "services", "principal", "team",
            "executive", "programme", "project", "commissioning", "democratic", "policy", "performance", "coordinator",
            "co-ordinator", "advisor", "adviser", "consultant", "specialist", "analyst", "chair", "vice-chair", "cabinet",
            "portfolio", "leader", "member", "councillor", "solicitor", "monitoring", "clerk", "secretary", "representative",
            "parent", "church", "governor", "headteacher", "inspector", "her", "his");
    private static final Set<String> HONORIFICS = Set.of("cllr", "cllr.", "councillor", "councillors", "mr", "mr.", "mrs", "mrs.", "ms",
            "ms.", "miss", "dr", "dr.", "prof", "prof.");
    // Compiled once: every short table cell is asked whether it names a person.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME = Pattern.compile("[A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’.-]*){1,3}");

    private PersonNames() {}

    /**
     * The name and, where one follows it, the role.
     *
     * @param text a name, perhaps with an honorific and a role after it
     * @return the person, role null where none follows
     */
    public static Person split(String text) {
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        int comma = t.indexOf(',');
        String head = comma > 0 ? t.substring(0, comma).strip() : t;
        String[] words = head.split(" ");
        for (int i = 2; i < words.length; i++) {
            if (TITLE_WORDS.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                // "Joe Tynan Interim Assistant Director, Children's Social Care": the title began before the comma.
                return new Person(stripHonorific(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i))),
                        t.substring(t.indexOf(words[i], words[0].length())).strip());
            }
        }
        if (comma > 0) {
            String role = t.substring(comma + 1).strip();
            return new Person(stripHonorific(head), role.isEmpty() ? null : role);
        }
        return new Person(stripHonorific(t), null);
    }

    /**
     * The name alone.
     *
     * @param text a name, perhaps with an honorific and a role after it
     * @return the name without honorific or role
     */
    public static String name(String text) {
        return split(text).name();
    }

    /**
     * "Councillor Sara Muldowney" → "Sara Muldowney"; a bare honorific is kept.
     *
     * @param name a name, perhaps with an honorific
     * @return the name without its honorific
     */
    public static String stripHonorific(String name) {
        String[] words = name.split(" ", 2);
        return words.length == 2 && (HONORIFICS.contains(words[0].toLowerCase(java.util.Locale.ROOT)) || NameLists.isHonorific(words[0]))
                ? NameLists.stripHonorifics(words[1].strip()) : name;
    }

    /**
     * Whether a word begins or belongs to a UK local-government job title ("Director", "Officer", "Interim").
     *
     * @param word one word
     * @return true for a job-title word
     */
    public static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the text looks like a person's name: two to four capitalised words, no digits.
     *
     * @param text a line or cell
     * @return true where the text looks like a name
     */
    public static boolean looksLikeName(String text) {
        return Optional.of(stripHonorific(text.strip())).filter(s -> NAME.matcher(s).matches()).isPresent();
    }
}
