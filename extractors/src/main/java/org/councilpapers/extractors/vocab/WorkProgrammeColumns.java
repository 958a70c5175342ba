package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a work programme or forward plan holds what, read from its header row in any
 * order and wording: "Meeting date | Topic | Lead officer | Requested by", "Report / Item | Report
 * author | Date of meeting | Source", "Topic | Lead Officer | Requested by Officer/Member". A column
 * that is absent is -1. A table is a work programme when it has a topic column and a lead-officer
 * or requested-by column, and its header cells are short labels without figures.
 *
 * @param date the column of meeting dates
 * @param topic the column of topics or report titles
 * @param lead the column of lead officers or report authors
 * @param requested the column saying who asked for the item
 */
public record WorkProgrammeColumns(int date, int topic, int lead, int requested) {
    // The words column labels are made of: a row of nothing else is a header, not a topic.
    private static final Set<String> HEADER_WORDS = Set.of("meeting", "meetings", "date", "dates", "month", "when",
            "item", "items", "topic", "topics", "subject", "title", "report", "reports", "issue", "business", "matter", "decision",
            "outcome", "outcomes", "result", "status", "comments", "notes", "purpose", "lead", "officer", "officers", "author",
            "requested", "request", "raised", "suggested", "proposed", "source", "origin", "responsible", "contact", "presenter",
            "presented", "portfolio", "holder", "cabinet", "member", "members", "director", "by", "of", "the", "and", "or", "for",
            "no", "ref", "reference", "action", "actions", "agenda", "committee", "expected", "scheduled", "type");

    // "Completed items", "Items considered (since …)", "Previous meetings", "Work completed", "Items already considered".
    private static final Pattern PAST_BUSINESS = Pattern.compile("(?i)^(?:#+\\s*)?(?:\\d+(?:\\.\\d+)*\\.?\\s+)?"
            + "(?:(?:completed|previous|past|concluded)\\s+(?:items|business|work|meetings|topics|reports)"
            + "|(?:items|topics|reports|business|work|matters)\\s+(?:already\\s+|previously\\s+)?(?:considered|completed|dealt with|received|concluded)"
            + "|record of (?:items|business|meetings))\\b");

    /**
     * The columns a header row names, if it is a work programme's header.
     *
     * @param header a header row's cell texts
     * @return the columns, empty where the row is no work programme's header
     */
    public static Optional<WorkProgrammeColumns> of(List<String> header) {
        int date = -1;
        int topic = -1;
        int lead = -1;
        int requested = -1;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
            if (h.isEmpty()) {
                continue;
            }
            if (h.length() > 60 || h.split(" ").length > 6 || h.matches(".*\\d.*")) {
                return Optional.empty(); // a row of content ("Pupil Place Plan Annual Report | … | Members (requested 2020)"), not a header
            }
            // The order matters: "Requested by Officer/Member" names a requester, "Report author" a lead officer.
            if (requested < 0 && containsAny(h, "requested", "request", "raised by", "suggested by", "proposed by", "source", "origin")) {
                requested = c;
            } else if (containsAny(h, "decision maker", "decision-maker", "status", "purpose", "outcome", "comments", "notes")) {
                continue;
            } else if (lead < 0 && containsAny(h, "lead", "officer", "author", "responsible", "contact", "presenter", "presented by",
                    "portfolio holder", "cabinet member", "director")) {
                lead = c;
            } else if (date < 0 && (containsAny(h, "date", "month", "when") || h.equals("meeting") || h.startsWith("meeting "))) {
                date = c;
            } else if (topic < 0 && containsAny(h, "topic", "item", "subject", "title", "report", "issue", "business", "matter",
                    "decision")) {
                topic = c;
            }
        }
        return topic >= 0 && (lead >= 0 || requested >= 0)
                ? Optional.of(new WorkProgrammeColumns(date, topic, lead, requested))
                : Optional.empty();
    }

    /**
     * Whether a title over a table names business already done, the committee's record rather than its plan: "Completed
     * items", "Items considered since May 2025", "Previous meetings", "Work completed", "Items already considered".
     *
     * @param title a short line or heading, as printed
     * @return true where it names past business
     */
    public static boolean namesPastBusiness(String title) {
        if (title.length() > 80 || title.isEmpty() || title.endsWith(".")) {
            return false; // a title is short and no sentence
        }
        return PAST_BUSINESS.matcher(title).find();
    }

    /**
     * Whether a row is a header of the kind a programme's or its record's table prints: every cell a few of the words
     * columns are named by ("Meeting | Item | Outcome", "Date | Report | Lead officer"), none a topic or a person.
     *
     * @param row a row's cell texts
     * @return true where every filled cell is a column's label
     */
    public static boolean isHeaderRow(List<String> row) {
        int filled = 0;
        for (String cell : row) {
            String c = cell.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
            if (c.isEmpty()) {
                continue;
            }
            filled++;
            for (String w : c.split("[\\s/&(),.:-]+")) {
                if (!w.isEmpty() && !HEADER_WORDS.contains(w)) {
                    return false;
                }
            }
        }
        return filled >= 2;
    }

    private static boolean containsAny(String h, String... words) {
        for (String w : words) {
            // the plain substring test first: the word-bounded regex (compiled per call) only where it can match
            if (h.contains(w) && h.matches(".*\\b" + Pattern.quote(w) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
