package org.councilpapers.extractors.record;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/** The shapes of a meeting's time, venue and committee name as front sheets and minutes print them. */
public final class MeetingFacts {
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[–—,:-]?\\s*$");
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?<![\\d.:])(\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|12 noon|noon|midday)(?![a-z])");
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?i).*\\b(?:committee|sub-committee|cabinet|board|panel|forum|commission|executive|assembly|scrutiny)\\b.*");
    private static final Pattern WHOLE_COUNCIL = Pattern.compile("(?i)^(?:meeting of (?:the )?)?(?:full |the )?(?:county |borough |city |district )?council$");
    private static final Pattern VENUE_WORDS = Pattern.compile("(?i).*\\b(?:room|chamber|hall|centre|center|house|offices?|building|suite|"
            + "library|civic|town hall|guildhall|online|virtual|remote|teams|zoom|street|road|lane|square|court)\\b.*");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");
    // "held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 30 January 2025"
    private static final Pattern HELD_AT = Pattern.compile(
            "(?i)\\bheld (?:in|at) (.+?)\\s+on\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d");
    // "Held on Tuesday 14 March 2023 at 6.30 pm in the Council Chamber, Town Hall, …": the place follows the date and time.
    private static final Pattern HELD_ON = Pattern.compile("(?i)\\bheld\\s+on\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4},?(?:\\s+(?:at|from)\\s+(?:\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|noon|12 noon|midday))?"
            + ",?\\s+(?:in|at)\\s+(.+)$");
    private static final Pattern PERSON_FIRST = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2},");
    /**
     * "Venue: …", "Location: …", "Place: …", "Meeting venue: …": a label of the place, opening the line or run on after the date and
     * time where a reading joined their lines ("Date: … Time: 7.00 pm Venue: …"); the place runs to the next label or the line's end.
     */
    private static final Pattern VENUE_LABEL = Pattern.compile("(?:^|(?<=\\s))(?:Meeting\\s+[Vv]enue|MEETING\\s+VENUE|Venue|VENUE|Location|LOCATION|Place|PLACE|Where)"
            + "\\s*(?::|[–—]|-\\s)\\s*(\\S.{1,200}?)(?=\\s+\\p{Lu}\\p{L}+(?:\\s\\p{L}+)?\\s*:|$)");
    /**
     * "Meeting held remotely via Microsoft Teams", "The meeting was held virtually on Zoom", "conducted as a remote meeting": a meeting
     * with no room; the words from the way it was held on are its venue.
     */
    private static final Pattern REMOTE = Pattern.compile("(?i)\\b(?:held|conducted|took\\s+place)\\s+((?:remotely|virtually|online|as\\s+an?\\s+"
            + "(?:virtual|remote|online)\\s+meeting)(?:\\s+(?:via|on|using|through|by)\\s+(?:the\\s+)?(?:microsoft\\s+teams|teams|zoom|webex|skype|"
            + "video\\s*(?:link|conference|conferencing)|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))?)");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    /** "The meeting was held in the Council Chamber, Town Hall, at 7pm.": the place, and perhaps the time, told in a sentence. */
    private static final Pattern HELD_PROSE = Pattern.compile("(?i)^the meeting (?:was|is|will be) held (?:in|at) (?:the )?(\\S.*?)\\.?$");
    /** "The meeting commenced at 6.45 pm", "The meeting was held … at 7pm": a sentence that says when the meeting began. */
    private static final Pattern STARTED_PROSE = Pattern.compile("(?i)^the meeting (?:was held|commenced|started|began|opened|was opened)\\b");
    // What trails a place in a sentence: the time ("…, at 7pm", "…, commencing at 7.30 pm") or the date ("… on Tuesday 4 March").
    private static final Pattern PLACE_TAIL = Pattern.compile("(?i),?\\s+(?:(?:commencing|starting|beginning)\\s+)?(?:at|from)\\s+(?="
            + "\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|noon|12 noon|midday)|,?\\s+(?:commencing|starting)\\b|,?\\s+on\\s+"
            + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d)");

    /**
     * A statutory body a council hosts, named for its area ("Stainmoor Schools Forum", "WESTSHIRE SCHOOLS' FUNDING FORUM",
     * "Barnbury Health and Wellbeing Board"): the council's own papers call it by the body's name alone. A police and crime panel is
     * not one: it belongs to no single council, and keeps the area in its name.
     */
    private static final Pattern PLACED_BODY = Pattern.compile("(?i)^(\\p{L}[\\p{L}'’-]*(?:\\s+(?:(?:and|upon|on)\\s+)?\\p{L}[\\p{L}'’-]*){0,2}?)"
            + "\\s+(schools?['’]?\\s+(?:funding\\s+)?forum|health\\s+and\\s+well-?being\\s+board|safeguarding\\s+(?:children|adults)\\s+(?:board|partnership)"
            + "|standing\\s+advisory\\s+council\\s+on\\s+religious\\s+education|admissions\\s+forum)$");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("and", "on", "of", "upon", "the");

    // "… HB1 1AA. View directions", "… (map)": a meeting page's link after the place (ModernGov's "View directions"), no part of it.
    private static final Pattern DIRECTIONS = Pattern.compile("(?i)[.,;]?\\s*(?:\\(\\s*map\\s*\\)|(?:view|get|show|see)\\s+(?:directions|map|location"
            + "|on\\s+(?:a\\s+)?map)(?:\\s+to\\s+.{0,60})?|directions|map)\\s*[.)]?$");

    private MeetingFacts() {}

    /**
     * The first time of day printed in the text, as printed ("7.00 pm", "10.00am").
     *
     * @param text any text
     * @return the time as printed, or null
     */
    public static @Nullable String time(String text) {
        Matcher m = TIME.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A matcher for the times of day in the text, for callers that need where the time ends.
     *
     * @param text any text
     * @return a matcher over the text, not yet run
     */
    public static Matcher timeMatcher(String text) {
        return TIME.matcher(text);
    }

    /**
     * Whether a line names a committee, cabinet, board or the council meeting as a whole, rather than saying something.
     *
     * @param line one line
     * @return true for a committee's name
     */
    public static boolean isCommitteeLine(String line) {
        int slash = line.indexOf(" / ");
        if (slash >= 0 && line.indexOf(" / ", slash + 3) >= 0) {
            return false; // "Your council / Meetings, agendas and minutes / Executive": a web page's breadcrumb trail, not a name
        }
        if (line.length() > 120 || line.indexOf(':') >= 0 || line.endsWith(".") || UkDates.find(line).map(d -> d.isFullDate()).orElse(false)) {
            return false;
        }
        String f = line.toLowerCase(Locale.ROOT);
        if (f.contains(" will ") || f.contains(" is ") || f.contains(" are ") || f.startsWith("agenda") || f.startsWith("minutes")
                || PERSON_FIRST.matcher(line).lookingAt()) {
            return false; // "Dylan Jeffrey, Cabinet Member for …" names a person, not a committee
        }
        return COMMITTEE.matcher(line).matches() || WHOLE_COUNCIL.matcher(line).matches();
    }

    /**
     * A committee line as its name alone: the English half of a bilingual line ("Pwyllgor Llywodraethu ac Archwilio / Governance
     * and Audit Committee", "Cabinet / Cabinet"), and without the day of the meeting run onto it ("Cabinet Tuesday 30 September
     * 2025", "CABINET – Tuesday"): a weekday begins the meeting's date, never a body's name. The line as given where neither applies.
     *
     * @param line a line taken for a committee's name
     * @return the name
     */
    public static String committeeName(String line) {
        String v = line.strip();
        int slash = v.indexOf(" / ");
        if (slash > 0 && v.indexOf(" / ", slash + 3) < 0) {
            String first = v.substring(0, slash).strip();
            String second = v.substring(slash + 3).strip();
            // Welsh councils print Welsh first: the half that reads as an English committee's name is the one the record gives.
            v = isCommitteeLine(second) ? second : isCommitteeLine(first) ? first : v;
        }
        Matcher day = WEEKDAY.matcher(v);
        if (day.find() && day.start() > 0) {
            String before = TRAILING_SEPARATOR.matcher(v.substring(0, day.start())).replaceFirst("");
            if (!before.isEmpty() && isCommitteeLine(before)) {
                v = before;
            }
        }
        return v;
    }

    /**
     * Whether a line reads as a place: a room or building word, a postcode, or an address's commas.
     *
     * @param line one line
     * @return true for a venue
     */
    public static boolean looksLikeVenue(String line) {
        if (line.length() > 200 || line.indexOf(':') >= 0 || line.endsWith(".") || UkDates.parse(line).isPresent()
                || line.toLowerCase(Locale.ROOT).matches("^(?:councillor|note|please)\\b.*")) {
            return false;
        }
        return VENUE_WORDS.matcher(line).matches() || POSTCODE.matcher(line).find() || line.chars().filter(c -> c == ',').count() >= 2;
    }

    /**
     * The venue a sentence names: "… held in the Council Chamber, County Hall on Thursday, 30 January 2025".
     *
     * @param text a sentence
     * @return the venue, or null where the sentence names none
     */
    public static @Nullable String venueInSentence(String text) {
        Matcher m = HELD_AT.matcher(text);
        if (!m.find()) {
            Matcher on = HELD_ON.matcher(text);
            if (!on.find()) {
                return null;
            }
            String v = on.group(1).replaceFirst("(?i)^the\\s+", "").replaceFirst("[.,;]$", "").strip();
            Matcher t = TIME.matcher(v);
            if (t.lookingAt()) {
                // "held on … at 6.00 pm Council Chamber, …": the "at" was the time's, and the place follows it.
                v = v.substring(t.end()).replaceFirst("^[,;]?\\s*(?:(?:in|at)\\s+)?(?:the\\s+)?", "").replaceFirst("[.,;]$", "").strip();
            }
            v = withoutTail(v);
            return v.isEmpty() || !looksLikeVenue(v) ? null : v;
        }
        // "held in the Chamber, X House, 14 Quay Street, Drumcarne, on Tuesday …": the comma before "on" is the sentence's, not the place's.
        String v = m.group(1).replaceFirst("(?i)^the\\s+", "").replaceFirst("[,;]$", "").strip();
        return time(v) != null && v.length() < 12 ? null : v;
    }

    /**
     * The place printed after a date line's time, where a rendering has joined the line under the date and time to it:
     * "Thursday 12 September 2024, 10.00 am Committee Room 1, The Guildhall" gives "Committee Room 1, The Guildhall".
     *
     * @param line a meeting's date line
     * @return the venue, or null where nothing after the time reads as a place
     */
    public static @Nullable String venueAfterTime(String line) {
        Matcher t = TIME.matcher(line);
        if (!t.find()) {
            return null;
        }
        // "at 3.00 pm (or on the rising of Full Council)": a note on the time, not the place.
        String v = line.substring(t.end()).strip().replaceFirst("^\\([^)]*\\)\\s*", "")
                .replaceFirst("(?i)^[,;–-]?\\s*(?:(?:in|at)\\s+)?(?:the\\s+)?(?=\\p{Lu})", "").replaceFirst("[,;.]$", "").strip();
        return v.isEmpty() || !Character.isUpperCase(v.charAt(0)) || UkDates.find(v).isPresent() || !looksLikeVenue(v) || startsWithHonorific(v)
                ? null : v;
    }

    /**
     * Whether a line on its own names a place: a room or building word or a postcode, not a list of people ("Mr A Smith (Chairman),
     * Mrs B Jones, …" has an address's commas too).
     *
     * @param line one line
     * @return true for a place
     */
    public static boolean isPlaceLine(String line) {
        return looksLikeVenue(line) && !startsWithHonorific(line) && (VENUE_WORDS.matcher(line).matches() || POSTCODE.matcher(line).find());
    }

    // "Mr A Smith (Chairman), Mrs B Jones, …": a list of people, whatever its commas say.
    private static boolean startsWithHonorific(String line) {
        int sp = line.indexOf(' ');
        return sp > 0 && org.councilpapers.extractors.vocab.NameLists.isHonorific(line.substring(0, sp));
    }

    /**
     * The place a labelled line gives ("Venue: Committee Room 2, Civic Centre", "Location: Meeting held remotely via Microsoft
     * Teams"), as printed, or the way a meeting with no room was held ("The meeting was held remotely via Microsoft Teams" gives
     * "remotely via Microsoft Teams").
     *
     * @param line one line
     * @return the venue, or null where the line gives none
     */
    public static @Nullable String venueLine(String line) {
        Matcher label = VENUE_LABEL.matcher(line.strip());
        if (label.find()) {
            return withoutDirections(label.group(1).replaceFirst("[.;,]$", "").strip());
        }
        if (line.regionMatches(true, 0, "the meeting ", 0, 12)) {
            Matcher prose = HELD_PROSE.matcher(line.strip());
            String v = prose.matches() ? withoutTail(prose.group(1)) : null;
            if (v != null && looksLikeVenue(v)) {
                return v;
            }
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (!lower.contains("remote") && !lower.contains("virtual") && !lower.contains("online")) {
            return null;
        }
        Matcher remote = REMOTE.matcher(line);
        return remote.find() ? remote.group(1).strip() : null;
    }

    /**
     * The time a sentence of the minutes' opening says the meeting began ("The meeting was held in the Council Chamber, Town Hall,
     * at 7pm.", "The meeting commenced at 6.45 pm"), as printed; null for any other line ("The meeting closed at 8.42pm").
     *
     * @param line one line
     * @return the time as printed, or null
     */
    public static @Nullable String startInProse(String line) {
        return line.regionMatches(true, 0, "the meeting ", 0, 12) && STARTED_PROSE.matcher(line).lookingAt() ? time(line) : null;
    }

    /**
     * A place without the link a meeting page prints after it ("Committee Room 3, Town Hall. View directions" gives "Committee Room 3,
     * Town Hall"); the place as given where it ends in no such link.
     *
     * @param place a place as a label or a table's cell gives it
     * @return the place alone
     */
    public static String withoutDirections(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("directions") && !lower.endsWith("map") && !lower.endsWith("map)") && !lower.endsWith("location")
                && !lower.endsWith("directions.")) {
            return place; // the words the link ends in, looked for before the pattern runs
        }
        Matcher m = DIRECTIONS.matcher(place);
        return m.find() && m.start() > 0 ? place.substring(0, m.start()).replaceFirst("[.,;]$", "").strip() : place;
    }

    /**
     * A place as a sentence gives it, without the time or date the sentence runs on to ("Reading Room, Church Lane, commencing at 7.30
     * pm" gives "Reading Room, Church Lane").
     *
     * @param place a place taken from a sentence
     * @return the place alone
     */
    public static String withoutTail(String place) {
        Matcher m = PLACE_TAIL.matcher(place);
        return (m.find() && m.start() > 0 ? place.substring(0, m.start()) : place).replaceFirst("[.,;]$", "").strip();
    }

    /**
     * Whether a line says when a meeting is: a full date with a time, a weekday or the word meeting.
     *
     * @param line one line
     * @return true for a meeting's date line
     */
    public static boolean isMeetingDateLine(String line) {
        String f = line.toLowerCase(Locale.ROOT);
        if (f.contains("publish") || f.contains("despatch") || f.contains("dispatch") || f.contains("issued") || line.length() > 250) {
            return false;
        }
        boolean fullDate = UkDates.find(line).map(d -> d.isFullDate()).orElse(false);
        return fullDate && (time(line) != null || WEEKDAY.matcher(line).find() || f.contains("meeting") || f.contains("held")
                || UkDates.parse(line).isPresent());
    }
    /**
     * An area's body read as its place and its name ("STAINMOOR SCHOOLS FORUM" gives "Stainmoor" and "Schools Forum"), a name in
     * capitals set in mixed case; null where the committee is no such body or the words before it name no place.
     *
     * @param committee a committee's name as printed
     * @return the place and the body, or null
     */
    public static @Nullable PlacedBody placedBody(String committee) {
        String c = committee.strip();
        if (c.length() > 90 || c.toLowerCase(Locale.ROOT).indexOf("forum") < 0 && c.toLowerCase(Locale.ROOT).indexOf("board") < 0
                && c.toLowerCase(Locale.ROOT).indexOf("partnership") < 0 && c.toLowerCase(Locale.ROOT).indexOf("religious") < 0) {
            return null; // none of the bodies' last words: most committees
        }
        Matcher m = PLACED_BODY.matcher(c);
        if (!m.matches()) {
            return null;
        }
        String place = mixedCase(m.group(1));
        if (!Character.isUpperCase(m.group(1).charAt(0)) || !org.councilpapers.extractors.vocab.Authorities.isPlace(place)) {
            return null;
        }
        return new PlacedBody(place, mixedCase(m.group(2).replaceAll("\\s+", " ")));
    }

    /**
     * A body hosted by a council and the place it is named for.
     *
     * @param place the place ("Stainmoor")
     * @param body the body's name without it ("Schools Forum")
     */
    public record PlacedBody(String place, String body) {}

    // "SCHOOLS' FUNDING FORUM" as "Schools' Funding Forum"; a name already in mixed case is kept as printed.
    private static String mixedCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split(" ")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(out.length() > 0 && SMALL_WORDS.contains(w) || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}

