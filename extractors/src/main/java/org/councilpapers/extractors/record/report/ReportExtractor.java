package org.councilpapers.extractors.record.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.agenda.CoveringLetter;
import org.councilpapers.extractors.segment.CoverTable;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.councilpapers.extractors.vocab.PersonNames;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * The cover block of each committee report: the "ITEM 7" marker and the labelled lines around it
 * (Report of, Accountable Director, Wards and communities affected, Key Decision, This report is
 * public), whether the cover is laid out as a table, as tab-separated lines or as plain lines.
 * The cover's lines are read in order as "label: value" pairs, so the layout does not matter. A cover with no ITEM line,
 * set out as a table of labels and values ("Report title: | …", "Agenda item | 7"), is read by its labels
 * ({@link CoverTable}). A header of plain lines with no labels (the committee, the date and "Agenda Item 7" over the title) is
 * read by {@code PlainHeader}; and a paper a pack's covering letter or agenda lists, printed with only its title over its first
 * section, is found by that title and takes the item the list gives it.
 */
public final class ReportExtractor implements RecordExtractor {
    static final Pattern ITEM = Pattern.compile("(?i)^item\\s*(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?$");
    static final Pattern COVER_END = Pattern.compile("(?i)^(?:\\d+\\.?\\s+)?(?:executive summary|summary|purpose(?: of (?:the )?report)?|"
            + "recommendations?(?:\\(s\\))?|introduction(?: and background)?)\\s*:?$");
    private static final Pattern JAMMED_WARDS_KEY = Pattern.compile(
            "(?i)^wards and communities affected:\\s*key decision:\\s*(.+?)\\s*(N/?A|Non[- ]?Key|Key|Yes|No)$");
    private static final Pattern CLASSIFICATION = Pattern.compile("(?i)^this report is:?\\s*(public|exempt|not for publication|part (?:2|ii))\\b.*");
    private static final Pattern COMMITTEE = Pattern.compile("(?i).*\\b(committee|cabinet|council|board|panel|forum|sub-committee)\\b.*");
    private static final Pattern AUTHOR = Pattern.compile("(?i)^report authors?\\s*(?:\\(s\\))?:?\\s*(.*)$");
    private static final Pattern APPENDICES = Pattern.compile("(?i)^(?:\\d+\\.?\\s*)?appendices(?: to (?:the|this) report)?\\s*:?$");
    private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Za-z ,/&()-]{2,60}?):\\s*(.*)$");
    private static final int COVER_BLOCKS = 16;
    // A run-on cover line holds three labels and their values at least.
    private static final int RUN_ON_MIN = 60;
    private static final Pattern CONTACT_TAIL = Pattern.compile("[,(;]|\\s[-–]\\s|\\s(?=\\S+@)|\\s(?=[+\\d])|\\s(?i:tel|telephone|email|e-mail)\\b");
    // An "ITEM 7" line printed over a cover table: the table is that cover's, not another.
    private static final int TABLE_AFTER_ITEM = 3;
    private static final int TABLE = -1;
    private static final int LABELLED = -2;
    private static final int UNLABELLED = -3;
    private static final int PLAIN = -4;
    private static final int UNNUMBERED = -5;
    // A decision of the minutes before a report ("AGREED: That the update be noted."): never a report's title.
    private static final Pattern COMMITTEE_ENDS = Pattern.compile(
            "(?i).*\\b(?:committee|cabinet|council|board|panel|forum|sub-committee|executive|commission|assembly|partnership|\\d{4})$");
    private static final Pattern DECISION_LINE = Pattern.compile("(?i)^(?:agreed|resolved|decided|noted|decision)\\b.*");
    // A cover of labelled lines names at least three facts, two of them a report's own (not only a meeting's date and place).
    private static final int MIN_LABELLED_FIELDS = 3;
    private static final int MIN_REPORT_FIELDS = 2;
    // The title printed over a cover's labels sits within a few blocks before them.
    private static final int TITLE_BEFORE_LABELS = 4;
    static final Pattern AGENDA_ITEM = Pattern.compile("(?i)^agenda\\s+item\\s*(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?$");
    private static final Pattern NUMBERED_SECTION = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[A-Za-z][.)]|\\([a-z0-9]{1,4}\\))\\s+\\S.*");

    /**
     * A report cover and the index, in the body's blocks, of the block holding its ITEM line or its cover table.
     *
     * @param block the index of the block holding the cover's ITEM line or table
     * @param report the report record the cover gives
     */
    public record Cover(int block, Report report) {}

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        return covers(doc.body(), ctx).stream().<PaperRecord>map(Cover::report).toList();
    }

    /**
     * Every report cover in the body, in order; other extractors use them to know which item a block belongs to.
     *
     * @param body the paper's body blocks
     * @param ctx the paper's context
     * @return the covers, in order
     */
    public List<Cover> covers(List<Block> body, ExtractContext ctx) {
        return ctx.shared(PaperCovers.class, PaperCovers::new).of(body, () -> readCovers(body, ctx));
    }

    private List<Cover> readCovers(List<Block> body, ExtractContext ctx) {
        List<int[]> anchors = new ArrayList<>(); // {block index, line index within block, or TABLE / LABELLED}
        int lastItemLine = -1;
        int coveredUntil = -1; // the blocks of the last cover found: no second cover starts inside them
        for (int i = 0; i < body.size(); i++) {
            List<String> lines = lines(body.get(i));
            boolean itemLine = false;
            for (int l = 0; l < lines.size(); l++) {
                if (ITEM.matcher(lines.get(l)).matches()) {
                    anchors.add(new int[] {i, l});
                    itemLine = true;
                }
            }
            if (itemLine) {
                lastItemLine = i;
                coveredUntil = coverEnd(body, i);
            } else if (body.get(i).table() != null && (lastItemLine < 0 || i - lastItemLine > TABLE_AFTER_ITEM)
                    && !CoverTable.read(body.get(i)).isEmpty()) {
                anchors.add(new int[] {i, TABLE}); // a cover set out as a table of labels, with no "ITEM 7" line of its own
                coveredUntil = i;
            } else if (i > coveredUntil && body.get(i).table() == null && labelledCover(body, i)) {
                anchors.add(new int[] {i, LABELLED}); // "From: / To: / Subject:" lines, with no ITEM line and no table
                coveredUntil = coverEnd(body, i);
            } else if (i > coveredUntil && body.get(i).table() == null && UnlabelledCover.opens(body, i, ctx)) {
                anchors.add(new int[] {i, UNLABELLED}); // "Report of the Director of Place" over a title, no labels at all
                coveredUntil = coverEnd(body, i);
            } else if (i > coveredUntil && body.get(i).table() == null && PlainHeader.blockItemMark(body, i) != null
                    && PlainHeader.read(body, i, body.size(), null) != null) {
                anchors.add(new int[] {i, PLAIN}); // "Scrutiny Committee" / "5 November 2024" / "Agenda Item 7" over a title
                coveredUntil = coverEnd(body, i);
            } else if (i > coveredUntil && body.get(i).table() == null && PlainHeader.unnumbered(body, i, body.size()) != null) {
                anchors.add(new int[] {i, UNNUMBERED}); // the same with no item: a report is one whether or not it has its item yet
                coveredUntil = coverEnd(body, i);
            }
        }
        List<Cover> out = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            int from = anchors.get(a)[0];
            int until = a + 1 < anchors.size() ? anchors.get(a + 1)[0] : body.size();
            if (anchors.get(a)[1] == UNLABELLED) {
                UnlabelledCover.Read read = UnlabelledCover.read(body, from, until, ctx);
                if (read != null) {
                    Fields f = new Fields();
                    f.meetingDate = read.meetingDate();
                    f.committee = read.committee();
                    f.title = read.title();
                    f.reportOf = read.reportOf();
                    f.itemNumber = read.itemNumber();
                    f.apply(read.labelled());
                    readAfterCover(body, read.lastBlock() + 1, until, f);
                    out.add(new Cover(from, report(body, read.firstBlock(), read.lastBlock(), f, ctx)));
                }
                continue;
            }
            if (anchors.get(a)[1] == PLAIN || anchors.get(a)[1] == UNNUMBERED) {
                PlainHeader.Read read = anchors.get(a)[1] == PLAIN ? PlainHeader.read(body, from, until, null)
                        : PlainHeader.unnumbered(body, from, until);
                if (read != null) {
                    out.add(new Cover(from, plainReport(body, read, until, ctx)));
                }
                continue;
            }
            // A cover table with no ITEM line is the whole cover: the lines after it are the report's, not its cover's.
            Report r = cover(body, from, anchors.get(a)[1] == TABLE ? tablesFrom(body, from, until) : until, until,
                    anchors.get(a)[1] == LABELLED, ctx);
            if (r != null) {
                out.add(new Cover(from, r));
            }
        }
        List<PlainHeader.Listed> listed = PlainHeader.listed(body, ctx);
        out = new ArrayList<>(withListedItems(out, listed, ctx));
        out.addAll(listedCovers(body, listed, out, ctx));
        out.sort(java.util.Comparator.comparingInt(Cover::block));
        return withPackMeeting(body, out, ctx);
    }

    /**
     * A cover after a pack's list that prints no item of its own (a label table with "Report to:", "Date:" and "Title:" but no
     * "Agenda item:") takes the item the list gives the same title: the list says which item the paper was brought for.
     */
    private static List<Cover> withListedItems(List<Cover> covers, List<PlainHeader.Listed> listed, ExtractContext ctx) {
        if (listed.isEmpty()) {
            return covers;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        covers.forEach(c -> used.add(c.report().itemNumber()));
        List<Cover> out = new ArrayList<>(covers.size());
        for (Cover c : covers) {
            Report r = c.report();
            PlainHeader.Listed item = null;
            if (r.itemNumber() == null && r.title() != null && c.block() >= listed.get(0).after()) {
                String title = PlainHeader.words(r.title());
                item = listed.stream().filter(l -> !used.contains(l.number()) && PlainHeader.words(l.title()).equals(title))
                        .findFirst().orElse(null);
            }
            if (item == null) {
                out.add(c);
                continue;
            }
            used.add(item.number());
            out.add(new Cover(c.block(), copy(r, item.number(), r.committee(), r.meetingDate(), ctx)));
        }
        return out;
    }

    /**
     * The reports a supplementary pack or a late-papers letter brings are written for the meeting its front part names: a report
     * whose own cover prints no committee takes the pack's, and one that prints no date takes the pack's date where it names
     * no other committee. Only the reports after the pack's list: the sheet's own lines are no report.
     */
    private static List<Cover> withPackMeeting(List<Block> body, List<Cover> covers, ExtractContext ctx) {
        CoveringLetter letter = covers.isEmpty() ? null : CoveringLetter.forPaper(ctx);
        if (letter == null || letter.committee() == null && letter.date() == null || letter.entries().isEmpty()) {
            return covers;
        }
        Block lastEntry = letter.entries().get(letter.entries().size() - 1).block();
        int after = -1;
        for (int i = 0; i < body.size() && after < 0; i++) {
            after = body.get(i) == lastEntry ? i + 1 : -1;
        }
        if (after < 0) {
            return covers;
        }
        String packCommittee = letter.committee() == null ? null : CoverLabels.committee(letter.committee());
        List<Cover> out = new ArrayList<>(covers.size());
        for (Cover c : covers) {
            Report r = c.report();
            if (c.block() < after || r.committee() != null && r.meetingDate() != null) {
                out.add(c);
                continue;
            }
            String committee = r.committee() != null ? r.committee() : packCommittee;
            boolean sameBody = r.committee() == null || packCommittee != null && sameCommittee(r.committee(), packCommittee);
            PartialDate date = r.meetingDate() != null || !sameBody ? r.meetingDate() : letter.date();
            out.add(new Cover(c.block(), copy(r, r.itemNumber(), committee, date, ctx)));
        }
        return out;
    }

    // "the Overview and Scrutiny Committee" and "OVERVIEW AND SCRUTINY COMMITTEE" name one body.
    private static boolean sameCommittee(String a, String b) {
        return PlainHeader.words(a).replaceFirst("^the ", "").equals(PlainHeader.words(b).replaceFirst("^the ", ""));
    }

    // The report with its item and meeting set; its id follows its item, as a cover's always does.
    private static Report copy(Report r, @Nullable String item, @Nullable String committee, @Nullable PartialDate date, ExtractContext ctx) {
        return new Report(ctx.id(RecordType.REPORT, r.provenance(), item == null ? "" : item, r.title() == null ? "" : r.title()), date,
                committee, item, r.title(), r.reportOf(), r.accountableAssistantDirector(), r.accountableDirector(), r.wardsAffected(),
                r.keyDecision(), r.classification(), r.executiveSummary(), r.appendices(), r.author(), r.provenance(), r.mentions());
    }

    /**
     * The papers a pack's list (its covering letter's late items, or its agenda) names that no cover above gave: each found by
     * its title printed over its first section ("Purpose of the report", "Summary", "Recommendations"), with the item number the
     * list gives it.
     */
    private static List<Cover> listedCovers(List<Block> body, List<PlainHeader.Listed> listed, List<Cover> found, ExtractContext ctx) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        found.forEach(c -> covered.add(c.report().itemNumber()));
        List<Cover> out = new ArrayList<>();
        for (PlainHeader.Listed item : listed) {
            if (covered.contains(item.number())) {
                continue;
            }
            int at = PlainHeader.titled(body, item, body.size());
            PlainHeader.Read read = at < 0 ? null : PlainHeader.read(body, at, body.size(), item.number());
            if (read == null) {
                continue;
            }
            Fields f = new Fields();
            f.itemNumber = item.number();
            f.title = item.title(); // the list's wording: the paper may wrap its title over lines that read as two
            f.committee = read.committee();
            f.meetingDate = read.meetingDate();
            String to = at > item.after() ? UnlabelledCover.reportToLine(Texts.squash(body.get(at - 1).text())) : null;
            if (to != null && f.committee == null) {
                f.committee = CoverLabels.committee(to); // "Report to Planning Committee" over the title
                f.meetingDate = f.meetingDate != null ? f.meetingDate : CoverLabels.date(to);
            }
            readAfterCover(body, read.lastBlock() + 1, body.size(), f);
            out.add(new Cover(at, report(body, read.firstBlock(), read.lastBlock(), f, ctx)));
            covered.add(item.number());
        }
        return out;
    }

    private @Nullable Report cover(List<Block> body, int anchor, int coverUntil, int until, boolean labelled, ExtractContext ctx) {
        // A cover starts a little before its ITEM line (the date sits above it) and ends at the executive summary.
        int start = anchor;
        while (start > 0 && anchor - start < 2 && body.get(start - 1).kind() != BlockKind.TABLE
                && UkDates.parse(body.get(start - 1).text()).isPresent()) {
            start--;
        }
        // "Licensing and Regulatory Committee" over the date and "Item No. 9": the committee printed as a line above them.
        // Only at the head of a page of plain lines: the line before a cover table may be the last of the paper before it.
        if (start > 0 && anchor - start < 3 && body.get(anchor).table() == null && body.get(start - 1).table() == null
                && PlainHeader.committeeLine(Texts.squash(body.get(start - 1).text())) && headsPage(body, start - 1)) {
            start--;
        }
        List<String> lines = new ArrayList<>();
        Map<CoverLabels.Field, String> tabled = new EnumMap<>(CoverLabels.Field.class);
        Map<CoverLabels.Field, String> inTables = new EnumMap<>(CoverLabels.Field.class);
        int end = anchor;
        for (int i = start; i < Math.min(coverUntil, anchor + COVER_BLOCKS); i++) {
            Block b = body.get(i);
            if (i > anchor && COVER_END.matcher(Texts.squash(b.text())).matches()) {
                break;
            }
            // A table holding its own ITEM line is read as lines, as covers always were; one without is read by its labels.
            List<String> blockLines = lines(b);
            Map<CoverLabels.Field, String> table = blockLines.stream().anyMatch(l -> ITEM.matcher(l).matches()) ? Map.of()
                    : CoverTable.read(b);
            table.forEach(tabled::putIfAbsent);
            CoverTable.labels(b).forEach(inTables::putIfAbsent); // a contact block in columns, too small to be a cover alone
            lines.addAll(blockLines); // and as lines too: a cell may say what no label does ("This report is public")
            end = i;
        }
        Fields f = new Fields();
        if (body.get(anchor).table() != null && !tabled.isEmpty() && !tabled.containsKey(CoverLabels.Field.TITLE) && anchor > 0
                && body.get(anchor - 1).kind() == BlockKind.HEADING) {
            f.title = Texts.squash(body.get(anchor - 1).text()); // the title printed over the cover's table
        }
        // What a cover table labels comes first, so that its labels' values are not taken for the title.
        f.apply(tabled);
        boolean afterItem = false;
        List<String> read = labelsWithValues(lines);
        for (int n = 0; n < read.size(); n++) {
            String line = read.get(n);
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                if (f.itemNumber != null) {
                    break; // the next report's cover
                }
                f.itemNumber = item.group(1);
                afterItem = true;
                continue;
            }
            Matcher stamped = AGENDA_ITEM.matcher(line);
            if (stamped.matches() && f.itemNumber == null) {
                f.itemNumber = stamped.group(1); // "Agenda Item 7" on a line of its own among the cover's lines
                continue;
            }
            CoverLabels.TitledItem titled = CoverLabels.titledItem(line);
            if (titled != null) {
                if (f.itemNumber != null) {
                    break; // the next report's cover
                }
                f.itemNumber = titled.number(); // "Item 9: Review of Allotment Rents": the item and its title on one line
                f.title = f.title != null ? f.title : titled.title();
                continue;
            }
            if (f.read(line)) {
                continue;
            }
            CoverLabels.Labelled lab = CoverLabels.read(line);
            if (lab != null) {
                n = f.readLabelled(lab, read, n);
                continue;
            }
            Classification standalone = CoverLabels.standaloneClassification(line);
            if (standalone != null) {
                f.classification = f.classification != null ? f.classification : standalone;
                continue;
            }
            Optional<PartialDate> date = UkDates.parse(line);
            if (date.isPresent() && date.get().isFullDate() && f.meetingDate == null) {
                f.meetingDate = date.get();
                if (!afterItem && f.committee == null && PlainHeader.committeeLine(line)) {
                    f.committee = CoverLabels.committee(line); // "Cabinet – 9 April 2025" over the cover: the meeting, named and dated
                    f.committeeUnlabelled = true;
                }
            } else if (!afterItem && f.committee == null && PlainHeader.committeeLine(line)) {
                f.committee = CoverLabels.committee(line);
                f.committeeUnlabelled = true;
                f.meetingDate = f.meetingDate != null ? f.meetingDate : CoverLabels.date(line); // "Licensing Committee – 3 June 2025"
            } else if (afterItem && f.committee == null && f.title == null && COMMITTEE.matcher(line).matches() && line.length() < 120) {
                f.committee = line;
            } else if (afterItem && f.title == null && !LABEL.matcher(line).matches() && line.length() <= 250) {
                f.title = line;
            } else if (labelled && f.title == null && betweenLabels(read, n) && titleLike(line)) {
                f.title = line; // "Report to: Audit Committee" / "Internal Audit Progress Report" / "Report of: …"
            }
        }
        f.apply(inTables);
        if (f.itemNumber == null && tabled.isEmpty() && !labelled) {
            return null;
        }
        if (f.itemNumber == null) {
            f.itemNumber = stampedItem(body, anchor);
        }
        if (labelled) {
            readAboveLabels(body, anchor, f);
        }
        readAfterCover(body, end + 1, until, f);
        return report(body, start, end, f, ctx);
    }

    // Whether a block opens its page's text, or follows only the council's name printed over it.
    private static boolean headsPage(List<Block> body, int at) {
        int k = at - 1;
        if (k >= 0 && body.get(k).page() == body.get(at).page() && PlainHeader.councilName(Texts.squash(body.get(k).text()))) {
            k--;
        }
        return k < 0 || body.get(k).page() < body.get(at).page();
    }

    // A header of plain lines gives the item, committee, date and title; the contacts after it are read as for any cover.
    private static Report plainReport(List<Block> body, PlainHeader.Read read, int until, ExtractContext ctx) {
        Fields f = new Fields();
        f.meetingDate = read.meetingDate();
        f.committee = read.committee();
        f.title = read.title();
        f.itemNumber = read.itemNumber();
        readAfterCover(body, read.lastBlock() + 1, until, f);
        return report(body, read.firstBlock(), read.lastBlock(), f, ctx);
    }

    private static Report report(List<Block> body, int start, int end, Fields f, ExtractContext ctx) {
        Block first = body.get(start);
        Block last = body.get(end);
        Provenance p = ctx.provenance(first.page(), first.start(), last.end(), first);
        return new Report(ctx.id(RecordType.REPORT, p, f.itemNumber == null ? "" : f.itemNumber, f.title == null ? "" : f.title), f.meetingDate,
                f.committee, f.itemNumber, f.title, f.reportOf, f.assistantDirector, f.director, f.wards, f.keyDecision,
                classification(f), f.summary, f.appendices, f.author, p, Mentions.NONE);
    }

    // A council's papers are open unless marked exempt (Local Government Act 1972, Schedule 12A): a published report whose
    // cover states no exemption is public, as every hand-annotated set reads it.
    private static Classification classification(Fields f) {
        return f.classification != null ? f.classification : Classification.PUBLIC;
    }

    /**
     * Whether a block begins a cover of labelled lines: within the cover's first blocks, lines labelled by at least three
     * cover fields, two of them a report's own, and no label of a decision already taken (a decision notice).
     */
    // A front sheet's list of the body's members: "Membership: Councillors …", "Members: …", "Councillors: …".
    private static final Pattern MEMBERSHIP = Pattern.compile("(?i)(?:membership|members|councillors)\\s*:");

    static boolean labelledCover(List<Block> body, int from) {
        List<String> first = lines(body.get(from));
        if (first.isEmpty() || CoverLabels.read(first.get(0)) == null && CoverLabels.titledItem(first.get(0)) == null) {
            return false;
        }
        java.util.Set<CoverLabels.Field> fields = java.util.EnumSet.noneOf(CoverLabels.Field.class);
        List<String> window = new ArrayList<>();
        boolean sectionFollows = false;
        for (int i = from; i < Math.min(body.size(), from + COVER_BLOCKS); i++) {
            List<String> blockLines = lines(body.get(i));
            sectionFollows = i > from && COVER_END.matcher(Texts.squash(body.get(i).text())).matches();
            if (sectionFollows || i > from && (blockLines.stream().anyMatch(l -> ITEM.matcher(l).matches())
                    || body.get(i).table() != null && !CoverTable.read(body.get(i)).isEmpty())) {
                break; // the summary, or the next report's cover, or a cover table's own labels ("Agenda Item 7" stamped over it)
            }
            window.addAll(blockLines);
        }
        for (int n = 0; n < window.size(); n++) {
            if (MEMBERSHIP.matcher(window.get(n)).lookingAt()) {
                // "Date: / Time: / Venue:" over "Membership: Councillors … (Chair), …" and "Contact: …, Democratic Services Officer":
                // an agenda's front sheet calls a meeting of its members; a report's cover names no membership.
                return false;
            }
            CoverLabels.Labelled lab = CoverLabels.read(window.get(n));
            if (lab == null) {
                if (CoverLabels.titledItem(window.get(n)) != null) {
                    // "Item 3: Budget" over "Lead officer: …" is an agenda's line as often as a cover's: a cover's labels end at
                    // the report's first section, an agenda's at its next item.
                    if (fields.contains(CoverLabels.Field.ITEM) || !sectionFollows) {
                        return false;
                    }
                    fields.add(CoverLabels.Field.ITEM);
                    fields.add(CoverLabels.Field.TITLE);
                }
                continue;
            }
            boolean valued = !lab.value().isEmpty() || n + 1 < window.size() && CoverLabels.read(window.get(n + 1)) == null;
            if (lab.field() == CoverLabels.Field.DECISION_RECORD) {
                return false;
            }
            if (valued && lab.field() != CoverLabels.Field.OTHER) {
                if (!fields.add(lab.field()) && (lab.field() == CoverLabels.Field.ITEM || lab.field() == CoverLabels.Field.DATE)) {
                    return false; // "Item: … / Lead officer: … / Date: …" again and again: a list of entries, not one report's cover
                }
                if (!lab.value().isEmpty() && !CoverLabels.hasShape(lab.field(), lab.value())) {
                    fields.remove(lab.field()); // "Item: Housing allocations review" names no item: a work programme's line
                }
            }
        }
        return fields.size() >= MIN_LABELLED_FIELDS && fields.stream().filter(CoverLabels.Field::isReportField).count() >= MIN_REPORT_FIELDS;
    }

    // A cover table and the tables straight after it (a contact block in columns): the lines after them are the report's.
    private static int tablesFrom(List<Block> body, int from, int until) {
        int i = from + 1;
        while (i < until && body.get(i).table() != null) {
            i++;
        }
        return i;
    }

    // The blocks of a cover starting at a block: up to its summary or recommendations, or a few blocks at most.
    private static int coverEnd(List<Block> body, int from) {
        for (int i = from + 1; i < Math.min(body.size(), from + COVER_BLOCKS); i++) {
            if (COVER_END.matcher(Texts.squash(body.get(i).text())).matches()) {
                return i - 1;
            }
        }
        return Math.min(body.size(), from + COVER_BLOCKS) - 1;
    }

    /**
     * Above a cover of labelled lines: the "Agenda Item 7" a pack stamps on it, and, where no label gave the title, the
     * heading printed over the labels - a line that is no label, no person, no question, no numbered section, no date
     * and no committee or council's name.
     */
    private static void readAboveLabels(List<Block> body, int anchor, Fields f) {
        StringBuilder title = null;
        int titleBlock = -1;
        for (int i = Math.max(0, anchor - TITLE_BEFORE_LABELS); i < anchor; i++) {
            Block b = body.get(i);
            if (b.table() != null) {
                continue;
            }
            for (String line : lines(b)) {
                Matcher item = AGENDA_ITEM.matcher(line);
                if (item.matches()) {
                    f.itemNumber = f.itemNumber != null ? f.itemNumber : item.group(1);
                } else if (f.title == null && titleLike(line)) {
                    if (title == null) {
                        title = new StringBuilder(line);
                        titleBlock = i;
                    } else if (b.kind() == BlockKind.HEADING && body.get(titleBlock).kind() == BlockKind.HEADING
                            && (i == titleBlock || i == titleBlock + 1)) {
                        // "Finance Monitoring Report" over "As at November 2024-25 – Quarter 3": a title set in two lines
                        title.append(' ').append(line);
                        titleBlock = i;
                    }
                }
            }
        }
        if (f.title == null && title != null) {
            f.title = title.toString();
        }
    }

    /**
     * "Agenda Item 7" stamped by a pack just above a report's cover, on the same page: the item the report is written for.
     * Only a line that says nothing else, so an agenda's own lines ("7. Title (Pages 1 - 20)") are never read as one.
     */
    private static @Nullable String stampedItem(List<Block> body, int anchor) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - TITLE_BEFORE_LABELS); i--) {
            Block b = body.get(i);
            if (b.page() != body.get(anchor).page() || b.table() != null) {
                return null;
            }
            for (String line : lines(b)) {
                Matcher item = AGENDA_ITEM.matcher(line);
                if (item.matches()) {
                    return item.group(1);
                }
            }
        }
        return null;
    }

    // A line with a label on the line before it and on the line after it: the unlabelled title a cover prints among its labels.
    private static boolean betweenLabels(List<String> lines, int n) {
        return n > 0 && n + 1 < lines.size() && CoverLabels.read(lines.get(n - 1)) != null && CoverLabels.read(lines.get(n + 1)) != null;
    }

    static boolean titleLike(String line) {
        return line.length() >= 4 && line.length() <= 200 && CoverLabels.read(line) == null && !line.endsWith("?")
                && !NUMBERED_SECTION.matcher(line).matches() && UkDates.parse(line).isEmpty()
                && !CoverLabels.isPerson(line) && !line.matches("(?i).*\\b(?:council|cabinet|committee|board|panel)$")
                && !line.matches("(?i)^(?:page \\d+.*|agenda|report|public|part \\w+|appendix.*)$") && line.matches(".*\\p{L}{3}.*")
                && !DECISION_LINE.matcher(line).matches();
    }

    // Tab-separated covers put "Report of:" and its value in cells of their own: a bare label takes the line after it.
    private static List<String> labelsWithValues(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher label = LABEL.matcher(line);
            if (label.matches() && label.group(2).isEmpty() && i + 1 < lines.size() && !LABEL.matcher(lines.get(i + 1)).matches()
                    && !ITEM.matcher(lines.get(i + 1)).matches() && !COVER_END.matcher(lines.get(i + 1)).matches()) {
                out.add(line + " " + lines.get(++i));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    // Executive summary, appendices and author come later in the report, before the next report's cover.
    private static void readAfterCover(List<Block> body, int from, int until, Fields f) {
        for (int i = from; i < until; i++) {
            String t = Texts.squash(body.get(i).text());
            if (f.summary == null && t.matches("(?i)^executive summary:?$") && i + 1 < until) {
                f.summary = Texts.squash(body.get(i + 1).text());
            }
            if (APPENDICES.matcher(t).matches()) {
                for (int k = i + 1; k < until; k++) {
                    String a = Texts.squash(body.get(k).text());
                    if (a.toLowerCase(Locale.ROOT).startsWith("appendix")) {
                        f.appendices.add(a);
                    } else if (!a.isEmpty() && !f.appendices.isEmpty() || AUTHOR.matcher(a).matches()) {
                        break;
                    }
                }
            }
            if (body.get(i).table() != null) {
                // "Report Author | Relevant Director" over their names and posts, in the report's contact details.
                Map<CoverLabels.Field, String> contacts = CoverTable.labels(body.get(i));
                if (f.author == null && contacts.containsKey(CoverLabels.Field.AUTHOR)) {
                    f.author = CoverLabels.personName(contacts.get(CoverLabels.Field.AUTHOR));
                }
                if (f.director == null && contacts.containsKey(CoverLabels.Field.DIRECTOR)) {
                    // "Dr Tom Reeve, Corporate Director …": the director as name and post, without the honorific (as the author)
                    f.director = CoverLabels.namePost(contacts.get(CoverLabels.Field.DIRECTOR));
                }
                continue;
            }
            if ((f.author == null || f.director == null) && contactUnderLabel(body, i, until, f)) {
                i++;
                continue;
            }
            if ((f.author == null || f.director == null) && twoColumnContacts(body, i, until, f)) {
                continue;
            }
            CoverLabels.Labelled contact = CoverLabels.read(t);
            if (f.author == null && contact != null && contact.colon() && contact.field() == CoverLabels.Field.AUTHOR
                    && !contact.value().isEmpty() && CoverLabels.read(contact.value()) == null) {
                f.author = CoverLabels.personName(contact.value()); // "Contact officer: Sam Lee, Planning Manager, 01632 …" at the end
                continue;
            }
            if (f.director == null && contact != null && contact.colon() && contact.field() == CoverLabels.Field.DIRECTOR
                    && !contact.value().isEmpty() && CoverLabels.read(contact.value()) == null) {
                f.director = CoverLabels.namePost(contact.value()); // "Relevant Director: Sam Ode, Director of Place, 01632 …"
                continue;
            }
            Matcher author = AUTHOR.matcher(t);
            if (f.author == null && author.matches()) {
                String name = author.group(1).isBlank() && i + 1 < until ? Texts.squash(body.get(i + 1).text()) : author.group(1);
                // "Report Author: Relevant Director:" - two column headings on one line name no one.
                boolean label = CoverLabels.field(name) != null || CoverLabels.read(name) != null;
                // "Dave Shipton (Head of Finance Policy) 01632 …": the name before the post in brackets and the details.
                String person = name.isBlank() || label ? null : CoverLabels.personName(name);
                f.author = person != null ? person : name.isBlank() || label ? null : PersonNames.name(name);
            }
        }
    }

    /**
     * "Author" or "Relevant Director" as a line of its own, and the person under it in the next block: "Dr Sam Ode Director
     * of Public Health sam.ode@…" → the author's name, or the director as "name, post". True where it read the pair.
     */
    private static boolean contactUnderLabel(List<Block> body, int at, int until, Fields f) {
        String label = Texts.squash(body.get(at).text());
        CoverLabels.Field field = label.length() <= 40 ? CoverLabels.field(label) : null;
        if (field != CoverLabels.Field.AUTHOR && field != CoverLabels.Field.DIRECTOR || at + 1 >= until
                || body.get(at + 1).table() != null) {
            return false;
        }
        String value = Texts.squash(body.get(at + 1).text());
        if (value.isEmpty() || value.length() > 200 || CoverLabels.read(value) != null || CoverLabels.field(value) != null) {
            return false;
        }
        if (field == CoverLabels.Field.AUTHOR && f.author == null) {
            String name = CoverLabels.personName(value);
            if (name == null) {
                return false;
            }
            f.author = name;
            return true;
        }
        if (field == CoverLabels.Field.DIRECTOR && f.director == null && CoverLabels.hasShape(CoverLabels.Field.DIRECTOR, value)) {
            f.director = CoverLabels.namePost(value);
            return true;
        }
        return false;
    }

    // Two columns set apart by a tab or a run of spaces, as a text or a PDF reading keeps a contact block's layout.
    private static final Pattern COLUMN_GAP = Pattern.compile("\\t+|\\s{3,}");
    // The lines under a contact block's names and posts: telephone, e-mail, address.
    private static final Pattern CONTACT_DETAIL = Pattern.compile("(?i).*(?:@|\\btel\\b|telephone|\\bphone\\b|e-?mail|\\d{5}).*");

    /**
     * "Report Author:     Relevant Director:" over the two people's names and posts, each in its column: the author's name,
     * and the director as "name, post". Reads from block {@code at} (the headings' line) and the lines after it, in its block
     * or in the blocks after; true where it read the block.
     */
    private static boolean twoColumnContacts(List<Block> body, int at, int until, Fields f) {
        List<String> raw = new ArrayList<>();
        for (int k = at; k < until && raw.size() < 8; k++) {
            if (body.get(k).table() != null) {
                break;
            }
            for (String line : body.get(k).text().split("\n")) {
                if (!line.isBlank()) {
                    raw.add(line.strip());
                }
            }
            if (k == at && raw.isEmpty()) {
                return false;
            }
            if (k == at && !isContactHeadings(raw.get(0))) {
                return false;
            }
        }
        String[] heads = COLUMN_GAP.split(raw.get(0));
        List<List<String>> columns = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 1; r < raw.size(); r++) {
            String[] cells = COLUMN_GAP.split(raw.get(r));
            if (cells.length != 2 || CONTACT_DETAIL.matcher(raw.get(r)).matches()) {
                break;
            }
            columns.get(0).add(Texts.squash(cells[0]));
            columns.get(1).add(Texts.squash(cells[1]));
        }
        for (int c = 0; c < 2; c++) {
            List<String> col = columns.get(c);
            if (col.isEmpty()) {
                continue;
            }
            String name = PersonNames.name(col.get(0));
            String who = col.size() > 1 ? name + ", " + String.join(" ", col.subList(1, col.size())) : name;
            CoverLabels.Field field = CoverLabels.field(heads[c]);
            if (field == CoverLabels.Field.AUTHOR && f.author == null) {
                f.author = name;
            } else if (field == CoverLabels.Field.DIRECTOR && f.director == null) {
                f.director = who;
            }
        }
        return true;
    }

    // "Report Author:     Relevant Director:": two known contact labels, one a column.
    private static boolean isContactHeadings(String line) {
        String[] heads = COLUMN_GAP.split(line.strip());
        if (heads.length != 2) {
            return false;
        }
        CoverLabels.Field a = CoverLabels.field(heads[0]);
        CoverLabels.Field b = CoverLabels.field(heads[1]);
        return a != null && b != null && a != b && (a == CoverLabels.Field.AUTHOR || a == CoverLabels.Field.DIRECTOR)
                && (b == CoverLabels.Field.AUTHOR || b == CoverLabels.Field.DIRECTOR || b == CoverLabels.Field.ASSISTANT_DIRECTOR);
    }

    // Compiled once: String.split compiles a pattern of more than one character on every call, and this runs on every block.
    private static final Pattern LINE_OR_TAB = Pattern.compile("[\n\t]");

    /** The text lines a block contributes to a cover: a table's non-blank cells in reading order, else its lines. */
    static List<String> lines(Block b) {
        List<String> out = new ArrayList<>();
        if (b.table() != null) {
            for (Cell c : b.table().cells()) {
                for (String s : c.text().split("\n")) {
                    addLine(out, s);
                }
            }
        } else if (b.kind() != BlockKind.LIST_ITEM || b.marker() == null) {
            for (String s : LINE_OR_TAB.split(b.text())) {
                for (String part : runOnLabels(s)) {
                    addLine(out, part);
                }
            }
        }
        return out;
    }

    /**
     * A label-value cover whose lines a reading ran together ("Report to: Cabinet Date of meeting: 16 April 2013 Agenda item: 9 Title:
     * …"), parted before each cover label; a line with fewer than three such labels, the first opening it, is kept whole.
     */
    static List<String> runOnLabels(String line) {
        if (line.length() < RUN_ON_MIN || line.indexOf(": ") < 0) {
            return List.of(line);
        }
        List<Integer> starts = new ArrayList<>();
        for (int colon = line.indexOf(": "); colon > 0; colon = line.indexOf(": ", colon + 2)) {
            int at = labelStart(line, colon);
            if (at >= 0 && (starts.isEmpty() || at > starts.get(starts.size() - 1))) {
                starts.add(at);
            }
        }
        if (starts.size() < MIN_LABELLED_FIELDS || starts.get(0) != 0) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        boolean titled = false;
        for (int k = 0; k < starts.size(); k++) {
            String part = line.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : line.length()).strip();
            CoverLabels.Labelled lab = CoverLabels.read(part);
            titled |= lab != null && lab.field() == CoverLabels.Field.TITLE;
            out.add(part);
        }
        // A report's cover names its title; a covering letter's "Meeting: … Date: … Time: …" run together is no report's.
        return titled ? out : List.of(line);
    }

    // Where the cover label before a colon starts: the shortest run of up to four words before it, its first capitalised, that names a
    // cover field ("Date of meeting", "Agenda item", "Contact officer"); -1 where none does.
    private static int labelStart(String line, int colon) {
        int best = -1;
        int at = colon;
        for (int words = 0; words < 4; words++) {
            int space = line.lastIndexOf(' ', at - 1);
            int start = space + 1;
            if (start >= colon || at <= 0) {
                break;
            }
            String label = line.substring(start, colon);
            if (Character.isUpperCase(label.charAt(0)) && CoverLabels.field(label) != null) {
                best = start;
                break; // the shortest: "… Scrutiny Committee Date:" is the committee's name, then "Date"
            }
            if (space < 0) {
                break;
            }
            at = space;
        }
        return best;
    }

    private static void addLine(List<String> out, String s) {
        String t = Texts.squash(s);
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** The labelled fields of one cover, filled as lines are read. */
    private static final class Fields {
        @Nullable PartialDate meetingDate;
        @Nullable String itemNumber;
        @Nullable String committee;
        // The committee was read from a line printed over the labels ("Marlstead City Council Health and Wellbeing Board",
        // "SCHOOLS FORUM"), which may carry the council's name or the heading's capitals: a "Report to:" or "Meeting:" label,
        // saying only which body, names it better.
        boolean committeeUnlabelled;
        @Nullable String title;
        @Nullable String reportOf;
        @Nullable String assistantDirector;
        @Nullable String director;
        @Nullable String wards;
        @Nullable String keyDecision;
        @Nullable Classification classification;
        @Nullable String summary;
        @Nullable String author;
        final List<String> appendices = new ArrayList<>();

        /**
         * Reads a labelled line into its field, with the lines its value wraps onto: a line that is no label, lying between
         * this label and the next, continues the value ("Subject: Draft Revenue Budget 2025-26 and Capital Programme" over
         * "2025-35 and Treasury Management Strategy"). Returns the index of the last line used.
         */
        int readLabelled(CoverLabels.Labelled lab, List<String> lines, int at) {
            StringBuilder value = new StringBuilder(lab.value());
            int last = at;
            for (int k = at + 1; k < lines.size(); k++) {
                String next = lines.get(k);
                if (!continues(next) || !labelFollows(lines, k) || lab.field() == CoverLabels.Field.COMMITTEE && complete(value.toString(), next)) {
                    break;
                }
                // "Relevant Director   John Betts" over "Interim Corporate Director Finance": a name, then the post under it.
                boolean postUnderName = lab.field().shape() == CoverLabels.Shape.ROLE && value.length() > 0 && value.indexOf(",") < 0
                        && PersonNames.looksLikeName(PersonNames.stripHonorific(value.toString().strip())) && CoverLabels.isPost(next);
                value.append(value.length() == 0 ? "" : postUnderName ? ", " : " ").append(next);
                last = k;
            }
            String v = Texts.squash(value.toString());
            if (lab.field() == CoverLabels.Field.CLASSIFICATION) {
                v = CoverLabels.answered(lab.label(), v); // "Exempt" over "No": the answer to the label's question
                if (!CoverLabels.hasShape(lab.field(), v) && classification == null) {
                    classification = CoverLabels.standaloneClassification(lab.label()); // "Exempt" printed alone says it is
                }
            }
            if (v.isEmpty() || !CoverLabels.hasShape(lab.field(), v)) {
                return lab.field() == CoverLabels.Field.TITLE || lab.field() == CoverLabels.Field.WARDS ? last : at;
            }
            fill(lab.field(), v, CoverLabels::itemNumber, CoverLabels::personName);
            return last;
        }

        // "Report to: Audit and Governance Committee" is whole: the line under it that names no body is the title, not more of it.
        private static boolean complete(String committee, String next) {
            return COMMITTEE_ENDS.matcher(committee.strip()).matches() && !COMMITTEE.matcher(next).matches();
        }

        private static boolean continues(String line) {
            return CoverLabels.read(line) == null && !ITEM.matcher(line).matches() && !COVER_END.matcher(line).matches()
                    && CoverLabels.standaloneClassification(line) == null && !CLASSIFICATION.matcher(line).matches();
        }

        // A wrapped value lies between two labels; lines after the last label are the report's, not the value's.
        private static boolean labelFollows(List<String> lines, int k) {
            for (int j = k + 1; j < Math.min(lines.size(), k + 3); j++) {
                if (CoverLabels.read(lines.get(j)) != null || ITEM.matcher(lines.get(j)).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** Fills the fields a cover table gives that the cover's lines did not. */
        void apply(Map<CoverLabels.Field, String> table) {
            table.forEach((field, v) -> fill(field, v, Function.identity(), Fields::authorName));
        }

        /**
         * Sets the field a label names, where the cover has not set it already. A label's line and a cover table's cell say
         * an item number and an author differently ("Agenda Item: 7" against a cell holding "7"; a name alone against a
         * cell with a telephone number beside it), so each reader says how to read those two.
         */
        private void fill(CoverLabels.Field field, String v, Function<String, @Nullable String> item,
                Function<String, @Nullable String> person) {
            switch (field) {
                case TITLE -> title = title != null ? title : v;
                case ITEM -> itemNumber = itemNumber != null ? itemNumber : item.apply(v);
                case COMMITTEE -> {
                    committee = committee != null && !committeeUnlabelled ? committee : CoverLabels.committee(v);
                    committeeUnlabelled = false;
                    meetingDate = meetingDate != null ? meetingDate : CoverLabels.date(v);
                }
                case DATE -> meetingDate = meetingDate != null ? meetingDate : CoverLabels.date(v);
                case REPORT_OF -> reportOf = reportOf != null ? reportOf : v;
                case AUTHOR -> author = author != null ? author : person.apply(v);
                case DIRECTOR -> director = director != null ? director : v;
                case ASSISTANT_DIRECTOR -> assistantDirector = assistantDirector != null ? assistantDirector : v;
                case WARDS -> wards = wards != null ? wards : v;
                case KEY_DECISION -> keyDecision = keyDecision != null ? keyDecision : v;
                case CLASSIFICATION -> classification = classification != null ? classification : CoverLabels.classification(v);
                case OTHER, DECISION_RECORD -> { }
            }
        }

        // "Sam Lee (01234 567890, sam.lee@council.gov.uk)", "Jane Doe, Head of Placements" → the name; a job title alone
        // ("Head of Fostering") or several people name no one author.
        private static @Nullable String authorName(String v) {
            String n = PersonNames.name(CONTACT_TAIL.split(v, 2)[0].strip());
            return PersonNames.looksLikeName(n) && !PersonNames.isTitleWord(n.split(" ")[0]) ? n : CoverLabels.personName(v);
        }

        /** Reads a labelled line into its field; false when the line carries no label we know. */
        boolean read(String line) {
            Matcher jammed = JAMMED_WARDS_KEY.matcher(line);
            if (jammed.matches()) {
                wards = jammed.group(1);
                keyDecision = jammed.group(2);
                return true;
            }
            Matcher c = CLASSIFICATION.matcher(line);
            if (c.matches()) {
                classification = c.group(1).toLowerCase(Locale.ROOT).startsWith("public") ? Classification.PUBLIC : Classification.EXEMPT;
                return true;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            // "Wards and communities affected: All | Key Decision: Key" may share a line when a table row was flattened.
            int key = lower.indexOf("key decision:");
            if (lower.startsWith("wards and communities affected:") || lower.startsWith("wards affected:")) {
                String rest = line.substring(line.indexOf(':') + 1);
                if (key > 0) {
                    keyDecision = value(line.substring(key + "key decision:".length()));
                    rest = line.substring(line.indexOf(':') + 1, key);
                }
                wards = value(rest);
                return true;
            }
            if (lower.startsWith("key decision:")) {
                keyDecision = value(line.substring("key decision:".length()));
                return true;
            }
            if (lower.startsWith("report of:") || lower.startsWith("report by:") || lower.startsWith("report from:")) {
                reportOf = value(line.substring(line.indexOf(':') + 1));
                return true;
            }
            if (lower.startsWith("accountable assistant director:") || lower.startsWith("accountable head of service:")) {
                assistantDirector = value(line.substring(line.indexOf(':') + 1));
                return true;
            }
            if (lower.startsWith("accountable director:") || lower.startsWith("accountable corporate director:")
                    || lower.startsWith("accountable strategic director:")) {
                director = value(line.substring(line.indexOf(':') + 1));
                return true;
            }
            return false;
        }

        private static @Nullable String value(String s) {
            String t = Texts.squash(s);
            return t.isEmpty() ? null : t;
        }
    }
}
