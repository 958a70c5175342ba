package org.councilpapers.extractors.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.DueDates;
import org.councilpapers.extractors.vocab.PeriodLabels;
import org.councilpapers.extractors.vocab.RiskRegisterColumns;
import org.jspecify.annotations.Nullable;

/**
 * The header of a plan or scorecard table, as its {@link TableView} finds it: how many rows it
 * takes, each column's name and role. A header may take several rows ("RAG rating" spanning
 * "Latest | Previous"): a column's name joins its path's texts top to bottom. Roles named by the header are checked against the column's
 * cells, because headers mislead: "Update April 17" over the scores 1, 2, 3 is a score column.
 *
 * @param rows   the number of header rows
 * @param names  each column's name ("" where the header is blank)
 * @param labels each column's lowest header text, which names a period column's period ("Latest" under "RAG rating")
 * @param roles  each column's role
 */
public record TableHeader(int rows, List<String> names, List<String> labels, List<PlanColumn> roles) {

    /**
     * Copies the lists, so a header never changes after it is built.
     *
     * @param rows the number of header rows
     * @param names each column's name
     * @param labels each column's lowest header text
     * @param roles each column's role
     */
    public TableHeader {
        names = List.copyOf(names);
        labels = List.copyOf(labels);
        roles = List.copyOf(roles);
    }

    /**
     * The table's header, if it has one (see {@link TableView}), with each column's role.
     *
     * @param t the table
     * @param key the status key the paper prints
     * @return the header, empty where the table has none
     */
    public static Optional<TableHeader> of(Table t, StatusKey key) {
        return of(TableView.of(t, key), key);
    }

    /**
     * The header a table view found, with each column's role named by its header and checked against its cells.
     *
     * @param view the table's view
     * @param key the status key the paper prints
     * @return the header, empty where the view found none
     */
    public static Optional<TableHeader> of(TableView view, StatusKey key) {
        return view.header(key, () -> read(view, key));
    }

    private static Optional<TableHeader> read(TableView view, StatusKey key) {
        if (view.headerRows() == 0) {
            return Optional.empty();
        }
        Table t = view.table();
        int rows = view.headerRows();
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<PlanColumn> roles = new ArrayList<>();
        for (int c = 0; c < t.colCount(); c++) {
            ColumnPath path = view.column(c);
            names.add(path.name());
            String last = path.leaf();
            labels.add(last);
            PlanColumn role = PeriodLabels.isPeriod(last) || periodUnderStatus(view, c) ? PlanColumn.PERIOD : PlanColumn.of(path.name());
            roles.add(checked(view, rows, c, role, key));
        }
        reviews(names, labels, roles);
        byContent(view, roles);
        return Optional.of(new TableHeader(rows, names, labels, roles));
    }

    /**
     * Whether a column is one review of a status header spanning several ("Progress RAG" over "Jun | Sep | Dec", "RAG rating"
     * over "Review 1 | Review 2"): its leaf names a period no vocabulary dates, but its parent names a status and it has
     * siblings under that parent, one status each, printed left to right in time order as plans print their reviews.
     */
    private static boolean periodUnderStatus(TableView view, int c) {
        ColumnPath path = view.column(c);
        String parent = path.parent();
        if (parent == null || path.leaf().isBlank() || PlanColumn.of(parent) != PlanColumn.STATUS || PlanColumn.of(path.leaf()) == PlanColumn.STATUS) {
            return false;
        }
        List<String> over = path.parts().subList(0, path.parts().size() - 1);
        int siblings = 0;
        for (ColumnPath other : view.columns()) {
            if (other.parts().size() == path.parts().size() && other.parts().subList(0, over.size()).equals(over)) {
                siblings++;
            }
        }
        return siblings >= 2;
    }

    /**
     * Makes each of several status columns that name their review beside the status word ("RAG Nov 2025 | RAG Jan 2026",
     * "Previous RAG | Current RAG", "Status (previous) | Status (current)") a period column, labelled by its period, so the
     * latest review gives the status and the others its history. One such column alone is the plan's status column.
     */
    private static void reviews(List<String> names, List<String> labels, List<PlanColumn> roles) {
        List<Integer> cols = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) != PlanColumn.STATUS) {
                continue;
            }
            String period = PeriodLabels.inStatusHeader(names.get(c)).orElse(null);
            if (period != null && !periods.contains(period)) {
                cols.add(c);
                periods.add(period);
            }
        }
        if (cols.size() < 2) {
            return;
        }
        for (int i = 0; i < cols.size(); i++) {
            roles.set(cols.get(i), PlanColumn.PERIOD);
            labels.set(cols.get(i), periods.get(i));
        }
    }

    /**
     * Names by what they hold the columns a plan's header left unnamed: where the header names what is to be done but no
     * date or no owner, a column of timescales ("March 2026", "1-2 years", "Ongoing") is the due column and a column of
     * posts or people the owner column, whatever the header says over them ("Timescal e" cut by a page's narrow cell,
     * "Phase", "Officer"). The plan's own naming wins wherever it names the role.
     */
    private static void byContent(TableView view, List<PlanColumn> roles) {
        if (!roles.contains(PlanColumn.ACTION) && !roles.contains(PlanColumn.RECOMMENDATION)) {
            return;
        }
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) != PlanColumn.OTHER) {
                continue;
            }
            if (!roles.contains(PlanColumn.RECOMMENDATION) && PlanColumn.namesAnsweredIfProse(view.column(c).name())
                    && mostly(view, c, TableHeader::prose)) {
                roles.set(c, PlanColumn.RECOMMENDATION);
            } else if (!roles.contains(PlanColumn.DUE) && mostly(view, c, DueDates::isTimescale)) {
                roles.set(c, PlanColumn.DUE);
            } else if (!roles.contains(PlanColumn.OWNER) && mostly(view, c, s -> CellKind.ofWords(s, StatusKey.USUAL) == CellKind.PERSON)) {
                roles.set(c, PlanColumn.OWNER);
            }
        }
    }

    // A cell saying something in words: four words or more ("High", "1", "P2" are rankings, a word or a number).
    private static boolean prose(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter || in && !Character.isWhitespace(s.charAt(i));
        }
        return words >= 4;
    }

    // At least two of a column's filled data cells, and two in three of them, hold what the test looks for.
    private static boolean mostly(TableView view, int c, Predicate<String> test) {
        int filled = 0;
        int hits = 0;
        for (int r : view.dataRows()) {
            Cell cell = view.cell(r, c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            filled++;
            hits += test.test(Texts.squash(cell.text())) ? 1 : 0;
        }
        return hits >= 2 && hits * 3 >= filled * 2;
    }

    /**
     * Whether the header makes the table an action plan: what is to be done, and who, when, how far or what status. A risk
     * register's "Mitigating actions" and "Risk owner" are the risk's controls, not a plan.
     *
     * @return true for an action plan's header
     */
    public boolean isPlan() {
        if (isRiskRegister()) {
            return false;
        }
        boolean what = roles.contains(PlanColumn.ACTION) || roles.contains(PlanColumn.RECOMMENDATION);
        boolean more = roles.stream().anyMatch(r -> r == PlanColumn.OWNER || r == PlanColumn.DUE || r == PlanColumn.PROGRESS
                || r == PlanColumn.STATUS || r == PlanColumn.PERIOD || r == PlanColumn.SCORE);
        return what && more && !assignsRecommendations();
    }

    /**
     * Whether the table lists recommendations and only says who takes each on and by when ("No. | Recommendation | Lead
     * officer | Timescale"): no column of actions, and none that tracks them (progress, status, a review period, a score).
     * Such a table is the recommendations themselves, as an inspectorate or a report made them, with a lead and a date
     * put beside each: recommendation records, not a plan's actions (which answer recommendations and are tracked).
     *
     * @return true for a table of recommendations with only leads and dates beside them
     */
    public boolean assignsRecommendations() {
        if (roles.contains(PlanColumn.ACTION)) {
            return false;
        }
        boolean recommendations = false;
        for (int c = 0; c < roles.size(); c++) {
            PlanColumn role = roles.get(c);
            if (role == PlanColumn.PROGRESS || role == PlanColumn.STATUS || role == PlanColumn.PERIOD || role == PlanColumn.SCORE
                    || role == PlanColumn.OUTCOME) {
                return false;
            }
            // Only a header that says "recommendation": an "Area for improvement" or "Objective" with a lead may be the plan's own line.
            recommendations |= role == PlanColumn.RECOMMENDATION && PlanColumn.namesRecommendation(names.get(c))
                    && Texts.fold(names.get(c)).contains("rec");
        }
        return recommendations;
    }

    /**
     * Whether the header is a risk register's (likelihood and impact, or a risk and its level): its colours are levels, not statuses.
     *
     * @return true for a risk register's header
     */
    public boolean isRiskRegister() {
        return RiskRegisterColumns.isRegister(names);
    }

    /**
     * The columns of one role, left to right.
     *
     * @param role the role
     * @return the columns' indexes, empty where none has the role
     */
    public List<Integer> cols(PlanColumn role) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) == role) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The best column of a role (for owners, an "owner" column over a "lead" one), or -1.
     *
     * @param role the role
     * @return the column's index, or -1 where none has the role
     */
    public int col(PlanColumn role) {
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
     *
     * @param o the other header
     * @return true where both name the same columns
     */
    public boolean sameAs(TableHeader o) {
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

    /**
     * Whether a row of a table repeats this header.
     *
     * @param t the table
     * @param row the row's index
     * @return true where the row repeats this header
     */
    public boolean repeatedIn(Table t, int row) {
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
     *
     * @param t the table
     * @param row the row's index
     * @return true where the row holds the header's cut-off tail
     */
    public boolean tailIn(Table t, int row) {
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
     *
     * @param t the table
     * @param r the row's index
     * @return true for a row filled from edge to edge
     */
    public static boolean shadedRow(Table t, int r) {
        for (int c = 0; c < t.colCount(); c++) {
            Cell cell = t.cellAt(r, c);
            if (cell == null || cell.fill() == null) {
                return false;
            }
        }
        return t.colCount() > 1;
    }

    /**
     * The shade of a row filled from edge to edge (a band or a stripe): the fill most of its cells share, or null where
     * the row is not so filled. A cell of another colour in such a row (a status among the stripes) keeps its own meaning.
     *
     * @param t the table
     * @param r the row's index
     * @return the row's shade, or null
     */
    public static @Nullable Rgb bandFill(Table t, int r) {
        if (!shadedRow(t, r)) {
            return null;
        }
        Map<Rgb, Integer> counts = new LinkedHashMap<>();
        for (Cell cell : t.row(r)) {
            counts.merge(cell.fill(), cell.colSpan(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    // The role the header names, corrected by what the column holds.
    private static PlanColumn checked(TableView view, int from, int c, PlanColumn role, StatusKey key) {
        Table t = view.table();
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
            if (!shadedRow(t, r) && key.colourOf(cell).isPresent()) {
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
        if (role == PlanColumn.RECOMMENDATION && filled > 0 && numbers == filled && numbersInOrder(t, from, c)) {
            return PlanColumn.REFERENCE; // "Recommendation" over 1, 2, 3: the number of the recommendation each row answers
        }
        if ((role == PlanColumn.ACTION || role == PlanColumn.RECOMMENDATION) && filled > 0 && numbers == filled) {
            return PlanColumn.OTHER; // "Actions Completed / Closed" over counts: a summary, not a plan
        }
        if (role == PlanColumn.PROGRESS && filled >= 2 && prose == 0 && statuses * 4 >= filled * 3) {
            return PlanColumn.STATUS; // "Progress" over On track / At risk / Off track / Complete: how far, said as a status
        }
        if (role == PlanColumn.PROGRESS && filled == 0 && coloured >= 2 && view.coloursStateStatus(c)) {
            return PlanColumn.STATUS; // "Progress" over cells holding only a fill each: how far, said in colour
        }
        if (role == PlanColumn.STATUS && prose * 2 > Math.max(1, filled) && statuses * 2 < filled) {
            return PlanColumn.PROGRESS; // "Status update" over paragraphs of prose
        }
        if (role == PlanColumn.OTHER && coloured >= 2 && coloured * 2 >= t.rowCount() - from && view.coloursStateStatus(c)) {
            // an unnamed column of cells coloured for status (not a directorate's colour, a band or a shaded category);
            // words there may mean anything ("Green" under "Party")
            return PlanColumn.STATUS;
        }
        return role;
    }

    // Small whole numbers that never go down, blanks between them: references to a numbered list, not counts.
    private static boolean numbersInOrder(Table t, int from, int c) {
        int last = 0;
        for (int r = from; r < t.rowCount(); r++) {
            Cell cell = t.cellAt(r, c);
            if (cell == null || cell.row() != r || cell.col() != c || cell.isBlank()) {
                continue;
            }
            String s = Texts.squash(cell.text());
            if (!s.matches("\\d{1,2}")) {
                return false;
            }
            int n = Integer.parseInt(s);
            if (n < last || n > 50) {
                return false;
            }
            last = n;
        }
        return last > 0;
    }
}
