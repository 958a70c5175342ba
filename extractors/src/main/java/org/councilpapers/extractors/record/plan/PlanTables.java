package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.table.PlanColumn;
import org.councilpapers.extractors.table.TableHeader;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.ActionVerbs;
import org.councilpapers.extractors.vocab.PeriodLabels;
import org.councilpapers.extractors.vocab.SourceLabels;
import org.jspecify.annotations.Nullable;

/**
 * Reads plans laid out as one table row per action under a header that names the columns
 * ("No. | Recommendation | Action | Owner | By when | Progress | RAG"). A plan may run over
 * several tables: its header repeated on each page, or a headerless table of the same width
 * straight after it. One recommendation may head several action rows (its cell merged down, or
 * left blank under it); a row cut by a page break is joined back to the row it continues.
 */
final class PlanTables {
    // A table this many body blocks after the last one of a plan, all short, still continues it (a page's repeated title).
    private static final int MAX_GAP = 2;
    /**
     * A group row's own label and number before its words ("Priority 1:", "Recommendation 2 –", "Area for improvement 3:",
     * "Theme 4."): a few words, a number, a stop. It says the row heads others where no merged cell says so.
     */
    private static final Pattern GROUP_LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’ ]{0,40}?\\s\\d{1,2}[a-z]?\\s*[:.–—-](?:\\s|$)");
    private static final int SHORT_GAP_TEXT = 100;
    // A group row's words at most: an area's name, not an action's sentence.
    private static final int MAX_HEADING_WORDS = 10;
    // Points of slack when matching a cell's edges to the plan's columns.
    private static final float EDGE = 2f;
    // "1.", "1.2", "2)", "A1.": the number a recommendation or action carries in its own cell.
    private static final Pattern NUMBERING = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2}){1,2}|[A-Z]{1,2}\\d{1,2}(?:\\.\\d{1,2})?|\\d{1,2}(?=[.:)]))[.:)]?\\s+(?=\\S)");

    // "Rec 1 – Introduce…", "(ref 2a) Add…", "Recommendation 3 - Recruit…": the recommendation an action answers, named at its start.
    private static final Pattern NAMED_REFERENCE = Pattern.compile("(?i)^\\(?(?:rec(?:ommendation)?|ref(?:erence)?)\\.?\\s*"
            + "(\\d{1,2}(?:\\.\\d{1,2})?(?:\\s?(?-i:[a-z])(?![a-z])|\\((?-i:[a-z])\\))?)\\)?\\s*[:.–—-]?\\s+(?=\\S)");
    // A recommendation cell holding only the number of one listed elsewhere: "Rec 2", "R3", "Ref. 1", "2a", "(3)".
    private static final Pattern ONLY_REFERENCE = Pattern.compile("(?i)^\\(?(?:rec(?:ommendation)?\\.?|ref(?:erence)?\\.?|r)?\\s*"
            + "\\d{1,2}(?:\\.\\d{1,2})?(?:\\s?[a-z]|\\([a-z]\\))?\\)?[.:)]?$");


    private PlanTables() {}

    // The action's text without the number or reference it opens with.
    private static String withoutNumbering(String action) {
        Matcher named = NAMED_REFERENCE.matcher(action);
        return named.lookingAt() ? action.substring(named.end()) : NUMBERING.matcher(action).replaceFirst("");
    }

    /** A plan: its title, header, the table blocks it spans and its rows. */
    record Plan(@Nullable String title, TableHeader header, List<Block> tables, List<ActionDraft> rows) {
        Plan {
            tables = List.copyOf(tables);
            rows = List.copyOf(rows);
        }

        /**
         * The plan without rows that say nothing to do (a row of loose grid cells, a blank action), and with each row whose
         * action cell lists several actions read as one action each.
         */
        Plan withText() {
            return new Plan(title, header, tables, rows.stream().filter(d -> !d.text().isEmpty()).flatMap(d -> d.split().stream()).toList());
        }

        /** Whether the plan carries RAG status: a status or period column with at least one status in it. */
        boolean carriesStatus() {
            return (header.roles().contains(PlanColumn.STATUS) || header.roles().contains(PlanColumn.PERIOD))
                    && rows.stream().anyMatch(r -> r.status() != null);
        }

        /** The columns a RAG table lists: every named column that is not a status or period. */
        List<String> columns() {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < header.names().size(); c++) {
                PlanColumn role = header.roles().get(c);
                String name = header.names().get(c);
                if (!name.isBlank() && role != PlanColumn.STATUS && role != PlanColumn.PERIOD && !out.contains(name)) {
                    out.add(name);
                }
            }
            return out;
        }

        List<String> periods() {
            List<String> out = new ArrayList<>();
            for (int c : header.cols(PlanColumn.PERIOD)) {
                out.add(header.labels().get(c));
            }
            return out;
        }
    }

    /**
     * The plans among the body's tables, leaving out the blocks in {@code skip}. Every table is read through its
     * {@link TableView} (header rows, repeated headers, each column's role by header and contents), as {@code views} gives it.
     */
    static List<Plan> read(List<Block> body, Set<Block> skip, RagKey key, Function<Table, TableView> views, Warnings warnings) {
        List<Plan> plans = new ArrayList<>();
        Reading current = null;
        int lastTable = -1;
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b.table() == null || skip.contains(b)) {
                continue;
            }
            TableView view = views.apply(b.table());
            TableHeader own = TableHeader.of(view, key).orElse(null);
            TableHeader header = own != null && own.isPlan() ? own : null;
            // A table under a header of its own, printed as one (bold, shaded, repeated on each page), that is not the plan's
            // is another table: a plan's page of measures ("Indicator | Timescale | Progress") does not carry on its actions.
            boolean another = own != null && header == null && current != null && marked(view) && !own.sameAs(current.header);
            boolean adjacent = current != null && !another && gapIsShort(body, lastTable, i);
            Table onPlan = header == null && adjacent && view.colCount() != current.header.names().size() ? current.aligned(b) : null;
            if (header != null && current != null && adjacent && header.sameAs(current.header) && samePeriods(header, current.header)) {
                current.add(b, view, header.rows(), key, warnings);
            } else if (header == null && current != null && adjacent && view.colCount() == current.header.names().size()) {
                current.add(b, view, 0, key, warnings);
            } else if (onPlan != null) {
                current.add(b, TableView.of(onPlan, key), 0, key, warnings); // a continuation whose columns the reader found otherwise
            } else if (header != null) {
                if (current != null) {
                    plans.add(current.plan());
                }
                current = new Reading(Titles.before(body, i, key), header);
                current.add(b, view, header.rows(), key, warnings);
            } else {
                continue;
            }
            lastTable = i;
        }
        if (current != null) {
            plans.add(current.plan());
        }
        return plans.stream().map(Plan::withText).filter(p -> !p.rows().isEmpty()).toList();
    }

    // Whether two headers rate the same reviews: a header naming other periods ("RAG Q2 | RAG Q1" after "Status (previous) |
    // Status (current)") heads another tracker, however alike its other columns.
    private static boolean samePeriods(TableHeader a, TableHeader b) {
        List<String> mine = a.cols(PlanColumn.PERIOD).stream().map(c -> Texts.fold(a.labels().get(c))).toList();
        List<String> theirs = b.cols(PlanColumn.PERIOD).stream().map(c -> Texts.fold(b.labels().get(c))).toList();
        return mine.equals(theirs);
    }

    // Whether the table's first row is marked as a header: every cell with text in it is.
    private static boolean marked(TableView t) {
        List<Cell> named = t.row(0).stream().filter(c -> !c.isBlank()).toList();
        return !named.isEmpty() && named.stream().allMatch(Cell::header);
    }

    private static boolean gapIsShort(List<Block> body, int from, int to) {
        if (to - from - 1 > MAX_GAP) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            Block b = body.get(i);
            if (b.kind() == BlockKind.TABLE || Texts.squash(b.text()).length() > SHORT_GAP_TEXT) {
                return false;
            }
        }
        return true;
    }

    /** One plan being read, table by table. */
    private static final class Reading {
        final @Nullable String title;
        final TableHeader header;
        final List<Block> tables = new ArrayList<>();
        final List<ActionDraft> rows = new ArrayList<>();
        @Nullable String section;
        // The number of rows read before the latest group row: the rows under it take its recommendation, not the one above it.
        int sectionFrom;

        Reading(@Nullable String title, TableHeader header) {
            this.title = title;
            this.header = header;
        }

        Plan plan() {
            return new Plan(title, header, tables, rows);
        }

        /**
         * A headerless table after the plan put on the plan's columns by where its cells stand on the
         * page: a reader may find a column fewer or more on a continuation page, where a column is blank
         * or a line is missing. Null where the cells have no boxes or do not fall one to a column.
         */
        @Nullable Table aligned(Block block) {
            Table t = block.table();
            int cols = header.names().size();
            // The nearest table of the plan that has the plan's columns: a sheet's columns may be laid out anew on each page.
            Table before = null;
            for (int i = tables.size() - 1; i >= 0 && before == null; i--) {
                before = tables.get(i).table().colCount() == cols ? tables.get(i).table() : null;
            }
            if (before == null) {
                return null;
            }
            float[] x0 = new float[cols];
            float[] x1 = new float[cols];
            for (int c = 0; c < cols; c++) {
                int col = c;
                Cell edge = before.cells().stream().filter(k -> k.col() == col && k.colSpan() == 1 && k.box() != null).findFirst().orElse(null);
                if (edge == null) {
                    return null;
                }
                x0[c] = edge.box().x0();
                x1[c] = edge.box().x1();
            }
            List<Cell> cells = new ArrayList<>();
            boolean[][] taken = new boolean[t.rowCount()][cols];
            for (Cell c : t.cells()) {
                if (c.box() == null) {
                    return null;
                }
                int from = column(x0, x1, c.box().x0() + EDGE);
                int to = column(x0, x1, c.box().x1() - EDGE);
                if (from < 0 || to < from) {
                    return null;
                }
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int k = from; k <= to; k++) {
                        if (taken[r][k]) {
                            return null; // two cells in one of the plan's columns
                        }
                        taken[r][k] = true;
                    }
                }
                cells.add(new Cell(c.row(), from, c.rowSpan(), to - from + 1, c.header(), c.text(), c.blocks(), c.fill(), c.textColor(), c.box(),
                        c.start(), c.end()));
            }
            return new Table(cells, t.rowCount(), cols, t.box());
        }

        private static int column(float[] x0, float[] x1, float x) {
            for (int c = 0; c < x0.length; c++) {
                if (x >= x0[c] && x < x1[c]) {
                    return c;
                }
            }
            return -1;
        }

        void add(Block block, TableView t, int headerRows, RagKey key, Warnings warnings) {
            boolean continued = !tables.isEmpty();
            tables.add(block);
            // The first row after a page break, whether the break starts a new table or falls inside one joined across it,
            // may repeat the tail of the header or carry on the row the break cut.
            boolean firstRow = continued;
            int lastPage = block.page();
            for (int r = headerRows; r < t.rowCount(); r++) {
                int page = rowPage(t, r, lastPage);
                firstRow |= page > lastPage;
                lastPage = page;
                if (header.repeatedIn(t.table(), r) || firstRow && header.tailIn(t.table(), r)) {
                    continue;
                }
                if (t.row(r).stream().allMatch(c -> c.isBlank() && c.fill() == null)) {
                    continue;
                }
                if (isPeriodRow(t, r)) {
                    continue; // the labels of a RAG grid cut loose into the plan's table
                }
                String sectionRow = sectionRow(t, r, firstRow);
                if (sectionRow == null) {
                    sectionRow = recommendationRow(t, r);
                }
                if (sectionRow != null) {
                    // "Ofsted:", "Area for improvement 2:", "AFI 3 –": the source a group row's recommendation is quoted from, not its words.
                    section = SourceLabels.strip(sectionRow);
                    sectionFrom = rows.size();
                    firstRow = false;
                    continue;
                }
                readRow(block, t, r, firstRow, key, warnings);
                firstRow = false;
            }
        }

        // The page a row starts on: the earliest page of the cells that start in it, else the page of the row before.
        private static int rowPage(TableView t, int r, int before) {
            int page = Integer.MAX_VALUE;
            for (Cell c : t.row(r)) {
                int p = TableView.pageOf(c, 0);
                if (p > 0) {
                    page = Math.min(page, p);
                }
            }
            return page == Integer.MAX_VALUE ? before : page;
        }

        private static boolean isPeriodRow(TableView t, int r) {
            List<Cell> filled = t.row(r).stream().filter(c -> !c.isBlank()).toList();
            return filled.size() >= 2 && filled.stream().allMatch(c -> PeriodLabels.isPeriod(Texts.squash(c.text())));
        }

        // A row holding one text across the table ("Priority 2: Early help", "Recommendation 1: …"): it heads the rows under
        // it. A writer without merged cells (text with pipes or tabs) prints that text in every column it spans.
        private @Nullable String sectionRow(TableView t, int r, boolean afterBreak) {
            List<Cell> filled = t.row(r).stream().filter(c -> !c.isBlank()).toList();
            if (t.colCount() < 3) {
                return null;
            }
            if (filled.size() == t.colCount() && filled.stream().map(c -> Texts.fold(c.text())).distinct().count() == 1) {
                return Texts.squash(filled.get(0).text());
            }
            if (filled.size() != 1) {
                return null;
            }
            Cell c = filled.get(0);
            return c.colSpan() * 2 >= t.colCount() || headsRows(t, r, c, header.col(PlanColumn.REFERENCE) == 0, afterBreak) ? Texts.squash(c.text()) : null;
        }

        // A first cell with nothing beside it that heads the rows under it, where the table has no merged cell to span with
        // (a PDF drawn without rules, a Word table left unmerged): its text opens with a group label ("Priority 1:") or it is
        // shaded where the row under it is not, and the row under it fills the columns it leaves blank.
        private static boolean headsRows(TableView t, int r, Cell c, boolean underReference, boolean afterBreak) {
            if (c.col() != 0 || r + 1 >= t.rowCount()) {
                return false;
            }
            for (int k = 1; k < t.colCount(); k++) {
                Cell other = t.cellAt(r, k);
                if (other != null && other.row() != r) {
                    return false; // a cell merged down from the row above: this row carries on that one
                }
            }
            Cell under = t.cellAt(r + 1, 0);
            boolean filledBelow = under != null && under.row() == r + 1 && !under.isBlank()
                    && t.row(r + 1).stream().anyMatch(o -> o.col() > 0 && !o.isBlank());
            if (!filledBelow) {
                return false;
            }
            String text = Texts.squash(c.text());
            boolean labelled = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && hasDigitEarly(text)
                    && GROUP_LABEL.matcher(text).lookingAt();
            // The first row after a page break may carry on the cut action's words ("Healthy Places programme"): no heading.
            return labelled || c.fill() != null && under.fill() == null || !afterBreak && unmarkedHeading(text, underReference);
        }

        /**
         * A group row printed with no label and no shading ("Children in care", "Leadership and governance" alone in the
         * first column, the actions under it with their leads and dates): a few words that name an area, not a sentence and
         * not something to do; under a reference column, any words, where a reference is a number. An action whose lead and
         * date are still blank starts with what is to be done ("Audit return home interviews"), and stays an action.
         */
        private static boolean unmarkedHeading(String text, boolean underReference) {
            if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || text.endsWith(".") || text.endsWith(";")) {
                return false;
            }
            int words = text.split(" ").length;
            if (underReference) {
                return words >= 2 && !hasDigitEarly(text.substring(0, Math.min(text.length(), 4)));
            }
            return words <= MAX_HEADING_WORDS && !ActionVerbs.leads(text);
        }

        private static boolean hasDigitEarly(String text) {
            for (int i = 0; i < Math.min(text.length(), 48); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        // A row filled only in its first cells, its number the parent of the next row's ("1" over "1.1", "1.2"): the
        // recommendation the rows under it answer, written where a spanning row has no merged cell to span with.
        private @Nullable String recommendationRow(TableView t, int r) {
            if (t.colCount() < 4 || r + 1 >= t.rowCount()) {
                return null;
            }
            int filledTo = -1;
            for (Cell c : t.row(r)) {
                if (!c.isBlank()) {
                    filledTo = Math.max(filledTo, c.col() + c.colSpan() - 1);
                }
            }
            if (filledTo < 0 || filledTo > 1 || t.row(r).stream().filter(c -> !c.isBlank()).count() != filledTo + 1) {
                return null;
            }
            String ref = referenceOf(t, r);
            String child = referenceOf(t, r + 1);
            if (ref.isEmpty() || !child.startsWith(ref) || !child.substring(ref.length()).matches("\\.\\d{1,2}.*|[a-z]")) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            for (int c = 0; c <= filledTo; c++) {
                String cell = text(t, r, c, false);
                if (c != header.col(PlanColumn.REFERENCE) && !cell.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(cell);
                }
            }
            String rec = NUMBERING.matcher(text.toString()).replaceFirst("");
            return rec.isEmpty() ? null : rec;
        }

        // A row's number: its reference cell, else the number its action opens with.
        private String referenceOf(TableView t, int r) {
            String ref = text(t, r, header.col(PlanColumn.REFERENCE), false).replaceAll("[.:)]$", "");
            if (ref.isEmpty()) {
                Matcher numbered = NUMBERING.matcher(text(t, r, header.col(PlanColumn.ACTION), false));
                ref = numbered.lookingAt() ? numbered.group(1) : "";
            }
            return ref;
        }

        private void readRow(Block block, TableView t, int r, boolean mayContinue, RagKey key, Warnings warnings) {
            String ref = text(t, r, header.col(PlanColumn.REFERENCE), true);
            String rec = NUMBERING.matcher(text(t, r, header.col(PlanColumn.RECOMMENDATION), true)).replaceFirst("");
            String action = text(t, r, header.col(PlanColumn.ACTION), false);
            Matcher numbered = NUMBERING.matcher(action);
            Matcher named = NAMED_REFERENCE.matcher(action);
            if (ref.isEmpty() && named.lookingAt()) {
                ref = named.group(1).replaceAll("[\\s()]", ""); // "(ref 2a) Add a template…": the reference, "2a"
            } else if (ref.isEmpty() && numbered.lookingAt() && ActionItems.of(t.cellAt(r, header.col(PlanColumn.ACTION))).isEmpty()) {
                ref = numbered.group(1); // "1.2 Report timeliness…" in a plan with no reference column; "1. … 2. …" is a list, not a reference
            }
            boolean refInRecommendation = ref.isEmpty() && ONLY_REFERENCE.matcher(rec).matches();
            if (refInRecommendation) {
                ref = rec; // "Rec 2" under "Recommendation": the number of one listed above, no text of its own
                rec = "";
            }
            ActionDraft previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            ActionDraft d;
            // The first row after a page break continues the row before it where it has no number of its own and its texts
            // carry on mid-sentence; a new recommendation in that place starts with a capital. Where only the previous text's
            // open end says so, a row with its own owner or date beside an action that has one is a new action: a break cuts
            // the long cells of a row, and leaves its one-line cells blank on the next page.
            boolean carriesOn = !action.isEmpty() && startsLower(action) || !rec.isEmpty() && startsLower(rec);
            if (mayContinue && previous != null && ref.isEmpty() && (rec.isEmpty() || startsLower(rec))
                    && (action.isEmpty() || startsLower(action) || !endsSentence(previous.text()))
                    && (carriesOn || !fillsOwnOrDue(t, r, previous))) {
                d = previous;
                d.joined = true;
                if (!rec.isEmpty()) {
                    d.recommendation = d.recommendation == null ? rec : d.recommendation + " " + rec;
                }
            } else {
                d = new ActionDraft();
                // A blank recommendation cell puts the row under the recommendation above it; a blank reference too, its number.
                boolean underPrevious = previous != null && rec.isEmpty() && !refInRecommendation && header.col(PlanColumn.RECOMMENDATION) >= 0
                        && (section == null || rows.size() > sectionFrom);
                // A "Recommendation" or "Rec no." column of numbers: a blank there is the recommendation above, as a blank text would be.
                int refCol = header.col(PlanColumn.REFERENCE);
                boolean refNamesRecommendation = refCol >= 0 && PlanColumn.namesRecommendation(header.names().get(refCol));
                // An unruled plan's recommendation printed down beside several actions: the row's words carry its sentence on
                // ("timeliness of assessments" under "Improve the quality and"), so the row is under it and its words are its.
                boolean recommendationGoesOn = previous != null && ref.isEmpty() && !rec.isEmpty() && startsLower(rec)
                        && previous.recommendation != null && !endsSentence(previous.recommendation);
                if (recommendationGoesOn) {
                    String before = previous.recommendation;
                    String whole = before + " " + rec;
                    rows.stream().filter(r0 -> before.equals(r0.recommendation)).forEach(r0 -> r0.recommendation = whole);
                    rec = "";
                    underPrevious = true;
                }
                d.reference = !ref.isEmpty() ? ref : underPrevious || previous != null && refNamesRecommendation ? previous.reference : null;
                d.recommendation = !rec.isEmpty() ? rec : underPrevious ? previous.recommendation : section;
                rows.add(d);
            }
            boolean continuing = d == previous;
            for (int c = 0; c < t.colCount(); c++) {
                Cell cell = t.cellAt(r, c);
                if (cell == null || cell.col() != c) {
                    continue; // no cell, or the rest of a cell spanning columns
                }
                boolean own = cell.row() == r;
                PlanColumn role = c < header.roles().size() ? header.roles().get(c) : PlanColumn.OTHER;
                String name = c < header.names().size() ? header.names().get(c) : "";
                if (own) {
                    d.cover(TableView.pageOf(cell, block.page()), cell.start(), cell.end(), cell);
                    if (!continuing) {
                        keepCell(d, role, c, name, cell);
                    }
                } else if (continuing || role == PlanColumn.ACTION || role == PlanColumn.REFERENCE || role == PlanColumn.RECOMMENDATION) {
                    continue; // a cell merged down from the row above counts for each action it spans, once
                }
                if (role == PlanColumn.STATUS || role == PlanColumn.PERIOD) {
                    RagStatus s = key.status(cell, TableHeader.bandFill(t.table(), r)).orElse(null);
                    if (s == null && role == PlanColumn.STATUS && !cell.isBlank() && !key.unrated(cell)) {
                        s = key.inProse(cell.text()).orElse(null); // "Completed in March 2021" under "Status"
                    }
                    if (s == null && own && key.unreadable(cell)) {
                        warnings.add(WarningCode.UNKNOWN_STATUS, "status cell with fill " + cell.fill() + " maps to no status",
                                TableView.pageOf(cell, block.page()));
                    }
                    if (role == PlanColumn.PERIOD) {
                        d.period(header.labels().get(c), s);
                    } else if (s != null) {
                        d.stated = s; // of several status columns that name no review, the rightmost is the latest, as trackers print them
                    }
                    continue;
                }
                if (cell.isBlank()) {
                    continue;
                }
                // The action's cell as printed, its points' bullets or numbers kept where a reader set them apart as markers.
                String value = role == PlanColumn.ACTION ? ActionItems.printed(cell) : cell.text().strip();
                append(d, role, c, value, continuing);
                if (!name.isBlank()) {
                    d.cells.merge(name, value, (x, y) -> x + " " + y);
                }
            }
            if (d.text.isEmpty() && d.recommendation != null) {
                d.text.add(d.recommendation);
            }
        }

        // Whether the row has an owner or due value of its own where the previous action already has one.
        private boolean fillsOwnOrDue(TableView t, int r, ActionDraft previous) {
            return !previous.owners.isEmpty() && !text(t, r, header.col(PlanColumn.OWNER), false).isEmpty()
                    || !previous.dues.isEmpty() && !text(t, r, header.col(PlanColumn.DUE), false).isEmpty();
        }

        // The row's own action, owner and due cells, whose lists a row of several actions is split by.
        private void keepCell(ActionDraft d, PlanColumn role, int c, String name, Cell cell) {
            if (role == PlanColumn.ACTION && c == header.col(PlanColumn.ACTION)) {
                d.actionCell = cell;
                d.actionColumn = name.isBlank() ? null : name;
            } else if (role == PlanColumn.OWNER && c == header.col(PlanColumn.OWNER)) {
                d.ownerCell = cell;
                d.ownerColumn = name.isBlank() ? null : name;
            } else if (role == PlanColumn.DUE && c == header.col(PlanColumn.DUE)) {
                d.dueCell = cell;
                d.dueColumn = name.isBlank() ? null : name;
            }
        }

        private void append(ActionDraft d, PlanColumn role, int c, String value, boolean continuing) {
            switch (role) {
                case ACTION -> {
                    if (c == header.col(PlanColumn.ACTION)) {
                        joinOnto(d.text, d.text.isEmpty() ? withoutNumbering(value) : value);
                    }
                }
                case OWNER -> {
                    if (c == header.col(PlanColumn.OWNER)) {
                        String owner = Texts.squash(value);
                        if (continuing && !d.owners.isEmpty()) {
                            // "Head of" at the foot of one page, "Children's Social Care" at the head of the next
                            List<String> all = new ArrayList<>(d.owners);
                            owner = all.get(all.size() - 1) + " " + owner;
                            d.owners.remove(all.get(all.size() - 1));
                        }
                        d.owners.add(owner);
                    }
                }
                case DUE -> {
                    if (c == header.col(PlanColumn.DUE)) {
                        joinOnto(d.dues, Texts.squash(value));
                    }
                }
                case PROGRESS -> joinOnto(d.progress, value);
                case SCORE -> d.score = Texts.squash(value); // the last score column is the latest review's
                case DIRECTION -> d.direction = Texts.squash(value);
                case OUTCOME -> d.outcomes.add(value);
                default -> { }
            }
        }

        // A cell continued from the previous page joins the text it continues; a first cell starts a new entry.
        private static void joinOnto(List<String> parts, String value) {
            if (parts.isEmpty()) {
                parts.add(value);
            } else {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + value);
            }
        }

        private static boolean startsLower(String s) {
            return Character.isLowerCase(s.codePointAt(0));
        }

        private static boolean endsSentence(String s) {
            return s.isEmpty() || s.matches("(?s).*[.!?)\\]]\\s*$");
        }

        // A cell's text where the cell starts in this row; a cell merged down from above counts only where carried is true.
        private static String text(TableView t, int r, int c, boolean carried) {
            if (c < 0) {
                return "";
            }
            Cell cell = t.cellAt(r, c);
            if (cell == null || !carried && cell.row() != r) {
                return "";
            }
            return Texts.squash(cell.text());
        }
    }
}
