package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of a work programme written as a list rather than a table, taken apart: the topic, and the lead officer and
 * requester that councils write after it in many ways ("School Place Planning (Lead: Head of School Organisation) -
 * requested by Councillor A Gill", "Elective Home Education – lead officer: Head of Education Welfare; requested by the
 * Committee", "… Lead officer: X Source: Cabinet referral" where a reader joined the sub-lines on to the topic), and a
 * meeting date the line may open with ("June 2025 — …").
 */
final class ProgrammeLine {
    /** What a label says the text after it is. */
    enum Field { LEAD, REQUESTED, OTHER }

    /**
     * A line taken apart. {@code topic} is empty where the line is only labels ("Lead officer: Jo Kent").
     *
     * @param topic     the text before the first label, separators trimmed
     * @param lead      the lead officer's value, or null
     * @param requested who asked for the item, or null
     */
    record Parsed(String topic, @Nullable String lead, @Nullable String requested) {}

    /** A line that opens with the meeting it is for: {@code date} as printed, {@code rest} the entry. */
    record Dated(String date, String rest) {}

    // The longer wordings first, so "Lead officer:" is one label and not "Lead" then "officer:".
    private static final Pattern LABEL = Pattern.compile("(?i)(?<![\\p{L}'’])(lead officers?|lead members?|lead directors?|lead"
            + "|responsible officers?|contact officers?|source of (?:the )?(?:request|item)|report authors?|authors?|officers?|presenters?|presented by"
            + "|requested by|raised by|suggested by|proposed by|referred by|source|origin"
            + "|purpose|reasons? for (?:inclusion|scrutiny|the item)|reason|format|notes?|comments?|key decision|decision type"
            + "|expected outcomes?|outcomes?|cabinet members?|portfolio holders?|portfolio)(\\s*:|\\s+[–—-]\\s+(?=\\S)|(?<=by)\\s+(?=\\S))");
    // Where a label without a colon ("- requested by Councillor A Gill") may start: after one of these, or the line's start.
    private static final String OPENERS = "(;,–—-";
    private static final Pattern TRIM = Pattern.compile("^[\\s;,:–—-]+|[\\s;,:–—-]+$");
    // "Item: Treasury Management Review", "Topic: …", "Report title: …": the label a programme set out as blocks puts before the topic.
    // "Item 3:" numbers the entry within its meeting.
    private static final Pattern TOPIC_LABEL = Pattern.compile("(?i)^(?:(?:agenda\\s+)?item(?:\\s+(?:no\\.?\\s*)?\\d{1,2}[a-z]?)?(?:\\s+title)?|topic|subject"
            + "|title(?:\\s+of\\s+(?:the\\s+)?(?:report|item))?|report(?:\\s+title)?|business|issue)\\s*(?::|\\s[–—-])\\s*(?=\\S)");
    // "June 2025 — …", "14 June 2022: …", "To be scheduled – …": a date or unscheduled label, then a dash or colon.
    private static final Pattern DATE_PREFIX = Pattern.compile("^(.{3,40}?)(?:\\s+[–—-]\\s+|:\\s+|\\s*[–—]\\s*)(\\S.*)$");
    // What follows the date on a line that only names the meeting: "– Extraordinary Meeting at 6pm", "- Budget meeting".
    private static final Pattern MEETING_WORDS = Pattern.compile("(?i).*\\b(?:meetings?|extraordinary|special|additional|reserve|provisional"
            + "|cancelled|postponed|venue|room|hall|chamber|\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm)|\\d{1,2}[.:]\\d{2}|session|workshop)\\b.*");

    private ProgrammeLine() {}

    /** The line taken apart at its labels; a line without any is all topic. */
    static Parsed parse(String text) {
        List<int[]> labels = labels(text);
        if (labels.isEmpty()) {
            return new Parsed(trim(withoutTopicLabel(text)), null, null);
        }
        String topic = trim(withoutTopicLabel(text.substring(0, labels.get(0)[0])));
        String lead = null;
        String requested = null;
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            String value = value(text.substring(l[1], end));
            if (value.isEmpty()) {
                continue;
            }
            Field f = Field.values()[l[2]];
            if (f == Field.LEAD && lead == null) {
                lead = value;
            } else if (f == Field.REQUESTED && requested == null) {
                requested = value;
            }
        }
        return new Parsed(topic, lead, requested);
    }

    /**
     * Whether the line opens with a topic's label ("Item: …", "Topic: …"), as each entry of a programme set out as labelled
     * blocks does.
     */
    static boolean hasTopicLabel(String text) {
        return TOPIC_LABEL.matcher(text).lookingAt();
    }

    private static String withoutTopicLabel(String text) {
        Matcher m = TOPIC_LABEL.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /** The field a line that is only a label and its value fills ("Lead officer: Jo Kent", "Source: Cabinet referral"), if it is one. */
    static Optional<Field> subLine(String text) {
        List<int[]> labels = labels(text);
        if (labels.isEmpty() || labels.get(0)[0] != 0 || value(text.substring(labels.get(0)[1], next(labels, 0, text))).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Field.values()[labels.get(0)[2]]);
    }

    /** Whether the line names a lead officer or a requester after its topic. */
    static boolean hasLabels(String text) {
        Parsed p = parse(text);
        return !p.topic().isEmpty() && (p.lead() != null || p.requested() != null);
    }

    /**
     * The meeting date a line opens with and the entry after it ("June 2025 — School Place Planning"), where what follows
     * the date is an entry and not more about the meeting ("11 November 2021 – Extraordinary Meeting at 6pm").
     */
    static Optional<Dated> dated(String text) {
        Matcher m = DATE_PREFIX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String date = m.group(1).strip();
        String rest = m.group(2).strip();
        if (!WorkProgrammeExtractor.isDateLabel(date) || labels(date).size() > 0 || MEETING_WORDS.matcher(rest).matches() && !hasLabels(rest)) {
            return Optional.empty();
        }
        return Optional.of(new Dated(date, rest));
    }

    // Each label as {start, end of label, field ordinal}, in order along the line.
    private static List<int[]> labels(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            boolean colon = m.group(2).contains(":");
            boolean dash = !colon && m.group(2).strip().length() == 1;
            if (dash && field(m.group(1)) == Field.OTHER) {
                continue; // "Lead officer – Jo Kent" is a label; "Annual Report – Outcomes – Q3" is a title's own dashes
            }
            if (!colon && !dash && !opensValue(text, m.start())) {
                continue; // "a report requested by members last year" is the topic's own wording
            }
            if (m.start() > 0 && !Character.isWhitespace(text.charAt(m.start() - 1)) && OPENERS.indexOf(text.charAt(m.start() - 1)) < 0) {
                continue;
            }
            out.add(new int[] {m.start(), m.end(), field(m.group(1)).ordinal()});
        }
        return out;
    }

    private static int next(List<int[]> labels, int k, String text) {
        return k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
    }

    private static boolean opensValue(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || OPENERS.indexOf(text.charAt(i)) >= 0;
    }

    private static Field field(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.endsWith(" by") && !l.equals("presented by") || l.startsWith("source") || l.equals("origin")) {
            return Field.REQUESTED;
        }
        if (l.startsWith("lead") || l.contains("officer") || l.contains("author") || l.startsWith("present")) {
            return Field.LEAD;
        }
        return Field.OTHER;
    }

    // A label's value up to the next label: separators trimmed, and a closing bracket whose opening one came before the label.
    private static String value(String raw) {
        String v = trim(raw);
        while (v.endsWith(")") && count(v, '(') < count(v, ')')) {
            v = trim(v.substring(0, v.length() - 1));
        }
        return v;
    }

    private static String trim(String s) {
        String t = TRIM.matcher(s.strip()).replaceAll("");
        while (t.endsWith("(") || t.endsWith("[")) {
            t = TRIM.matcher(t.substring(0, t.length() - 1)).replaceAll("");
        }
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
