package org.councilpapers.extractors.segment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.DecisionWords.Setting;
import org.councilpapers.extractors.vocab.DecisionWords;
import org.councilpapers.extractors.vocab.UkDates;

/**
 * Decides what a paper is and reads its title, council and date from its opening. Each kind
 * scores the signs that tell it apart (an agenda's page-ranged items, a report's cover block, an
 * inspection's "Inspection dates", a plan's action table), counted over the opening blocks, where
 * every kind of paper declares itself; the highest score wins, OTHER when nothing scores. The kind
 * is a fact for the envelope and a tie-breaker for the extractors, never a gate.
 *
 * <p>A decision notice in any of its forms ("Record of Decisions", "Decisions taken at the meeting
 * of …", a Cabinet Member's "Proposed Record of Decision") records what a meeting or a member
 * decided, as minutes do, and so does a record of the questions put at a meeting and the answers
 * given: their kind is {@link DocumentKind#MINUTES}.
 *
 * <p>The council is the paper's publisher, read from its own marks ({@link PaperCouncil}); for an
 * inspectorate's report or letter, the authority it inspected.
 */
public final class DocumentClassifier {
    private static final int OPENING_BLOCKS = 60;
    private static final int TITLE_BLOCKS = 12;
    private static final Pattern PAGE_RANGE = Pattern.compile("\\b\\d{1,4}\\s*[-–]\\s*\\d{1,4}\\s*$");
    // "ITEM 9", "Item: 4a", ModernGov's "Agenda Item 9" stamped over each report it publishes, and "Part I – Item 12" where the
    // item's line says which part of the agenda (public or exempt) it is in.
    private static final Pattern ITEM_COVER = Pattern.compile("(?i)^\\s*(?:part\\s+(?:i{1,2}|[12ab])\\s*[–—:-]?\\s*)?(?:agenda\\s+)?item"
            + "\\s*(?:no\\.?\\s*)?:?\\s*\\d+[a-z]?\\s*$");

    /**
     * The facts of a paper: its kind, judged from what its opening says (a minutes title, an agenda's item list, an
     * inspection's dates), and its id, title, council, date and page count. The kind says how the paper is cut into
     * parts; it never switches an extractor off.
     *
     * @param source the paper's bytes and name
     * @param layout the paper's layout
     * @return the document's facts, as the envelope carries them
     */
    public DocumentInfo describe(Source source, LayoutDocument layout) {
        List<Block> opening = layout.body().stream().limit(OPENING_BLOCKS).toList();
        DocumentKind kind = classify(layout, opening);
        return new DocumentInfo(source.id(), source.name(), source.mediaType(), kind,
                title(opening, kind).orElse(null), council(layout, opening, kind).orElse(null), date(opening, kind).orElse(null),
                layout.pageCount());
    }

    // The title of HMICFRS's report on one fire and rescue service or police force.
    private static final Pattern HMICFRS_TITLE = Pattern.compile("(?i)^an inspection of .{2,60}\\b(?:fire and rescue service|police|constabulary)$");

    DocumentKind classify(LayoutDocument layout, List<Block> opening) {
        Map<DocumentKind, Integer> score = new EnumMap<>(DocumentKind.class);
        String head = Texts.fold(String.join("\n", opening.stream().filter(b -> b.kind() != BlockKind.TABLE)
                .map(Block::text).toList()));
        int rangedItems = 0;
        for (Block b : opening) {
            if (b.table() != null) {
                for (int r = 0; r < b.table().rowCount(); r++) {
                    List<String> row = b.table().rowTexts(r);
                    if (!row.isEmpty() && PAGE_RANGE.matcher(row.get(row.size() - 1)).find()) {
                        rangedItems++;
                    }
                }
            } else if (PAGE_RANGE.matcher(b.text()).find() && b.text().length() < 200) {
                rangedItems++;
            }
        }
        if (head.contains("agenda")) {
            add(score, DocumentKind.AGENDA_PACK, 2);
        }
        if (head.contains("membership") || head.contains("apologies for absence") || head.contains("declaration")) {
            add(score, DocumentKind.AGENDA_PACK, 2);
        }
        if (rangedItems >= 3) {
            add(score, DocumentKind.AGENDA_PACK, 4);
        } else if (agendaBeforeFirstCover(opening)) {
            // A short agenda (few items, few page ranges) still makes a pack when the papers follow it: without this a
            // pack whose first report cover falls in the opening reads as that report.
            add(score, DocumentKind.AGENDA_PACK, 4);
        }
        // A covering sheet or letter that lists the late items it brings ("Please find attached the following reports, which were
        // not available when the agenda was published") is the front of a pack, and the report signs after its list (a
        // "Purpose of the report", a "Recommendations" heading) are those of the papers it brings, not its own.
        List<AgendaReader.Entry> late = AgendaReader.readSupplement(opening);
        List<Block> own = late.isEmpty() ? opening : opening.subList(0, Math.max(0, opening.indexOf(late.get(0).block())));
        String ownHead = late.isEmpty() ? head : Texts.fold(String.join("\n", own.stream().filter(b -> b.kind() != BlockKind.TABLE)
                .map(Block::text).toList()));
        if (!late.isEmpty()) {
            add(score, DocumentKind.AGENDA_PACK, 4);
        }
        if (own.stream().anyMatch(b -> ITEM_COVER.matcher(b.text()).matches())) {
            add(score, DocumentKind.REPORT, 3);
        } else if (own.stream().anyMatch(DocumentClassifier::isCoverTable)) {
            add(score, DocumentKind.REPORT, 3); // "Report title: | …", "Agenda item | 7": the cover set out as a table
        }
        for (String sign : List.of("report of:", "report by:", "report from:", "this report is public", "this report is exempt", "executive summary",
                "recommendation(s)", "accountable director", "wards and communities affected", "electoral division", "key decision")) {
            if (ownHead.contains(sign)) {
                add(score, DocumentKind.REPORT, 1);
            }
        }
        // A memo-style cover ("From: … To: Cabinet – 4 March 2025 … Subject: …"), as some councils head every report.
        List<String> cover = coverLines(own);
        if (cover.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("from:"))
                && cover.stream().anyMatch(l -> TO_MEETING.matcher(l).find())
                && cover.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).matches("^(?:subject|title)\\s*:.*"))) {
            add(score, DocumentKind.REPORT, 5);
        }
        if (cover.stream().anyMatch(l -> SUBJECT_LINE.matcher(l).matches() && !l.toLowerCase(Locale.ROOT).startsWith("subject"))) {
            add(score, DocumentKind.REPORT, 1); // "Title: Winter Service Plan", "Report title: …": the cover names the report's title
        }
        if (ownHead.contains("purpose of report") || ownHead.contains("purpose of the report") || ownHead.contains("purpose of this report")) {
            add(score, DocumentKind.REPORT, 2);
        }
        if (own.stream().filter(b -> b.table() == null).flatMap(b -> Segmenter.lines(b).stream()).map(Texts::squash)
                .anyMatch(l -> RECOMMENDATIONS_HEADING.matcher(l).matches())) {
            add(score, DocumentKind.REPORT, 1);
        }
        if (ownHead.contains("report of the ")) {
            add(score, DocumentKind.REPORT, 1); // "Report of the Director of Children's Services", a cover without a colon
        }
        if (addressedToOneMeeting(own)) {
            add(score, DocumentKind.REPORT, 2);
        }
        if (own.stream().limit(TITLE_BLOCKS).anyMatch(b -> b.table() == null && b.text().length() < TITLE_LINE
                && REPORT_TITLE.matcher(Texts.fold(b.text())).matches())) {
            add(score, DocumentKind.REPORT, 1);
        }
        if (head.contains("inspection dates") || head.contains("inspection date:") || head.contains("lead inspector")) {
            add(score, DocumentKind.INSPECTION_REPORT, 5);
        }
        if (head.contains("ofsted") && (head.contains("inspection of") || head.contains("inspection report"))) {
            add(score, DocumentKind.INSPECTION_REPORT, 2);
        }
        if (titleLines(opening).anyMatch(l -> HMICFRS_TITLE.matcher(l).find())) {
            add(score, DocumentKind.INSPECTION_REPORT, 4); // "An inspection of Hollinbrook Fire and Rescue Service", "PEEL 2021/22: An inspection of …"
        }
        if ((head.contains("focused visit") || head.contains("monitoring visit") || head.contains("focussed visit"))
                && head.contains("dear ")) {
            add(score, DocumentKind.INSPECTION_LETTER, 8);
        } else if (inspectorsLetter(opening, head)) {
            add(score, DocumentKind.INSPECTION_LETTER, 8);
        }
        if (head.startsWith("minutes") || head.contains("minutes of the meeting") || head.contains("printed minutes")
                || minutesTitle(opening).isPresent() || titleLines(opening).anyMatch(DocumentClassifier::minutesWord)) {
            add(score, DocumentKind.MINUTES, 4);
        }
        // A record of decisions (a decision notice, "Decisions taken at the meeting of …", a Cabinet Member's "Proposed Record
        // of Decision") records what a meeting or a member decided, as minutes do: its kind is MINUTES. So is a record of the
        // questions put at a meeting and the answers given.
        if (titleLines(opening).anyMatch(l -> DECISION_RECORD.matcher(l).find())) {
            add(score, DocumentKind.MINUTES, 6);
        }
        if (titleLines(opening).anyMatch(l -> QUESTIONS_ANSWERED.matcher(l).find())) {
            add(score, DocumentKind.MINUTES, 5);
        }
        long decided = opening.stream().filter(b -> b.table() == null).flatMap(b -> Segmenter.lines(b).stream())
                .filter(l -> DECISION_LINE.matcher(l).find()).count();
        if (decided >= 2) {
            add(score, DocumentKind.MINUTES, 2); // RESOLVED / AGREED / "Decision:" lines: what was decided, not what will be
        }
        if (head.contains("reason for decision") || head.contains("reasons for decision") || head.contains("reason(s) for decision")
                || head.contains("reasons for the decision")) {
            add(score, DocumentKind.MINUTES, 2);
        }
        if (head.contains("present:") || head.contains("apologies:")) {
            add(score, DocumentKind.MINUTES, 2);
        }
        for (String sign : List.of("improvement plan", "action plan", "development plan", "statement of action", "date of review")) {
            if (head.contains(sign)) {
                add(score, DocumentKind.ACTION_PLAN, 1);
            }
        }
        long planTables = layout.body().stream().filter(b -> b.table() != null && isPlanTable(b)).count();
        if (planTables > 0) {
            add(score, DocumentKind.ACTION_PLAN, planTables >= 2 ? 5 : 3);
        }
        // EnumMap iterates in declaration order, so a tie goes to the kind declared first: deterministic.
        DocumentKind best = DocumentKind.OTHER;
        int bestScore = 2;
        for (Map.Entry<DocumentKind, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    // "Minutes" alone as a title, or with the meeting's date after a dash or colon ("Minutes – 17 November 2016"); Welsh councils
    // print "Cofnodion" for it.
    private static final Pattern MINUTES_WORD = Pattern.compile(
            "(?i)^(?:draft\\s+|printed\\s+|confirmed\\s+|unconfirmed\\s+|approved\\s+)?(?:minutes|cofnodion)\\s*(?::?|\\s*[–—:-]\\s*"
                    + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4})$");
    /**
     * A title line that says "Minutes", whole or in one of its halves: a Welsh council prints its title block in both languages,
     * the halves parted by a slash ("COFNODION / MINUTES", "MINUTES / COFNODION", "Cyngor Llawn / Full Council – COFNODION /
     * MINUTES").
     */
    private static boolean minutesWord(String line) {
        if (MINUTES_WORD.matcher(line).matches()) {
            return true;
        }
        if (line.indexOf('/') < 0) {
            return false;
        }
        for (String half : BILINGUAL_HALVES.split(line)) {
            if (MINUTES_WORD.matcher(half).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BILINGUAL_HALVES = Pattern.compile("\\s*/\\s*");
    private static final Pattern DECISION_RECORD = Pattern.compile("(?i)^(?:(?:proposed|draft|formal)\\s+)?record\\s+of\\s+"
            + "(?:the\\s+|an?\\s+)?(?:(?:executive|cabinet|key|officer|delegated|individual)\\s+)*(?:member\\s+)?decisions?\\b"
            + "|^decisions?\\s+(?:taken|made)\\b|^(?:(?:formal|cabinet|executive)\\s+)?decision\\s+notice\\b"
            + "|^notice\\s+of\\s+(?:(?:executive|key|cabinet)\\s+)?decisions\\b|^schedule\\s+of\\s+decisions\\b"
            // "INDIVIDUAL CABINET MEMBER DECISION", "Portfolio Holder Decision Notice": one member's decision, taken.
            + "|^(?:individual\\s+)?(?:cabinet\\s+member|portfolio\\s+holder|lead\\s+member|executive\\s+member)(?:'?s)?\\s+"
            + "(?:key\\s+|executive\\s+|delegated\\s+)?decision(?:\\s+(?:notice|record|sheet))?$"
            // "CABINET – DECISIONS", "Licensing Committee: record of decisions": a body's name and the word (not "… – Key Decisions",
            // a forward plan's heading).
            + "|^[\\p{L}'&, -]{0,60}\\b(?:cabinet|executive|committee|sub-committee|board|panel|council|commission)\\s*[–—:-]\\s*"
            + "(?:record\\s+of\\s+)?decisions:?$");
    private static final Pattern QUESTIONS_ANSWERED = Pattern.compile(
            "(?i)^(?:[\\w'’ ]{0,40}\\s)?questions?\\b.{0,60}\\b(?:and|with)\\s+(?:the\\s+)?(?:answers?|responses?|replies)\\b");
    // "RESOLVED …", "It was agreed that …", "Decision: …": what was decided (the wordings of vocab/DecisionWords).
    private static final Pattern DECISION_LINE = Pattern.compile("^" + DecisionWords.alternation(Setting.IT_WAS, true) + "\\b"
            + "|^(?:it\\s+was\\s+)?(?i:" + DecisionWords.alternation(Setting.LEADING_THAT) + ")\\s+that\\b|^(?i:decision)\\s*:");
    private static final Pattern TO_MEETING = Pattern.compile("(?i)^to\\s*:.*\\d{4}");
    private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile(
            "(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?recommendations?(?:\\(s\\))?\\s*:?$");

    // The short lines of the title block: where a paper says what it is. Numbered lines are its items or sections.
    private static java.util.stream.Stream<String> titleLines(List<Block> opening) {
        return opening.stream().limit(TITLE_BLOCKS).filter(b -> b.table() == null)
                .flatMap(b -> java.util.Arrays.stream(b.text().split("\n"))).map(Texts::squash)
                .filter(l -> !l.isEmpty() && l.length() <= TITLE_LINE && !NUMBERED.matcher(l).find());
    }

    // The title block's lines with a cover table's rows as lines too ("To: | Cabinet – 4 March 2025" reads "To: Cabinet – …").
    private static List<String> coverLines(List<Block> opening) {
        List<String> out = new java.util.ArrayList<>(titleLines(opening).toList());
        opening.stream().limit(TITLE_BLOCKS).filter(b -> b.table() != null).forEach(b -> {
            for (int r = 0; r < b.table().rowCount(); r++) {
                out.add(Texts.squash(String.join(" ", b.table().rowTexts(r))));
            }
        });
        return out;
    }

    private static final int SHORT_DATED = 60;
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?i)^(?:subject|title|report title|title of (?:the )?report)\\s*:\\s*(.+)$");

    private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d+[.)]?\\s");

    private static final int SHORT_AGENDA = 3;
    private static final int TITLE_LINE = 120;
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?i)^[^,\\n]{0,80}\\b(?:committee|cabinet|board|panel|council)\\s*(?:,|[-–]|\\bon\\b)\\s*([^\\n]{6,40})$");
    private static final Pattern REPORT_TITLE = Pattern.compile("^(?:report to\\b.*|.*\\breport)$");

    // A report is written for one meeting, and its cover prints the committee and the date together ("Cabinet, 9 September
    // 2021") before the report's own title; a pack or minutes says instead that the meeting "will be" or "was held".
    private static boolean addressedToOneMeeting(List<Block> opening) {
        return opening.stream().limit(TITLE_BLOCKS).filter(b -> b.table() == null).map(b -> Texts.squash(b.text()))
                .anyMatch(DocumentClassifier::isMeetingLine);
    }

    private static boolean isMeetingLine(String line) {
        Matcher m = ADDRESSED.matcher(line);
        return m.matches() && UkDates.parse(m.group(1).trim()).filter(PartialDate::isFullDate).isPresent();
    }
    private static final int LETTER_HEAD = 15;
    private static final Pattern INSPECTORATE = Pattern.compile(
            "\\b(?:ofsted|care quality commission|cqc|hmi|h[ei]r majesty['’]s (?:chief )?inspector|hmcp?i)\\b");

    // Inspectorates write letters for more than focused and monitoring visits (local area SEND inspections, joint targeted
    // area inspections, the annual performance assessments of 2005-2009): a letter opens with "Dear …" near the top and tells of an
    // inspection, visit or assessment by an inspectorate.
    private static boolean inspectorsLetter(List<Block> opening, String head) {
        boolean dear = opening.stream().limit(LETTER_HEAD).anyMatch(b -> b.text().strip().startsWith("Dear "));
        if (!dear || !(head.contains("inspection") || head.contains("visit") || head.contains("performance assessment"))) {
            return false;
        }
        // The inspectorate may be named only in a letterhead printed in columns (address | telephone | www.ofsted.gov.uk), which
        // the layout reads as a table.
        return INSPECTORATE.matcher(head).find() || opening.stream().limit(LETTER_HEAD).filter(b -> b.table() != null)
                .anyMatch(b -> INSPECTORATE.matcher(Texts.fold(b.text())).find());
    }

    private static boolean agendaBeforeFirstCover(List<Block> opening) {
        int cover = -1;
        for (int i = 0; i < opening.size() && cover < 0; i++) {
            if (ITEM_COVER.matcher(opening.get(i).text()).matches() || opening.get(i).table() != null
                    && (Segmenter.lines(opening.get(i)).stream().anyMatch(l -> ITEM_COVER.matcher(l).matches())
                    || isCoverTable(opening.get(i)))) {
                cover = i;
            }
        }
        return cover > 0 && AgendaReader.read(opening.subList(0, cover)).size() >= SHORT_AGENDA;
    }

    // "Minutes of the Overview and Scrutiny Committee held on 3 March 2022" under the council's name, or a Scottish council's
    // "MINUTE of MEETING of the … Committee held in …": the title says it, though not first. An agenda's "Minutes of the
    // previous meeting" names no meeting held on a day.
    private static final Pattern MINUTES_TITLE = Pattern.compile(
            "(?i)^(?:minutes?\\s+of\\s+(?:the\\s+|a\\s+)?(?:(?:meeting|proceedings)\\s+of\\s+(?:the\\s+)?)?"
                    // "Proceedings of a meeting of the … held at …", "At a meeting of the … held in … on …": minutes with no "Minutes" word.
                    + "|(?:proceedings\\s+(?:of|at)|at)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?meeting\\s+of\\s+(?:the\\s+)?)(?!previous\\b|last\\b)"
                    + "[^\\n]{3,120}?\\b(?:held|on|at)\\b[^\\n]*\\d[^\\n]*$");

    private static Optional<String> minutesTitle(List<Block> opening) {
        int n = Math.min(opening.size(), TITLE_BLOCKS);
        for (int i = 0; i < n; i++) {
            Block b = opening.get(i);
            if (b.table() != null) {
                continue;
            }
            String t = Texts.squash(b.text());
            if (MINUTES_TITLE.matcher(t).find()) {
                return Optional.of(t);
            }
            // "MINUTES OF A MEETING OF THE LICENSING COMMITTEE" over "Held at the Council Chamber … on Tuesday 4 March 2025":
            // one title set on two lines that a blank line parts.
            if (i + 1 < n && opening.get(i + 1).table() == null && t.regionMatches(true, 0, "minute", 0, 6)) {
                String next = Texts.squash(opening.get(i + 1).text());
                if (next.regionMatches(true, 0, "held ", 0, 5) && MINUTES_TITLE.matcher(t + " " + next).find()) {
                    return Optional.of(t + " " + next);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isCoverTable(Block b) {
        return b.table() != null && !CoverTable.read(b).isEmpty();
    }

    // A plan's table has a header naming actions and either owners or timescales, or a column of progress words.
    private static boolean isPlanTable(Block b) {
        String header = Texts.fold(String.join(" ", b.table().rowTexts(0)));
        boolean action = header.contains("action") || header.contains("recommendation") || ACTION_COLUMN.matcher(header).find();
        boolean who = header.contains("lead") || header.contains("owner") || header.contains("responsible");
        boolean when = header.contains("by when") || header.contains("timescale") || header.contains("deadline")
                || header.contains("completion date") || header.contains("rag");
        return b.table().colCount() >= 3 && (action && (who || when) || header.contains("who") && WHAT_WHO_WHEN.matcher(header).find() || hasStatusColumn(b));
    }

    // Trackers name the column of actions in other words: "What we will do", "Activity", "Milestone", "Task", "Deliverable".
    // With an owner's or a timescale's column beside it, it is a plan's.
    private static final Pattern ACTION_COLUMN = Pattern.compile(
            "\\bwhat (?:we will|will we) (?:do|deliver)\\b|\\bactivit(?:y|ies)\\b|\\bmilestones?\\b|\\btasks?\\b|\\bdeliverables?\\b");

    // A tracker whose columns ask "What? | Who? | When?": the action, its owner and its date, named by their questions.
    private static final Pattern WHAT_WHO_WHEN = Pattern.compile("\\bwhat\\b.*\\bwho\\b.*\\bwhen\\b");

    private static final Pattern STATUS_WORDS = Pattern.compile("(?i)^(?:on track|on target|at risk|off track|off target|"
            + "complete|completed|achieved|not started|in progress|delayed|overdue|behind schedule|ahead of schedule)\\.?$");
    private static final Pattern FIGURE = Pattern.compile("^[<>≥≤]?[£]?[\\d.,]+\\s*%?$");
    private static final int STATUS_ROWS = 3;

    // Plans that report progress in words ("On track", "At risk", "Off track", "Complete") rather than Red/Amber/Green:
    // one column whose cells, below the header, are nearly all such words, in enough rows to be a plan, not a key. A
    // scorecard says the same of its indicators, but beside columns of figures (targets, actuals), which a plan has not.
    private static boolean hasStatusColumn(Block b) {
        var t = b.table();
        boolean status = false;
        for (int c = 0; c < t.colCount(); c++) {
            int words = 0;
            int figures = 0;
            int filled = 0;
            for (int r = 1; r < t.rowCount(); r++) {
                List<String> row = t.rowTexts(r);
                String cell = c < row.size() ? Texts.squash(row.get(c)) : "";
                if (!cell.isEmpty()) {
                    filled++;
                    words += STATUS_WORDS.matcher(cell).matches() ? 1 : 0;
                    figures += FIGURE.matcher(cell).matches() ? 1 : 0;
                }
            }
            if (filled >= STATUS_ROWS && 2 * figures > filled && c > 0) {
                return false; // a column of figures (the first may number the rows)
            }
            status |= words >= STATUS_ROWS && 4 * words >= 3 * filled;
        }
        return status;
    }

    private static void add(Map<DocumentKind, Integer> score, DocumentKind kind, int points) {
        score.merge(kind, points, Integer::sum);
    }

    // Section words head parts of a paper, not the paper.
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)^(?:\\d+\\.?\\s*)?(?:introduction|contents|summary|executive summary|background|agenda|purpose|foreword|overview)\\s*:?$");

    private static Optional<String> title(List<Block> opening, DocumentKind kind) {
        if (kind == DocumentKind.REPORT) {
            // A cover table labels the report's title: the council's name printed over it is not the title.
            Optional<String> labelled = opening.stream().limit(TITLE_BLOCKS).filter(b -> b.table() != null)
                    .map(b -> CoverTable.read(b).get(CoverTable.Field.TITLE)).filter(t -> t != null).findFirst();
            if (labelled.isPresent()) {
                return labelled;
            }
            // "Subject: Treasury management strategy 2025/26" on a cover set out as lines.
            Optional<String> subject = titleLines(opening).map(l -> SUBJECT_LINE.matcher(l)).filter(Matcher::matches)
                    .map(m -> m.group(1).trim()).filter(t -> t.length() > 3).findFirst();
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (kind == DocumentKind.MINUTES) {
            Optional<String> record = titleLines(opening)
                    .filter(l -> DECISION_RECORD.matcher(l).find() || QUESTIONS_ANSWERED.matcher(l).find()).findFirst();
            if (record.isPresent() && minutesTitle(opening).isEmpty()) {
                return record;
            }
            // "Minutes of the Overview and Scrutiny Committee held on …" under the council's name names the minutes better
            // than the first minute's heading ("41. Apologies for absence").
            Optional<String> minutes = minutesTitle(opening)
                    .map(t -> t.replaceFirst("(?i)[\\s,]+held\\b.*$", "")) // the meeting's date and place are not its name
                    .filter(t -> t.length() <= TITLE_LINE);
            if (minutes.isPresent()) {
                return minutes;
            }
        }
        Optional<String> heading = opening.stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(b -> Texts.squash(b.text()))
                .filter(t -> t.length() > 3 && !t.toLowerCase(Locale.ROOT).endsWith("council") && !GENERIC.matcher(t).matches())
                // a report's cover heads it with the meeting ("Cabinet, 9 September 2021") and its author ("Report of the
                // Director of …") before its own title
                .filter(t -> kind != DocumentKind.REPORT || !isMeetingLine(t) && !t.toLowerCase(Locale.ROOT).startsWith("report of"))
                .findFirst();
        if (heading.isPresent()) {
            return heading;
        }
        // Without headings (text renderings), the title is the first substantial line near the top that is neither a date nor
        // an item number; further down, a line is more likely an instruction or a sentence than a title.
        return opening.stream().limit(TITLE_BLOCKS).filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .map(b -> Texts.squash(b.text()))
                .filter(t -> t.length() >= 12 && t.length() <= 160 && UkDates.parse(t).isEmpty()
                        && !ITEM_COVER.matcher(t).matches() && !t.contains("\t"))
                .filter(t -> kind != DocumentKind.AGENDA_PACK || !t.contains(" - An ")) // a council's vision strapline
                .filter(t -> !GENERIC.matcher(t).matches())
                // the council's name printed over the title ("Thornvale Council", "NORTHAVEN CITY COUNCIL") is not the title
                .filter(t -> !t.toLowerCase(Locale.ROOT).endsWith("council"))
                // nor, over a report's, its meeting and date or its author ("Meeting date: 3 December 2024", "Report of the …")
                .filter(t -> kind != DocumentKind.REPORT || !t.toLowerCase(Locale.ROOT).matches("^report (?:of|to)\\b.*")
                        && !(t.length() < SHORT_DATED && UkDates.find(t).filter(PartialDate::isFullDate).isPresent()))
                // A report's cover names the committee before the report's own title.
                .filter(t -> kind != DocumentKind.REPORT || !t.matches("(?i).*\\b(?:committee|cabinet|board|panel)$"))
                .findFirst();
    }

    // Inspectorates name the authority in the title: "Inspection of North Northamptonshire local authority children's
    // services", "Focused visit to Marshland children's services", "Joint local area SEND inspection in Moorside".
    private static final String NAME = "([A-Z][\\w'’-]+(?:[  -](?:(?:and|upon|on|of|the)[  ])?[A-Z][\\w'’-]+){0,4}?)";
    private static final Pattern INSPECTED = Pattern.compile("(?:\\b[Ii]nspection of|\\bvisit to|\\binspection in|\\bre-inspection of)[  ]+"
            + "(?:the[  ]+)?" + NAME + "(?:[  ]+(?:Metropolitan[  ]+)?(?:Borough|City|County|District))?(?:['’]s)?"
            + "(?:[  ]+(?:local[  ]+authority|[Cc]ouncil|children['’]s[  ]+services|[Cc]hildren['’]s[  ]+[Ss]ervices"
            + "|[Ff]ire[  ]+and[  ]+[Rr]escue[  ]+[Ss]ervice|[Pp]olice|[Cc]onstabulary)\\b|[  ]*$)");
    // Greedy, and joined only by "and"/"upon" ("Brighton and Hove", "Kingston upon Thames"), so "Update on Thurrock
    // Children's Services" names Thurrock, not "Update on Thurrock".
    private static final String AREA = "([A-Z][\\w'’-]+(?:[  -](?:(?:and|upon)[  ])?[A-Z][\\w'’-]+){0,4})";
    // Elsewhere a paper that never prints "X Council" names the place it serves: "children, young people and families in
    // Thurrock", "Bolton's most vulnerable children", "Thurrock Children's Services".
    private static final Pattern SERVED_IN = Pattern.compile("\\b(?:children|young people|families|residents|care leavers|"
            + "[Cc]hildren['’]s services)(?:[  ]+(?:who[  ]+)?(?:live|living))?[  ]+in[  ]+" + AREA + "(?![\\w'’-])");
    private static final Pattern SERVED_BY = Pattern.compile("(?<![\\w'’-])" + AREA
            + "(?:['’]s[  ]+(?:most[  ]+vulnerable[  ]+|looked[  ]+after[  ]+)?(?:children|young people|families|residents)\\b"
            + "|(?:['’]s)?[  ]+Children['’]s[  ]+Services\\b)");
    // Places that are not a council's area, and capitalised words that follow "in" without naming a place.
    private static final Pattern NOT_AN_AREA = Pattern.compile("(?i)^(?:england|wales|scotland|britain|great britain|"
            + "northern ireland|the uk|uk|europe|need|care|january|february|march|april|may|june|july|august|september|october|"
            + "november|december|this|these|those|our|all|some|many|most|their|each|every|local|children['’]s)\\b.*");

    static Optional<String> council(LayoutDocument layout, List<Block> opening, DocumentKind kind) {
        boolean inspection = kind == DocumentKind.INSPECTION_REPORT || kind == DocumentKind.INSPECTION_LETTER;
        if (inspection) {
            // The report's own title wins over councils its text mentions ("…also delivers these functions for West
            // Northamptonshire County Council").
            for (Block b : opening.stream().limit(TITLE_BLOCKS).filter(b -> b.table() == null).toList()) {
                Matcher m = INSPECTED.matcher(Texts.squash(b.text()));
                if (m.find() && area(m.group(1))) {
                    return Optional.of(m.group(1));
                }
            }
        }
        // A council's paper is marked as its own: its name over the title, in the running header or footer, its web and
        // e-mail addresses. Councils its text discusses are not its publisher.
        Optional<String> marked = PaperCouncil.of(layout, opening);
        if (marked.isPresent()) {
            return marked;
        }
        if (inspection) {
            // An inspectorate publishes its reports about an authority: the authority it names is the subject.
            for (Block b : opening) {
                Optional<String> a = Authorities.find(b.text());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (inspection) {
            // An inspection report whose cover prints the place alone over the title ("Bolton", "Birmingham").
            Optional<String> bare = opening.stream().map(b -> Texts.squash(b.text())).filter(t -> !t.isEmpty()).findFirst()
                    .filter(t -> BARE_PLACE.matcher(t).matches() && area(t));
            if (bare.isPresent()) {
                return bare;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Block b : opening.stream().filter(b -> b.table() == null).toList()) {
            String t = b.text().replace('\n', ' ');
            for (Pattern p : List.of(SERVED_IN, SERVED_BY)) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    if (area(m.group(1))) {
                        counts.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
        }
        // One place named that way, or one named more than any other; two equally named are a comparison, not an owner.
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (!ranked.isEmpty() && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue())) {
            return Optional.of(ranked.get(0).getKey());
        }
        return Optional.empty();
    }

    private static final Pattern BARE_PLACE = Pattern.compile(
            "[A-Z][\\w'’-]+(?:[ -](?:(?:and|upon|on|of|the) )?[A-Z][\\w'’-]+){0,3}");
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i).*\\b(?:inspection|report|ofsted|inspector|children|"
            + "services?|council|contents|dear|yours|mr|mrs|ms|miss|dr|agenda|minutes|cabinet|committee|plan|appendix|item)\\b.*");

    private static boolean area(String name) {
        return !NOT_AN_AREA.matcher(name).matches() && !TITLE_WORDS.matcher(name).matches() && Authorities.isPlace(name);
    }

    private static Optional<PartialDate> date(List<Block> opening, DocumentKind kind) {
        for (Block b : opening) {
            String t = b.text();
            if (kind == DocumentKind.INSPECTION_REPORT && !t.toLowerCase(Locale.ROOT).contains("inspection date")) {
                continue;
            }
            if (kind == DocumentKind.AGENDA_PACK && !t.toLowerCase(Locale.ROOT).contains("meeting")
                    && !t.toLowerCase(Locale.ROOT).contains("held")) {
                continue;
            }
            Optional<PartialDate> d = kind == DocumentKind.INSPECTION_REPORT ? lastDate(t) : UkDates.find(t);
            if (d.isPresent() && d.get().isFullDate()) {
                return d;
            }
        }
        return opening.stream().map(b -> UkDates.parse(b.text())).flatMap(Optional::stream).filter(PartialDate::isFullDate).findFirst();
    }

    // An inspection is dated by its last day: "11 November 2019 to 22 November 2019" → 2019-11-22.
    private static Optional<PartialDate> lastDate(String text) {
        String[] halves = text.split("\\s+to\\s+|\\s[-–]\\s");
        return UkDates.find(halves[halves.length - 1]);
    }
}
