package org.councilpapers.extractors.record.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.segment.CoverTable;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * A report cover with no labels: "Report of the Director of Children's Services", "Report to the Overview and Scrutiny
 * Panel", "Joint report of …", "Report of the Director of Place to Cabinet" at the top of a paper or of a pack's report, with
 * the title printed under it, and the committee and its date printed as lines of their own ("Children and Young People
 * Scrutiny Committee, 14 March 2012", "Cabinet" over "14 March 2023") or labelled ("Meeting date: 3 December 2024"). The
 * "Report of" line opens it only near the top of a report's part (an agenda lists "Report of the Director of Finance" under
 * each item, and minutes tell what a report said), only where a title is printed with it, and only where the committee,
 * its date or the report's first section ("Purpose of report", "Summary", "Recommendations") comes with it.
 */
final class UnlabelledCover {
    // "Report of the Director of Place", "Joint report of …", "Report by the Head of Housing to Cabinet".
    private static final Pattern REPORT_OF = Pattern.compile(
            "(?i)^(?:a\\s+)?(?:joint\\s+)?report\\s+(?:of|by|from)\\s+(?:the\\s+)?(.{3,160}?)(?:\\s+to\\s+(?:the\\s+)?(.{3,120}?))?[.:]?$");
    // "Report to the Overview and Scrutiny Panel", "Report to Cabinet, 14 March 2023".
    private static final Pattern REPORT_TO = Pattern.compile("(?i)^report\\s+to\\s+(?:the\\s+)?(.{3,160}?)[.:]?$");
    // A committee's name printed alone, ending in the body's word ("Overview and Scrutiny Panel", "Cabinet").
    private static final Pattern COMMITTEE_NAME = Pattern.compile("(?i)^(?:the\\s+)?[\\w'’&,() -]{0,80}\\b(?:committee|cabinet|board|panel|"
            + "forum|executive|sub-committee|commission|assembly|partnership|council)$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;!?]$");
    // An agenda's numbered line: "6.   Title   (Pages 1 - 24)", "Item 9 Title".
    private static final Pattern NUMBERED_LINE = Pattern.compile("(?i)^(?:item\\s+)?\\d{1,3}[.)]?\\s+\\S.*");
    // How far from the top of its part the "Report of" line may stand, and how far around it the cover's lines lie.
    private static final int TOP_BLOCKS = 6;
    private static final int BEFORE = 4;
    private static final int AFTER = 8;
    private static final int LONG_BLOCK = 300;
    private static final int MAX_WORDS = 24;

    private UnlabelledCover() {}

    /** What such a cover says, and the blocks it spans. */
    record Read(int firstBlock, int lastBlock, @Nullable String title, @Nullable String reportOf, @Nullable String committee,
            @Nullable PartialDate meetingDate, @Nullable String itemNumber, Map<CoverLabels.Field, String> labelled) {
        Read {
            labelled = Map.copyOf(labelled);
        }
    }

    /** Whether block {@code at} opens a cover without labels (see the class). */
    static boolean opens(List<Block> body, int at, ExtractContext ctx) {
        Block b = body.get(at);
        if (b.kind() == BlockKind.TABLE || b.kind() == BlockKind.LIST_ITEM) {
            return false;
        }
        List<String> first = ReportExtractor.lines(b);
        if (first.isEmpty() || reportOf(first.get(0)) == null && reportTo(first.get(0)) == null) {
            return false;
        }
        int from = partStart(body, at, ctx);
        if (from < 0) {
            return false;
        }
        int before = 0;
        for (int k = from; k < at; k++) {
            before += Texts.squash(body.get(k).text()).isEmpty() ? 0 : 1;
        }
        if (before > TOP_BLOCKS && listedTitleAbove(body, from, at) < 0) {
            return false; // deep in its part, and not a report the part's agenda lists
        }
        Read r = read(body, at, body.size(), ctx);
        return r != null && r.title() != null && (r.meetingDate() != null || r.committee() != null || endsAtASection(body, at));
    }

    /** The cover that block {@code at} opens, read up to its first section or {@code until}; null where it is another paper's. */
    static @Nullable Read read(List<Block> body, int at, int until, ExtractContext ctx) {
        int from = Math.max(Math.max(0, partStart(body, at, ctx)), at - BEFORE);
        String title = null;
        String titleBefore = null;
        String reportOf = null;
        String committee = null;
        PartialDate date = null;
        String item = null;
        Map<CoverLabels.Field, String> labelled = new EnumMap<>(CoverLabels.Field.class);
        int first = at;
        int last = at;
        for (int k = from; k < Math.min(until, at + AFTER); k++) {
            Block b = body.get(k);
            String text = Texts.squash(b.text());
            if (k > at && (ReportExtractor.COVER_END.matcher(text).matches() || b.kind() == BlockKind.LIST_ITEM || text.length() > LONG_BLOCK)) {
                break;
            }
            if (b.kind() == BlockKind.TABLE) {
                if (!CoverTable.read(b).isEmpty()) {
                    return null; // a cover table of its own: the report extractor reads it as one
                }
                if (k > at) {
                    break;
                }
                continue;
            }
            for (String line : ReportExtractor.lines(b)) {
                boolean used = true;
                if (ReportExtractor.ITEM.matcher(line).matches()) {
                    return null; // an "ITEM 7" cover
                }
                CoverLabels.Labelled lab = CoverLabels.read(line);
                if (lab != null && lab.field() == CoverLabels.Field.DECISION_RECORD) {
                    return null; // a decision notice
                }
                Matcher agendaItem = ReportExtractor.AGENDA_ITEM.matcher(line);
                String[] of = reportOf(line);
                String to = reportTo(line);
                if (agendaItem.matches()) {
                    item = item != null ? item : agendaItem.group(1);
                } else if (of != null) {
                    reportOf = reportOf != null ? reportOf : of[0];
                    if (of[1] != null && committee == null) {
                        committee = CoverLabels.committee(of[1]);
                        date = date != null ? date : CoverLabels.date(of[1]);
                    }
                } else if (to != null) {
                    committee = committee != null ? committee : CoverLabels.committee(to);
                    date = date != null ? date : CoverLabels.date(to);
                } else if (lab != null && lab.colon()) {
                    if (!lab.value().isEmpty() && lab.field() != CoverLabels.Field.OTHER) {
                        labelled.putIfAbsent(lab.field(), lab.value());
                    }
                } else if (meetingLine(line, k < at)) {
                    committee = committee != null || !COMMITTEE_NAME.matcher(CoverLabels.committee(line)).matches() ? committee
                            : CoverLabels.committee(line);
                    date = date != null ? date : CoverLabels.date(line);
                } else if (fullDate(line) && date == null) {
                    date = CoverLabels.date(line);
                } else if (ReportExtractor.titleLike(line) && !SENTENCE_END.matcher(line).matches()
                        && line.split("\\s+").length <= MAX_WORDS) {
                    if (k > at && title == null) {
                        title = line;
                    } else if (k < at) {
                        titleBefore = line;
                    }
                } else {
                    used = false;
                }
                if (used) {
                    first = Math.min(first, k);
                    last = Math.max(last, k);
                }
            }
        }
        if (reportOf == null && committee == null) {
            return null;
        }
        return new Read(first, last, title != null ? title : titleBefore, reportOf, committee, date, item, labelled);
    }

    // The first block of the part holding a block, where that part may be a report; -1 in a front sheet, minutes and the like.
    private static int partStart(List<Block> body, int at, ExtractContext ctx) {
        for (Part p : ctx.parts()) {
            if (at >= p.from() && at < p.to()) {
                return p.kind() == PartKind.REPORT || p.kind() == PartKind.APPENDIX || p.kind() == PartKind.OTHER ? p.from()
                        : listedTitleAbove(body, p.from(), at);
            }
        }
        return 0;
    }

    /**
     * A pack's report that the segmenter left inside the front sheet before it: where the line just above "Report of …" is
     * a title the agenda earlier in that part lists as a numbered item ("6. Housing Revenue Account Business Plan
     * (Pages 1 - 24)"), the report starts at that title; otherwise -1. An agenda line itself ("6. Title" over "Report of the
     * Director …", as agendas print each item) is no title of a report.
     */
    private static int listedTitleAbove(List<Block> body, int from, int at) {
        for (int k = at - 1; k > from; k--) {
            Block t = body.get(k);
            String title = Texts.squash(t.text());
            if (title.isEmpty()) {
                continue;
            }
            if (t.kind() == BlockKind.LIST_ITEM || t.kind() == BlockKind.TABLE || NUMBERED_LINE.matcher(title).matches()
                    || title.split("\\s+").length < 3 || SENTENCE_END.matcher(title).matches()) {
                return -1;
            }
            String key = title.toLowerCase(Locale.ROOT);
            for (int j = from; j < k; j++) {
                Block line = body.get(j);
                boolean numbered = line.marker() != null && line.marker().matches("\\d{1,3}[.)]?")
                        || NUMBERED_LINE.matcher(Texts.squash(line.text())).matches();
                if (numbered && Texts.squash(line.text()).toLowerCase(Locale.ROOT).contains(key)) {
                    return k;
                }
            }
            return -1;
        }
        return -1;
    }

    // Whether the report's first section ("Purpose of report", "1. Summary", "Recommendations") follows the cover's lines.
    private static boolean endsAtASection(List<Block> body, int at) {
        for (int k = at + 1; k < Math.min(body.size(), at + AFTER); k++) {
            String text = Texts.squash(body.get(k).text());
            if (ReportExtractor.COVER_END.matcher(text).matches()) {
                return true;
            }
            if (text.length() > LONG_BLOCK || body.get(k).kind() == BlockKind.TABLE) {
                return false;
            }
        }
        return false;
    }

    /** Whether a line is a "Report of …" line this reading takes. */
    static String @Nullable [] reportOfLine(String line) {
        return reportOf(line);
    }

    /** Whether a line is a "Report to …" line this reading takes. */
    static @Nullable String reportToLine(String line) {
        return reportTo(line);
    }

    // "Report of the Director of Place [to Cabinet]": who reports, and the committee where printed; null for other lines.
    private static String @Nullable [] reportOf(String line) {
        Matcher m = REPORT_OF.matcher(line.strip());
        if (!m.matches() || line.split("\\s+").length > MAX_WORDS) {
            return null;
        }
        String who = m.group(1).strip();
        String to = m.group(2);
        if (to != null && !CoverLabels.hasShape(CoverLabels.Field.COMMITTEE, to)) {
            who = who + " to " + to; // "Report of the Task Group on access to play areas": no committee after "to"
            to = null;
        }
        boolean role = CoverLabels.hasShape(CoverLabels.Field.REPORT_OF, who) || CoverLabels.hasShape(CoverLabels.Field.COMMITTEE, who);
        return role && !SENTENCE_END.matcher(who).matches() ? new String[] {who, to} : null;
    }

    private static @Nullable String reportTo(String line) {
        Matcher m = REPORT_TO.matcher(line.strip());
        return m.matches() && line.split("\\s+").length <= MAX_WORDS && CoverLabels.hasShape(CoverLabels.Field.COMMITTEE, m.group(1))
                ? m.group(1).strip() : null;
    }

    // A committee's line: its name with its date ("Scrutiny Committee, 14 March 2012"), or alone above the "Report of" line
    // ("Cabinet"); the council's own name ("Fenshire County Council") is not one.
    private static boolean meetingLine(String line, boolean aboveReportOf) {
        if (line.length() > 120 || SENTENCE_END.matcher(line).matches() || councilName(line)) {
            return false;
        }
        String name = CoverLabels.committee(line);
        boolean named = COMMITTEE_NAME.matcher(name).matches() && name.split("\\s+").length <= 12;
        return named && (aboveReportOf || fullDate(line));
    }

    private static boolean councilName(String line) {
        Optional<String> a = Authorities.find(line);
        return a.isPresent() && line.strip().matches("(?i).*\\bcouncil$") && !line.strip().matches("(?i)^(?:full\\s+)?council$");
    }

    private static boolean fullDate(String line) {
        Optional<PartialDate> d = UkDates.parse(line);
        return d.isPresent() && d.get().isFullDate() && line.length() <= 60;
    }
}
