package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.record.Person;
import org.jspecify.annotations.Nullable;

/**
 * The people named in a membership, attendance or apologies list, with the roles printed beside
 * them. Two shapes are read:
 * <ul>
 *   <li>a list: "Councillors Sara Muldowney (Chair), Graham Snell (Vice-Chair), Abbie Akinbohun and Lee
 *       Watson", "Mr R W Gough (Chairman), Mrs S Chandler, Mr R C Love, OBE", "Councillor A Smith
 *       (Chairman); Councillors B Jones and C Brown"; roles come from the brackets;</li>
 *   <li>"Name, Role" entries, one a line in the paper, which text extraction often runs together:
 *       "Sarah Barlow, Church of England Representative Kim James, Chief Operating Officer, HealthWatch".
 *       A new entry starts where two capitalised words that are not a job title come before a comma.</li>
 * </ul>
 * Names lose their honorifics ("Councillor", "Mrs", "Dr") and post-nominals ("OBE"); words that
 * name a body rather than a person ("Youth Cabinet") are not names.
 */
public final class NameLists {
    private static final Pattern COUNCILLORS = Pattern.compile("(?i)^(?:county |borough |district |city )?(?:councillors?|cllrs?\\.?|aldermen)\\s+");
    /**
     * Posts of one word that no job-title word marks, printed before their holder in brackets ("Treasurer (David Ormsby-Pratt)"),
     * as fire authorities and joint committees list their statutory officers.
     */
    private static final Set<String> LONE_POSTS = Set.of("treasurer", "accountant", "auditor", "surveyor", "engineer", "planner",
            "architect", "chaplain", "registrar", "archivist", "lawyer", "commissioner");
    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z][\\p{L}'’.-]*");
    // Compiled once: String.replaceAll compiles its pattern on every call, and these run on every word of every list of names.
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> POST_NOMINALS = Set.of("obe", "mbe", "cbe", "jp", "dl", "mp", "kc", "qc", "bem", "cbe.", "obe.");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "le", "la", "da", "di", "du", "bin", "al", "el", "ap");
    private static final Set<String> BODY_WORDS = Set.of("cabinet", "council", "committee", "board", "group", "forum", "partnership",
            "team", "panel", "parliament", "trust", "authority", "nhs", "department", "directorate", "unit", "office", "items",
            "agenda", "minutes", "meeting", "apologies", "present", "attendance", "public", "press", "the", "and",
            // roles that PersonNames' job-title words leave out
            "person", "independent", "co-opted", "coopted", "lay", "mayor", "trustee", "observer", "substitute", "substitutes",
            // a police force's name ("Kelderfield Constabulary") is no person's
            "constabulary", "police");
    // Job titles that end a role: after one of these a capitalised word that is no part of a title belongs to the next line.
    private static final Set<String> TERMINAL_TITLE_WORDS = Set.of("manager", "officer", "representative", "governor", "clerk",
            "secretary", "adviser", "advisor", "coordinator", "co-ordinator", "accountant", "solicitor", "inspector", "analyst",
            "consultant", "executive", "chairman", "member", "councillor", "headteacher");
    // Courtesy, clerical and civic titles, as papers print them before a name ("Fr.", "Revd", "Rev'd", "Alderman"): never the name.
    private static final Set<String> HONORIFICS = Set.of("cllr", "cllr.", "councillor", "councillors", "mr", "mr.", "mrs", "mrs.", "ms",
            "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "rev", "rev.", "revd", "revd.", "rev'd",
            "reverend", "fr", "fr.", "father", "canon", "mx", "alderman", "aldermen", "alderwoman", "ald", "ald.", "baroness", "baron",
            // a Scottish burgh's magistrate ("Bailie Hamish Urquhart")
            "bailie");

    private NameLists() {}

    /**
     * The people named in the text, in order; text that names no one gives an empty list.
     *
     * @param text a list of names as a paper prints it ("Councillors Watson (Chair) and Anderson")
     * @return the people, each with a role where one is printed
     */
    public static List<Person> people(String text) {
        String t = SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip().replaceAll("[.;,]+$", "");
        if (t.isEmpty()) {
            return List.of();
        }
        boolean councillors = COUNCILLORS.matcher(t).find();
        if (councillors || t.indexOf('(') >= 0 || t.indexOf(';') >= 0) {
            return list(t, councillors);
        }
        List<String> segments = topLevelSplit(t);
        if (segments.stream().allMatch(s -> person(s, false) != null)) {
            return list(t, false);
        }
        List<Person> run = roleRun(t);
        return run.isEmpty() ? list(t, false) : run;
    }

    /**
     * The names alone.
     *
     * @param text a list of names as a paper prints it
     * @return the names of {@link #people(String)}
     */
    public static List<String> names(String text) {
        return people(text).stream().map(Person::name).toList();
    }

    /**
     * Whether the text is a person's name: one to five capitalised words or initials (particles such
     * as "van" allowed), no job-title word, no word naming a body, no acronym. A lone word counts only
     * when {@code allowSingle} (a surname in "Councillors Watson and Anderson", or after "Mrs").
     *
     * @param text the candidate, without honorifics
     * @param allowSingle whether one word may be a name
     * @return true if it reads as a name
     */
    public static boolean isName(String text, boolean allowSingle) {
        String[] words = text.strip().split(" ");
        if (words.length == 0 || words.length > 5 || words[0].isEmpty()) {
            return false;
        }
        int real = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(lower)) {
                continue;
            }
            if (!NAME_WORD.matcher(w).matches() || PersonNames.isTitleWord(lower) || BODY_WORDS.contains(lower)) {
                return false;
            }
            String letters = NOT_LETTER.matcher(w).replaceAll("");
            if (letters.length() >= 3 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                return false; // "SEND", "UNRESTRICTED": acronyms and headings, not names
            }
            if (letters.length() >= 2) {
                real++;
            }
        }
        String last = NOT_LETTER.matcher(words[words.length - 1]).replaceAll("");
        return real >= 1 && last.length() >= 2 && (words.length >= 2 || allowSingle);
    }

    private static boolean capitalisedWords(String s) {
        String[] words = s.split(" ");
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || BODY_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words.length >= 1 && words.length <= 5;
    }

    private static List<Person> list(String t, boolean councillors) {
        List<Person> out = new ArrayList<>();
        for (String segment : topLevelSplit(t)) {
            if (!out.isEmpty() && out.get(out.size() - 1).role() == null && Roles.isPresiding(segment.strip())) {
                // "Councillor Davidson, Convener; …": the role printed after the name and a comma is that person's.
                Person last = out.remove(out.size() - 1);
                out.add(new Person(last.name(), Roles.normalise(segment.strip())));
                continue;
            }
            String outside = segment.strip().replaceAll("\\s*\\(.*$", "");
            if (!out.isEmpty() && out.get(out.size() - 1).role() == null && !outside.isEmpty() && isPost(outside)
                    && !isName(stripHonorifics(outside), false) && segment.strip().startsWith(outside) && !HONORIFICS.contains(
                            outside.split(" ")[0].toLowerCase(Locale.ROOT))) {
                // "Andrew Scobie, Service Manager (Finance)": the post after the name and a comma is the person's, in full.
                Person last = out.remove(out.size() - 1);
                out.add(new Person(last.name(), segment.strip()));
                continue;
            }
            Person p = person(segment, councillors);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** One list entry: "Councillors Sara Muldowney (Chair)", "James Thandi (Substitute) (substitute for Susan Little)". */
    private static @Nullable Person person(String segment, boolean allowSingle) {
        String s = segment.strip();
        int colon = s.lastIndexOf(':');
        if (colon >= 0 && s.indexOf('(') < 0 || colon > s.lastIndexOf(')')) {
            s = s.substring(colon + 1).strip(); // "Labour (2): Mr A Smith", "Present: Councillor X"
        }
        String role = null;
        for (String inside : bracketed(s)) {
            String r = Roles.normalise(inside);
            if (!r.isEmpty() && (role == null || Roles.SUBSTITUTE.equals(r))) {
                role = r; // a substitute note wins: "(Vice-Chair) (substitute for …)" sits in for someone
            }
        }
        // The name comes before its brackets; what trails them ("… (Director of Public Health) UNRESTRICTED ITEMS") is not.
        s = (s.indexOf('(') > 0 ? s.substring(0, s.indexOf('(')) : PARENS.matcher(s).replaceAll(" ")).replaceAll("\\s+", " ").strip();
        boolean single = allowSingle || role != null; // "and McKay (Acting Chief Accountant)": a bracketed title marks a person
        String before = s;
        s = COUNCILLORS.matcher(s).replaceFirst("");
        String titled = s;
        s = stripHonorifics(s);
        boolean honorific = !s.equals(titled) || !titled.equals(before);
        single |= honorific;
        s = stripPostNominals(s);
        // "Mrs C Head (Head of Finance Operations)": with an honorific and a bracketed title, a surname may be a title word.
        // "Treasurer (David Ormsby-Pratt)": one post word before a bracketed full name is the post, the bracket its holder.
        Person postThenHolder = role != null && !honorific && s.indexOf(' ') < 0 && (PersonNames.isTitleWord(s)
                || LONE_POSTS.contains(s.toLowerCase(Locale.ROOT))) ? postFirst(s, role) : null;
        if (postThenHolder != null && postThenHolder.name().indexOf(' ') > 0) {
            return postThenHolder;
        }
        if (isName(s, single) || honorific && role != null && capitalisedWords(s)) {
            return new Person(s, role);
        }
        Person dashed = role == null ? dashed(before) : null;
        if (dashed == null && role == null) {
            dashed = postBeforeTitle(before);
        }
        return dashed != null ? dashed : postFirst(s, role);
    }

    /**
     * "Clerk/RFO Mrs Nerys Jenkins", "Chair Cllr C Edwards": the post printed before the holder's courtesy title, as small councils
     * list their clerk and chair; the words before the title must be a post, the words after it a name.
     */
    private static @Nullable Person postBeforeTitle(String entry) {
        String[] words = entry.split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (!HONORIFICS.contains(words[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            String post = join(words, 0, i);
            String name = stripPostNominals(stripHonorifics(join(words, i, words.length)));
            boolean post1 = Roles.isPresiding(post) || post.chars().anyMatch(c -> c == '/') && isPostWords(post.split("/"))
                    || isPost(post) && !isName(post, false);
            return post1 && isName(name, true) ? new Person(name, Roles.normalise(post)) : null;
        }
        return null;
    }

    // "Clerk/RFO": each part a post word or an acronym of one.
    private static boolean isPostWords(String[] parts) {
        for (String p : parts) {
            String w = p.strip();
            if (w.isEmpty() || !PersonNames.isTitleWord(w) && !w.matches("\\p{Lu}{2,5}")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Director of Adult Social Services – Karen Illingworth" or "Karen Illingworth – Director of Adult Social Services": a post and
     * its holder set a spaced dash apart; the side that reads as a name is the person, the other side must be a post.
     */
    private static @Nullable Person dashed(String entry) {
        int at = entry.indexOf(" – ");
        at = at < 0 ? entry.indexOf(" - ") : at;
        if (at < 0) {
            at = entry.indexOf(" — ");
        }
        if (at <= 0) {
            return null;
        }
        String left = entry.substring(0, at).strip();
        String right = entry.substring(at + 3).strip();
        String leftName = stripPostNominals(stripHonorifics(COUNCILLORS.matcher(left).replaceFirst("")));
        String rightName = stripPostNominals(stripHonorifics(COUNCILLORS.matcher(right).replaceFirst("")));
        if (isPost(left) && isName(rightName, !rightName.equals(right))) {
            return new Person(rightName, left);
        }
        if (isPost(right) && isName(leftName, !leftName.equals(left))) {
            return new Person(leftName, right);
        }
        return null;
    }

    // A post's words: a job-title word first or last ("Head of Commissioning", "Scrutiny Officer").
    private static boolean isPost(String words) {
        return !words.isEmpty() && (PersonNames.isTitleWord(words.split(" ")[0].toLowerCase(Locale.ROOT))
                || PersonNames.isTitleWord(words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * "Director of Environment (Mr Declan Rafferty)": the post first and its holder in brackets, as some councils list officers; the
     * bracket must name a person with a courtesy title or two names, and the words before it must be a post.
     */
    private static @Nullable Person postFirst(String outside, @Nullable String bracket) {
        if (bracket == null || outside.isEmpty() || !LONE_POSTS.contains(outside.toLowerCase(Locale.ROOT))
                && !PersonNames.isTitleWord(outside.split(" ")[0])
                && !PersonNames.isTitleWord(outside.substring(outside.lastIndexOf(' ') + 1))) {
            return null;
        }
        String name = stripPostNominals(stripHonorifics(bracket));
        return !name.equals(bracket) && isName(name, true) || isName(name, false) ? new Person(name, outside) : null;
    }

    /**
     * Whether a word is a courtesy, clerical or civic title printed before a name ("Mrs", "Revd", "Fr.", "Alderman").
     *
     * @param word one word as printed
     * @return true for an honorific
     */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "Councillor Mrs Jane Smith" → "Jane Smith".
     *
     * @param name a name as printed
     * @return it without its leading honorifics
     */
    public static String stripHonorifics(String name) {
        String s = name.strip();
        while (true) {
            int sp = s.indexOf(' ');
            if (sp < 0 || !HONORIFICS.contains(s.substring(0, sp).toLowerCase(Locale.ROOT))) {
                return s;
            }
            s = s.substring(sp + 1).strip();
        }
    }

    private static String stripPostNominals(String name) {
        String s = name.strip();
        while (true) {
            int sp = s.lastIndexOf(' ');
            if (sp < 0 || !POST_NOMINALS.contains(s.substring(sp + 1).toLowerCase(Locale.ROOT))) {
                return s;
            }
            s = s.substring(0, sp).strip();
        }
    }

    /**
     * Splits at commas, semicolons, " and " and " & " outside brackets, and where a courtesy title follows a closing bracket with no
     * comma ("A Patel (Head of Service) Mr B Okafor (Solicitor)": one name a line, the lines run together by a reading).
     */
    // What each outermost pair of brackets holds, brackets inside kept: "(Service Manager (Finance))" holds the post in full.
    private static List<String> bracketed(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                out.add(s.substring(open + 1, i));
            }
        }
        return out;
    }

    private static List<String> topLevelSplit(String t) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                int sep = c == ',' || c == ';' ? 1 : t.startsWith(" and ", i) ? 5 : t.startsWith(" & ", i) ? 3
                        : c == ' ' && i > 0 && t.charAt(i - 1) == ')' && honorificAt(t, i + 1) ? 1 : 0;
                if (sep > 0) {
                    add(out, t.substring(start, i));
                    start = i + sep;
                    i = start - 1;
                }
            }
        }
        add(out, t.substring(start));
        return out;
    }

    // Whether the word starting here is a courtesy title followed by a name: "Mr B Okafor", not "Member".
    private static boolean honorificAt(String t, int at) {
        int sp = t.indexOf(' ', at);
        return sp > at && sp + 1 < t.length() && Character.isUpperCase(t.charAt(sp + 1))
                && HONORIFICS.contains(t.substring(at, sp).toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> out, String s) {
        String x = s.strip();
        if (!x.isEmpty()) {
            out.add(x);
        }
    }

    /** "Name, Role Name, Role …": each entry starts at a name just before a comma. */
    private static List<Person> roleRun(String t) {
        String[] words = t.split(" ");
        List<int[]> starts = new ArrayList<>(); // {first word of the name, the word that ends with the comma}
        for (int k = 0; k < words.length; k++) {
            if (!words[k].endsWith(",")) {
                continue;
            }
            if (starts.isEmpty()) {
                if (!isName(stripHonorifics(join(words, 0, k + 1)), false)) {
                    return List.of();
                }
                starts.add(new int[] {0, k});
                continue;
            }
            int prevComma = starts.get(starts.size() - 1)[1];
            int first = k - 1;
            if (first > prevComma + 1 && !words[first].endsWith(",") && isName(join(words, first, k + 1), false)) {
                // "… Head of Service, Mr B Okafor,": the courtesy titles before the name start the entry, and are no part of the role
                // before it.
                while (first - 1 > prevComma && HONORIFICS.contains(words[first - 1].toLowerCase(Locale.ROOT))) {
                    first--;
                }
                starts.add(new int[] {first, k});
            }
        }
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            String name = stripHonorifics(join(words, s[0], s[1] + 1));
            int roleEnd = i + 1 < starts.size() ? starts.get(i + 1)[0] : words.length;
            out.add(new Person(name, role(words, s[1] + 1, roleEnd)));
        }
        return out;
    }

    private static @Nullable String role(String[] words, int from, int to) {
        int end = to;
        for (int i = from; i < to - 1; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            String next = words[i + 1];
            if (TERMINAL_TITLE_WORDS.contains(w) && Character.isUpperCase(next.charAt(0)) && !PersonNames.isTitleWord(next)) {
                end = i + 1; // "… Business Manager Youth Cabinet": the role ends at "Manager"
                break;
            }
        }
        String r = join(words, from, end).replaceAll("^[,;\\s]+|[,;\\s]+$", "");
        return r.isEmpty() ? null : r;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to)).replaceAll(",$", "").strip();
    }
}
