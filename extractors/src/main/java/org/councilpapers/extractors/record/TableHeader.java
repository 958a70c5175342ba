package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.PeriodLabels;

/**
 * The header of a plan or scorecard table: how many rows it takes, each column's name and role.
 * A header may take two rows ("RAG rating" spanning "Latest | Previous"): a column's name joins
 * its header texts top to bottom. Roles named by the header are checked against the column's
 * cells, because headers mislead: "Update April 17" over the scores 1, 2, 3 is a score column.
 *
 * @param rows   the number of header rows
 * @param names  each column's name ("" where the header is blank)
 * @param labels each column's lowest header text, which names a period column's period ("Latest" under "RAG rating")
 * @param roles  each column's role
 */
record TableHeader(int rows, List<String> names, List<String> labels, List<PlanColumn> roles) {
    private static final int MAX_HEADER_TEXT = 80;

    TableHeader {
        names = List.copyOf(names);
        labels = List.copyOf(labels);
        roles = List.copyOf(roles);
    }

    /** The table's header, if its first row (or a title row and the row under it) reads as one. */
    static Optional<TableHeader> of(Table t, RagKey key) {
        if (t.rowCount() < 1 || t.colCount() < 2) {
            return Optional.empty();
        }
        int first = t.rowCount() > 1 && isTitleRow(t, 0) ? 1 : 0;
        // A header left alone at the foot of a page is a table of one row; it must name its columns outright.
        boolean alone = first == t.rowCount() - 1;
        if (!isHeaderLike(t, first, key) || alone && !namesColumns(t, first)) {
            return Optional.empty();
        }
        int rows = first + 1;
        // A second level: the first row spans columns that the next row names ("RAG rating" over "Latest | Previous").
        if (rows < t.rowCount() - 1 && t.row(first).stream().anyMatch(c -> c.colSpan() > 1 && !c.isBlank())
                && isHeaderLike(t, rows, key) && t.row(rows).stream().noneMatch(c -> c.text().length() > 40)) {
            rows++;
        }
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<PlanColumn> roles = new ArrayList<>();
        for (int c = 0; c < t.colCount(); c++) {
            List<String> parts = new ArrayList<>();
            for (int r = first; r < rows; r++) {
                Cell cell = t.cellAt(r, c);
                String s = cell == null ? "" : Texts.squash(cell.text());
                if (!s.isEmpty() && !parts.contains(s)) {
                    parts.add(s);
                }
            }
            String name = String.join(" ", parts);
            names.add(name);
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            labels.add(last);
            PlanColumn role = PeriodLabels.isPeriod(last) ? PlanColumn.PERIOD : PlanColumn.of(name);
            roles.add(checked(t, rows, c, role, key));
        }
        return Optional.of(new TableHeader(rows, names, labels, roles));
    }

    /** Whether the header makes the table an action plan: what is to be done, and who, when, how far or what status. */
    boolean isPlan() {
        boolean what = roles.contains(PlanColumn.ACTION) || roles.contains(PlanColumn.RECOMMENDATION);
        boolean more = roles.stream().anyMatch(r -> r == PlanColumn.OWNER || r == PlanColumn.DUE || r == PlanColumn.PROGRESS
                || r == PlanColumn.STATUS || r == PlanColumn.PERIOD || r == PlanColumn.SCORE);
        return what && more;
    }

    /** The columns of one role, left to right. */
    List<Integer> cols(PlanColumn role) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) == role) {
                out.add(c);
            }
        }
        return out;
    }

    /** The best column of a role (for owners, an "owner" column over a "lead" one), or -1. */
    int col(PlanColumn role) {
        int best = -1;
        int bestRank = 0;
        for (int c : cols(role)) {
            int rank = PlanColumn.rank(names.get(c), role);
            if (rank > bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Whether another header names the same columns: a plan's header repeated on each page, perhaps
     * cut short where a page break split it ("Score - please" for "Score - please select").
     */
    boolean sameAs(TableHeader o) {
        if (names.size() != o.names.size()) {
            return false;
        }
        int same = 0;
        int named = 0;
        for (int c = 0; c < names.size(); c++) {
            String a = Texts.fold(names.get(c));
            String b = Texts.fold(o.names.get(c));
            if (!a.isEmpty() || !b.isEmpty()) {
                named++;
                same += a.equals(b) ? 1 : 0;
            }
        }
        return same * 2 > named;
    }

    // Three or more header texts, each naming a role: "Actions | Action completed by | Responsible Officer".
    private static boolean namesColumns(Table t, int r) {
        List<Cell> named = t.row(r).stream().filter(c -> !c.isBlank()).toList();
        return named.size() >= 3 && named.stream().allMatch(c -> PlanColumn.of(Texts.squash(c.text())) != PlanColumn.OTHER);
    }

    /** Whether a row of a table repeats this header. */
    boolean repeatedIn(Table t, int row) {
        List<String> texts = t.rowTexts(row);
        int same = 0;
        int filled = 0;
        for (int c = 0; c < Math.min(texts.size(), names.size()); c++) {
            if (!texts.get(c).isBlank()) {
                filled++;
                if (Texts.fold(texts.get(c)).equals(Texts.fold(names.get(c)))) {
                    same++;
                }
            }
        }
        return filled > 0 && same * 2 > filled;
    }

    /**
     * Whether a row holds the rest of the header's texts, cut off by a page break: each of its texts
     * ends its column's name ("select" under "Score - please", "Who" under "Owner(s) -").
     */
    boolean tailIn(Table t, int row) {
        List<String> texts = t.rowTexts(row);
        int filled = 0;
        for (int c = 0; c < Math.min(texts.size(), names.size()); c++) {
            String v = Texts.fold(texts.get(c));
            if (v.isEmpty()) {
                continue;
            }
            String name = Texts.fold(names.get(c));
            if (!name.endsWith(v) || name.length() == v.length()) {
                return false;
            }
            filled++;
        }
        return filled >= 1;
    }

    /**
     * Whether a row is filled from edge to edge (a band of shading, a sub-header): colour there is
     * decoration, not status, which a RAG table gives in some cells of a row and not in others.
     */
    static boolean shadedRow(Table t, int r) {
        for (int c = 0; c < t.colCount(); c++) {
            Cell cell = t.cellAt(r, c);
            if (cell == null || cell.fill() == null) {
                return false;
            }
        }
        return t.colCount() > 1;
    }

    // A title across the whole table over the real header: one non-blank cell spanning every column.
    private static boolean isTitleRow(Table t, int r) {
        List<Cell> cells = t.row(r).stream().filter(c -> !c.isBlank()).toList();
        return cells.size() == 1 && cells.get(0).colSpan() == t.colCount() && t.colCount() > 1;
    }

    // Short texts, at least two of them, none a status or a long sentence: the cells of a header row.
    private static boolean isHeaderLike(Table t, int r, RagKey key) {
        List<Cell> cells = t.row(r);
        if (cells.stream().anyMatch(c -> c.text().length() > MAX_HEADER_TEXT)) {
            return false;
        }
        if (cells.stream().anyMatch(Cell::header)) {
            return true;
        }
        long named = cells.stream().filter(c -> !c.isBlank()).count();
        return named >= 2 && cells.stream().allMatch(c -> (c.isBlank() || key.word(c.text()).isEmpty()) && (c.fill() == null || key.colour(c.fill()).isEmpty() || c.header()));
    }

    // The role the header names, corrected by what the column holds.
    private static PlanColumn checked(Table t, int from, int c, PlanColumn role, RagKey key) {
        int filled = 0;
        int numbers = 0;
        int statuses = 0;
        int coloured = 0;
        int prose = 0;
        for (int r = from; r < t.rowCount(); r++) {
            Cell cell = t.cellAt(r, c);
            if (cell == null || cell.row() != r || cell.col() != c) {
                continue;
            }
            if (key.status(cell).isPresent()) {
                statuses++;
            }
            if (!shadedRow(t, r) && (key.colour(cell.fill()).isPresent() || !cell.isBlank() && key.colour(cell.textColor()).isPresent())) {
                coloured++;
            }
            if (cell.isBlank()) {
                continue;
            }
            filled++;
            String s = Texts.squash(cell.text());
            if (s.matches("\\d{1,3}(?:\\.\\d)?")) {
                numbers++;
            } else if (s.split(" ").length > 6) {
                prose++;
            }
        }
        if ((role == PlanColumn.PROGRESS || role == PlanColumn.OTHER || role == PlanColumn.PERIOD) && filled > 0 && numbers == filled
                && coloured == 0) {
            return PlanColumn.SCORE; // "Update April 17" over 1, 2, 3
        }
        if ((role == PlanColumn.ACTION || role == PlanColumn.RECOMMENDATION) && filled > 0 && numbers == filled) {
            return PlanColumn.OTHER; // "Actions Completed / Closed" over counts: a summary, not a plan
        }
        if (role == PlanColumn.PROGRESS && filled >= 2 && prose == 0 && statuses * 4 >= filled * 3) {
            return PlanColumn.STATUS; // "Progress" over On track / At risk / Off track / Complete: how far, said as a status
        }
        if (role == PlanColumn.STATUS && prose * 2 > Math.max(1, filled) && statuses * 2 < filled) {
            return PlanColumn.PROGRESS; // "Status update" over paragraphs of prose
        }
        if (role == PlanColumn.OTHER && coloured >= 2 && coloured * 2 >= t.rowCount() - from) {
            return PlanColumn.STATUS; // an unnamed column of coloured cells; words there may mean anything ("Green" under "Party")
        }
        return role;
    }
}
