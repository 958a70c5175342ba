package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    private static boolean containsAny(String h, String... words) {
        for (String w : words) {
            // the plain substring test first: the word-bounded regex (compiled per call) only where it can match
            if (h.contains(w) && h.matches(".*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
