package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.HasBox;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.table.PlanColumn;
import org.councilpapers.extractors.table.TableHeader;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.DueDates;
import org.councilpapers.extractors.vocab.PeriodLabels;
import org.councilpapers.extractors.vocab.PersonNames;
import org.jspecify.annotations.Nullable;

/**
 * Reads statements of action, where each action is led by a reference ("A1. Management
 * oversight", "B2: Enable the voice…") with lettered sub-actions under it, a responsible officer
 * and completion date for each, a RAG grid of review periods (period labels over coloured
 * cells), and a progress update printed after its table ("A1 progress update – July 2021 to
 * September 2021"). Such statements reach us in every state: one table per action, tables cut
 * at page breaks, a grid nested in the action's cell or set loose after it, columns shifted. So
 * the reader does not trust the table grid: it walks the document's text, cells included, in
 * reading order and follows the references, taking dates, officers and outcomes by what they
 * look like and periods from the grids.
 */
final class StatementReader {
    private static final String REF = "(?:[A-Z]{1,3}\\d{1,2}(?:\\.\\d{1,2})?|\\d{1,2}\\.\\d{1,2})";
    // "A1. Management oversight", "A3: Governance", "B1 - Develop", "1.1 Introduce": a reference, then the action.
    private static final Pattern REF_START = Pattern.compile("^(" + REF + ")(?:\\s*[.:)]\\s*|\\s+[-–]\\s+|\\s+(?=[A-Z]))(\\S.*)$", Pattern.DOTALL);
    private static final Pattern QUARTER = Pattern.compile("Q[1-4]");
    // "A1 progress update – July 2021 to September 2021:", "B1 Progress update:- …", "Progress update:".
    private static final Pattern PROGRESS_HEAD = Pattern.compile(
            "^(?:(" + REF + ")\\s*[.:]?\\s+)?(?i:progress\\s+(?:update|report|to\\s+date|made|summary))\\b(.*)$", Pattern.DOTALL);
    private static final Pattern PERIOD_PHRASE = Pattern.compile(
            "(?i)^[\\s:–—-]*(?:(?:from\\s+)?(?:[a-z]+\\.?\\s+)?(?:\\d{4}\\s*)?(?:to|–|—|-|until)\\s*(?:the\\s+)?(?:end\\s+(?:of\\s+)?)?[a-z]+\\.?\\s+\\d{4}"
                    + "|(?:q|quarter)\\s*[1-4](?:\\s+\\d{4}(?:/\\d{2,4})?)?)?[\\s:–—-]*");
    // "Area of Concern 2: …", "Priority 3 - …", "Recommendation 4: …": a section whose actions implement what it states.
    private static final Pattern SECTION = Pattern.compile(
            "(?i)^(?:area\\s+(?:of|for)\\s+(?:concern|improvement|development)|priority|strand|theme|objective|work\\s?stream|recommendation"
                    + "|section|part)\\s+\\d{1,2}\\b\\s*[.:)–-]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern RAG_LABEL = Pattern.compile("(?i)^(?:b?r?ag)?\\s*(?:rating|status)?\\s*:?$");
    private static final Pattern OUTCOMES_LABEL = Pattern.compile(
            "(?i)^(?:outcomes?(?:\\s+and\\s+measures)?|and\\s+as\\s+a\\s+result|as\\s+a\\s+result|evidenced\\s+by|success\\s+measures?|impact)\\s*[:.]?$");
    private static final Pattern OFFICER_CODE = Pattern.compile("[A-Z][A-Z0-9&]{1,11}");
    private static final Pattern BLANK_PAGE = Pattern.compile("(?i).*\\bintentionally\\s+(?:been\\s+)?left\\s+blank\\b.*");
    // "98: Commissioning of provision": a label that should have been a reference, before the action's heading.
    private static final Pattern STRAY_LABEL = Pattern.compile("^\\S{1,4}[:.]\\s+(?=\\S)");
    private static final Pattern LETTERED = Pattern.compile("\\(?[A-Za-z0-9]{1,4}(?:\\.[0-9]{1,2})*[.)]?");
    private static final Pattern NO_WORDS = Pattern.compile("(?i)[^\\p{L}\\p{N}]*|page\\s+\\d{1,4}");
    private static final int SHORT_LINE = 50;
    private static final int HEADING_LINE = 80;
    private static final int LIST_RUN = 3;

    private StatementReader() {}

    /** A statement: its title, the names of its columns, its actions in order, and the table blocks it was read from. */
    record Statement(@Nullable String title, List<String> columns, List<ActionDraft> actions, Set<Block> tables) {
        Statement {
            columns = List.copyOf(columns);
            actions = List.copyOf(actions);
            tables = Set.copyOf(tables);
        }
    }

    private enum Mode { IDLE, ACTION, PROGRESS }

    private enum Kind { TEXT, STATUS, TABLE_START }

    /** One piece of the walk: a paragraph (of the body or a cell), a period's status, or the start of a table. */
    private record Piece(Kind kind, String text, int page, int start, int end, HasBox placed, Block top, int col,
            @Nullable PlanColumn role, boolean listItem, boolean heading, boolean beforeTable,
            @Nullable String period, @Nullable RagStatus status) {
        boolean inTable() {
            return col >= 0;
        }
    }

    /** Reads the statement of action in the body, if it holds one (two or more actions). */
    static Optional<Statement> read(List<Block> body, RagKey key, Function<Table, TableView> views, Warnings warnings) {
        Walk walk = new Walk(key, views, warnings);
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b.table() != null) {
                walk.accept(new Piece(Kind.TABLE_START, "", b.page(), b.start(), b.end(), b, b, -1, null, false, false, false, null, null));
                walk.table(b, b.table(), true);
            } else {
                boolean beforeTable = i + 1 < body.size() && body.get(i + 1).table() != null;
                walk.accept(new Piece(Kind.TEXT, printed(b), b.page(), b.start(), b.end(), b, b, -1, null,
                        b.kind() == BlockKind.LIST_ITEM, b.kind() == BlockKind.HEADING, beforeTable, null, null));
            }
        }
        walk.finish();
        List<ActionDraft> actions = walk.drafts.stream().filter(walk::isAction).toList();
        // One reference alone is a statement only with both marks of one, a grid and a progress update.
        if (actions.isEmpty() || actions.size() == 1 && (!actions.get(0).hasGrid || actions.get(0).progressText() == null)) {
            return Optional.empty();
        }
        Set<Block> tables = identitySet();
        for (ActionDraft d : actions) {
            tables.addAll(walk.blocksOf.get(d));
        }
        int first = body.indexOf(walk.firstBlockOf.get(actions.get(0)));
        List<String> columns = walk.columns(actions);
        for (ActionDraft d : actions) {
            fillCells(d, columns);
        }
        return Optional.of(new Statement(Titles.before(body, first, key), columns, actions, tables));
    }

    // A table block's hash walks every cell of its table, and the walk adds the block once per cell it reads: by identity, that stays linear.
    private static Set<Block> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    // A list item's text with its number or letter as printed: "1.2 Progress update", "e) The board will…". Bullets are left off.
    private static String printed(Block b) {
        String text = Texts.squash(b.text());
        String marker = b.marker();
        return b.kind() == BlockKind.LIST_ITEM && marker != null && LETTERED.matcher(marker).matches() ? marker + " " + text : text;
    }

    // The RAG table's cells for one action, under the statement's own column names where it has a header.
    private static void fillCells(ActionDraft d, List<String> columns) {
        put(d, columns.get(0), d.text());
        put(d, columns.get(1), String.join("; ", d.dues.stream().map(Texts::squash).distinct().toList()));
        put(d, columns.get(2), d.owner());
        put(d, columns.get(3), String.join("\n", d.outcomes.stream().distinct().toList()));
        put(d, columns.get(4), d.progressText());
    }

    private static void put(ActionDraft d, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            d.cells.put(column, value);
        }
    }

    /** The walk through the document: a small state machine over the pieces. */
    private static final class Walk {
        final RagKey key;
        final Function<Table, TableView> views;
        final Warnings warnings;
        final List<ActionDraft> drafts = new ArrayList<>();
        final Map<ActionDraft, Set<Block>> blocksOf = new HashMap<>();
        final Map<ActionDraft, Block> firstBlockOf = new HashMap<>();
        final Map<ActionDraft, TableHeader> headerOf = new HashMap<>();
        final Set<ActionDraft> anonymous = new HashSet<>();
        final List<Piece> pending = new ArrayList<>();
        Mode mode = Mode.IDLE;
        @Nullable ActionDraft current;
        @Nullable ActionDraft progressOf;
        @Nullable String section;
        @Nullable TableHeader header;
        boolean inOutcomes;

        Walk(RagKey key, Function<Table, TableView> views, Warnings warnings) {
            this.key = key;
            this.views = views;
            this.warnings = warnings;
        }

        /** The table's pieces in reading order: cell paragraphs, nested tables, and the statuses of period grids. */
        void table(Block top, Table t, boolean outer) {
            List<PlanColumn> roles = null;
            int from = 0;
            if (outer) {
                TableHeader h = TableHeader.of(views.apply(t), key).filter(TableHeader::isPlan).orElse(null);
                if (h != null && (h.roles().contains(PlanColumn.RECOMMENDATION) || h.roles().contains(PlanColumn.REFERENCE))) {
                    // A plan with its own reference or recommendation column is a plan of rows, read by PlanTables; it ends any action here.
                    endProgress(true);
                    mode = Mode.IDLE;
                    current = null;
                    return;
                }
                if (h != null) {
                    header = h;
                    from = h.rows();
                    roles = h.roles();
                } else if (header != null && mode == Mode.ACTION && header.roles().size() == t.colCount()) {
                    roles = header.roles(); // a headerless table as wide as the last header continues its columns
                }
            }
            Set<Cell> consumed = new HashSet<>();
            for (int r = from; r < t.rowCount(); r++) {
                List<Cell> row = t.row(r);
                Set<Integer> labels = new HashSet<>();
                for (Cell c : row) {
                    if (PeriodLabels.isPeriod(Texts.squash(c.text()))) {
                        labels.add(c.col());
                    }
                }
                boolean labelRow = labels.size() >= 2;
                for (Cell c : cellsCovering(t, r)) {
                    if (c.row() < r) {
                        mergedDown(top, c, roles);
                        continue;
                    }
                    if (consumed.contains(c)) {
                        continue;
                    }
                    PlanColumn role = roles != null && c.col() < roles.size() ? roles.get(c.col()) : null;
                    if (labelRow && labels.contains(c.col())) {
                        gridStatus(top, t, r, c, consumed);
                        continue;
                    }
                    if (role == PlanColumn.STATUS || role == PlanColumn.PERIOD) {
                        String period = role == PlanColumn.PERIOD ? header.labels().get(c.col()) : null;
                        accept(status(top, c, period, key.status(c).orElse(null)));
                        continue;
                    }
                    for (Block inner : c.blocks()) {
                        if (inner.table() != null) {
                            table(top, inner.table(), false);
                        } else {
                            accept(new Piece(Kind.TEXT, printed(inner), inner.page(), inner.start(), inner.end(), c, top, c.col(),
                                    role, inner.kind() == BlockKind.LIST_ITEM, false, false, null, null));
                        }
                    }
                }
            }
        }

        // The cells a row holds, left to right: its own, and those merged down into it from rows above.
        private static List<Cell> cellsCovering(Table t, int r) {
            List<Cell> out = new ArrayList<>();
            for (int c = 0; c < t.colCount(); c++) {
                Cell cell = t.cellAt(r, c);
                if (cell != null && cell.col() == c) {
                    out.add(cell);
                }
            }
            return out;
        }

        // A date, officer or outcome merged down over several actions' rows belongs to each of them; its text is read again.
        private void mergedDown(Block top, Cell c, @Nullable List<PlanColumn> roles) {
            PlanColumn role = roles != null && c.col() < roles.size() ? roles.get(c.col()) : null;
            if (mode != Mode.ACTION || current == null || c.col() == 0 || role == PlanColumn.ACTION) {
                return;
            }
            for (Block inner : c.blocks()) {
                String t = printed(inner);
                if (inner.table() != null || t.isEmpty()) {
                    continue;
                }
                if (role == PlanColumn.STATUS || role == PlanColumn.PERIOD) {
                    continue;
                }
                actionLine(new Piece(Kind.TEXT, t, inner.page(), inner.start(), inner.end(), c, top, c.col(), role, false, false, false, null, null), t,
                        false);
            }
        }

        // A period label's status is the cell under it; a label under a label is the next row of labels, not a status.
        private void gridStatus(Block top, Table t, int r, Cell label, Set<Cell> consumed) {
            Cell below = r + 1 < t.rowCount() ? t.cellAt(r + 1, label.col()) : null;
            if (below != null && (below.row() != r + 1 || below.col() != label.col())) {
                below = null;
            }
            if (below != null && PeriodLabels.isPeriod(Texts.squash(below.text()))) {
                return;
            }
            RagStatus s = null;
            if (below != null) {
                consumed.add(below);
                s = key.status(below).orElse(null);
                if (s == null && key.unreadable(below)) {
                    warnings.add(WarningCode.UNKNOWN_STATUS, "RAG grid cell with fill " + below.fill() + " maps to no status",
                            TableView.pageOf(below, top.page()));
                }
            }
            accept(status(top, below != null ? below : label, Texts.squash(label.text()), s));
        }

        private static Piece status(Block top, Cell c, @Nullable String period, @Nullable RagStatus s) {
            return new Piece(Kind.STATUS, "", TableView.pageOf(c, top.page()), c.start(), c.end(), c, top, c.col(), null, false, false, false, period, s);
        }

        void accept(Piece p) {
            switch (p.kind()) {
                case TABLE_START -> tableStart(p);
                case STATUS -> status(p);
                case TEXT -> text(p);
            }
        }

        private void tableStart(Piece p) {
            if (mode != Mode.ACTION) {
                endProgress(false);
                startAnonymous(p);
            }
            touch(p);
        }

        private void status(Piece p) {
            if (mode != Mode.ACTION || current == null) {
                endProgress(false);
                startAnonymous(p);
            }
            if (p.period() != null) {
                current.period(p.period(), p.status());
            } else if (current.stated == null) {
                current.stated = p.status();
                current.hasGrid = true;
            }
            touch(p);
        }

        private void text(Piece p) {
            String t = p.text();
            if (NO_WORDS.matcher(t).matches()) {
                return; // "–", "Page 97": marks and page numbers left in the text, not content
            }
            // The word first, cheaply: the pattern's .*\b backtracks over every character of every piece.
            if (t.length() >= 20 && t.toLowerCase(Locale.ROOT).contains("intentionally") && BLANK_PAGE.matcher(t).matches()) {
                endProgress(false);
                mode = Mode.IDLE;
                return;
            }
            Matcher m = PROGRESS_HEAD.matcher(t);
            if (m.matches() && (!p.inTable() || p.col() == 0)) {
                progressHeading(p, m.group(1), PERIOD_PHRASE.matcher(m.group(2)).replaceFirst("").strip());
                return;
            }
            m = REF_START.matcher(t);
            // A number alone ("1.1") leads an action only inside a table; in running text it numbers a paragraph.
            if (m.matches() && !QUARTER.matcher(m.group(1)).matches() && (!p.inTable() || p.col() <= 1)
                    && (p.inTable() || !Character.isDigit(m.group(1).charAt(0)))
                    && (p.role() == null || p.role() == PlanColumn.ACTION || p.role() == PlanColumn.REFERENCE)) {
                startAction(p, m.group(1), m.group(2).strip());
                return;
            }
            m = SECTION.matcher(t);
            if (!p.inTable() && m.matches() && !p.listItem()) {
                endProgress(true);
                mode = Mode.IDLE;
                current = null;
                section = m.group(1).isBlank() ? null : m.group(1).strip();
                return;
            }
            if (p.heading()) {
                endProgress(true);
                mode = Mode.IDLE;
                current = null;
                return;
            }
            boolean headingLike = !p.inTable() && !p.listItem() && p.beforeTable() && t.length() <= HEADING_LINE && !t.matches(".*[.:;,]$");
            switch (mode) {
                case IDLE -> {
                    if (headingLike) {
                        startAnonymous(p);
                        current.text.add(STRAY_LABEL.matcher(t).replaceFirst(""));
                        touch(p);
                    }
                }
                case PROGRESS -> {
                    if (headingLike) {
                        endProgress(true);
                        startAnonymous(p);
                        current.text.add(STRAY_LABEL.matcher(t).replaceFirst(""));
                        touch(p);
                    } else {
                        progressLine(p, t);
                    }
                }
                case ACTION -> actionLine(p, t, true);
            }
        }

        // What a line of an action's region is: a due date, an officer, an outcome, or part of the action itself.
        private void actionLine(Piece p, String t, boolean covers) {
            ActionDraft d = current;
            if (RAG_LABEL.matcher(t).matches()) {
                return;
            }
            if (anonymous.contains(d) && !p.inTable()) {
                return; // running text after an unnamed table is no action's until a reference or heading says whose
            }
            PlanColumn role = p.role();
            if (covers) {
                touch(p);
            }
            if (role == PlanColumn.OWNER) {
                d.owners.add(t);
            } else if (role == PlanColumn.DUE) {
                d.dues.add(t);
            } else if (role == PlanColumn.OUTCOME) {
                d.outcomes.add(t);
            } else if (role == PlanColumn.PROGRESS) {
                d.progress.add(t);
            } else if (role != PlanColumn.ACTION && DueDates.isDueLine(t)) {
                d.dues.add(t);
            } else if (role != PlanColumn.ACTION && looksLikeOfficer(t)) {
                d.owners.add(t);
            } else if (!p.inTable() && OUTCOMES_LABEL.matcher(t).matches()) {
                inOutcomes = true;
            } else if (inOutcomes || p.inTable() && p.col() > 0 && role != PlanColumn.ACTION) {
                d.outcomes.add(t);
            } else {
                d.text.add(t);
            }
        }

        // Progress is prose; a run of short label lines (a list of bodies, a signature block) is where it has ended.
        private void progressLine(Piece p, String t) {
            if (!p.inTable() && !p.listItem() && t.length() <= SHORT_LINE && !t.matches(".*[.;,!?]$")) {
                pending.add(p);
                if (pending.size() >= LIST_RUN) {
                    pending.clear();
                    List<String> lines = progressOf.progress;
                    if (!lines.isEmpty() && lines.get(lines.size() - 1).endsWith(":")) {
                        lines.remove(lines.size() - 1); // "… written in consultation with:" introduced the list
                    }
                    progressOf = null;
                    mode = Mode.IDLE;
                    current = null;
                }
                return;
            }
            flushPending();
            progressOf.progress.add(t);
            touch(p);
        }

        private void flushPending() {
            if (progressOf != null) {
                for (Piece p : pending) {
                    progressOf.progress.add(p.text());
                    touch(p);
                }
            }
            pending.clear();
        }

        private void endProgress(boolean keepPending) {
            if (mode == Mode.PROGRESS) {
                if (keepPending) {
                    flushPending();
                }
                pending.clear();
                progressOf = null;
            }
        }

        private void progressHeading(Piece p, @Nullable String ref, String rest) {
            endProgress(true);
            ActionDraft target = null;
            if (ref == null) {
                target = current;
            } else if (current != null && ref.equals(current.reference)) {
                target = current;
            } else if (current != null && current.reference == null && !hasReference(ref)) {
                target = current; // the action's own reference was misprinted or lost; its progress heading names it
                current.reference = ref;
                anonymous.remove(current);
            } else {
                target = drafts.stream().filter(d -> ref.equals(d.reference)).reduce((a, b) -> b).orElse(null);
            }
            if (target == null) {
                mode = Mode.IDLE;
                current = null;
                return;
            }
            mode = Mode.PROGRESS;
            progressOf = target;
            current = target;
            touch(p);
            if (!rest.isEmpty()) {
                target.progress.add(rest);
            }
        }

        private boolean hasReference(String ref) {
            return drafts.stream().anyMatch(d -> ref.equals(d.reference));
        }

        private void startAction(Piece p, String ref, String heading) {
            endProgress(true);
            ActionDraft d;
            // A table just opened an unnamed draft for what turns out to be this action: it is this action. A line
            // printed above the table is not kept: the reference starts the action's own heading.
            if (current != null && anonymous.contains(current) && !current.hasGrid && current.text.isEmpty()) {
                d = current;
                anonymous.remove(d);
            } else {
                d = newDraft(p);
            }
            d.reference = ref;
            d.text.add(heading);
            if (p.role() != null && header != null) {
                headerOf.put(d, header);
            }
            current = d;
            mode = Mode.ACTION;
            inOutcomes = false;
            touch(p);
        }

        private void startAnonymous(Piece p) {
            ActionDraft d = newDraft(p);
            anonymous.add(d);
            current = d;
            mode = Mode.ACTION;
            inOutcomes = false;
        }

        private ActionDraft newDraft(Piece p) {
            ActionDraft d = new ActionDraft();
            d.recommendation = section;
            drafts.add(d);
            blocksOf.put(d, identitySet());
            firstBlockOf.put(d, p.top());
            return d;
        }

        private void touch(Piece p) {
            ActionDraft d = mode == Mode.PROGRESS && progressOf != null ? progressOf : current;
            if (d == null) {
                return;
            }
            d.cover(p.page(), p.start(), p.end(), p.placed());
            if (p.top().table() != null) {
                blocksOf.get(d).add(p.top());
            }
        }

        void finish() {
            endProgress(true);
        }

        /**
         * An action worth a record: named, with text, and shaped like a statement's, with a RAG grid or a
         * progress update. A reference in a plain table of actions is a plan row, which PlanTables reads.
         */
        boolean isAction(ActionDraft d) {
            return d.reference != null && !d.text().isEmpty() && d.covered() && (d.hasGrid || d.progressText() != null);
        }

        /** Column names for the RAG table: the statement's header where it printed one, else plain role names. */
        List<String> columns(List<ActionDraft> actions) {
            TableHeader h = actions.stream().map(headerOf::get).filter(Objects::nonNull).findFirst().orElse(null);
            String action = name(h, PlanColumn.ACTION, "Action");
            String due = name(h, PlanColumn.DUE, "Due");
            String owner = name(h, PlanColumn.OWNER, "Owner");
            String outcomes = name(h, PlanColumn.OUTCOME, "Outcomes");
            String progress = name(h, PlanColumn.PROGRESS, "Progress");
            return List.of(action, due, owner, outcomes, progress);
        }

        private static String name(@Nullable TableHeader h, PlanColumn role, String fallback) {
            if (h == null || h.col(role) < 0) {
                return fallback;
            }
            return h.names().get(h.col(role));
        }

        private static boolean looksLikeOfficer(String t) {
            return OFFICER_CODE.matcher(t).matches() && !PeriodLabels.isPeriod(t) || PersonNames.looksLikeName(t);
        }
    }
}
