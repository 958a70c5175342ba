package org.councilpapers.extractors.record.plan;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.WorkProgrammeEntry;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.Segmenter;
import org.councilpapers.extractors.table.CellKind;
import org.councilpapers.extractors.table.ColumnPath;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.UkDates;
import org.councilpapers.extractors.vocab.WorkProgrammeColumns;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a committee's work programme or forward plan: one entry per topic, with the meeting
 * it is planned for, its lead officer and who asked for it. The columns are found by their header
 * words in any order ({@link WorkProgrammeColumns}). The meeting date comes from a date column
 * (a blank cell repeats the one above, as a merged cell does) or, where the table has none, from
 * the last date row above the topic ("13 July 2021", "11 November 2021 – Extraordinary Meeting",
 * "To be confirmed"). A table that carries on over a page break without repeating its header
 * carries on the columns and the date. Dates printed without a year take it from the dates before
 * them or the programme's municipal year ("2021/22").
 */
public final class WorkProgrammeExtractor implements RecordExtractor {
    private static final Pattern UNSCHEDULED = Pattern.compile("(?i)^(?:date\\s+)?(?:to be (?:confirmed|arranged|scheduled|determined|agreed)"
            + "|tbc|tba|tbd|unscheduled|not yet scheduled|future (?:items?|meetings?)|items? (?:to be|not yet) (?:scheduled|programmed)"
            + "|dates? (?:to be confirmed|tbc)|pending|unallocated"
            // "Items awaiting a date", "Undated items", "Items without a date": the entries at a programme's end with no meeting yet.
            + "|(?:items?|topics?|reports?) (?:awaiting|without|with no|yet to be given) (?:a )?(?:meeting )?dates?|awaiting (?:a )?dates?"
            + "|undated(?: items| topics)?)\\b.*");
    private static final Pattern STARTS_WITH_DATE = Pattern.compile("(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[a-z]{3,9}\\b|[a-z]{3,9}\\.?\\s+\\d{4}\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})");
    // "2025/26", "2025-2026", "2025 to 2026".
    private static final Pattern MUNICIPAL_YEAR = Pattern.compile("\\b(20\\d{2})\\s*(?:[/–-]|\\sto\\s)\\s*(?:20)?(\\d{2})\\b");
    private static final int MAX_GAP = 3;
    // What a meeting did with an item, in the past tense; "To note" or "For decision" is what a plan expects.
    private static final Pattern VERDICT = Pattern.compile("(?i)^(?!to\\s|for\\s).*\\b(?:noted|agreed|endorsed|approved|referred|deferred"
            + "|resolved|rejected|accepted|received|withdrawn|considered)\\b");
    // "Committee date: 21 January 2026", "Date: …", "Panel date – …": a label that says the date after it is the meeting's.
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^(?:(?:meeting|committee|panel|board|authority|scheduled)\\s+)?date"
            + "(?:\\s+of\\s+(?:the\\s+)?meeting)?\\s*(?::|[–—-]\\s)");
    // How far below a programme's first labelled entry its second is looked for (an entry runs to four or five lines).
    private static final int LABELLED_WINDOW = 14;
    // An entry printed as one block of labelled lines ("Item: … Lead officer: … Purpose: …") runs longer than a topic line.
    private static final int MAX_LABELLED_ENTRY = 600;
    // Words WorkProgrammeColumns knows a topic and a lead or requester by (a superset, to pass over other tables cheaply).
    private static final Pattern PROGRAMME_TOPIC = Pattern.compile("topic|item|subject|title|report|issue|business|matter|decision");
    private static final Pattern PROGRAMME_WHO = Pattern.compile("request|raised|suggested|proposed|source|origin|lead|officer|author"
            + "|responsible|contact|present|portfolio|cabinet member|director");
    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>();
        for (Part part : ctx.parts()) {
            if (!part.kind().carriesRecords()) {
                continue;
            }
            List<Block> blocks = part.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.table() == null && b.kind() != BlockKind.LIST_ITEM && !b.text().strip().endsWith(".")
                        && Segmenter.isWorkProgrammeTitle(b.text())) {
                    i = readList(blocks, i, ctx, out);
                    continue;
                }
                if (b.table() == null && b.kind() != BlockKind.LIST_ITEM && opensLabelledBlocks(blocks, i)) {
                    // A programme known by its entries, not its title: a meeting's date over "Item: …" / "Lead officer: …" blocks.
                    i = readList(blocks, i - 1, ctx, out);
                    continue;
                }
                if (b.table() == null || b.table().rowCount() < 2 || !mayNameProgramme(b.table())) {
                    continue;
                }
                TableView view = TableView.of(b.table());
                WorkProgrammeColumns columns = columnsOf(view).orElse(null);
                if (columns == null || underPastBusiness(blocks, i) || recordsOutcomes(view)) {
                    continue; // the committee's record of what it has done, not its plan
                }
                Programme prog = new Programme(headerTexts(view), columns, b.table().colCount(), municipalYear(blocks, i),
                        Footnotes.markersBelow(blocks, i));
                prog.read(b, view, view.headerRows(), true, ctx, out);
                int j = i + 1;
                int gap = 0;
                // The table goes on after a page break as further tables with the same columns and no header of their own.
                for (; j < blocks.size() && gap <= MAX_GAP; j++) {
                    Block next = blocks.get(j);
                    if (next.table() == null) {
                        String line = TextLine.squash(next.text());
                        if (next.kind() == BlockKind.HEADING || line.length() > 80 || WorkProgrammeColumns.namesPastBusiness(line)) {
                            break;
                        }
                        gap++;
                        continue;
                    }
                    if (next.table().colCount() != prog.cols) {
                        break;
                    }
                    TableView nextView = TableView.of(next.table());
                    Optional<WorkProgrammeColumns> header = columnsOf(nextView);
                    if (header.isEmpty() && startsWithOtherHeader(nextView, prog)) {
                        break; // a table of its own ("Meeting | Item | Outcome"), not the programme going on over a page
                    }
                    if (header.isPresent()) {
                        prog.columns = header.get();
                    }
                    prog.read(next, nextView, header.isPresent() ? nextView.headerRows() : 0, header.isPresent(), ctx, out);
                    gap = 0;
                }
                i = j - 1;
            }
        }
        return out;
    }

    /**
     * A programme set out as a list under its title: a meeting date on a line of its own ("14 June 2022",
     * "Extraordinary meeting – 5 July 2022", "Date to be confirmed") or opening each entry ("June 2025 — …"), then its
     * topics as list items, each perhaps naming its lead officer or who asked for it on the same line ({@link
     * ProgrammeLine}) or on lines of their own under it ("Lead officer: …", "Source: …"). Returns the index of the last
     * block read.
     */
    private static int readList(List<Block> blocks, int title, ExtractContext ctx, List<PaperRecord> out) {
        Programme prog = new Programme(List.of(), new WorkProgrammeColumns(-1, -1, -1, -1), 0, municipalYear(blocks, title + 1),
                Set.of());
        int last = title;
        boolean dated = false;
        ListEntry open = null;
        for (int i = title + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = TextLine.squash(b.text());
            if (b.table() != null) {
                break; // a programme set out as a table, read as one
            }
            if (text.isEmpty()) {
                continue;
            }
            boolean item = b.kind() == BlockKind.LIST_ITEM;
            Optional<ProgrammeLine.Field> sub = ProgrammeLine.subLine(text);
            if (open != null && sub.isPresent() && open.accepts(sub.get())) {
                open = open.with(b, text); // "Lead officer: …" under the topic it belongs to
                last = i;
                continue;
            }
            Optional<ProgrammeLine.Dated> opensWithDate = item || b.kind() == BlockKind.PARAGRAPH ? ProgrammeLine.dated(text)
                    : Optional.empty();
            if (opensWithDate.isPresent() && (item || ProgrammeLine.hasLabels(opensWithDate.get().rest()))) {
                emit(open, prog, ctx, out);
                prog.setDate(opensWithDate.get().date());
                dated = true;
                open = new ListEntry(b, prog.date, prog.dateText, ProgrammeLine.parse(opensWithDate.get().rest()));
                last = i;
            } else if (item && dated && sub.isEmpty()) {
                emit(open, prog, ctx, out);
                open = new ListEntry(b, prog.date, prog.dateText, ProgrammeLine.parse(text));
                last = i;
            } else if (!item && isDateLabel(text)) {
                emit(open, prog, ctx, out);
                open = null;
                prog.setDate(text);
                dated = true;
                last = i;
            } else if (!item && dated && sub.isEmpty() && b.kind() == BlockKind.PARAGRAPH
                    && (text.length() <= 200 || ProgrammeLine.hasTopicLabel(text) && text.length() <= MAX_LABELLED_ENTRY)
                    && (ProgrammeLine.hasLabels(text) || ProgrammeLine.hasTopicLabel(text) || i + 1 < blocks.size() && ProgrammeLine.subLine(TextLine.squash(blocks.get(i + 1).text()))
                            .filter(f -> f != ProgrammeLine.Field.OTHER).isPresent())) {
                // a topic printed without a bullet, its lead or requester beside it or on the line under it
                emit(open, prog, ctx, out);
                open = new ListEntry(b, prog.date, prog.dateText, ProgrammeLine.parse(text));
                last = i;
            } else if (dated || i - title > 3) {
                break; // prose after the list, or no list under the title
            }
        }
        emit(open, prog, ctx, out);
        return last;
    }

    /**
     * Whether a programme set out as labelled blocks starts here: a meeting's date on a line of its own ("Meeting: 21 January
     * 2026", "3 February 2026"), then an entry that opens with its topic's label ("Item: …", "Topic: …") and names its lead
     * officer or who asked for it, on its own line or the next. A cheap first look at the date line's length and first
     * character keeps this off prose.
     */
    private static boolean opensLabelledBlocks(List<Block> blocks, int at) {
        String raw = blocks.get(at).text();
        if (raw.length() > 160 || at + 1 >= blocks.size() || blocks.get(at + 1).table() != null || raw.chars().noneMatch(Character::isDigit)) {
            return false; // a date line is short and has the day or the year in figures
        }
        String next = TextLine.squash(blocks.get(at + 1).text());
        if (!ProgrammeLine.hasTopicLabel(next)) {
            return false;
        }
        String text = TextLine.squash(raw);
        if (text.isEmpty() || text.length() > 80 || text.endsWith(".") || !isDateLabel(text)) {
            return false;
        }
        ProgrammeLine.Parsed first = ProgrammeLine.parse(next);
        boolean names = first.lead() != null || first.requested() != null || at + 2 < blocks.size()
                && ProgrammeLine.subLine(TextLine.squash(blocks.get(at + 2).text())).filter(f -> f != ProgrammeLine.Field.OTHER).isPresent();
        if (!names) {
            return false;
        }
        // A second labelled topic close below: a report's cover ("Meeting date: …", "Subject: …", "Report author: …") has one.
        for (int k = at + 2; k < Math.min(blocks.size(), at + LABELLED_WINDOW); k++) {
            if (ProgrammeLine.hasTopicLabel(TextLine.squash(blocks.get(k).text()))) {
                return true;
            }
        }
        return false;
    }

    private static void emit(@Nullable ListEntry e, Programme prog, ExtractContext ctx, List<PaperRecord> out) {
        if (e == null || e.line().topic().isEmpty()) {
            return;
        }
        Block first = e.first();
        int end = e.last().page() == first.page() ? e.last().end() : first.end();
        Provenance p = ctx.provenance(first.page(), first.start(), end, first);
        out.add(new WorkProgrammeEntry(ctx.id(RecordType.WORK_PROGRAMME_ENTRY, p, String.valueOf(e.dateText()), e.line().topic()),
                e.date(), e.dateText(), e.line().topic(), e.line().lead(), e.line().requested(), p, Mentions.NONE));
    }

    /** A list entry being read: its topic line and any label lines under it so far, and the meeting it is planned for. */
    private record ListEntry(Block first, Block last, @Nullable PartialDate date, @Nullable String dateText, ProgrammeLine.Parsed line) {
        ListEntry(Block b, @Nullable PartialDate date, @Nullable String dateText, ProgrammeLine.Parsed line) {
            this(b, b, date, dateText, line);
        }

        // A second "Lead officer:" line belongs to another entry, or to none; a line of other facts ("Purpose: …") is passed over.
        boolean accepts(ProgrammeLine.Field f) {
            return f == ProgrammeLine.Field.OTHER || f == ProgrammeLine.Field.LEAD && line.lead() == null
                    || f == ProgrammeLine.Field.REQUESTED && line.requested() == null;
        }

        ListEntry with(Block b, String text) {
            ProgrammeLine.Parsed sub = ProgrammeLine.parse(text);
            ProgrammeLine.Parsed merged = new ProgrammeLine.Parsed(line.topic(), line.lead() != null ? line.lead() : sub.lead(),
                    line.requested() != null ? line.requested() : sub.requested());
            return new ListEntry(first, b, date, dateText, merged);
        }
    }

    /** One programme being read: its columns, and the meeting the rows read so far are planned for. */
    private static final class Programme {
        final List<String> header;
        WorkProgrammeColumns columns;
        final int cols;
        final @Nullable Integer startYear;
        final Set<String> notes;
        @Nullable PartialDate date;
        @Nullable String dateText;
        @Nullable PartialDate lastFull;

        Programme(List<String> header, WorkProgrammeColumns columns, int cols, @Nullable Integer startYear, Set<String> notes) {
            this.notes = notes;
            this.header = header.stream().map(c -> TextLine.squash(c).toLowerCase(Locale.ROOT)).toList();
            this.columns = columns;
            this.cols = cols;
            this.startYear = startYear;
        }

        /**
         * Reads a table's rows from {@code firstRow}. Where the view found the table's own header ({@code headed}), the rows
         * it knows repeat the header are skipped; a headerless continuation is compared with the programme's header instead.
         */
        void read(Block b, TableView v, int firstRow, boolean headed, ExtractContext ctx, List<PaperRecord> out) {
            for (int r = firstRow; r < v.rowCount(); r++) {
                if (headed && v.isRepeatedHeader(r)) {
                    continue;
                }
                List<String> row = rowTexts(v, r);
                List<String> filled = row.stream().filter(s -> !s.isEmpty()).toList();
                if (filled.isEmpty()) {
                    continue;
                }
                String topic = cell(row, columns.topic());
                if (columns.date() >= 0) {
                    String d = cell(row, columns.date());
                    if (!d.isEmpty()) {
                        setDate(d);
                    }
                } else if (filled.size() == 1 && isDateLabel(filled.get(0))) {
                    setDate(filled.get(0)); // a date row, perhaps spanning the table, over the topics it heads
                    continue;
                }
                if (topic.isEmpty() || header.equals(row.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList())) {
                    continue; // a date row, or the header repeated down the table
                }
                Provenance p = provenance(b, v, r, ctx);
                String lead = blankToNull(cell(row, columns.lead()));
                String requested = blankToNull(cell(row, columns.requested()));
                ProgrammeLine.Parsed inTopic = ProgrammeLine.parse(topic);
                if (!inTopic.topic().isEmpty() && (lead == null && inTopic.lead() != null || requested == null && inTopic.requested() != null)) {
                    // "Carers Strategy (Lead: Jo Kent)" in the topic cell, where the table's own column for it is blank or absent
                    topic = inTopic.topic();
                    lead = lead == null ? inTopic.lead() : lead;
                    requested = requested == null ? inTopic.requested() : requested;
                }
                topic = Footnotes.withoutMarker(topic, notes);
                out.add(new WorkProgrammeEntry(ctx.id(RecordType.WORK_PROGRAMME_ENTRY, p, String.valueOf(dateText), topic), date, dateText,
                        topic, lead, requested, p, Mentions.NONE));
            }
        }

        private void setDate(String text) {
            dateText = text;
            date = null;
            if (UNSCHEDULED.matcher(text).matches()) {
                return;
            }
            Optional<PartialDate> full = UkDates.find(text);
            Optional<MonthDay> dayMonth = UkDates.findDayMonth(text);
            if (dayMonth.isPresent()) {
                Integer year = yearFor(dayMonth.get().getMonthValue());
                date = year == null ? null : PartialDate.of(year, dayMonth.get().getMonthValue(), dayMonth.get().getDayOfMonth());
            } else if (full.isPresent()) {
                date = full.get();
            }
            if (date != null && date.month() != null) {
                lastFull = date;
            }
        }

        // A date without a year follows the dates before it; the first takes the municipal year (May to April).
        private @Nullable Integer yearFor(int month) {
            if (lastFull != null) {
                int lastMonth = lastFull.month() == null ? 1 : lastFull.month();
                return month >= lastMonth ? lastFull.year() : lastFull.year() + 1;
            }
            if (startYear != null) {
                return month >= 5 ? startYear : startYear + 1;
            }
            return null;
        }
    }

    /**
     * Which column of a table holds what: first by what the view's column paths say ("Meeting date | Topic | Lead officer",
     * a header of two levels read as one name per column), then by what the cells hold: a column with no role of its own
     * whose cells are mostly meeting dates is the date column ("| | Topic | Lead officer |"), and one whose cells are mostly
     * people or posts is the lead officer's where the header names none. Empty where the header names no programme.
     */
    static Optional<WorkProgrammeColumns> columnsOf(TableView v) {
        if (v.headerRows() == 0 || v.dataRows().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = v.columns().stream().map(ColumnPath::name).toList();
        Optional<WorkProgrammeColumns> named = WorkProgrammeColumns.of(names);
        if (named.isEmpty() && v.firstHeaderRow() + 1 < v.headerRows()) {
            named = WorkProgrammeColumns.of(v.columns().stream().map(ColumnPath::leaf).toList()); // "Meeting › Date" named by its leaves
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        WorkProgrammeColumns c = named.get();
        int date = c.date();
        int lead = c.lead();
        for (int col = 0; col < v.colCount(); col++) {
            if (col == c.topic() || col == c.lead() || col == c.requested() || col == c.date()) {
                continue;
            }
            boolean unnamed = names.get(col).isBlank();
            int filled = 0;
            int dates = 0;
            for (int r : v.dataRows()) {
                Cell cell = v.cell(r, col);
                String text = cell == null ? "" : TextLine.squash(cell.text());
                if (!text.isEmpty()) {
                    filled++;
                    dates += isDateLabel(text) ? 1 : 0;
                }
            }
            if (date < 0 && unnamed && dates > 0 && dates * 2 >= filled) {
                date = col;
            } else if (lead < 0 && unnamed && v.dominant(col) == CellKind.PERSON && v.profile(col).get(CellKind.PERSON) >= 2) {
                lead = col;
            }
        }
        return Optional.of(new WorkProgrammeColumns(date, c.topic(), lead, c.requested()));
    }

    // "Completed items", "Items considered since May 2025": the nearest line above the table names business already done.
    private static boolean underPastBusiness(List<Block> blocks, int table) {
        for (int k = table - 1; k >= Math.max(0, table - 3); k--) {
            Block above = blocks.get(k);
            if (above.table() != null) {
                return false;
            }
            String line = TextLine.squash(above.text());
            if (!line.isEmpty()) {
                return WorkProgrammeColumns.namesPastBusiness(line);
            }
        }
        return false;
    }

    /**
     * Whether a column headed "Outcome", "Result" or "Decision" holds what meetings decided ("Noted", "Endorsed and referred
     * to Cabinet", "Recommendations agreed") in most of its cells: the table records past meetings. A forward plan's
     * "Expected outcome" says what is to be done ("To note", "For decision").
     */
    private static boolean recordsOutcomes(TableView v) {
        for (int col = 0; col < v.colCount(); col++) {
            String name = v.columns().get(col).name().toLowerCase(Locale.ROOT);
            if (!name.contains("outcome") && !name.contains("result") && !name.equals("decision")) {
                continue;
            }
            int filled = 0;
            int verdicts = 0;
            for (int r : v.dataRows()) {
                Cell cell = v.cell(r, col);
                String text = cell == null ? "" : TextLine.squash(cell.text());
                if (!text.isEmpty()) {
                    filled++;
                    verdicts += VERDICT.matcher(text).find() ? 1 : 0;
                }
            }
            if (filled >= 2 && verdicts * 2 > filled) {
                return true;
            }
        }
        return false;
    }

    // A headerless continuation's first row is data; one whose first row is a header that is not the programme's is another table.
    private static boolean startsWithOtherHeader(TableView v, Programme prog) {
        List<String> first = rowTexts(v, 0);
        return WorkProgrammeColumns.isHeaderRow(first) && !prog.header.equals(first.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
    }

    // A cheap look before reading a table's header: its top rows name a topic and a lead or requester somewhere.
    private static boolean mayNameProgramme(Table t) {
        StringBuilder top = new StringBuilder();
        for (int r = 0; r < Math.min(3, t.rowCount()); r++) {
            t.rowTexts(r).forEach(x -> top.append(' ').append(x.toLowerCase(Locale.ROOT)));
        }
        String s = top.toString();
        return PROGRAMME_TOPIC.matcher(s).find() && PROGRAMME_WHO.matcher(s).find();
    }

    // The header's texts as one row, to know the header when a continuation prints it again as a row of its own.
    private static List<String> headerTexts(TableView v) {
        return v.columns().stream().map(ColumnPath::leaf).toList();
    }

    /** Whether a row's only text says which meeting the rows under it are for. */
    static boolean isDateLabel(String text) {
        if (text.length() > 120) {
            return false;
        }
        if (UNSCHEDULED.matcher(text).matches()) {
            return true;
        }
        boolean dated = UkDates.find(text).isPresent() || UkDates.findDayMonth(text).isPresent();
        String f = text.toLowerCase(Locale.ROOT);
        return dated && (STARTS_WITH_DATE.matcher(text).find() && validMonthStart(text) || f.contains("meeting") && text.length() <= 80
                || text.length() <= 80 && DATE_LABEL.matcher(text).lookingAt());
    }

    // "13 July 2021" starts with a date; "12 Months of Savings" starts with a number and a word that is no month.
    private static boolean validMonthStart(String text) {
        String head = text.length() > 40 ? text.substring(0, 40) : text;
        return UkDates.find(head).isPresent() || UkDates.findDayMonth(head).isPresent();
    }

    private static @Nullable Integer municipalYear(List<Block> blocks, int tableIndex) {
        for (int k = tableIndex - 1; k >= Math.max(0, tableIndex - 4); k--) {
            Matcher m = MUNICIPAL_YEAR.matcher(blocks.get(k).text());
            if (m.find()) {
                int start = Integer.parseInt(m.group(1));
                int end = Integer.parseInt(m.group(2)) % 100;
                if ((start + 1) % 100 == end) {
                    return start;
                }
            }
        }
        return null;
    }

    // A row's cell texts, a merged cell counted once, with a dash that a reader took for a list marker put back.
    private static List<String> rowTexts(TableView v, int r) {
        List<String> out = new ArrayList<>(v.colCount());
        for (int c = 0; c < v.colCount(); c++) {
            Cell cell = v.cell(r, c);
            out.add(cell == null ? "" : TextLine.cell(cellText(cell)));
        }
        return out;
    }

    // "Annual Complaints Report\n– Children's Social Care": a wrapped line starting with a dash is the title going on, not a bullet.
    private static String cellText(Cell cell) {
        if (cell.blocks().isEmpty()) {
            return cell.text();
        }
        StringBuilder s = new StringBuilder();
        Block previous = null;
        for (Block b : cell.blocks()) {
            s.append(s.length() > 0 ? "\n" : "");
            if (b.kind() == BlockKind.LIST_ITEM && b.marker() != null && b.marker().matches("[–—-]") && previous != null
                    && previous.kind() == BlockKind.PARAGRAPH) {
                s.append(b.marker()).append(' ');
            }
            s.append(b.text());
            previous = b;
        }
        return s.toString();
    }

    private static String cell(List<String> row, int col) {
        return col >= 0 && col < row.size() ? row.get(col) : "";
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Provenance provenance(Block b, TableView v, int row, ExtractContext ctx) {
        int start = -1;
        int end = -1;
        for (int c = 0; c < v.colCount(); c++) {
            Cell cell = v.cell(row, c);
            if (cell != null) {
                start = start < 0 ? cell.start() : start;
                end = cell.end();
            }
        }
        if (start >= b.start() && end >= start && end <= b.end()) {
            return ctx.provenance(b.page(), start, end, b);
        }
        return ctx.provenance(b.page(), b.start(), b.end(), b);
    }
}
