package org.councilpapers.extractors.record.agenda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.vocab.NameLists;
import org.councilpapers.extractors.vocab.Roles;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * What an agenda front sheet says about the meeting it calls, read line by line in any layout
 * (plain lines, a two-column table, tab-separated fields): labelled lines ("Date:", "Venue:",
 * "Membership:", "Substitutes:", "Agenda published on:", "Ask for:") and, where there are no
 * labels, the lines' shapes: a committee's name at the top, a line with the date and time, the
 * address after it, the despatch date printed alone after the agenda.
 */
record FrontSheet(
        @Nullable String committee,
        @Nullable PartialDate date,
        @Nullable String time,
        @Nullable String venue,
        List<Person> members,
        List<Person> substitutes,
        @Nullable PartialDate published,
        @Nullable String contactOfficer,
        TextLine first,
        TextLine last) {

    private static final Pattern LABEL = Pattern.compile("^([A-Za-z][A-Za-z0-9 /&'’()-]{1,60}?)\\s*:\\s*(.*)$");
    private static final Pattern AGENDA_MARK = Pattern.compile("(?i)^(?:the )?agenda(?: items)?:?$|^items? of business:?$");
    private static final Pattern PLEASE_CONTACT = Pattern.compile("(?i)\\bplease contact\\s+(.+)");
    private static final Pattern CONTACT_END = Pattern.compile(
            "(?i)\\s+(?:by|on|at|via|tel|telephone|email|e-mail|direct line|who)\\b.*|\\s*[,;(<].*|\\s+\\d.*|\\s+\\S+@\\S+.*");
    // Members who are not councillors, listed under their own label: "Co-opted Members:", "Independent Person:".
    private static final Pattern CO_OPTED_LABEL = Pattern.compile(
            "(?:co-?opted|independent|lay|non-voting|voting|parent governor|church|diocesan|added)\\s+(?:members?|persons?|representatives?)");
    private static final String CONTACT_LABEL = "(?:ask for|contact officer|enquiries to)";
    /** "Ask for:", "Telephone: Tel: 03000 414043", "Email: name@council.gov.uk" and their like, with their values where they have one. */
    private static final Pattern CONTACT_LABELS = Pattern.compile("(?i)\\b" + CONTACT_LABEL + "\\s*:"
            + "|\\b(?:telephone|tel|phone|direct line|mobile)\\s*:\\s*(?:(?:tel|telephone)\\s*:\\s*)?(?:[+\\d][\\d ()-]{5,}\\d)?"
            + "|\\be-?mail\\s*:\\s*(?:\\S+@\\S+)?");
    private static final Pattern EMBEDDED_CONTACT = Pattern.compile("(?i)\\b" + CONTACT_LABEL + "\\s*:\\s*(\\S.*)");
    /**
     * A front sheet's fields run into one line by a rendering that joins lines ("Date: Tuesday, 14 May 2024 Time: 6.30 pm Place: …",
     * "Monday 10 June 2024 at 5.00 pm Location: …"): a field's label, capitalised as labels are, after the first, and not the end of a
     * longer label ("Co-opted Members:", "Committee Members:", one label). Contact labels are
     * not among them: a contact column set beside the date is read by {@link #venueBesideContacts}.
     */
    private static final Pattern EMBEDDED_FIELD = Pattern.compile("(?<=\\S)(?<!(?i:co-?opted|independent|lay|voting|added|committee|panel|board|cabinet))\\s+(?=(?:Date|Time|Venue|Place|Location|Where|Membership|Members"
            + "|Councillors|Substitutes|Published|Date of publication)\\s*:)");
    /**
     * A label block's lines read as one ("Venue: Committee Room 2, The Guildhall Contact: Name, Officer Tel: …"): the contact's
     * label ends the venue. Only after a labelled venue: a contact column set beside an unlabelled date line interleaves with its
     * address, and is read by {@link #venueBesideContacts}.
     */
    private static final Pattern CONTACT_AFTER_VENUE = Pattern.compile("(?<=\\S)\\s+(?=(?:Contact(?: [Oo]fficer| [Dd]etails)?|Enquiries(?: to| [Tt]o)?"
            + "|Queries(?: to)?|Ask for|Clerk|Democratic [Ss]ervices [Oo]fficer|Committee [Oo]fficer|Governance [Oo]fficer)\\s*:)");
    /** "Co-opted members (voting on education matters only)": a heading over members who are not councillors, with no colon. */
    private static final Pattern CO_OPTED_HEADING = Pattern.compile("^(?i:co-?opted (?:members?|representatives?))(?:\\s*\\([^)]*\\))?(?=\\s+\\p{Lu}|$)\\s*(.*)$");
    /** "Members of the Panel", "Membership of the Committee", "Committee Members": a heading over the members, with no colon. */
    private static final Pattern MEMBERS_HEADING = Pattern.compile("(?i)^(?:(?:the )?member(?:s|ship) of (?:the )?(?:\\p{L}+ )?"
            + "(?:committee|sub-committee|panel|board|cabinet|forum|commission|council)|(?:committee|panel|board|cabinet) members(?:hip)?"
            + "|membership|members)(?=\\s+councillors?\\s+\\p{Lu}|$)\\s*(.*)$");
    // "Councillor A Smith (Chair) Councillor B Jones": one member a line, read as one line, set apart again as a list is.
    // Only where nothing already sets the names apart: not after a comma or semicolon, nor "and" or "&".
    private static final Pattern NEXT_COUNCILLOR = Pattern.compile("(?<=[\\p{L}.)'’])(?<!\\band)\\s+(?=Councillor\\s+\\p{Lu})");
    // "Co-opted Members (non-voting):": a note in brackets on a label says nothing of which field it is.
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final int MAX_NAME_WORDS = 4;
    private static final int VENUE_REACH = 4;
    private static final int COMMITTEE_REACH = 12;

    private enum Field { DATE, TIME, VENUE, MEMBERS, SUBSTITUTES, PUBLISHED, CONTACT }

    /** The front sheet's facts; null when the blocks say neither when the meeting is nor which committee meets. */
    static @Nullable FrontSheet read(List<Block> blocks, List<AgendaReader.Entry> agenda) {
        Set<Integer> agendaStarts = new HashSet<>();
        int lastAgendaStart = -1;
        for (AgendaReader.Entry e : agenda) {
            agendaStarts.add(e.block().start());
            lastAgendaStart = Math.max(lastAgendaStart, e.block().start());
        }
        Reading r = new Reading();
        List<TextLine> lines = new ArrayList<>();
        List<Person> tabledMembers = new ArrayList<>();
        for (Block b : blocks) {
            List<Person> tabled = b.table() == null || agendaStarts.contains(b.start()) ? List.of() : memberTable(b);
            if (!tabled.isEmpty()) {
                // "Councillor | Role" rows: the membership set out as a table, or its co-opted members under the councillors' lines
                tabledMembers.addAll(tabled);
            } else if (!agendaStarts.contains(b.start())) {
                for (TextLine line : TextLine.of(b)) {
                    lines.addAll(fields(line));
                }
            }
        }
        int dateLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text();
            Matcher lab = LABEL.matcher(text);
            Field field = lab.matches() ? field(lab.group(1), lab.group(2)) : null;
            Matcher heading = MEMBERS_HEADING.matcher(text);
            Matcher coOpted = CO_OPTED_HEADING.matcher(text);
            if (field == null && heading.matches()) {
                field = Field.MEMBERS;
                lab = heading;
            } else if (field == null && coOpted.matches()) {
                field = Field.MEMBERS;
                lab = coOpted;
            }
            if (field != null) {
                String value = lab.group(lab.groupCount()).strip();
                if (value.isEmpty() && i + 1 < lines.size() && !isLabel(lines.get(i + 1).text())
                        && field != Field.MEMBERS && field != Field.SUBSTITUTES) {
                    value = lines.get(++i).text();
                }
                r.used(line);
                switch (field) {
                    case DATE -> {
                        r.date = fullDate(value);
                        r.time = r.time != null ? r.time : MeetingFacts.time(value);
                        dateLine = i;
                    }
                    case TIME -> r.time = Optional.ofNullable(MeetingFacts.time(value)).orElse(value.isEmpty() ? null : value);
                    case VENUE -> r.venue = value.isEmpty() ? null : value;
                    case PUBLISHED -> r.published = fullDate(value);
                    case CONTACT -> r.contact = r.contact != null ? r.contact : contactName(value);
                    case MEMBERS, SUBSTITUTES -> {
                        List<Person> people = field == Field.MEMBERS ? r.members : r.substitutes;
                        String role = field == Field.SUBSTITUTES ? Roles.SUBSTITUTE : lab == heading ? null
                                : lab == coOpted ? Roles.CO_OPTED : coOptedRole(lab.group(1));
                        addPeople(people, value, role);
                        while (i + 1 < lines.size()) {
                            TextLine next = lines.get(i + 1);
                            if (continuesList(next.text()) || Roles.CO_OPTED.equals(role) && !representatives(next.text()).isEmpty()) {
                                addPeople(people, next.text(), role);
                                r.used(next);
                                i++;
                            } else if (Roles.CO_OPTED.equals(role) && next.block().table() != null && i + 2 < lines.size()
                                    && lines.get(i + 2).block() == next.block()) {
                                i++; // whom a co-opted member represents, in the table's column beside the name: no one to add
                            } else {
                                break;
                            }
                        }
                    }
                    default -> { }
                }
                continue;
            }
            Matcher embedded = EMBEDDED_CONTACT.matcher(text);
            if (r.contact == null && embedded.find() && embedded.start() > 0) {
                r.contact = contactName(embedded.group(1)); // "… at 10.00 am Ask for: Georgina Little …": columns read as one line
            }
            if (r.date == null && MeetingFacts.isMeetingDateLine(text)) {
                r.date = fullDate(text);
                r.time = r.time != null ? r.time : MeetingFacts.time(text);
                r.venue = r.venue != null ? r.venue : MeetingFacts.venueInSentence(text);
                r.venue = r.venue != null ? r.venue : venueBesideContacts(text, r.contact);
                r.venue = r.venue != null || EMBEDDED_CONTACT.matcher(text).find() ? r.venue : MeetingFacts.venueAfterTime(text);
                dateLine = i;
                r.used(line);
            } else if (r.committee == null && r.date == null && i < COMMITTEE_REACH && MeetingFacts.isCommitteeLine(text)) {
                r.committee = text;
                r.used(line);
            } else if (r.venue == null && dateLine >= 0 && i - dateLine <= VENUE_REACH && !isLabel(text)
                    && MeetingFacts.looksLikeVenue(text)) {
                r.venue = text;
                r.used(line);
            } else if (r.contact == null && PLEASE_CONTACT.matcher(text).find()) {
                Matcher m = PLEASE_CONTACT.matcher(text);
                m.find();
                r.contact = contactName(m.group(1));
            } else if (r.date != null && line.block().start() > lastAgendaStart && lastAgendaStart >= 0) {
                // ModernGov prints the despatch date alone under the proper officer's name, after the agenda.
                Optional<PartialDate> d = UkDates.parse(text).filter(PartialDate::isFullDate);
                if (d.isPresent() && d.get().compareTo(r.date) < 0) {
                    r.despatched = d.get();
                }
            }
        }
        r.members.addAll(tabledMembers);
        if (r.committee == null) {
            for (int i = 0; i < Math.min(lines.size(), COMMITTEE_REACH + VENUE_REACH); i++) {
                if (MeetingFacts.isCommitteeLine(lines.get(i).text())) {
                    r.committee = lines.get(i).text();
                    break;
                }
            }
        }
        if (r.date == null && r.committee == null || lines.isEmpty()) {
            return null;
        }
        return new FrontSheet(r.committee, r.date, r.time, r.venue, r.members, r.substitutes,
                r.published != null ? r.published : r.despatched, r.contact, lines.get(0), r.last != null ? r.last : lines.get(0));
    }

    /** What a front sheet has read so far. */
    private static final class Reading {
        @Nullable String committee;
        @Nullable PartialDate date;
        @Nullable String time;
        @Nullable String venue;
        @Nullable PartialDate published;
        @Nullable PartialDate despatched;
        @Nullable String contact;
        @Nullable TextLine last;
        final List<Person> members = new ArrayList<>();
        final List<Person> substitutes = new ArrayList<>();

        void used(TextLine line) {
            if (last == null || line.end() > last.end()) {
                last = line;
            }
        }
    }

    private static @Nullable Field field(String label, String value) {
        String k = NOTE.matcher(label.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("").strip();
        if (k.contains("publish") || k.contains("publication") || k.contains("despatch") || k.contains("dispatch") || k.contains("issued")) {
            return Field.PUBLISHED;
        }
        if (k.contains("substitute") || k.startsWith("reserve")) {
            return Field.SUBSTITUTES;
        }
        if (k.startsWith("membership") || k.equals("members") || k.equals("committee members") || k.equals("councillors")
                || k.equals("to") && value.toLowerCase(Locale.ROOT).startsWith("councillor") || CO_OPTED_LABEL.matcher(k).matches()) {
            return Field.MEMBERS;
        }
        if (k.equals("date") || k.equals("date of meeting") || k.equals("meeting date") || k.equals("date and time") || k.equals("when")) {
            return Field.DATE;
        }
        if (k.equals("time") || k.equals("start time") || k.equals("time of meeting")) {
            return Field.TIME;
        }
        if (k.equals("venue") || k.equals("place") || k.equals("location") || k.equals("where") || k.equals("meeting venue")) {
            return Field.VENUE;
        }
        if (k.startsWith("contact") || k.equals("ask for") || k.startsWith("enquiries") || k.startsWith("queries")
                || k.endsWith("clerk") || k.endsWith("services officer") || k.equals("committee officer") || k.equals("governance officer")) {
            return Field.CONTACT;
        }
        return null;
    }

    /**
     * The line as the fields it holds: a labelled line or a meeting's date line with more labelled fields run on after it is split
     * before each of their labels; any other line is kept whole. Each part keeps the whole line's span.
     */
    private static List<TextLine> fields(TextLine line) {
        String text = line.text();
        Matcher lab = LABEL.matcher(text);
        boolean opensField = lab.matches() && field(lab.group(1), lab.group(2)) != null || MeetingFacts.isMeetingDateLine(text);
        if (!opensField) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        for (String part : EMBEDDED_FIELD.matcher(text).find() ? EMBEDDED_FIELD.split(text) : new String[] {text}) {
            Matcher venue = LABEL.matcher(part);
            Matcher contact = venue.matches() && field(venue.group(1), venue.group(2)) == Field.VENUE ? CONTACT_AFTER_VENUE.matcher(part) : null;
            if (contact != null && contact.find()) {
                parts.add(part.substring(0, contact.start()));
                parts.add(part.substring(contact.end()));
            } else {
                parts.add(part);
            }
        }
        if (parts.size() == 1) {
            return List.of(line);
        }
        List<TextLine> out = new ArrayList<>();
        for (String part : parts) {
            out.add(new TextLine(part.strip(), line.block(), line.start(), line.end()));
        }
        return out;
    }

    private static boolean isLabel(String text) {
        Matcher m = LABEL.matcher(text);
        return m.matches() && m.group(1).length() <= 40;
    }

    private static final Pattern NAME_HEADER = Pattern.compile("(?i)^(?:councillors?|members?(?:hip)?|names?|committee members?|co-?opted members?)$");
    private static final Pattern CO_OPTED_HEADER = Pattern.compile("(?i)^co-?opted members?$");
    private static final Pattern ROLE_HEADER = Pattern.compile("(?i)^(?:role|position|title|office|representing|designation)s?$");

    /** The members of a table whose header names a column of councillors or members (and perhaps one of their roles). */
    private static List<Person> memberTable(Block b) {
        var t = b.table();
        if (t.rowCount() < 2) {
            return List.of();
        }
        List<String> header = t.rowTexts(0).stream().map(TextLine::squash).toList();
        int nameCol = -1;
        int roleCol = -1;
        for (int c = 0; c < header.size(); c++) {
            if (nameCol < 0 && NAME_HEADER.matcher(header.get(c)).matches()) {
                nameCol = c;
            } else if (roleCol < 0 && ROLE_HEADER.matcher(header.get(c)).matches()) {
                roleCol = c;
            }
        }
        if (nameCol < 0 || header.stream().filter(h -> !h.isEmpty()).count() > 3) {
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        for (int r = 1; r < t.rowCount(); r++) {
            List<String> row = t.rowTexts(r);
            List<Person> named = nameCol < row.size() ? NameLists.people(TextLine.squash(row.get(nameCol))) : List.of();
            if (named.size() != 1) {
                continue;
            }
            String role = roleCol >= 0 && roleCol < row.size() ? TextLine.squash(row.get(roleCol)) : "";
            if (CO_OPTED_HEADER.matcher(header.get(nameCol)).matches()
                    && (role.isEmpty() || header.get(roleCol).toLowerCase(Locale.ROOT).startsWith("representing"))) {
                role = Roles.CO_OPTED; // "Co-opted Member | Representing": whom they speak for is no role; the column's heading is
            }
            Person p = named.get(0);
            out.add(new Person(p.name(), !role.isEmpty() ? Roles.normalise(role) : p.role() == null ? null : Roles.normalise(p.role())));
        }
        return out;
    }

    // A membership list goes on over lines that name people, including party groups ("Labour (2): Mr A Smith").
    private static boolean continuesList(String text) {
        Matcher lab = LABEL.matcher(text);
        if (lab.matches() && lab.group(1).strip().toLowerCase(Locale.ROOT).startsWith("quorum")) {
            return false; // "Quorum: 3 Members" counts members, it names none
        }
        if (lab.matches() && field(lab.group(1), lab.group(2)) != null || AGENDA_MARK.matcher(text).matches()
                || MeetingFacts.isMeetingDateLine(text)) {
            return false;
        }
        return !NameLists.people(text).isEmpty();
    }

    /**
     * @param role the role the list's label gives: Substitute for every substitute, a co-opted label's role for members
     *             printed without one, null for councillors
     */
    private static void addPeople(List<Person> out, String text, @Nullable String role) {
        List<Person> people = NameLists.people(NEXT_COUNCILLOR.matcher(text).replaceAll(", "));
        if (people.isEmpty() && Roles.CO_OPTED.equals(role)) {
            people = representatives(text);
        }
        for (Person p : people) {
            String own = p.role() == null ? null : Roles.normalise(p.role());
            out.add(new Person(p.name(), Roles.SUBSTITUTE.equals(role) ? role : own != null ? own : role));
        }
    }

    /**
     * Co-opted members with whom they represent in a second column, read as one line ("Father Dominic Kearney Roman Catholic
     * Diocese representative Mrs Alison Whitcombe Church of England …"): each opens with its honorific, and its name is the two
     * words after it (three where the second is an initial or a particle); the words up to the next honorific say whom the
     * member represents, which is no name and no role. Empty when no honorific opens the line.
     */
    static List<Person> representatives(String text) {
        String[] words = text.strip().split(" ");
        if (words.length < 3 || !NameLists.isHonorific(words[0])) {
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        for (int i = 0; i + 2 < words.length; i++) {
            if (!NameLists.isHonorific(words[i]) || NameLists.isHonorific(words[i + 1])) {
                continue;
            }
            int end = i + 3;
            String second = words[i + 2];
            if (end < words.length && (isInitial(second) || second.equals(second.toLowerCase(Locale.ROOT)))) {
                end++; // "Mr Kwame A. Asante", "Ms Ingrid van Dijk"
            }
            String name = String.join(" ", java.util.Arrays.asList(words).subList(i + 1, end));
            if (NameLists.isName(name, false)) {
                out.add(new Person(name, null));
                i = end - 1;
            }
        }
        return out;
    }

    // "A", "A.": an initial, with no regex compiled per word.
    private static boolean isInitial(String word) {
        return !word.isEmpty() && word.length() <= 2 && Character.isUpperCase(word.charAt(0)) && (word.length() == 1 || word.charAt(1) == '.');
    }

    // "Co-opted Members" → Co-opted; "Independent Person" → Independent Person; a membership label gives no role.
    private static @Nullable String coOptedRole(String label) {
        String k = NOTE.matcher(label.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (!CO_OPTED_LABEL.matcher(k).matches()) {
            return null;
        }
        String singular = label.strip().replaceAll("(?i)(member|person|representative)s$", "$1");
        return Roles.normalise(singular).equals(Roles.CO_OPTED) || k.startsWith("co") ? Roles.CO_OPTED : singular;
    }

    /**
     * ModernGov front sheets set the date, time and venue in a left column beside "Ask for: /
     * Telephone: / Email:" on the right; a reading that keeps whole lines gives "Thursday, 30th
     * January, 2025, at 10.00 am Ask for: Georgina Little Council Chamber, Sessions House, Telephone:
     * Tel: 03000 414043 County Hall, Maidstone Email:". Without the contact labels and their values,
     * what follows the time is the venue.
     */
    static @Nullable String venueBesideContacts(String dateLine, @Nullable String contact) {
        Matcher time = MeetingFacts.timeMatcher(dateLine);
        if (!EMBEDDED_CONTACT.matcher(dateLine).find() || !time.find()) {
            return null;
        }
        String rest = dateLine.substring(time.end());
        if (contact != null) {
            rest = rest.replace(contact, " ");
        }
        rest = CONTACT_LABELS.matcher(rest).replaceAll(" ");
        // "at 3.00 pm (or on the rising of Full Council, whichever is the later)": a note on the time, not the place.
        String v = Texts.collapse(rest).strip().replaceFirst("^\\([^)]*\\)\\s*", "")
                .replaceFirst("(?i)^(?:[,;]\\s*)?(?:in|at)\\s+(?:the\\s+)?", "").replaceFirst("[,;]$", "").strip();
        return !v.isEmpty() && MeetingFacts.looksLikeVenue(v) ? v : null;
    }

    private static @Nullable PartialDate fullDate(String text) {
        return UkDates.find(text).filter(PartialDate::isFullDate).orElse(null);
    }

    /** "Grace Le, Senior Democratic Services Officer by sending an email to …" → "Grace Le"; null when no person is named. */
    static @Nullable String contactName(String value) {
        String v = value.replaceFirst("(?i)^(?:please )?contact\\s+", "").strip();
        v = CONTACT_END.matcher(v).replaceFirst("").strip();
        String[] words = NameLists.stripHonorifics(v).split(" ");
        // The longest run of words from the start that is a name: "Georgina Little Council Chamber" → "Georgina Little".
        for (int n = Math.min(words.length, MAX_NAME_WORDS); n >= 2; n--) {
            String candidate = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
            if (NameLists.isName(candidate, false)) {
                return candidate;
            }
        }
        return null;
    }
}
