package org.councilpapers.extractors.record.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.vocab.NameLists;
import org.councilpapers.extractors.vocab.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Who was at a meeting, as its minutes list them, so that the short forms the minutes use later
 * ("Councillor Watson", "The Chair", "the Vice-Chair") can be turned back into the people they
 * name. A user asking for everything Lee Watson said should not need to know how a clerk wrote it.
 * A short form that fits no one, or more than one person, is left as printed: a guess would put
 * words in someone else's mouth.
 */
final class Roster {
    private static final Pattern COUNCILLOR = Pattern.compile("(?i)^(?:councillor|cllr\\.?)\\s+(.+)$");
    // Compiled once: String.replaceAll and split compile their pattern on every call, and a post is compared with every speaker.
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern THE = Pattern.compile("\\bthe\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OFFICE = Pattern.compile("(?i)^the\\s+(vice[- ]chair(?:man|person)?|chair(?:man|person)?|deputy\\s+chair)$");

    /**
     * An officer named by their post, as minutes name officers ("the Director of Children's Services said"): a post word,
     * perhaps after a grade, then the words of its remit in capitals, joined by small words.
     */
    static final String OFFICER_TITLE = "(?:(?:Interim|Acting|Assistant|Deputy|Corporate|Executive|Strategic|Senior|Principal)\\s+)*"
            + "(?:Director|Head|Chief\\s+Executive|Chief\\s+(?:[A-Z][\\p{L}]+\\s+){0,3}Officer|Service\\s+Manager|Manager|Monitoring\\s+Officer|Strategic\\s+Lead"
            // "the Area Roads Manager", "the Ward Manager", "the Committee Services Officer": a post named by its remit before the word.
            + "|(?:[A-Z][\\p{L}'’-]+\\s+){1,3}(?:Manager|Officer)"
            + "|Cabinet\\s+Member|Portfolio\\s+Holder|Solicitor|Lawyer|Legal\\s+Advisor|Principal\\s+Social\\s+Worker)"
            // "the Head of Home to School Transport", "the Director of Access to Learning": "to" joins a remit's words too.
            + "(?:\\s+(?:of|for|and|the|&|to)(?:\\s+the)?\\s+[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*)*)*";
    private static final Pattern POST = Pattern.compile("(?i)^the\\s+(" + OFFICER_TITLE + ")$");

    /** "Cabinet Member for Highways (Councillor Mitchelmore)", "the Leader of the Council (Cllr Normanton)": an office, its holder in brackets. */
    private static final Pattern OFFICE_HELD = Pattern.compile("^(?:[Tt]he\\s+)?(\\p{Lu}[^()]{2,100}?)\\s*\\(\\s*"
            + "(?:(?:County|Borough|District|Town|City)\\s+)?(?:Councillor|Cllr\\.?)\\s+([^()]{2,60})\\)$");

    private final List<Person> members;
    private final List<Person> officers;

    Roster(List<Person> members, List<Person> officers) {
        this.members = List.copyOf(members);
        this.officers = List.copyOf(officers);
    }

    static Roster of(MinutesParser.Minutes m) {
        return new Roster(m.presentRoles(), m.inAttendance());
    }

    boolean isEmpty() {
        return members.isEmpty() && officers.isEmpty();
    }

    /** The person a speaker as the minutes name them stands for, with the role they had at the meeting. */
    Person resolve(Person spoken) {
        String name = spoken.name().strip();
        Matcher office = OFFICE.matcher(name);
        if (office.matches()) {
            boolean vice = office.group(1).toLowerCase(Locale.ROOT).startsWith("vice") || office.group(1).toLowerCase(Locale.ROOT).startsWith("deputy");
            String role = vice ? Roles.VICE_CHAIR : Roles.CHAIR;
            Person holder = only(members, p -> role.equals(p.role()));
            return holder == null ? spoken : new Person(holder.name(), role);
        }
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            // "The Leader", "the Cabinet Member for Highways": the member the attendance list gives that office, where one holds it.
            String held = name.substring(4).strip();
            Person holder = only(members, p -> p.role() != null && samePost(p.role(), held));
            if (holder != null) {
                return new Person(holder.name(), held);
            }
            // "The Town Clerk", "the Service Manager": the officer the attendance lists in that post, with the post as it prints it.
            Person officer = officerIn(held);
            if (officer != null) {
                return new Person(officer.name(), officer.role());
            }
        }
        Matcher post = POST.matcher(name);
        if (post.matches()) {
            // No one listed in the post, or more than one: the post alone, as printed.
            return new Person(spoken.name(), post.group(1));
        }
        Matcher councillor = COUNCILLOR.matcher(name);
        String bare = NameLists.stripHonorifics(councillor.matches() ? councillor.group(1) : name).strip();
        boolean isCouncillor = councillor.matches() || "Councillor".equalsIgnoreCase(spoken.role());
        Person member = only(members, p -> sameName(p.name(), bare));
        if (member != null) {
            String role = isCouncillor || member.role() == null || Roles.isSubstitute(member.role()) ? spoken.role() : member.role();
            return new Person(member.name(), role != null ? role : isCouncillor ? "Councillor" : null);
        }
        if (!isCouncillor) {
            Person officer = only(officers, p -> sameName(p.name(), bare));
            if (officer != null) {
                return new Person(officer.name(), officer.role());
            }
        }
        return spoken;
    }

    /**
     * A person as a label or a table cell of questions on notice prints them, named from the attendance list: "Cabinet Member for
     * Highways (Councillor Mitchelmore)" is the one member of that surname, in that office; "Councillor Priestley" (a surname, with
     * or without the title) the one member of that surname. A name printed in full is kept as printed, with the post the label gave
     * it; so is a surname two members share, or none.
     */
    Person named(Person printed) {
        String name = printed.name().strip();
        Matcher held = OFFICE_HELD.matcher(name);
        if (held.matches()) {
            return resolve(new Person(held.group(2).strip(), held.group(1).strip()));
        }
        boolean shortForm = name.indexOf(' ') < 0 || name.startsWith("The ") || COUNCILLOR.matcher(name).matches();
        return shortForm ? resolve(printed) : printed;
    }

    /**
     * The one person listed by this first name ("Tia" for "Tia" or "Tia Marsh" in the list), as minutes name young people and others
     * the attendance lists by first name; null where no one, or more than one, is.
     */
    @Nullable Person firstNamed(String word) {
        Predicate<Person> named = p -> {
            String n = NameLists.stripHonorifics(p.name()).strip();
            return n.equals(word) || n.startsWith(word + " ");
        };
        List<Person> all = new ArrayList<>(members);
        all.addAll(officers);
        return only(all, named);
    }

    /**
     * The one officer listed in a post: "Town Clerk" is Deborah Kettering's where the list prints "Deborah Kettering (Town Clerk)";
     * a short form ("Service Manager") is the post the list gives with its remit ("Service Manager (Finance)", "Service Manager,
     * Finance") only where no one holds the short form itself and one listed post alone fits it. Two listed in one post name no one.
     */
    private @Nullable Person officerIn(String held) {
        String wanted = post(held);
        if (wanted.isEmpty()) {
            return null;
        }
        boolean exact = false;
        for (Person p : officers) {
            if (p.role() != null && post(p.role()).equals(wanted)) {
                exact = true;
                break;
            }
        }
        if (exact) {
            return only(officers, p -> p.role() != null && post(p.role()).equals(wanted));
        }
        return only(officers, p -> p.role() != null && qualifies(post(p.role()), wanted));
    }

    // "service manager (finance)" and "service manager, finance" are "service manager" with its remit; "service manager of x" is another post.
    // A post word alone ("the Director", "the Head") is the short form minutes use for the post the list gives with its remit ("Director of
    // Children's Services"), once the report has named it in full; only() keeps it to the one listed post so begun.
    private static boolean qualifies(String listed, String wanted) {
        if (listed.length() <= wanted.length() + 2 || !listed.startsWith(wanted)) {
            return false;
        }
        char next = listed.charAt(wanted.length());
        char after = listed.charAt(wanted.length() + 1);
        return next == ',' || next == ' ' && (after == '(' || after == '-' || after == '–')
                || wanted.indexOf(' ') < 0 && listed.startsWith(" of ", wanted.length());
    }

    /** "Watson" names Lee Watson; "Lee Watson" names him too; "L Watson" and "Watson-Smith" do not. */
    private static boolean sameName(String full, String spoken) {
        String[] f = words(full);
        String[] s = words(spoken);
        if (s.length == 0 || f.length == 0) {
            return false;
        }
        if (s.length == 1) {
            return f[f.length - 1].equals(s[0]);
        }
        if (s.length <= f.length && initials(s) && f[f.length - 1].equals(s[s.length - 1])) {
            // "Councillor D Ferris", "Cllr K. J. Shaw": initials for the given names the attendance list prints in full.
            for (int k = 0; k < s.length - 1; k++) {
                if (f[k].charAt(0) != s[k].charAt(0)) {
                    return false;
                }
            }
            return true;
        }
        return String.join(" ", f).equals(String.join(" ", s));
    }

    // Whether every word before the surname is an initial ("d", "k.").
    private static boolean initials(String[] spoken) {
        for (int k = 0; k < spoken.length - 1; k++) {
            if (spoken[k].replace(".", "").length() != 1) {
                return false;
            }
        }
        return true;
    }

    // "Director of Children's Services" and "director of childrens' services" name one post; so do "the Head of the Virtual School" and "Head of Virtual School".
    private static boolean samePost(String role, String spoken) {
        return post(role).equals(post(spoken));
    }

    private static String post(String title) {
        String t = THE.matcher(APOSTROPHE.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").replace("&", "and");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String[] words(String name) {
        String n = NameLists.stripHonorifics(name).toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        return n.isEmpty() ? new String[0] : SPACES.split(n);
    }

    private static @Nullable Person only(List<Person> people, Predicate<Person> test) {
        List<Person> found = new ArrayList<>();
        for (Person p : people) {
            if (test.test(p) && found.stream().noneMatch(f -> f.name().equals(p.name()))) {
                found.add(p);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }
}
