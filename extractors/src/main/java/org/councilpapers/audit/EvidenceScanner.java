package org.councilpapers.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * Finds the evidence a paper's text holds for each record type, by a plain scan of its layout (body
 * blocks line by line, and table cells and rows), with a small, deliberately broad vocabulary of its
 * own. It shares no rule with the extractors on purpose: an audit that asked the extractors' own
 * questions could only repeat their answers.
 *
 * <p>A marker says a record of its type <em>may</em> be there, not that one is: a paper is worth a look
 * where markers sit and no record came out. What counts, per type:
 * <ul>
 *   <li>{@code resolution}: decision lines (a line opening RESOLVED, AGREED, DECIDED, RECOMMENDED, "Resolved that",
 *       "Decision:"; "it was resolved/agreed/decided"; "the Committee agreed"; a record of decision's title);</li>
 *   <li>{@code meeting}: attendance lines (Present, Apologies, In attendance), "Minutes of the … meeting",
 *       "meeting … held on", "Date and time", "Venue";</li>
 *   <li>{@code recommendation}: a recommendations heading and the numbered lines under it, "It is recommended that",
 *       "Cabinet/the Committee/Members is/are asked/invited to" (an inspectorate's recommendations heading too: SCHEMA.md
 *       makes those {@code recommendation} records with origin {@code inspection});</li>
 *   <li>{@code judgement}: an Ofsted grade (Outstanding, Good, Requires improvement (to be good), Inadequate,
 *       Adequate) that is a whole table cell or line, or that ends a "judged/rated …" or an "is/are/was …"
 *       clause ("was judged good", "is inadequate."). A grade word in running narrative ("good progress", "Good
 *       morning", "three actions are outstanding and…") is not evidence: only a grade stated as a grade is. Where it is stated, it is evidence of a <em>possible</em> judgement — a
 *       council report quoting its last inspection's grade holds a judgement an extractor may rightly skip,
 *       which is why the verdict is a flag to look at, not an error;</li>
 *   <li>{@code finding}: "What needs to improve", "Areas for improvement/development", strengths and findings
 *       headings, with the lines listed under them;</li>
 *   <li>{@code ragTable}: per table row, a cell holding a RAG word (Red, Amber, Green, Blue, RAG, On/Off track…) or a
 *       red, amber or green fill, in a table with two such cells or a RAG column. A fill counts only where the table's
 *       fills are of two status colours or more and the cell's fill is not most of its row's (that is banding), and a
 *       first row of RAG words is a legend or a summary's column heads, not a status;</li>
 *   <li>{@code action}: per row, a table with an action column and an owner or deadline column;</li>
 *   <li>{@code question}: "Question(s) from/to…", "Public questions", "Q1.", "Question 2", "Response:/Answer:/Reply:",
 *       "… replied/answered that" ("Q1 2019/20" is a quarter);</li>
 *   <li>{@code agendaItem}: an "Agenda" heading and the numbered rows of tables (or numbered titles) after it, "Item 4",
 *       "Minute 12", and in a paper that opens as a meeting's (an agenda, minutes or attendance cue on its first two
 *       pages) the numbered titles of one run that starts there (84, 85, 86…; a report's "1. Introduction" later in a
 *       pack starts again and is left out);</li>
 *   <li>{@code workProgrammeEntry}: a "work programme"/"forward plan" title and the rows of the first table after it,
 *       or of a table whose head names it;</li>
 *   <li>{@code report}: cover lines (Report of/to/by, Key decision, Wards affected, Contact officer, Author…); in a
 *       table only as a label in the first column of a narrow table, never a plan's "Lead officer" column head.</li>
 * </ul>
 * A recommendations or findings section's listed lines stop at the next heading, at a short title line with no
 * full stop ("Introduction and Background"), where decimal numbering moves on (1.1, 1.2, then 2.1), after ten lines,
 * or a page on.
 *
 * <p>Some markers are explained ({@link Marker#byDesign()}): the record contract gives no record for them, so they
 * flag nothing — a standalone report's own item line (a paper that does not open as a meeting's), a decision record's
 * cover labels and a proposed decision's decision lines (on the page of its title and the next), an impact assessment
 * form's officer fields (until a report's cover opens), and a work programme's title that no programme table follows.
 *
 * <p>Running headers and footers are not scanned, nor the stretches the pipeline says no record may come
 * from (blank pages, the notes for the public a pack repeats). Thread-safe and stateless.
 */
public final class EvidenceScanner {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String GRADE = "(?:outstanding|good|requires improvement(?: to be good)?|inadequate|adequate|not yet good)";

    /** A line-level cue: a pattern found in one line of a block or a cell. */
    private record Cue(RecordType type, String name, Pattern pattern) {
        // A cover's label ("Report author", "Date of meeting"), which in a table counts only beside its value.
        boolean label() {
            return type == RecordType.REPORT || name.equals("meeting details");
        }
    }

    // The vocabulary, as data. Each pattern is tried with find() on one line, whitespace collapsed.
    private static final List<Cue> LINE_CUES = List.of(
            new Cue(RecordType.RESOLUTION, "decision line",
                    Pattern.compile("^\\W{0,3}(?:\\(?[0-9a-z]{1,3}[.)]\\s*)?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\\b")),
            new Cue(RecordType.RESOLUTION, "decision line",
                    Pattern.compile("^\\W{0,3}(?:\\(?[0-9a-z]{1,3}[.)]\\s*)?(?:Resolved|Agreed|Decided)\\s*(?:[:–-]|that\\b|to\\b|,|\\(|$)")),
            new Cue(RecordType.RESOLUTION, "decision line", Pattern.compile("\\b(?:RESOLVED|DECIDED)\\b")),
            new Cue(RecordType.RESOLUTION, "decision sentence",
                    Pattern.compile("\\bit was (?:unanimously |further |also |therefore |then )?(?:resolved|agreed|decided)\\b", CI)),
            new Cue(RecordType.RESOLUTION, "decision sentence", Pattern.compile(
                    "\\b(?:committee|cabinet|board|council|panel|sub-committee|members|executive|leader|forum|commission|cabinet member)"
                            + "\\s+(?:unanimously\\s+|therefore\\s+|then\\s+|also\\s+|further\\s+)?(?:resolved|agreed|decided)\\b", CI)),
            new Cue(RecordType.RESOLUTION, "decision heading",
                    Pattern.compile("^\\W{0,3}(?:decisions?(?: taken| made)?\\s*:|record of (?:the )?(?:executive |key |cabinet |officer )?decisions?\\b|decision notice\\b)", CI)),

            new Cue(RecordType.MEETING, "attendance line", Pattern.compile(
                    "^\\W{0,3}(?:present|members present|councillors present|in attendance|also (?:present|in attendance)|"
                            + "apologies(?: for absence)?|attendees|attendance)\\b\\s*(?:[:.–-]|were\\b|$|\\(?cllrs?\\b|councillors?\\b)", CI)),
            new Cue(RecordType.MEETING, "minutes title", Pattern.compile("\\bminutes of (?:the |a |an )?.{0,80}\\bmeeting\\b", CI)),
            new Cue(RecordType.MEETING, "meeting held on", Pattern.compile(
                    "^\\W{0,3}(?:(?:a|the)\\s+)?(?:meeting|minutes)\\b[^.]{0,100}\\b(?:held|to be held|will be held)\\s+(?:on|at|in)\\b", CI)),
            new Cue(RecordType.MEETING, "meeting details",
                    Pattern.compile("^\\W{0,3}(?:date and time|date & time|date of meeting|time of meeting|venue|notice of (?:a )?meeting)\\b\\s*:?", CI)),

            new Cue(RecordType.RECOMMENDATION, "recommendation sentence", Pattern.compile("\\bit is (?:therefore )?recommended that\\b", CI)),
            new Cue(RecordType.RECOMMENDATION, "asked to", Pattern.compile(
                    "\\b(?:committee|sub-committee|cabinet|cabinet member|council|board|panel|members?|councillors?|executive|leader|forum|"
                            + "commission|scrutiny|group|you)\\s+(?:is|are)\\s+(?:therefore\\s+)?(?:asked|invited|requested|recommended)\\s+to\\b"
                            + "(?!\\s+(?:attend|take part|join|share|speak)\\b)", CI)),
            new Cue(RecordType.RECOMMENDATION, "recommendation line", Pattern.compile("^\\W{0,3}recommendations?(?:\\s*\\d+)?\\s*[:–-]\\s*\\S", CI)),

            new Cue(RecordType.JUDGEMENT, "grade in a sentence", Pattern.compile(
                    "\\b(?:judged|graded|rated|assessed)\\s+(?:to be\\s+|as\\s+|overall\\s+)?" + GRADE + "\\b", CI)),
            new Cue(RecordType.JUDGEMENT, "grade in a sentence", Pattern.compile(
                    "\\b(?:is|are|was|were|has been|have been)\\s+(?:now\\s+|still\\s+|judged\\s+)?" + GRADE
                            + "(?=\\s*(?:[.,;:)]|$|\\s(?:but(?!\\s+not\\b)|because|overall|at|since)\\b))", CI)),
            new Cue(RecordType.JUDGEMENT, "grade in a sentence", Pattern.compile("\\brequires? improvement to be good\\b", CI)),
            new Cue(RecordType.JUDGEMENT, "grade line", Pattern.compile("^\\W{0,3}(?:overall effectiveness|overall judgement)\\b.{0,80}\\b" + GRADE + "\\b", CI)),

            new Cue(RecordType.QUESTION, "question line", Pattern.compile(
                    "^\\W{0,3}(?:public |members'? |members’ |councillors'? |councillors’ |written |supplementary |oral )?questions?\\s+"
                            + "(?:from|by|to|asked|submitted|put|received)\\b", CI)),
            new Cue(RecordType.QUESTION, "question line", Pattern.compile(
                    "^\\W{0,3}(?:public|members'?|members’|councillors'?|councillors’)\\s+questions?\\b", CI)),
            new Cue(RecordType.QUESTION, "numbered question", Pattern.compile(
                    "^\\W{0,3}(?:Q\\s?\\d{1,3}\\s*[.:)]|Q\\s?\\d{1,3}\\s+(?:from|by|asked)\\b|[Qq]uestion\\s+(?:no\\.?\\s*)?\\d{1,3}\\b)")),
            new Cue(RecordType.QUESTION, "answer line", Pattern.compile("^\\W{0,3}(?:response|answer|reply)\\b(?:\\s+(?:from|by)\\b|\\s*[:–-])", CI)),
            new Cue(RecordType.QUESTION, "answer sentence", Pattern.compile("\\b(?:replied|responded|answered)(?:\\s+that\\b|\\s*[:,])", CI)),

            new Cue(RecordType.AGENDA_ITEM, "item number", Pattern.compile("^\\W{0,3}(?:agenda\\s+)?item\\s+(?:no\\.?\\s*)?\\d{1,3}[a-z]?\\b", CI)),
            new Cue(RecordType.AGENDA_ITEM, "minute number", Pattern.compile("^\\W{0,3}minute\\s+(?:no\\.?\\s*)?\\d{1,4}\\b", CI)),


            new Cue(RecordType.REPORT, "report cover line", Pattern.compile(
                    "^\\W{0,3}(?:report (?:of|to|by|from|author|title)|key decision|non-key decision|wards? affected|electoral divisions? affected|"
                            + "divisions? affected|contact officers?|lead officers?|responsible officers?|report authors?|portfolio holder|"
                            + "decision type|forward plan ref(?:erence)?|purpose of (?:the )?report|authors?\\s*:|cabinet member\\s*:|"
                            + "classification\\s*:|is this a key decision)\\b", CI)));

    // Headings that open a section whose listed lines are evidence too.
    private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile(
            "^\\W{0,3}(?:\\d{1,2}\\.?\\s+)?(?:summary of |key )?recommendations?(?:\\s*\\(s\\))?(?:\\s+(?:to|for) .{1,60})?\\s*[:.]?$", CI);
    private static final Pattern FINDINGS_HEADING = Pattern.compile(
            "^\\W{0,3}(?:what needs to improve.{0,60}|what (?:does|do|should) (?:the )?.{0,40} (?:need to )?(?:do|improve).{0,40}|"
                    + "areas? (?:for|of|requiring|needing) (?:further )?(?:improvement|development|priority action)|areas for (?:priority )?action|"
                    + "key findings|main findings|(?:key |main |areas of )?strengths|what is working well.{0,40}|what needs to be done.{0,40}|"
                    + "priority actions?)\\s*[:.?]?$", CI);
    private static final Pattern AGENDA_HEADING = Pattern.compile("^\\W{0,3}agenda(?:\\s+(?:items?|for the meeting))?\\s*:?$", CI);
    private static final Pattern PROGRAMME_OFFICER = Pattern.compile("^\\W{0,3}(?:lead |responsible |contact )?officers?\\b", CI);
    private static final Pattern WORK_PROGRAMME = Pattern.compile(
            "\\b(?:work ?programmes?|forward (?:work |agenda )?plans?|work plans?|forward programmes?)\\b", CI);

    // A line listed under a heading: a number, letter or bullet first.
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\\d{1,2}\\.\\d{1,2}\\.?|[•●▪◦·*–-])\\s+", CI);
    private static final Pattern DECIMAL = Pattern.compile("^\\s*\\d{1,2}\\.\\d");
    // A meeting paper's numbered title: "4. Declarations of Interest", "12 Minutes", not "1.1" or a sentence.
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
            "^\\s*(?:item\\s+)?(\\d{1,3})[a-z]?[.)]?\\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)"
                    + "[A-Z][^.:;]{2,100}$");
    // A section's listed line's number: "3." gives 3, "1.2" gives 1, a letter or bullet none.
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\(?(\\d{1,2})[.)]");
    private static final Pattern GRADE_WORD = Pattern.compile("\\b" + GRADE + "\\b", CI);
    private static final Pattern AGENDA_COLUMN = Pattern.compile("\\b(?:item|agenda)\\b", CI);
    private static final Pattern ITEM_NUMBER_CELL = Pattern.compile("^(?:item\\s*)?\\d{1,3}[a-z]?[.)]?$", CI);
    private static final Pattern GRADE_CELL = Pattern.compile(
            "^(?:grade\\s*)?(?:\\d\\s*[-–:.]?\\s*)?" + GRADE + "(?:\\s*\\(?\\d\\)?)?\\.?$", CI);
    private static final Pattern RAG_WORD = Pattern.compile(
            "^(?:red|amber|green|blue|red/amber|amber/red|amber/green|green/amber|rag|on track|off track|not on track|at risk|"
                    + "on target|off target|completed?|r|a|g|b|ra|ag)\\.?$", CI);
    private static final Pattern RAG_HEADER = Pattern.compile("\\bRAG\\b|\\bred\\s*/\\s*amber\\s*/\\s*green\\b|\\bB?RAG status\\b", CI);
    private static final Pattern ACTION_COLUMN = Pattern.compile(
            "^\\W{0,3}(?:actions?|action(?:s)? (?:required|to be taken|planned)|key actions?|what (?:we will|will we) do|tasks?|activity|activities)\\b", CI);
    private static final Pattern OWNER_OR_DEADLINE_COLUMN = Pattern.compile(
            "^\\W{0,3}(?:owner|lead(?: officer| person)?|responsible|responsibility|by whom|who|deadline|timescales?|by when|"
                    + "target date|due(?: date)?|completion date|date due)\\b", CI);
    private static final Pattern MEETING_PAPER = Pattern.compile(
            "(?m)^\\W{0,3}(?:(?:supplementary |late |additional )?agenda\\b(?!\\s+item\\s+(?:no\\.?\\s*)?\\d)|minutes\\b|present\\b|apologies\\b|notice of (?:a )?meeting)|\\bminutes of (?:the |a )", CI);

    // A decision record's title: what was decided (or is proposed) is its record, and its cover labels name the report it took.
    private static final Pattern DECISION_RECORD = Pattern.compile(
            "\\b(?:record of (?:an? |the )?(?:(?:executive|key|cabinet|officer|delegated|individual|member|portfolio holder|lead member)\\s+)*"
                    + "decisions?|(?:(?:portfolio holder|cabinet member|executive|officer|key|individual)\\s+)?decision notice|"
                    + "notice of (?:(?:executive|key|cabinet)\\s+)?decisions?|"
                    + "proposed (?:(?:cabinet member|key|executive|officer|portfolio holder|individual)\\s+)?decision|decisions? to be taken by)\\b", CI);
    // A decision not yet taken: "Proposed record of decision", "Decision to be taken by".
    private static final Pattern PROPOSED = Pattern.compile("\\bproposed\\b|\\bto be taken by\\b", CI);
    // An impact assessment form (equality, data protection): its "Responsible officer" fields are the form's, not a report's cover.
    private static final Pattern ASSESSMENT = Pattern.compile(
            "^\\W{0,3}(?:EQIA|EqIA|DPIA|equality (?:impact |and (?:diversity|inclusion) )?(?:assessment|analysis)|"
                    + "(?:data protection |privacy |community )?impact assessment)\\b", CI);
    // A report's own cover, which ends an impact assessment form appended before it.
    private static final Pattern REPORT_OPENING = Pattern.compile("^\\W{0,3}(?:report (?:of|to|by)|purpose of (?:the )?report)\\b", CI);
    // A line naming a work programme that is a sentence or a reference, not its title: "AGREED: That the work programme be
    // approved", "The work programme was updated as follows:", "Forward Plan reference: FP/2025/03/117".
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|will|has|have|had|noted|agreed|approved|updated|considered|received)\\b|"
                    + "\\b(?:plan|programme)\\s+(?:ref(?:erence)?|no\\.?|number)\\b", CI);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d\\d$", CI);
    // Band letters (council tax bands A to H): a table holding one is not rated by "A" and "G".
    private static final Pattern BAND_LETTER = Pattern.compile("^[C-FH]$");

    private static final String REPORT_ITEM_LINE = "a standalone report's own item line: a report gives its report and meeting, "
            + "not agendaItem records (SCHEMA: agenda items come from agendas, minutes and decision notices)";
    private static final String DECISION_COVER = "a decision record's label naming the report it took: "
            + "a decision notice gives its decisions, not a report record";
    private static final String PROPOSED_DECISION = "a proposed decision, not yet taken: its parts are recommendations, "
            + "not resolutions (testdata/expected-records/kent-cabinet/README.md)";
    private static final String ASSESSMENT_FIELD = "an impact assessment form's field: the form gives no records "
            + "(testdata/expected-records/kent-cabinet/README.md)";
    private static final String PROGRAMME_HEADING = "a work programme's title with no table after it: an agenda's item or a "
            + "minute's heading; the entries are the rows of the programme's own table";

    private static final int SNIPPET = 90;
    private static final int SECTION_PAGES = 1;
    // A recommendations or findings section longer than this has run on past its end.
    private static final int SECTION_ITEMS = 10;
    // A short title with no full stop ("Introduction and Background"): the next section's heading, listed or not.
    private static final Pattern SECTION_TITLE = Pattern.compile("^(?!(?:that|to)\\b)[A-Z][^.;:]{0,70}$");

    /**
     * The markers in a whole paper.
     *
     * @param doc the paper's layout
     * @return the markers, in reading order
     */
    public List<Marker> scan(LayoutDocument doc) {
        return scan(doc, TextRanges.none());
    }

    /**
     * The markers in a paper, leaving out the stretches of its text in {@code skip}.
     *
     * @param doc the paper's layout
     * @param skip the stretches to leave out
     * @return the markers, in reading order
     */
    public List<Marker> scan(LayoutDocument doc, TextRanges skip) {
        String opening = openingText(doc);
        Scan s = new Scan(doc, skip, MEETING_PAPER.matcher(opening).find());
        for (Page p : doc.pages()) {
            for (Block b : p.body()) {
                if (b.table() != null) {
                    s.table(b, b.table());
                } else {
                    s.lines(b);
                }
            }
        }
        s.finish();
        List<Marker> out = new ArrayList<>(s.markers);
        out.sort(Comparator.comparingInt(Marker::offset).thenComparing(m -> m.type().ordinal()));
        return List.copyOf(out);
    }

    // The first two pages' body text: what a reader glances at to see whether a paper is a meeting's.
    private static String openingText(LayoutDocument doc) {
        StringBuilder s = new StringBuilder();
        for (Page p : doc.pages().subList(0, Math.min(2, doc.pageCount()))) {
            for (Block b : p.body()) {
                s.append(b.text()).append('\n');
            }
        }
        return s.toString();
    }

    /** One scan's running state: the section a heading opened, and the markers so far. Not shared. */
    private static final class Scan {
        private final LayoutDocument doc;
        private final TextRanges skip;
        private final boolean meetingPaper;
        private final List<Marker> markers = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private @Nullable RecordType section;
        private String sectionName = "";
        private int sectionPage;
        private int sectionItems;
        private int sectionNumber;
        private int lastTitle;
        private int programmeTitle = -99;
        // The page a decision record's title was last seen on, and whether it proposes a decision not yet taken.
        private int decisionPage = -99;
        private boolean proposed;
        // Whether the lines now read are an impact assessment form's.
        private boolean assessment;
        // Work programme titles with no programme table read after them yet (indexes into markers).
        private final List<Integer> pendingTitles = new ArrayList<>();

        Scan(LayoutDocument doc, TextRanges skip, boolean meetingPaper) {
            this.doc = doc;
            this.skip = skip;
            this.meetingPaper = meetingPaper;
        }

        void lines(Block b) {
            int offset = b.start();
            boolean firstLine = true;
            for (String raw : b.text().split("\n", -1)) {
                String line = collapse(raw);
                if (!line.isEmpty() && !skip.contains(offset)) {
                    boolean headingLike = b.is(BlockKind.HEADING) || b.isBold();
                    boolean listed = firstLine && b.is(BlockKind.LIST_ITEM) || LIST_MARK.matcher(line).find() && LIST_MARK.matcher(line).replaceFirst("").length() > 0;
                    line(line, b.page(), offset, headingLike, listed);
                }
                offset += raw.length() + 1;
                firstLine = false;
            }
        }

        // What kind of paper the lines now read belong to: a decision record (proposed or taken), an impact assessment form.
        private void track(String line, int page) {
            char c0 = Character.toLowerCase(line.charAt(0));
            if (line.length() <= 100 && (line.indexOf("ecision") >= 0 || line.indexOf("ECISION") >= 0) && DECISION_RECORD.matcher(line).find()) {
                proposed = decisionPage < page - 1 ? PROPOSED.matcher(line).find() : proposed || PROPOSED.matcher(line).find();
                decisionPage = page;
            }
            if ((c0 == 'e' || c0 == 'd' || c0 == 'p' || c0 == 'c' || !Character.isLetter(c0)) && ASSESSMENT.matcher(line).find()) {
                assessment = true;
            } else if (assessment && (c0 == 'r' || c0 == 'p') && REPORT_OPENING.matcher(line).find()) {
                assessment = false;
            }
        }

        private void line(String line, int page, int offset, boolean headingLike, boolean listed) {
            track(line, page);
            if (opensSection(line, page, offset, headingLike)) {
                return;
            }
            if (section != null && (page > sectionPage + SECTION_PAGES
                    || headingLike && !(section == RecordType.AGENDA_ITEM && NUMBERED_TITLE.matcher(line).matches()))) {
                section = null;
            }
            cues(line, page, offset, true);
            if (wholeGrade(line)) {
                add(RecordType.JUDGEMENT, "grade on a line of its own", page, offset, line, grade(line));
            }
            if (section != null && listed) {
                listedLine(line, page, offset);
            }
            Matcher title = NUMBERED_TITLE.matcher(line);
            if (meetingPaper && (headingLike || listed || line.length() <= 100) && title.matches()) {
                // Minutes and agendas number their items in one run (84, 85, 86…); a report's sections in a pack start again at 1.
                int n = Integer.parseInt(title.group(1));
                if (lastTitle == 0 && page <= 2 || lastTitle > 0 && n == lastTitle + 1) {
                    lastTitle = n;
                    add(RecordType.AGENDA_ITEM, "numbered title in a meeting paper", page, offset, line);
                }
            }
        }

        // A cover's labels (Report author, Date of meeting) count in a table only as a label beside its value, not as a
        // column head: a plan's "Lead officer" column or a forward plan's "Date of meeting" is no cover.
        private void cues(String line, int page, int offset, boolean labels) {
            for (Cue c : LINE_CUES) {
                if (!labels && c.label()) {
                    continue;
                }
                Matcher m = c.pattern().matcher(line);
                if (m.find() && c.type() == RecordType.REPORT && page - programmeTitle <= SECTION_PAGES
                        && PROGRAMME_OFFICER.matcher(line).find()) {
                    // "Lead officer: Community Safety Manager" under a work programme's title is its entry's officer, not a cover's.
                    add(RecordType.WORK_PROGRAMME_ENTRY, "officer line of a work programme", page, offset, line, null);
                } else if (m.find(0)) {
                    String around = line.substring(Math.max(0, m.start() - 20));
                    String shown = m.start() > 20 ? "…" + around.substring(around.indexOf(' ') + 1) : line;
                    add(c.type(), c.name(), page, offset, shown, c.type() == RecordType.JUDGEMENT ? grade(m.group()) : null);
                }
            }
        }

        // A line listed under a recommendations, findings or agenda heading; the section ends where decimal numbering moves
        // on (1.1, 1.2, then 2.1), at a short title after its first line ("Introduction and Background"), or after SECTION_ITEMS.
        private void listedLine(String line, int page, int offset) {
            if (section == RecordType.AGENDA_ITEM && !NUMBERED_TITLE.matcher(line).matches()) {
                return;
            }
            Matcher n = LEADING_NUMBER.matcher(line);
            if (n.find() && DECIMAL.matcher(line).find()) {
                int number = Integer.parseInt(n.group(1));
                if (sectionNumber == 0) {
                    sectionNumber = number;
                } else if (number != sectionNumber) {
                    section = null;
                    return;
                }
            }
            String text = LIST_MARK.matcher(line).replaceFirst("");
            if (section != RecordType.AGENDA_ITEM && sectionItems > 0 && SECTION_TITLE.matcher(text).matches()) {
                section = null;
                return;
            }
            if (++sectionItems > SECTION_ITEMS) {
                section = null;
                return;
            }
            add(section, "listed under " + sectionName, page, offset, line);
        }

        // A heading that opens a section: it is a marker itself, and the lines listed under it are too.
        private boolean opensSection(String line, int page, int offset, boolean headingLike) {
            RecordType type = null;
            String cue = null;
            if (RECOMMENDATIONS_HEADING.matcher(line).matches()) {
                type = RecordType.RECOMMENDATION;
                cue = "recommendations heading";
            } else if (FINDINGS_HEADING.matcher(line).matches()) {
                type = RecordType.FINDING;
                cue = "findings heading";
            } else if (AGENDA_HEADING.matcher(line).matches()) {
                type = RecordType.AGENDA_ITEM;
                cue = "agenda heading";
            } else if ((headingLike || line.length() <= 80) && Character.isUpperCase(line.charAt(0))
                    && WORK_PROGRAMME.matcher(line).find() && !line.matches(".*[.;,]$") && !NOT_A_TITLE.matcher(line).find()) {
                type = RecordType.WORK_PROGRAMME_ENTRY;
                cue = "work programme title";
            }
            if (type == null) {
                return false;
            }
            add(type, cue, page, offset, line);
            // A work programme's entries are its table rows, not lines listed under its title.
            section = type == RecordType.WORK_PROGRAMME_ENTRY ? null : type;
            programmeTitle = type == RecordType.WORK_PROGRAMME_ENTRY ? page : programmeTitle;
            sectionName = '"' + clip(line, 40) + '"';
            sectionPage = page;
            sectionItems = 0;
            sectionNumber = 0;
            return true;
        }

        void table(Block b, Table t) {
            int page = b.page();
            if (skip.contains(b.start())) {
                return;
            }
            String head = headerText(t);
            // The table a work programme title heads is the first after it (a Word pack, one long page, holds many more).
            boolean programme = page - programmeTitle <= SECTION_PAGES || WORK_PROGRAMME.matcher(head).find();
            programmeTitle = -99;
            // Lines inside cells are read for the line cues (covers and decisions are often laid out as tables); a heading
            // in a cell opens no section, as a cell's text does not run on past its table. A programme's item "Report from
            // the Safeguarding Partnership" is an entry's title, not a cover.
            for (Cell c : t.cells()) {
                if (GRADE_CELL.matcher(collapse(c.text())).matches()) {
                    add(RecordType.JUDGEMENT, "grade word in a table cell", page, c.start(), collapse(c.text()), grade(c.text()));
                }
                int offset = c.start();
                for (String raw : c.text().split("\n", -1)) {
                    String line = collapse(raw);
                    if (!line.isEmpty()) {
                        track(line, page);
                        cues(line, page, offset, keyCell(t, c) && !programme);
                    }
                    offset += raw.length() + 1;
                }
            }
            ragRows(t, page, head);
            actionRows(t, page);
            boolean agenda = section == RecordType.AGENDA_ITEM || meetingPaper
                    || AGENDA_COLUMN.matcher(head).find();
            for (int r = 0; r < t.rowCount(); r++) {
                List<Cell> row = t.row(r);
                if (row.isEmpty() || row.stream().allMatch(Cell::isBlank)) {
                    continue;
                }
                boolean header = row.stream().allMatch(Cell::header) || r == 0 && t.rowCount() > 1 && !head.isBlank() && programme;
                if (programme && !header && row.stream().filter(c -> !c.isBlank()).count() >= 2 && !coverRow(row)) {
                    add(RecordType.WORK_PROGRAMME_ENTRY, "row of a work programme table", page, row.get(0).start(), rowText(row));
                    // Only the titles that head this table are answered by its rows; an earlier minute's "Work Programme" is not.
                    pendingTitles.removeIf(i -> page - markers.get(i).page() <= SECTION_PAGES);
                }
                if (agenda && itemRow(row)) {
                    add(RecordType.AGENDA_ITEM, "numbered row of an agenda table", page, row.get(0).start(), rowText(row));
                }
            }
        }

        /*
         * A RAG table: two or more cells stating a status (a RAG word, or a red, amber or green fill where the table's
         * fills are of at least two of those colours: one colour throughout is banding), or a RAG column; then one
         * marker a row that states one. A first row of RAG words is a legend or a summary's column heads
         * ("KPI summary | GREEN | AMBER | RED"), not a row's status.
         */
        private void ragRows(Table t, int page, String head) {
            int from = legendRow(t) ? 1 : 0;
            Set<Character> colours = new HashSet<>();
            for (Cell c : t.cells()) {
                Character k = c.row() >= from && !c.header() && statusFill(t, c) ? ragColour(c.fill()) : null;
                if (k != null) {
                    colours.add(k);
                }
            }
            boolean fills = colours.size() >= 2 && !categoryFills(t, from);
            boolean letters = t.cells().stream().noneMatch(c -> BAND_LETTER.matcher(collapse(c.text())).matches());
            int ragCells = 0;
            for (Cell c : t.cells()) {
                if (c.row() >= from && ragCell(t, c, fills, letters)) {
                    ragCells++;
                }
            }
            boolean ragColumn = RAG_HEADER.matcher(head).find();
            if (ragCells < 2 && !ragColumn || !ragColumn && legendTable(t, from)) {
                return;
            }
            if (ragColumn) {
                add(RecordType.RAG_TABLE, "RAG column", page, t.cells().get(0).start(), clip(head, SNIPPET));
            }
            for (int r = from; r < t.rowCount(); r++) {
                List<Cell> row = t.row(r);
                Cell rag = row.stream().filter(c -> ragCell(t, c, fills, letters)).findFirst().orElse(null);
                if (rag != null) {
                    String how = RAG_WORD.matcher(collapse(rag.text())).matches() ? "RAG word" : "RAG fill " + rag.fill();
                    add(RecordType.RAG_TABLE, how + " in a table row", page, row.get(0).start(), rowText(row));
                }
            }
        }

        private static boolean legendRow(Table t) {
            return t.rowCount() > 1 && t.row(0).stream().filter(c -> RAG_WORD.matcher(collapse(c.text())).matches()).count() >= 2;
        }

        // letters: whether a lone letter ("A", "G") may be a status; not in a table of bands A to H.
        private static boolean ragCell(Table t, Cell c, boolean fills, boolean letters) {
            if (c.header()) {
                return false;
            }
            String text = collapse(c.text());
            return RAG_WORD.matcher(text).matches() && (letters || text.length() > 2) || fills && statusFill(t, c);
        }

        /*
         * A key to the colours, not a status: each row a different RAG word in the first column beside what it means
         * ("AMBER | The action has been started but there is some delay…").
         */
        private static boolean legendTable(Table t, int from) {
            Set<String> words = new HashSet<>();
            int rows = 0;
            for (int r = from; r < t.rowCount(); r++) {
                List<Cell> row = t.row(r);
                if (row.stream().allMatch(Cell::isBlank)) {
                    continue;
                }
                String first = collapse(row.get(0).text()).toLowerCase(java.util.Locale.ROOT);
                boolean meaning = row.size() >= 2 && collapse(row.get(row.size() - 1).text()).split(" ").length >= 4;
                if (!RAG_WORD.matcher(first).matches() || !meaning || !words.add(first)) {
                    return false;
                }
                rows++;
            }
            return rows >= 2;
        }

        /*
         * Fills that code a category, not a status: every filled cell that states no RAG word is a row's name (or number) in its
         * first three columns ("CYPE", "Growth, Environment & Transport"), each directorate its colour.
         */
        private static boolean categoryFills(Table t, int from) {
            boolean any = false;
            for (Cell c : t.cells()) {
                if (c.row() < from || c.header() || !statusFill(t, c)) {
                    continue;
                }
                String text = collapse(c.text());
                if (RAG_WORD.matcher(text).matches()) {
                    return false;
                }
                if (c.col() > 2 || !label(text) && !text.matches("\\d{1,3}")) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        // A name: some letters, no digits, no sentence.
        private static boolean label(String text) {
            if (text.length() > 100 || text.indexOf('.') >= 0) {
                return false;
            }
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isDigit(ch)) {
                    return false;
                }
                letters += Character.isLetter(ch) ? 1 : 0;
            }
            return letters >= 3;
        }

        // A status colour is a cell's; a fill shared by most of its row is the row's banding.
        private static boolean statusFill(Table t, Cell c) {
            if (ragColour(c.fill()) == null) {
                return false;
            }
            List<Cell> row = t.row(c.row());
            long same = row.stream().filter(o -> c.fill().equals(o.fill())).count();
            return same * 2 <= row.size();
        }

        // An action plan's table: a column of actions beside an owner or deadline column; a marker a row below the header.
        private void actionRows(Table t, int page) {
            if (t.rowCount() < 2) {
                return;
            }
            List<String> first = t.rowTexts(0);
            boolean action = first.stream().anyMatch(s -> ACTION_COLUMN.matcher(collapse(s)).find());
            boolean ownerOrDue = first.stream().anyMatch(s -> OWNER_OR_DEADLINE_COLUMN.matcher(collapse(s)).find());
            if (!action || !ownerOrDue) {
                return;
            }
            for (int r = 1; r < t.rowCount(); r++) {
                List<Cell> row = t.row(r);
                if (row.stream().filter(c -> !c.isBlank()).count() >= 2 && !datesRow(row)) {
                    add(RecordType.ACTION, "row of an action table", page, row.get(0).start(), rowText(row));
                }
            }
        }

        // A cover's row laid out as a table ("Wards and communities affected: All | Key Decision: N/A"): every cell a label and its value.
        private static boolean coverRow(List<Cell> row) {
            return row.stream().filter(c -> !c.isBlank()).allMatch(c -> {
                int colon = c.text().indexOf(':');
                return colon > 0 && colon <= 40;
            });
        }

        // A row of dates only ("Oct 2019 | Jan 2020 | April 2020"): a timeline's head, not an action.
        private static boolean datesRow(List<Cell> row) {
            return row.stream().filter(c -> !c.isBlank()).allMatch(c -> MONTH_YEAR.matcher(collapse(c.text())).matches());
        }

        // A row whose first filled cell is an item number and a later one a title.
        private static boolean itemRow(List<Cell> row) {
            List<Cell> filled = row.stream().filter(c -> !c.isBlank()).toList();
            return filled.size() >= 2 && ITEM_NUMBER_CELL.matcher(collapse(filled.get(0).text())).matches()
                    && filled.get(1).text().chars().filter(Character::isLetter).count() >= 3;
        }

        private void add(RecordType type, String cue, int page, int offset, String text) {
            add(type, cue, page, offset, text, null);
        }

        private void add(RecordType type, String cue, int page, int offset, String text, @Nullable String value) {
            // One marker per type per line, cell or row, however many cues it matches.
            if (page < 1 || skip.contains(offset) || !seen.add(type.ordinal() + ":" + offset)) {
                return;
            }
            Marker m = new Marker(type, cue, page, doc.printedPage(page), offset, clip(text, SNIPPET), value);
            String why = byDesign(type, cue, page, text);
            markers.add(why == null ? m : m.explained(why));
            if (type == RecordType.WORK_PROGRAMME_ENTRY && cue.equals("work programme title")) {
                pendingTitles.add(markers.size() - 1);
            }
        }

        // Why a marker gives no record by the record contract (SCHEMA.md and the annotation conventions), or null.
        private @Nullable String byDesign(RecordType type, String cue, int page, String text) {
            boolean decisionRecord = page - decisionPage <= 1 && page >= decisionPage;
            if (type == RecordType.AGENDA_ITEM && !meetingPaper && (cue.equals("item number") || cue.startsWith("numbered row"))) {
                return REPORT_ITEM_LINE;
            }
            if (type == RecordType.REPORT && assessment && PROGRAMME_OFFICER.matcher(text).find()) {
                return ASSESSMENT_FIELD;
            }
            if (type == RecordType.REPORT && decisionRecord) {
                return DECISION_COVER;
            }
            if (type == RecordType.RESOLUTION && decisionRecord && proposed) {
                return PROPOSED_DECISION;
            }
            return null;
        }

        // Titles no programme table followed are headings (an agenda's item, a minute's title): explained, not flagged.
        void finish() {
            for (int i : pendingTitles) {
                markers.set(i, markers.get(i).explained(PROGRAMME_HEADING));
            }
            pendingTitles.clear();
        }
    }

    // A label cell: the first column of a table of at most three, as a cover laid out as a table has.
    private static boolean keyCell(Table t, Cell c) {
        return c.col() == 0 && t.colCount() <= 3;
    }

    // The text of a table's first row, or its header rows: what its columns are.
    private static String headerText(Table t) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < Math.min(2, t.rowCount()); r++) {
            List<Cell> row = t.row(r);
            if (r == 0 || row.stream().allMatch(Cell::header)) {
                for (Cell c : row) {
                    s.append(collapse(c.text())).append(" | ");
                }
            }
        }
        return s.toString();
    }

    // The grade a matched stretch states, normalised to the words of the grade scale: "requires improvement to be good" is "requires improvement".
    private static @Nullable String grade(String text) {
        Matcher m = GRADE_WORD.matcher(text);
        if (!m.find()) {
            return null;
        }
        String g = collapse(m.group()).toLowerCase(java.util.Locale.ROOT);
        return g.startsWith("requires") ? "requires improvement" : g;
    }

    /** Whether a line is an Ofsted grade and nothing else ("Good", "Requires improvement to be good", "2 – Good"). */
    static boolean wholeGrade(String line) {
        return GRADE_CELL.matcher(line).matches();
    }

    /**
     * The status colour of a fill: 'R', 'A' (amber, orange or yellow) or 'G', saturated enough not to be a pale
     * banding; null for none, white, greys and blues (header rows are shaded blue far more often than a status is).
     */
    static @Nullable Character ragColour(@Nullable Rgb fill) {
        if (fill == null) {
            return null;
        }
        int max = Math.max(fill.r(), Math.max(fill.g(), fill.b()));
        int min = Math.min(fill.r(), Math.min(fill.g(), fill.b()));
        if (max < 100 || (max - min) < 0.4 * max) {
            return null;
        }
        float hue = hue(fill.r(), fill.g(), fill.b(), max, min);
        if (hue < 20f || hue >= 340f) {
            return 'R';
        }
        if (hue < 70f) {
            return 'A';
        }
        return hue < 170f ? 'G' : null;
    }

    // The hue in degrees (0 red, 60 yellow, 120 green, 240 blue) of a colour that is not grey.
    private static float hue(int r, int g, int b, int max, int min) {
        float d = max - min;
        float h;
        if (max == r) {
            h = ((g - b) / d) % 6f;
        } else if (max == g) {
            h = (b - r) / d + 2f;
        } else {
            h = (r - g) / d + 4f;
        }
        h *= 60f;
        return h < 0 ? h + 360f : h;
    }

    private static String rowText(List<Cell> row) {
        StringBuilder s = new StringBuilder();
        for (Cell c : row) {
            String t = collapse(c.text());
            if (!t.isEmpty()) {
                s.append(s.length() == 0 ? "" : " | ").append(t);
            }
        }
        return s.toString();
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String clip(String s, int max) {
        String t = collapse(s);
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
