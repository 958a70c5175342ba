package org.councilpapers.extractors.record.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.vocab.DecisionWords;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * A proposed decision: the form a council publishes before a meeting for a decision it is asked to take ("PROPOSED RECORD
 * OF DECISION", "Proposed key decision", "Draft decision notice", a "Decision to be taken by:" form). Its decision parts
 * ("Decision: Cabinet agree to: a) … b) …", "Proposed decision: To approve …") are what the paper asks the decision taker
 * to do, so they are recommendations, not decisions taken; its title is the "Title of decision" or "Subject" as printed;
 * and where it says when the body that takes the decision meets on it ("A report will be presented to Cabinet on 30 January
 * 2025", "Decision to be taken by: Cabinet on 12 March 2025"), that is the meeting it is written for. A signed record of
 * a decision taken is none of this: it says "Decision taken by", not "to be taken".
 */
public final class ProposedDecisions {
    // At the start of a short line, or after the council's name and a dash ("KENT COUNTY COUNCIL – PROPOSED RECORD OF
    // DECISION"), as the forms' title lines print it.
    private static final Pattern PROPOSAL = Pattern.compile("(?i)(?:^|\\s[–—-]\\s+)(?:proposed|draft|provisional) (?:record of )?"
            + "(?:(?:executive|key|cabinet member|individual|officer) )?decisions?\\b");
    // "DECISION TO BE TAKEN BY:", "Decision to be made by": a decision still to come.
    private static final Pattern TO_BE_TAKEN = Pattern.compile("(?i)^decisions?\\s+(?:to be|will be|is to be|due to be)\\s+(?:taken|made)"
            + "(?:\\s+by)?\\s*[:–—-]?\\s*(.*)$");
    // "Decision maker: Cabinet": who takes it, where the form does not say "to be taken by".
    private static final Pattern TAKER = Pattern.compile("(?i)^decision[- ]?(?:maker|taker)\\s*[:–—]?\\s*(.*)$");
    private static final int PROPOSAL_LINE = 200;
    private static final int MAX_LABEL = 70;
    private static final int MAX_TITLE = 250;
    // "Decision:", "Proposed decision(s):", "Decision proposed:", "Recommended decision –": the label the decision parts follow.
    private static final Pattern DECISION_LABEL = Pattern.compile("(?i)^(?:the\\s+)?(?:proposed\\s+|recommended\\s+|draft\\s+)?decisions?"
            + "(?:\\s*\\(s\\))?(?:\\s+(?:proposed|sought|recommended|to be taken))?\\s*(?:[:–—]\\s*|-\\s+|$)(.*)$");
    // "Title of Decision", "Subject Matter / Title of Decision:", "Subject:", "Decision title –"; the longer labels need no colon,
    // as a reading that runs the label's line into the title's leaves none.
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(?:(?:subject matter\\s*/\\s*)?(?:title of (?:the )?(?:proposed )?decision"
            + "|(?:proposed )?decision title)\\s*(?:[:–—]\\s*|-\\s+|\\s+|$)"
            + "|(?:subject(?: of (?:the )?decision)?|subject matter|title|report title|matter for decision)\\s*(?:[:–—]\\s*|-\\s+|$))(.*)$");
    // The form's next labels: the decision parts end where the reasons, the alternatives or the signature start.
    private static final Pattern NEXT_SECTION = Pattern.compile("(?i)^(?:\\d+\\.?\\s+)?(?:reason(?:s|\\(s\\))?\\b|any alternatives?|alternatives?"
            + "|options considered|any interests?|(?:declarations? of |conflicts? of )?interests?\\b|background|consultation|cabinet committee "
            + "recommendations|financial implications|legal implications|implications|equality|signed|signature|date\\s*:?$|\\.{5,}"
            + "|decision (?:no|number|ref)|key decision|contact|for publication|exempt|call-in|is the decision)");
    // "Children's Services Committee:", a form's own label: after the parts, it ends them.
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}\\d ,’'()/&-]{1,60}:\\s*(.*)$");
    // "Cabinet agree to:", "The Executive is recommended to:", "As Cabinet Member, I agree to:": the words the parts complete.
    private static final Pattern LEAD_IN = Pattern.compile("(?i).*\\b(?:to|that|will|shall|agrees?|approves?|resolves?|decides?)\\s*[:–—-]?$");
    private static final Pattern ITEM = Pattern.compile(
            "^(\\(?(?:[a-zA-Z]|[ivxIVX]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2})[.)]|\\((?:[a-zA-Z]|[ivxIVX]{1,4}|\\d{1,2})\\)|\\d{1,2}\\.\\d{1,2})\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•\\-–*▪◦·]\\s+(\\S.*)$");
    private static final Pattern PAGE_REMNANT = Pattern.compile("(?i)^(?:page\\s*)?\\d{1,4}$");
    private static final Pattern CLOSED = Pattern.compile("(?s).*[.;!?)\"”’]$");
    // "A report will be presented to Cabinet on 30 January 2025", "prior to decision by Cabinet on 30 January 2025", "will be
    // considered by the Executive at its meeting on 4 March 2025".
    private static final Pattern GOES_TO = Pattern.compile("(?i)\\b(?:presented|submitted|reported|considered|taken|decided|determined|decision|"
            + "made|go|going|put)\\s+(?:to|by|at)\\s+(?:a\\s+meeting\\s+of\\s+|the\\s+meeting\\s+of\\s+)?(?:the\\s+)?"
            + "(\\p{Lu}[\\p{L}&'’-]*(?:\\s+(?:and|of|&|\\p{Lu}[\\p{L}&'’-]*)){0,6}?)\\s+(?:meeting\\s+)?(?:at\\s+its\\s+meeting\\s+)?"
            + "(?:on|of)\\s+((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4})");
    // "Date of decision: 12 March 2025", "Meeting date:", "Date decision to be taken:".
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^(?:(?:proposed |expected |planned )?date (?:of )?(?:the )?(?:decision|meeting)"
            + "|(?:decision|meeting) date|date (?:that )?(?:the )?decision (?:is )?(?:to be|will be) (?:taken|made))\\s*(?:[:–—]\\s*|-\\s+|$)(.*)$");
    // A person, not a body, takes a Cabinet Member's or an officer's decision: no meeting is held for it.
    private static final Pattern PERSON_TAKER = Pattern.compile("(?i)\\b(?:member|councillor|cllr|leader|mayor|director|officer|head of|"
            + "portfolio|holder|chief|manager|executive director)\\b");
    // The deciding bodies, as the decision wordings name them (vocab/DecisionWords).
    private static final Pattern BODY_WORD = Pattern.compile("(?i)\\b" + DecisionWords.bodies() + "\\b");

    private ProposedDecisions() {}

    /**
     * A decision part as printed: its letter or number (null for a decision with no list), its words, the lines it spans.
     *
     * @param number the part's letter or number as printed, or null
     * @param text its words
     * @param first the line it starts on
     * @param last the line it ends on
     */
    public record DecisionPart(@Nullable String number, String text, TextLine first, TextLine last) {}

    /**
     * The meeting a proposal says takes the decision.
     *
     * @param committee the body that takes the decision
     * @param date the meeting's date
     * @param line the line that says so
     */
    public record MeetingFor(String committee, PartialDate date, TextLine line) {}

    /**
     * A proposal: {@code from} and {@code to} index the blocks it was read from (to exclusive), the span of its decision
     * parts.
     *
     * @param title the proposal's title, or null
     * @param parts its decision parts, in order
     * @param from the first block it was read from
     * @param to the block after its last
     * @param meeting the meeting it says takes the decision, or null
     */
    public record Proposal(@Nullable String title, List<DecisionPart> parts, int from, int to, @Nullable MeetingFor meeting) {
        /**
         * Copies the parts, so a proposal never changes after it is read.
         *
         * @param title the proposal's title, or null
         * @param parts its decision parts, in order
         * @param from the first block it was read from
         * @param to the block after its last
         * @param meeting the meeting it says takes the decision, or null
         */
        public Proposal {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Whether the blocks are a proposed decision: a title line that says so, or a decision still "to be taken by".
     *
     * @param blocks a run of blocks
     * @return true where they are a proposed decision
     */
    public static boolean isProposal(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.table() != null || b.text().length() > PROPOSAL_LINE) {
                continue;
            }
            String t = TextLine.squash(b.text());
            if (PROPOSAL.matcher(t).find() || TO_BE_TAKEN.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proposal the blocks hold, read only where {@link #isProposal} says they are one; null where they are not.
     *
     * @param blocks a run of blocks
     * @return the proposal, or null
     */
    public static @Nullable Proposal read(List<Block> blocks) {
        if (!isProposal(blocks)) {
            return null;
        }
        List<TextLine> lines = new ArrayList<>();
        List<Integer> blockOf = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            for (TextLine l : withMarkers(b)) {
                lines.add(l);
                blockOf.add(i);
            }
        }
        String title = title(lines);
        List<DecisionPart> parts = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size() && parts.isEmpty(); i++) {
            Matcher label = DECISION_LABEL.matcher(lines.get(i).text());
            if (!label.matches() || TO_BE_TAKEN.matcher(lines.get(i).text()).matches()) {
                continue;
            }
            int end = decisionParts(lines, i, label.group(1).strip(), parts);
            if (!parts.isEmpty()) {
                from = blockOf.get(i);
                to = blockOf.get(end) + 1;
            }
        }
        return new Proposal(title, parts, from, to, meeting(lines));
    }

    /**
     * The block's lines with the markers of its list items put back: a reader keeps a marker ("a)") apart from its item's text,
     * in a paragraph and in a table cell alike, and the parts are told by them.
     */
    private static List<TextLine> withMarkers(Block b) {
        List<TextLine> ls = new ArrayList<>(TextLine.of(b));
        if (b.table() == null) {
            if (!ls.isEmpty() && b.kind() == BlockKind.LIST_ITEM && b.marker() != null) {
                ls.set(0, marked(ls.get(0), b.marker()));
            }
            return ls;
        }
        // A table's lines are its cells' lines in order, each cell's its blocks' lines: where the counts agree, the first line of
        // each list item in a cell takes its marker.
        List<String> markers = new ArrayList<>();
        for (Cell c : b.table().cells()) {
            for (Block cb : c.blocks()) {
                long n = cb.text().lines().flatMap(l -> java.util.Arrays.stream(l.split("\t"))).filter(l -> !TextLine.squash(l).isEmpty()).count();
                for (long k = 0; k < n; k++) {
                    markers.add(k == 0 && cb.kind() == BlockKind.LIST_ITEM ? cb.marker() : null);
                }
            }
        }
        if (markers.size() == ls.size()) {
            for (int k = 0; k < ls.size(); k++) {
                if (markers.get(k) != null) {
                    ls.set(k, marked(ls.get(k), markers.get(k)));
                }
            }
        }
        return ls;
    }

    private static TextLine marked(TextLine l, String marker) {
        if (l.text().startsWith(marker)) {
            return l; // a reader that left the marker in the text too
        }
        return new TextLine(marker + " " + l.text(), l.block(), l.start(), l.end());
    }

    /** Reads the parts after a decision label into {@code out}; returns the index of the last line read. */
    private static int decisionParts(List<TextLine> lines, int label, String rest, List<DecisionPart> out) {
        // Plain paragraphs before any lettered part: a decision with no list, or the lead-in its parts complete.
        List<DecisionPart> plain = new ArrayList<>();
        if (!rest.isEmpty()) {
            plain.add(new DecisionPart(null, rest, lines.get(label), lines.get(label)));
        }
        String lastMarker = null;
        int last = label;
        for (int i = label + 1; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String t = line.text();
            if (line.block().kind() == BlockKind.HEADING && !partInHeading(t, lastMarker, out.isEmpty()) || isNextSection(t)
                    || DECISION_LABEL.matcher(t).matches()) {
                break;
            }
            if (PAGE_REMNANT.matcher(t).matches()) {
                continue;
            }
            Matcher item = ITEM.matcher(t);
            Matcher bullet = BULLET.matcher(t);
            String marker = item.matches() && follows(lastMarker, number(item.group(1))) ? number(item.group(1)) : null;
            if (marker != null || bullet.matches()) {
                out.add(new DecisionPart(marker, marker != null ? item.group(2) : bullet.group(1), line, line));
                lastMarker = marker != null ? marker : lastMarker;
                last = i;
                continue;
            }
            DecisionPart open = !out.isEmpty() ? out.get(out.size() - 1) : plain.isEmpty() ? null : plain.get(plain.size() - 1);
            // A paragraph's own lines go on its part; a table's cells are each their own, so only the words say there.
            boolean sameBlock = open != null && open.last().block() == line.block() && line.block().table() == null;
            if (!out.isEmpty() && LABEL.matcher(t).matches() && !sameBlock) {
                break; // the form's next label
            }
            if (open != null && (sameBlock || Character.isLowerCase(t.codePointAt(0)) || !CLOSED.matcher(open.text()).matches()
                    && !open.text().endsWith(":"))) {
                DecisionPart joined = new DecisionPart(open.number(), open.text() + " " + t, open.first(), line);
                if (!out.isEmpty()) {
                    out.set(out.size() - 1, joined);
                } else {
                    plain.set(plain.size() - 1, joined);
                }
                last = i;
                continue;
            }
            if (!out.isEmpty()) {
                break; // prose after the parts
            }
            plain.add(new DecisionPart(null, t, line, line));
            last = i;
        }
        if (out.isEmpty()) {
            // No list: each paragraph is a decision as printed, but a lead-in left without its parts is none.
            plain.removeIf(p -> p.text().endsWith(":"));
            out.addAll(plain);
        }
        out.replaceAll(p -> new DecisionPart(p.number(), clean(p.text()), p.first(), p.last()));
        out.removeIf(p -> p.text().isEmpty() || p.number() == null && LEAD_IN.matcher(p.text()).matches() && p.text().length() < 80);
        return last;
    }

    /**
     * Whether a line a reader took for a heading (a form's bold text) is still the decision: its lead-in ("The Cabinet agree
     * to:") before any part, or the part next in sequence ("b) Note the forecast …").
     */
    private static boolean partInHeading(String t, @Nullable String lastMarker, boolean noPartYet) {
        Matcher item = ITEM.matcher(t);
        if (item.matches()) {
            return follows(lastMarker, number(item.group(1)));
        }
        return noPartYet && lastMarker == null && t.endsWith(":") && LEAD_IN.matcher(t).matches() && t.length() < MAX_LABEL;
    }

    // "Reason(s) for decision:", "Alternatives considered", "Signed": a label of the form (its colon, or a short line of its
    // own with a capital), not a part's wrapped line that happens to open with "interest" or "equality".
    private static boolean isNextSection(String t) {
        if (!NEXT_SECTION.matcher(t).lookingAt()) {
            return false;
        }
        int colon = t.indexOf(':');
        return t.startsWith(".") || Character.isUpperCase(t.codePointAt(0)) && (colon >= 0 && colon < MAX_LABEL || t.split("\\s+").length <= 6);
    }

    // Letters and numerals in sequence: "a" or "A" or "i" or "1" first, then the one after the last; "A. Smith" out of turn is text.
    private static boolean follows(@Nullable String last, String marker) {
        if (last == null) {
            return marker.matches("(?i)a|i|1|\\d{1,2}\\.1");
        }
        if (marker.matches("[a-zA-Z]") && last.matches("[a-zA-Z]")) {
            return marker.charAt(0) == last.charAt(0) + 1;
        }
        if (marker.matches("(?i)[ivx]{1,4}") && last.matches("(?i)[ivx]{1,4}")) {
            return true;
        }
        return marker.matches("\\d{1,2}(?:\\.\\d{1,2}){0,2}") && last.matches("\\d{1,2}(?:\\.\\d{1,2}){0,2}");
    }

    private static @Nullable String title(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TITLE_LABEL.matcher(lines.get(i).text());
            if (!m.matches()) {
                continue;
            }
            StringBuilder s = new StringBuilder(m.group(1).strip());
            Block block = lines.get(i).block();
            int k = i + 1;
            if (s.isEmpty() && k < lines.size()) {
                block = lines.get(k).block(); // the title in the block, or the cell, after its label
                s.append(lines.get(k).text());
                k++;
            }
            // A title that wraps goes on in its own block, up to the next label.
            for (; k < lines.size() && lines.get(k).block() == block && s.length() < MAX_TITLE && !LABEL.matcher(lines.get(k).text()).matches()
                    && !isNextSection(lines.get(k).text())
                    && !DECISION_LABEL.matcher(lines.get(k).text()).matches(); k++) {
                s.append(' ').append(lines.get(k).text());
            }
            String t = clean(s.toString());
            if (!t.isEmpty() && !DECISION_LABEL.matcher(t).matches()) {
                return t;
            }
        }
        return null;
    }

    /** The meeting that takes the decision, where the form names the body and the date; a person's decision has none. */
    private static @Nullable MeetingFor meeting(List<TextLine> lines) {
        String taker = null;
        MeetingFor stated = null;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            Matcher by = TO_BE_TAKEN.matcher(t);
            if (!by.matches()) {
                by = TAKER.matcher(t);
            }
            if (by.matches() && taker == null) {
                String v = by.group(1).strip();
                TextLine where = lines.get(i);
                if (v.isEmpty() && i + 1 < lines.size()) {
                    where = lines.get(i + 1);
                    v = where.text();
                }
                if (v.endsWith(":") && i + 2 < lines.size()) {
                    where = lines.get(i + 2); // "DECISION TO BE TAKEN BY:  DECISION NO:" read across two columns: the values follow
                    v = lines.get(i + 1).text().endsWith(":") ? where.text() : lines.get(i + 1).text();
                    if (!lines.get(i + 1).text().endsWith(":") && body(leadingName(v)) == null && !PERSON_TAKER.matcher(v).find()) {
                        v = where.text(); // the second column's value read first ("24/00108" over "Cabinet"): the taker is the other
                    }
                }
                Optional<PartialDate> d = UkDates.find(v);
                String body = PERSON_TAKER.matcher(v).find() ? null : body(leadingName(v));
                taker = body != null ? body : "";
                if (body != null && d.isPresent() && d.get().isFullDate()) {
                    return new MeetingFor(body, d.get(), where);
                }
                continue;
            }
            Matcher dl = DATE_LABEL.matcher(t);
            if (dl.matches() && stated == null) {
                String v = dl.group(1).isBlank() && i + 1 < lines.size() ? lines.get(i + 1).text() : dl.group(1);
                Optional<PartialDate> d = UkDates.find(v);
                if (d.isPresent() && d.get().isFullDate()) {
                    stated = new MeetingFor("", d.get(), lines.get(i));
                }
                continue;
            }
            // The sentence may wrap: "A report will be presented to" over "Cabinet on 30 January 2025".
            String joined = i + 1 < lines.size() ? t + " " + lines.get(i + 1).text() : t;
            Matcher g = GOES_TO.matcher(joined);
            if (g.find() && g.start() < t.length() && (stated == null || stated.committee().isEmpty())) {
                String body = body(g.group(1));
                Optional<PartialDate> d = UkDates.find(g.group(2));
                if (body != null && d.isPresent() && d.get().isFullDate()) {
                    stated = new MeetingFor(body, d.get(), lines.get(i));
                }
            }
        }
        if (stated == null || taker != null && taker.isEmpty()) {
            return null; // no date, or a person takes the decision
        }
        String committee = stated.committee().isEmpty() ? taker : stated.committee();
        if (committee == null || committee.isEmpty() || taker != null && !same(taker, committee)) {
            return null; // a date of another body's meeting (a committee consulted on the way) is not the decision's
        }
        return new MeetingFor(committee, stated.date(), stated.line());
    }

    // "Cabinet 24/00108", "Cabinet on 12 March 2025", "the Executive – 4 March": the body's name, without what follows it.
    private static final Pattern LEADING_NAME = Pattern.compile("^(?:the\\s+)?(\\p{Lu}[\\p{L}&'’-]*(?:\\s+(?:and|of|&|\\p{Lu}[\\p{L}&'’-]*)){0,6})");

    private static String leadingName(String value) {
        Matcher m = LEADING_NAME.matcher(value.strip());
        if (!m.find()) {
            return "";
        }
        // The name ends at its last committee word: "Cabinet Meeting On" is not a longer name.
        String name = m.group(1);
        Matcher w = BODY_WORD.matcher(name);
        int end = -1;
        while (w.find()) {
            end = w.end();
        }
        return end < 0 ? name : name.substring(0, end);
    }

    private static @Nullable String body(String text) {
        String b = clean(text).replaceFirst("(?i)^the\\s+", "").replaceFirst("[.,;:]$", "").strip();
        if (b.isEmpty() || b.length() > 80 || PERSON_TAKER.matcher(b).find() || !BODY_WORD.matcher(b).find()) {
            return null;
        }
        return b;
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static String number(String marker) {
        return marker.replaceAll("^\\(|[.)]$", "").replaceAll("\\)$", "");
    }

    private static String clean(String text) {
        return TextLine.squash(text).replaceAll("^\\*{2,}|\\*{2,}$", "").strip();
    }
}
