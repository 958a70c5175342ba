package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Classification;
import org.jspecify.annotations.Nullable;

/**
 * The labels of committee report covers, across councils, and the field of the {@code report} record each names:
 * "Report to" / "To" / "Meeting" / "Circulated to" name the committee, "Subject" / "Title of report" / "Report title"
 * the title, "From" / "By" / "Report of" who reports, "Relevant Director" / "Accountable Director" the director,
 * "Report author" / "Contact officer" / "Lead officer" the author, "Electoral Division" / "Wards affected" the wards,
 * "Key decision" and "Classification" / "Status" / "Open or exempt". Adding a council's wording is one entry here.
 *
 * <p>Each field takes values of one shape ({@link Shape}): a label printed without a colon ("To Cabinet – 12 March
 * 2024", "By Director of Place") is only taken for one when its value has that shape, since "To", "By" and "Date" begin
 * ordinary sentences too. Some labels are known but name no field of the record ("Portfolio holder", "Purpose of
 * report", "Future pathway"): knowing them keeps their values from being taken for the title. Labels of a record of a
 * decision already taken ("Decision taken", "Date of decision") say the paper is a decision notice, not a report.
 */
public final class CoverLabels {
    // Compiled once: every line of every paper is asked whether it is a label, so a pattern compiled per call cost a sixth
    // of extraction time on a pack.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABEL_END = Pattern.compile("\\s*[:?]\\s*$");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    // Compiled once (String.matches and replaceAll compile theirs on every call): asked of every line of every cover.
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern STANDALONE_CLASSIFICATION = Pattern.compile("(?:this report is:?\\s*)?(?:public|open|unrestricted|exempt|confidential|restricted|private|not for publication"
            + "|for general release|part (?:1|i|2|ii))(?: report| item| information)?(?:\\s*[-–:]\\s*(?:exempt|public|open|confidential))?");
    private static final Pattern CLASSIFIED_PAPER = Pattern.compile("(?:open|public|exempt|confidential|restricted) (?:report|item)");

    /** The cover facts a label names. */
    public enum Field {
        /** The report's title ("Subject", "Title of report", "Report title"). */
        TITLE(Shape.TEXT),
        /** The agenda item's number ("Item", "Agenda item"). */
        ITEM(Shape.NUMBER),
        /** The committee the report goes to ("Report to", "To", "Meeting"). */
        COMMITTEE(Shape.COMMITTEE),
        /** The meeting's date. */
        DATE(Shape.DATE),
        /** Who reports ("From", "By", "Report of"). */
        REPORT_OF(Shape.ROLE),
        /** Who wrote the report ("Report author", "Contact officer", "Lead officer"). */
        AUTHOR(Shape.ROLE),
        /** The director answerable for it ("Relevant Director", "Accountable Director"). */
        DIRECTOR(Shape.ROLE),
        /** The assistant director answerable for it. */
        ASSISTANT_DIRECTOR(Shape.ROLE),
        /** The wards or divisions affected ("Wards affected", "Electoral Division"). */
        WARDS(Shape.TEXT),
        /** Whether it is a key decision ("Key decision"). */
        KEY_DECISION(Shape.YES_NO),
        /** Whether it is open or exempt ("Classification", "Status", "Open or exempt"). */
        CLASSIFICATION(Shape.CLASSIFICATION),
        /** A cover label that names nothing the record holds ("Portfolio holder", "Decision no"). */
        OTHER(Shape.TEXT),
        /** A label of a decision already taken: the labelled block is a decision notice, not a report's cover. */
        DECISION_RECORD(Shape.TEXT);

        private final Shape shape;

        Field(Shape shape) {
            this.shape = shape;
        }

        /**
         * What a value of this field looks like, which decides whether a label printed without a colon is taken for one.
         *
         * @return the field's shape
         */
        public Shape shape() {
            return shape;
        }

        /**
         * Whether the field belongs to a report rather than to any paper of a meeting (date, committee, classification).
         *
         * @return true for a report's own fields
         */
        public boolean isReportField() {
            return this != DATE && this != COMMITTEE && this != CLASSIFICATION && this != OTHER && this != DECISION_RECORD;
        }
    }

    /** What a field's value looks like. */
    public enum Shape {
        /** Any text. */
        TEXT,
        /** "7", "7a". */
        NUMBER,
        /** A committee's name, perhaps with its meeting's date: "Cabinet – 30 January 2025". */
        COMMITTEE,
        /** A full date. */
        DATE,
        /** A person or a post: "Director of Place", "Jane Doe, Head of Housing". */
        ROLE,
        /** "Yes", "No", "Key", "Non-key", "N/A". */
        YES_NO,
        /** "Public", "Open", "Unrestricted", "Part I" / "Exempt", "Part II", "Confidential", "Not for publication". */
        CLASSIFICATION
    }

    /**
     * A line read as a label and its value (empty where the value is on the next line).
     *
     * @param field the field the label names
     * @param label the label as printed
     * @param value the value printed after it, "" where it is on the next line
     * @param colon whether the label is followed by a colon, which makes it a label whatever its value
     */
    public record Labelled(Field field, String label, String value, boolean colon) {}

    private static final Map<String, Field> LABELS = new LinkedHashMap<>();
    // Labels that ask whether the paper is withheld: their "Yes" means exempt, their "No" public.
    private static final java.util.Set<String> EXEMPT_QUESTIONS = java.util.Set.of("exempt", "exempt report", "exempt item",
            "is the report exempt", "is this report exempt", "is the item exempt", "confidential", "confidential report",
            "confidential item", "exempt or confidential", "exempt/confidential", "private report", "not for publication");
    private static final Pattern ANSWER = Pattern.compile("(?i)^(yes|no)\\b[\\s.,;:–—-]*(.*)$");
    // "Item 9: Allotment rents", "Agenda item 6 – Empty Homes Strategy", "Agenda Item No. 7. Budget": the item and its title on one line.
    private static final Pattern TITLED_ITEM = Pattern.compile("(?i)^(?:agenda\\s+)?item\\s*(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)"
            + "\\s*(?:[:.–—-]|\\s[–—-])\\s*(\\p{L}.{2,200})$");

    static {
        labels(Field.TITLE, "report title", "title", "title of report", "title of the report", "report", "subject", "subject of report",
                "report subject", "report name", "title of paper", "paper title", "name of report", "title of item", "item title");
        labels(Field.ITEM, "agenda item", "item", "item no", "item no.", "item number", "agenda item no", "agenda item no.",
                "agenda item number", "agenda no", "agenda no.", "agenda ref", "agenda reference");
        labels(Field.COMMITTEE, "meeting", "committee", "decision maker", "decision-maker", "final decision maker", "final decision-maker",
                "report to", "to", "meeting of", "name of meeting", "meeting name", "board", "panel", "circulated to", "name of committee",
                "committee name", "report for", "submitted to");
        labels(Field.DATE, "date", "date of meeting", "meeting date", "date of the meeting", "committee date", "date of committee");
        labels(Field.REPORT_OF, "report of", "report by", "report from", "from", "by", "submitted by", "presented by",
                "report sponsor", "responsible officer", "report authorised by", "authorised by", "lead head of service");
        labels(Field.AUTHOR, "author", "authors", "report author", "report author(s)", "report authors", "contact officer",
                "contact officers", "lead officer", "contact", "report contact", "officer contact", "contact details", "report writer",
                "lead officer and report author", "report author and lead officer", "contact for enquiries", "author(s)",
                "contact officer(s)", "report originator");
        labels(Field.DIRECTOR, "accountable director", "accountable corporate director", "accountable strategic director",
                "responsible director", "relevant director", "relevant director(s)", "relevant directors", "lead director(s)",
                "relevant corporate director", "responsible corporate director", "lead corporate director", "sponsoring director",
                "director responsible", "accountable executive director", "lead director", "director lead", "lead strategic director",
                "lead executive director", "responsible strategic director", "responsible executive director", "strategic director lead");
        labels(Field.ASSISTANT_DIRECTOR, "accountable assistant director", "accountable head of service", "relevant assistant director");
        labels(Field.WARDS, "wards", "ward", "wards affected", "ward(s) affected", "ward affected", "wards and communities affected",
                "electoral divisions affected", "divisions affected", "electoral division(s) affected", "division(s) affected",
                "wards/divisions affected", "electoral division", "electoral divisions", "electoral division(s)", "division", "divisions",
                "ward(s)", "local members", "wards or divisions affected");
        labels(Field.KEY_DECISION, "key decision", "is this a key decision", "key decision (yes/no)", "key decision yes/no",
                "is it a key decision", "key decision?", "is this a key decision?");
        labels(Field.CLASSIFICATION, "classification", "status", "public or exempt", "confidentiality", "open or exempt",
                "security classification", "report status", "public/exempt", "open/exempt", "public or private", "publication status");
        // Asked as a question and answered "Yes" or "No" ("Exempt: No", "Is the report exempt? No", "Confidential | No").
        labels(Field.CLASSIFICATION, EXEMPT_QUESTIONS.toArray(String[]::new));
        labels(Field.OTHER, "portfolio holder", "portfolio", "cabinet member", "lead member", "lead board member", "board member",
                "lead cabinet member", "responsible cabinet member",
                "executive member", "purpose of report", "purpose", "decision no", "decision number", "decision reference", "reference",
                "forward plan reference", "forward plan ref", "key decision reference", "past pathway of report", "future pathway of report",
                "past pathway", "future pathway", "is the decision eligible for call-in", "eligible for call-in", "exempt information",
                "appendices", "background papers", "report type", "decision type", "decision required", "corporate priority",
                "council priority", "exemption", "reason for exemption", "urgent", "urgent decision", "recommendation", "summary");
        labels(Field.DECISION_RECORD, "decision", "decision taken", "decision made", "date of decision", "decision date",
                "date decision taken", "reason for decision", "reasons for decision", "reason for the decision", "reasons for the decision",
                "alternative options considered", "decision to be taken by");
    }

    /**
     * The item number and title of a line that prints both ("Item 9: Review of Allotment Rents", "Agenda item 6 – Empty Homes
     * Strategy"); null where the line is no such line.
     *
     * @param line one line of a cover
     * @return the item's number and its title, or null
     */
    public static @Nullable TitledItem titledItem(String line) {
        String t = line.strip();
        // Cheap first: the line must open with "item" or "agenda", as few lines do.
        if (t.length() < 8 || !(t.regionMatches(true, 0, "item", 0, 4) || t.regionMatches(true, 0, "agenda", 0, 6))) {
            return null;
        }
        Matcher m = TITLED_ITEM.matcher(t);
        return m.matches() ? new TitledItem(m.group(1), m.group(2).strip()) : null;
    }

    /**
     * An item's number and title printed on one line.
     *
     * @param number the item's number as printed ("9", "4a")
     * @param title the title after it
     */
    public record TitledItem(String number, String title) {}

    /**
     * A classification label's value as a classification's words: a label that asks whether the paper is withheld
     * ("Exempt", "Confidential") answered "No" says it is public, answered "Yes" that it is exempt; any other value is
     * returned as printed.
     *
     * @param label the label as printed
     * @param value the value printed beside it
     * @return the value, in classification words where the label asks a question
     */
    public static String answered(String label, String value) {
        if (!EXEMPT_QUESTIONS.contains(key(label))) {
            return value;
        }
        Matcher m = ANSWER.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        return m.group(1).equalsIgnoreCase("no") ? "not exempt" : ("exempt " + m.group(2)).strip();
    }

    private static void labels(Field field, String... names) {
        for (String n : names) {
            LABELS.putIfAbsent(n, field);
        }
    }

    // Longest first, so that "report author" wins over "report" and "key decision reference" over "key decision".
    private static final List<String> BY_LENGTH = LABELS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder())).toList();
    private static final int LONGEST = BY_LENGTH.get(0).length();
    private static final Pattern COMMITTEE_WORD = Pattern.compile(
            "(?i)\\b(?:committee|cabinet|council|board|panel|forum|executive|sub-committee|scrutiny|commission|assembly|partnership)\\b");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:director|head|officer|manager|leader|member|councillor|cllr|"
            + "chief|executive|portfolio|lead|clerk|solicitor|treasurer|accountant|strategist|adviser|advisor)\\b");
    // Words that name a paper or its subject, never a person: a title in three capitalised words is no one's name.
    private static final Pattern PAPER_WORD = Pattern.compile("(?i)\\b(?:report|reports|plan|plans|strategy|monitoring|budget|review|update|"
            + "policy|programme|program|statement|proposals?|assessment|framework|scheme|consultation|performance|annual|quarter|"
            + "quarterly|draft|outturn|forecast|accounts|charter|protocol|briefing|progress|overview)\\b");
    private static final Pattern YES_NO = Pattern.compile("(?i)^(?:yes|no|key|non[- ]?key|not key|n/?a|not applicable|none)\\b.{0,60}$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}[a-z]?)\\.?$");
    // A date at the end of "Cabinet – 30 January 2025", "Cabinet, 30 January 2025", "Cabinet on 30 January 2025".
    private static final Pattern TRAILING_DATE_SEP = Pattern.compile("\\s*(?:[-–—,:]|\\bon\\b|\\bmeeting of\\b)?\\s*$");

    private CoverLabels() {}

    /**
     * The field a label names, with or without its colon; null when the text is no cover label.
     *
     * @param label a label, with or without its colon
     * @return the field it names, or null
     */
    public static @Nullable Field field(String label) {
        if (longerThanAnyLabel(label)) {
            return null;
        }
        String k = key(label);
        Field whole = LABELS.get(k);
        if (whole != null) {
            return whole;
        }
        if (k.indexOf('/') < 0) {
            return null;
        }
        // "Report of / Report by", "Author / Contact officer": either wording names the field.
        for (String part : SLASH.split(k)) {
            Field f = LABELS.get(part);
            if (f != null && f != Field.DECISION_RECORD) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether no part of a text (the whole, or a piece between slashes) can fold to a label: each has more letters than the
     * longest label. Callers ask of whole paragraphs (a report's contact details are looked for in every block after its
     * cover), and folding a paragraph to learn that it is no label was a hot spot. Folding only removes whitespace and a
     * closing colon or question mark, so the count of other characters, less one, bounds a part's folded length.
     */
    private static boolean longerThanAnyLabel(String label) {
        int run = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '/') {
                if (run <= LONGEST + 1) {
                    return false;
                }
                run = 0;
            } else if (!Character.isWhitespace(c)) { // the regex's \s is one of these
                run++;
            }
        }
        return run > LONGEST + 1;
    }

    private static String key(String label) {
        String squashed = SPACES.matcher(label.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
        return LABEL_END.matcher(squashed).replaceAll("").strip();
    }

    /**
     * The line read as a known label and its value: "Subject: Home to school transport" (any label with a colon),
     * "Report of:" alone (value on the next line), "Relevant Director" alone, or a label without a colon whose value has
     * its field's shape ("To Cabinet – 12 March 2024", "Classification Unrestricted"). Null when the line is none of these.
     *
     * @param line one line of a cover
     * @return the label and value, or null
     */
    public static @Nullable Labelled read(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return null;
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            Field f = field(t.substring(0, colon));
            if (f != null) {
                String label = t.substring(0, colon).strip();
                return new Labelled(f, label, answered(label, t.substring(colon + 1).strip()), true);
            }
        }
        Field whole = field(t);
        if (whole != null) {
            return new Labelled(whole, t, "", t.endsWith(":"));
        }
        int question = t.indexOf('?');
        if (question > 0 && question < t.length() - 1) {
            // "Is the decision eligible for call-in? Yes", "Key decision? No": a question's mark sets its answer apart as a colon does.
            Field f = field(t.substring(0, question));
            if (f != null) {
                String label = t.substring(0, question + 1).strip();
                return new Labelled(f, label, answered(label, t.substring(question + 1).strip()), true);
            }
        }
        String lower = lowerHead(t);
        for (String label : BY_LENGTH) {
            if (lower.startsWith(label) && lower.length() > label.length() && Character.isWhitespace(lower.charAt(label.length()))) {
                String value = answered(label, t.substring(label.length()).strip());
                Field f = LABELS.get(label);
                if (!value.isEmpty() && hasShape(f, value) && bareLabelAllowed(f, value)) {
                    return new Labelled(f, t.substring(0, label.length()), value, false);
                }
                return null; // the longest label that starts the line decides; a shorter one would read "Report title x" as "Report"
            }
        }
        return null;
    }

    // The line lower-cased as far as a label and the character after it can reach: a line may be a whole paragraph. Only an
    // ASCII head is cut before lower-casing, as lower-casing some letters changes the length or depends on the next letter.
    private static String lowerHead(String t) {
        int n = Math.min(t.length(), LONGEST + 1);
        for (int i = 0; i < n; i++) {
            if (t.charAt(i) >= 0x80) {
                return t.toLowerCase(Locale.ROOT).replace('’', '\'');
            }
        }
        return t.substring(0, n).toLowerCase(Locale.ROOT);
    }

    // Free-text fields take a value without a colon only where their shape is unmistakable.
    private static boolean bareLabelAllowed(Field f, String value) {
        return switch (f) {
            case TITLE, OTHER, DECISION_RECORD -> false;
            case WARDS -> value.length() <= 80 && !value.matches("(?i)^(?:of|the|in|and|to|for|with|are|is|was|were)\\b.*");
            default -> true;
        };
    }

    /**
     * Whether a value has the shape its field takes.
     *
     * @param f the field
     * @param value a value printed beside its label
     * @return true where the value has the field's shape
     */
    public static boolean hasShape(Field f, String value) {
        String v = value.strip();
        return switch (f.shape()) {
            case TEXT -> !v.isEmpty();
            case NUMBER -> ITEM_NUMBER.matcher(v).matches();
            case COMMITTEE -> COMMITTEE_WORD.matcher(v).find() && v.length() <= 120 && !v.endsWith(".");
            case DATE -> UkDates.find(v).filter(PartialDate::isFullDate).isPresent() && v.length() <= 40;
            case ROLE -> v.length() <= 200 && (ROLE_WORD.matcher(v).find() || PersonNames.looksLikeName(v.split("[,;(]")[0].strip())
                    || personName(v) != null);
            case YES_NO -> YES_NO.matcher(v).matches();
            case CLASSIFICATION -> classification(v) != null;
        };
    }

    /**
     * "Public", "Open", "Unrestricted", "Part I", "For general release" → public; "Exempt", "Part II", "Confidential",
     * "Restricted", "Private", "Not for publication" → exempt; anything else (a template's "Public/Private") says neither.
     *
     * @param v a classification value as printed
     * @return public or exempt, or null where it says neither
     */
    public static @Nullable Classification classification(String v) {
        String k = v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean exempt = k.matches("(?s).*\\b(?:exempt|confidential|not for publication|part (?:2|ii|b)|private|restricted)\\b.*")
                && !k.matches("(?s).*\\bunrestricted\\b.*") && !k.matches("(?s)^(?:not exempt|non-exempt|no)\\b.*");
        boolean open = k.matches("(?s).*\\b(?:public|open|unrestricted|part (?:1|i|a)|for general release|not exempt|non-exempt)\\b.*");
        if (exempt && open) {
            // "Public report with an exempt appendix", "Part I / Part II": which comes first is what the cover says of itself.
            return k.contains("/") ? null : firstOf(k);
        }
        return exempt ? Classification.EXEMPT : open ? Classification.PUBLIC : null;
    }

    private static Classification firstOf(String k) {
        Matcher e = Pattern.compile("\\b(?:exempt|confidential|not for publication|part (?:2|ii|b)|private|restricted)\\b").matcher(k);
        Matcher o = Pattern.compile("\\b(?:public|open|unrestricted|part (?:1|i|a)|for general release)\\b").matcher(k);
        int ei = e.find() ? e.start() : Integer.MAX_VALUE;
        int oi = o.find() ? o.start() : Integer.MAX_VALUE;
        return ei < oi ? Classification.EXEMPT : Classification.PUBLIC;
    }

    /**
     * A classification printed as a line of its own: "Unrestricted", "OPEN REPORT", "Part II – Exempt", "This report is public".
     *
     * @param line one line of a cover
     * @return the classification it states, or null
     */
    public static @Nullable Classification standaloneClassification(String line) {
        String k = TRAILING_DOTS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (STANDALONE_CLASSIFICATION.matcher(k).matches() || CLASSIFIED_PAPER.matcher(k).matches()) {
            return classification(k.replaceFirst("^this report is:?\\s*", ""));
        }
        return null;
    }

    /**
     * Whether a line is a person rather than a heading: a name with a post after it ("Sam Lee, Director of Place"), or a
     * name alone of two or three words. A title in capitals ("Housing Allocations Policy Review") is not taken for one.
     *
     * @param line one line of a cover
     * @return true for a person's name, with or without a post
     */
    public static boolean isPerson(String line) {
        String t = line.strip();
        int comma = t.indexOf(',');
        if (comma > 0) {
            String head = PersonNames.stripHonorific(t.substring(0, comma).strip());
            return PersonNames.looksLikeName(head) && head.split(" ").length <= 3 && ROLE_WORD.matcher(t.substring(comma)).find();
        }
        // "Finance Monitoring Report", "Housing Strategy Update": three capitalised words, but a paper's title.
        return PersonNames.looksLikeName(t) && PersonNames.stripHonorific(t).split(" ").length <= 3 && !PAPER_WORD.matcher(t).find()
                && (!t.equals(PersonNames.stripHonorific(t)) || !ROLE_WORD.matcher(t).find());
    }

    // The details after a contact's name and post: an e-mail address, a telephone number, "Tel:", "Email:", "Ext".
    private static final Pattern CONTACT_DETAIL = Pattern.compile(
            "(?i)[\\s,;:(–-]*(?:\\S+@\\S+|\\(?\\+?\\d[\\d ()-]{4,}\\d|\\b(?:tel|telephone|phone|e-?mail|mobile|ext)\\b\\.?).*$");

    /**
     * A contact's line without its telephone and e-mail: "Jo Lee, Head of Finance 01632 960001 jo.lee@…" → "Jo Lee, Head of Finance".
     *
     * @param line a contact's line
     * @return the line without telephone numbers and e-mail addresses
     */
    public static String withoutContactDetails(String line) {
        return CONTACT_DETAIL.matcher(line.strip()).replaceFirst("").strip();
    }

    /**
     * A contact as "name, post", the way a cover's director is recorded: "Dr Sam Ode Interim Corporate Director Finance
     * 01632 960001" (the post run on after the name, as a cell or a PDF line prints it) → "Sam Ode, Interim Corporate Director
     * Finance"; "Sam Ode, Director of Place" as printed, without the honorific; a post alone as printed.
     *
     * @param value a contact's value as printed
     * @return the contact as "name, post", or the post alone
     */
    public static String namePost(String value) {
        String v = withoutContactDetails(value);
        if (v.isEmpty()) {
            v = value.strip();
        }
        if (v.indexOf(',') < 0) {
            org.councilpapers.core.record.Person p = PersonNames.split(v);
            if (p.role() != null && PersonNames.looksLikeName(p.name()) && !PersonNames.isTitleWord(p.name().split(" ")[0])) {
                return p.name() + ", " + p.role();
            }
        }
        return PersonNames.stripHonorific(v);
    }

    /**
     * Whether a line is a post and no person's name: "Interim Corporate Director Finance", "Head of Housing".
     *
     * @param line one line of a cover
     * @return true for a post without a name
     */
    public static boolean isPost(String line) {
        String t = line.strip();
        // A post's words ("Director", "Head", "Officer") are no one's name; a person's name with a post after it is not a post alone.
        return ROLE_WORD.matcher(t).find() && t.indexOf(',') < 0 && personName(t) == null && t.length() <= 120 && !t.endsWith(".");
    }

    /**
     * The committee in a "To" value, without the date printed after it: "Cabinet – 30 January 2025" → "Cabinet".
     *
     * @param value a "To" label's value
     * @return the committee's name
     */
    public static String committee(String value) {
        String v = value.strip();
        Optional<PartialDate> d = UkDates.find(v);
        if (d.isPresent()) {
            Matcher m = Pattern.compile("(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+\\d{4}\\s*$")
                    .matcher(v);
            if (m.find() && m.start() > 0) {
                v = TRAILING_DATE_SEP.matcher(v.substring(0, m.start())).replaceFirst("").strip();
            }
        }
        return v;
    }

    /**
     * The meeting's full date in a value, if it prints one.
     *
     * @param value a label's value
     * @return the full date it prints, or null
     */
    public static @Nullable PartialDate date(String value) {
        return UkDates.find(value).filter(PartialDate::isFullDate).orElse(null);
    }

    /**
     * The number in an item label's value: "7", "7a" (a trailing full stop dropped); null when the value is no item number.
     *
     * @param value an item label's value
     * @return the item number, or null
     */
    public static @Nullable String itemNumber(String value) {
        Matcher m = ITEM_NUMBER.matcher(value.strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * A person's name in a contact value, in either order: "Jane Doe, Head of Placements", "Head of Finance; Dave Shipton",
     * "Dr Sam Lee (01234 567890, sam.lee@…)". Null when no part of it is a single person's name (a post alone, several
     * people).
     *
     * @param value a contact's value as printed
     * @return the person's name, or null
     */
    public static @Nullable String personName(String value) {
        String found = null;
        // Each person is a segment ("Jane Doe, Head of X; Sam Lee"); within one, the name comes before or after the post.
        for (String segment : segments(value.replaceAll("(?i)\\bname\\s*:\\s*", ""))) {
            String name = null;
            for (String p : segment.split("\\s*[,(]\\s*|\\s+[-–]\\s+|\\s(?=\\S+@)|\\s(?=[+\\d]{5})|\\s(?i:tel|telephone|email|e-mail)\\b")) {
                org.councilpapers.core.record.Person split = PersonNames.split(p.strip());
                String n = split.name();
                // "Joe Bloggs Acting Chief Accountant": a name with its post run on after it, no comma between.
                boolean runOnPost = split.role() != null && p.indexOf(',') < 0 && !ROLE_WORD.matcher(n).find();
                if (!p.isBlank() && PersonNames.looksLikeName(n) && !PersonNames.isTitleWord(n.split(" ")[0])
                        && (runOnPost || !ROLE_WORD.matcher(p).find())) {
                    name = n;
                    break; // the first name-like part of a segment: what follows is the post or the place
                }
            }
            if (name != null) {
                if (found != null && !found.equals(name)) {
                    return null; // two people: no one author
                }
                found = name;
            }
        }
        return found;
    }

    // Whether a part after "and" opens with a person's name ("Sam Lee, Head of X") rather than the rest of a post wrapped on to the
    // value's next line ("Improvement, Children's Services" after "Head of Performance and"): a name is two words or more.
    private static boolean namesSomeone(String part) {
        String first = part.substring(0, part.indexOf(',')).strip();
        return first.indexOf(' ') > 0 && PersonNames.looksLikeName(PersonNames.split(first).name()) && !ROLE_WORD.matcher(first).find();
    }

    private static final Pattern PEOPLE_SEPARATOR = Pattern.compile("\\s*[;|]\\s*");
    private static final Pattern AND_CAPITAL = Pattern.compile("\\s+and\\s+(?=[A-Z])");

    // "Jane Doe; Sam Lee", "Jane Doe and Sam Lee" are two people; "Kieran Lodge, Head of Quality Assurance and Practice
    // Improvement" is one, whose post goes on after "and": a part with no comma of its own after a name and its post continues it.
    private static List<String> segments(String value) {
        List<String> out = new ArrayList<>();
        for (String person : PEOPLE_SEPARATOR.split(value)) {
            String[] parts = AND_CAPITAL.split(person);
            String current = parts[0];
            for (int i = 1; i < parts.length; i++) {
                if (current.indexOf(',') > 0 && (parts[i].indexOf(',') < 0 || !namesSomeone(parts[i]))) {
                    current = current + " and " + parts[i];
                } else {
                    out.add(current);
                    current = parts[i];
                }
            }
            out.add(current);
        }
        return out;
    }
}
