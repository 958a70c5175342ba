package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Council and local authority names as papers print them ("Thurrock Council", "Kent County
 * Council", "London Borough of Barnet", "Birmingham City Council", "BARSETSHIRE COUNTY COUNCIL",
 * "Council of the Isles of Scilly"), reduced to the place name the inspectorates and the index use
 * ("Thurrock", "Kent", "Barnet", "Birmingham", "Barsetshire", "Isles of Scilly").
 */
public final class Authorities {
    // A place name: capitalised words, possibly joined by "and", "upon", "on", "of" or hyphens. Lower-case joiners only
    // between capitalised words, so "Whilst the Council" names no place. Words are joined by spaces only: a tab or a
    // pipe separates table cells, and a name never runs from one cell into the next ("Kiran Lal | Council motion").
    private static final String WORD = "[A-Z][\\w'’\\-]+";
    private static final String GAP = "[  ]+";
    private static final String PLACE = "(" + WORD + "(?:(?:[  -](?:and|upon|on|in|of|the))?[  -]" + WORD + ")*?)";
    private static final Pattern SUFFIXED = Pattern.compile(
            // A town, parish or (in Wales and Scotland) community council is its place's council too: "Kingsmere Town Council".
            PLACE + GAP + "(?:(Metropolitan" + GAP + "Borough|County" + GAP + "Borough|Borough|County|City|District|Unitary|Town|Parish"
                    + "|Community|Village)" + GAP
                    + ")?(?:Council|(?:Combined" + GAP + ")?Fire(?:" + GAP + "and" + GAP + "Rescue)?" + GAP + "Authority"
                    // A fire or combined authority and a police and crime panel are a place's authorities as its council is.
                    + "|Combined" + GAP + "Authority|Police" + GAP + "and" + GAP + "Crime" + GAP + "Panel)\\b");
    // A room or building named after someone ("Georgina Little Council Chamber") is not a council; but where the kind of
    // council is printed ("Kent County Council Cabinet", "Northshire County Council Offices") the place is one all the same.
    private static final Pattern ROOM_AFTER = Pattern.compile(
            "^" + GAP + "(?:Chamber|Offices?|Buildings?|House|Meeting|Tax|Members?|Leader|Cabinet|Room)\\b");
    private static final Pattern PREFIXED = Pattern.compile(
            "\\b(?:London" + GAP + "Borough|Royal" + GAP + "Borough|City|County|Borough|Council)" + GAP + "of" + GAP
                    + "(?:the" + GAP + ")?(" + WORD + "(?:(?:[  -](?:and|upon|on|in|of|the))?[  -]" + WORD + ")*)");

    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)\\b(?:children|care|family|justice|youth|parish|town|school|schools|student|pupils?|parent|carers?|young|people|"
                    + "members?|advisory|research|arts|sports?|committee|panel|board|forum|partnership)\\b");
    // Words that stand before "Council" without naming a place: the meeting ("Full Council", "Extraordinary Council"), the
    // kind of council alone ("County Council", "the City Council"), or a role ("Cabinet Member … Council").
    private static final Set<String> NOT_PLACE_WORDS = Set.of("full", "county", "city", "borough", "district", "unitary",
            "metropolitan", "royal", "the", "this", "that", "our", "your", "their", "each", "every", "whole", "extraordinary",
            "annual", "special", "ordinary", "budget", "cabinet", "member", "leader", "mayor", "chairman", "chair", "officer",
            "director", "executive", "local", "national", "european", "general", "regional", "health", "safeguarding");
    // After a place name, these begin what the council does or has, not more of its name ("Barnet Children's Services").
    private static final Set<String> NAME_ENDS = Set.of("council", "children's", "children’s", "children", "services", "service",
            "cabinet", "committee", "report", "inspection", "local", "area", "county", "city", "borough", "district", "metropolitan",
            "and", "of", "the", "on", "upon", "in");
    // Runs of capitals that could be a council's name printed in upper case ("BARSETSHIRE COUNTY COUNCIL").
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z'’\\-]+(?:[  ]+[A-Z][A-Z'’\\-]*)*\\b");
    // Compiled once (String.matches and replaceFirst compile theirs on every call): asked of every run of capitals and every place.
    private static final Pattern AUTHORITY_WORD = Pattern.compile("(?s).*\\b(?:COUNCIL|BOROUGH|CITY|COUNTY)\\b.*");
    private static final Pattern KIND_OF_PLACE = Pattern.compile("^(?:(?:Metropolitan|Royal|London)\\s+)?(?:Borough|City|County)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern LEAD_WORDS = Pattern.compile("(?i)^(?:(?:The|A|An|In|Of|For|By|At|To|From|And|Dear|Inspection|Report|Agenda|Minutes|Cabinet|"
            + "Children's|Children’s|Services)\\s+)+");
    private static final Set<String> JOINERS = Set.of("and", "upon", "on", "in", "of", "the");

    private Authorities() {}

    /**
     * A council named in a text: its place name, and where its name stands in that text.
     *
     * @param place the council's place name ("Brighton and Hove")
     * @param start where the council's name starts in the text
     * @param end where it ends, exclusive
     */
    public record Mention(String place, int start, int end) {}

    /**
     * The first council named in the text, as a place name.
     *
     * @param text any text
     * @return the place name, empty where no council is named
     */
    public static Optional<String> find(String text) {
        return first(mixedCase(text), 0).map(Mention::place);
    }

    /**
     * Every council named in the text, in order, as place names with their positions.
     *
     * @param text any text
     * @return the councils named, empty for none
     */
    public static List<Mention> findAll(String text) {
        String t = mixedCase(text);
        List<Mention> out = new ArrayList<>();
        for (Optional<Mention> m = first(t, 0); m.isPresent(); m = first(t, m.get().end())) {
            out.add(m.get());
        }
        return out;
    }

    /**
     * A place name reduced to what tells it apart: lower case, letters only, the joining words dropped, so "Brighton and
     * Hove", "BRIGHTON &amp; HOVE" and the web address "brighton-hove" share a key ({@code brightonhove}).
     *
     * @param place a place name, a council's name or a web address's label
     * @return the key, the same for every spelling of one place
     */
    public static String key(String place) {
        StringBuilder k = new StringBuilder(place.length());
        for (String w : place.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !JOINERS.contains(w)) {
                k.append(w);
            }
        }
        return k.toString();
    }

    private static Optional<Mention> first(String t, int from) {
        if (from >= t.length()) {
            return Optional.empty();
        }
        // Each pattern holds a word it cannot match without, printed as the pattern gives it (neither ignores case): a text
        // holding none of them after `from` is passed over without trying the pattern at each capital (most texts name no council).
        boolean mayPrefix = t.indexOf("Council", from) >= 0 || t.indexOf("Borough", from) >= 0 || t.indexOf("City", from) >= 0
                || t.indexOf("County", from) >= 0;
        boolean maySuffix = t.indexOf("Council", from) >= 0 || t.indexOf("Authority", from) >= 0 || t.indexOf("Panel", from) >= 0;
        Matcher m = PREFIXED.matcher(t);
        Mention prefixed = null;
        if (mayPrefix && m.find(from)) {
            do {
                String p = cutName(m.group(1));
                if (!p.isEmpty() && isPlace(p)) {
                    prefixed = new Mention(p, m.start(), m.start(1) + p.length());
                }
            } while (prefixed == null && m.find());
        }
        int prefixedAt = prefixed == null ? Integer.MAX_VALUE : prefixed.start();
        Matcher s = SUFFIXED.matcher(t);
        if (!maySuffix || !s.find(from)) {
            return Optional.ofNullable(prefixed);
        }
        do {
            if (s.start() > prefixedAt) {
                break;
            }
            if (s.group(2) == null && ROOM_AFTER.matcher(t).region(s.end(), t.length()).find()) {
                continue;
            }
            String place = trimLeadingWords(s.group(1));
            if (place.isEmpty()) {
                continue;
            }
            Matcher not = NOT_A_PLACE.matcher(place);
            int after = -1;
            while (not.find()) {
                after = not.end();
            }
            if (after >= 0) {
                // "Children in Care Council", "Youth Council", "Family Justice Council" are bodies, not councils; but in
                // "Director of Children's Services Upland Borough Council" (an address run into one line) the place follows them.
                String rest = trimLeadingWords(place.substring(after).replaceFirst("^['’]s\\b", "").trim());
                if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || NOT_A_PLACE.matcher(rest).find()) {
                    continue;
                }
                place = rest;
            }
            if (isPlace(place)) {
                return Optional.of(new Mention(place, s.start(), s.end()));
            }
        } while (s.find());
        return Optional.ofNullable(prefixed);
    }

    /**
     * "Thurrock Council" → "Thurrock"; a name that is already a place comes back unchanged.
     *
     * @param name a council's name
     * @return its place name
     */
    public static String placeName(String name) {
        return find(name).orElse(name.trim());
    }

    /**
     * Whether a capitalised name could be a place: not a word that stands before "Council" for another reason ("Full",
     * "County", "The"), not a body ("Youth"), not a role ("Cabinet Member").
     *
     * @param name a capitalised name, as found before "Council"
     * @return true where it may name a place
     */
    public static boolean isPlace(String name) {
        String[] words = name.trim().split("[  ]+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        boolean named = false;
        for (String w : words) {
            String k = w.toLowerCase(Locale.ROOT);
            if (JOINERS.contains(k)) {
                continue;
            }
            if (!NOT_PLACE_WORDS.contains(k)) {
                named = true;
            } else if (!k.equals("city") && !k.equals("county") && !k.equals("borough") && !k.equals("royal")) {
                return false; // "Full", "Cabinet Member" anywhere in the name: not a place
            }
        }
        return named && !NOT_A_PLACE.matcher(name).find();
    }

    // "London Borough of Barnet Children's Services" → "Barnet": the name stops where the council's business begins.
    private static String cutName(String name) {
        String[] words = name.split("[  ]+");
        StringBuilder out = new StringBuilder();
        String pending = "";
        for (int i = 0; i < words.length; i++) {
            String k = words[i].toLowerCase(Locale.ROOT);
            if (i > 0 && JOINERS.contains(k)) {
                pending = pending + words[i] + " ";
                continue;
            }
            if (i > 0 && NAME_ENDS.contains(k)) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ').append(pending);
            }
            pending = "";
            out.append(words[i]);
        }
        return out.toString().replace("  ", " ").trim();
    }

    // A council's name printed in capitals reads as the same name in mixed case, and keeps its length so that positions
    // still line up; capitals that name no council ("UNRESTRICTED ITEMS") are left as they are.
    private static String mixedCase(String text) {
        Matcher m = CAPITALS.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String run = m.group();
            if (run.length() < 6 || !AUTHORITY_WORD.matcher(run).matches()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(titleCase(run));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static String titleCase(String caps) {
        StringBuilder s = new StringBuilder(caps.length());
        String[] words = caps.split("(?<=[  ])|(?=[  ])");
        boolean first = true;
        for (String w : words) {
            if (w.isBlank()) {
                s.append(w);
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!first && JOINERS.contains(lower)) {
                s.append(lower);
            } else {
                boolean start = true;
                for (char c : w.toCharArray()) {
                    s.append(start ? c : Character.toLowerCase(c));
                    start = c == '-';
                }
            }
            first = false;
        }
        return s.toString();
    }

    // A Welsh council's bilingual letterhead run into one line: "Cyngor Bwrdeistref Sirol Penrhos" then "Penrhos County Borough
    // Council", "Cyngor Sir Gâr Carmarthenshire County Council", "Cyngor Caerdydd Cardiff Council"; a town's ("Cyngor Tref") and
    // a community's ("Cyngor Cymuned") too.
    private static final Pattern WELSH_COUNCIL = Pattern.compile("^Cyngor\\s+(?:(?:Bwrdeistref\\s+Sirol|Bwrdeistref|Dinas\\s+a\\s+Sir|Dinas|Sir|Tref|Cymuned)\\s+)?");

    /**
     * The English name after a Welsh council's name: the Welsh name and the English one stand side by side after "Cyngor …"
     * and name the same place, so the English is the latter half of the words (joining words aside); a name with no
     * English beside it ("Cyngor Gwynedd") is the place itself.
     */
    private static String englishOfBilingual(String place) {
        Matcher m = WELSH_COUNCIL.matcher(place);
        if (!m.find()) {
            return place;
        }
        String[] words = place.substring(m.end()).trim().split("[  ]+");
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!JOINERS.contains(words[i].toLowerCase(Locale.ROOT))) {
                named.add(i);
            }
        }
        if (named.isEmpty()) {
            return "";
        }
        int from = named.get(named.size() / 2);
        return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
    }

    // "The Thurrock" / "Inspection of Thurrock" style lead words are not part of the place.
    private static String trimLeadingWords(String place) {
        return LEAD_WORDS.matcher(KIND_OF_PLACE.matcher(englishOfBilingual(place)).replaceFirst("")).replaceFirst("").trim();
    }
}
