package org.councilpapers.extractors.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.GradeWords;
import org.councilpapers.extractors.vocab.RagColours;
import org.jspecify.annotations.Nullable;

/**
 * A table read by meaning: its header rows (of any depth) and each column's path through them, its
 * label columns and each data row's path (row header and the group row above it), and every cell
 * addressed by (row path, column path). Built once per table; what each cell holds is read when first asked and kept.
 *
 * <p>Header rows are found by evidence, not by position alone: a row is a header when it is marked so,
 * or holds short texts none of which is a value (a grade, a status word, a status fill); a deeper level
 * follows where the row above spans columns, a cell spans down into it, it is marked as a header too, or
 * it fills in under the gaps of the row above (a PDF, which gives no spans, prints "Safeguarding" once over
 * two columns). A title across the whole table over the header is read apart. A header repeated after a
 * page break is recognised and skipped. A group row is one label with nothing beside it ("East of
 * England" over its councils, "Services for looked after children" over its judgements).
 */
public final class TableView {
    private static final int MAX_HEADER_TEXT = 80;
    private static final int MAX_DEEP_HEADER_TEXT = 40;

    private final Table table;
    private final StatusKey key;
    private final boolean titled;
    private final int headerRows;
    private final List<ColumnPath> columns;
    private final List<Integer> groupRows;
    private final List<Integer> repeatedHeaders;
    private final Map<Long, CellKind> kinds = new LinkedHashMap<>();
    // The label columns and the data rows' paths, worked out when first asked: finding the label columns reads what the
    // cells hold, column by column, and a caller after the header alone (TableHeader) never needs them.
    private @Nullable Body body;
    // The header TableHeader read from this view, and the key it read it under: a plan's readers (its statement, its plan
    // tables, its scorecards) each ask for the same table's header, and building it reads every column's cells.
    private @Nullable StatusKey headerKey;
    private @Nullable Optional<TableHeader> header;

    /** The label columns, and each data row's path. */
    private record Body(int stubColumns, Map<Integer, RowPath> rows) {}

    private TableView(Table table, StatusKey key) {
        this.table = table;
        this.key = key;
        int first = table.rowCount() > 1 && isTitleRow(table, 0) ? 1 : 0;
        int depth = headerDepth(table, first, key);
        this.titled = depth > 0 && first == 1;
        this.headerRows = depth == 0 ? 0 : first + depth;
        this.columns = paths(table, titled ? 1 : 0, headerRows);
        List<Integer> repeated = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int r = headerRows; r < table.rowCount(); r++) {
            if (headerRows > (titled ? 1 : 0) && repeatsHeader(r)) {
                repeated.add(r);
            } else if (isGroupRow(table, r)) {
                groups.add(r);
            }
        }
        this.repeatedHeaders = List.copyOf(repeated);
        this.groupRows = List.copyOf(groups);
    }

    /** The header {@code read} builds from this view under {@code k}, built once for the key last asked. */
    Optional<TableHeader> header(StatusKey k, Supplier<Optional<TableHeader>> read) {
        Optional<TableHeader> h = header;
        if (h == null || headerKey != k) {
            h = read.get();
            header = h;
            headerKey = k;
        }
        return h;
    }

    private Body body() {
        if (body == null) {
            body = readBody();
        }
        return body;
    }

    private Body readBody() {
        int stubColumns = stub();
        Map<Integer, RowPath> paths = new LinkedHashMap<>();
        String group = null;
        for (int r = headerRows; r < table.rowCount(); r++) {
            if (repeatedHeaders.contains(r)) {
                continue;
            }
            if (groupRows.contains(r)) {
                group = Texts.squash(table.row(r).stream().filter(c -> !c.isBlank()).findFirst().map(Cell::text).orElse(""));
                continue;
            }
            if (table.isBlankRow(r) && table.row(r).stream().allMatch(c -> c.fill() == null)) {
                continue;
            }
            paths.put(r, new RowPath(group, label(r, stubColumns)));
        }
        return new Body(stubColumns, Collections.unmodifiableMap(paths));
    }

    /**
     * The table read with the usual status hues and words.
     *
     * @param table the table as a reader built it
     * @return the table's view, its header found with {@link StatusKey#USUAL}
     */
    public static TableView of(Table table) {
        return new TableView(table, StatusKey.USUAL);
    }

    /**
     * The table read with a paper's own status key, whose words and colours are values, never header texts.
     *
     * @param table the table as a reader built it
     * @param key the status key the paper prints, so its words and swatches read as values
     * @return the table's view under that key
     */
    public static TableView of(Table table, StatusKey key) {
        return new TableView(table, key);
    }

    /**
     * The table of a block; the block must be a table.
     *
     * @param block a block whose kind is table
     * @param key the status key the paper prints
     * @return the view of the block's table under that key
     */
    public static TableView of(Block block, StatusKey key) {
        return new TableView(block.table(), key);
    }

    /**
     * The table this view reads, as the reader built it; for what the view does not interpret (spans, blocks, fills).
     *
     * @return the table
     */
    public Table table() {
        return table;
    }

    /**
     * How many grid rows the table has, header, group and blank rows included.
     *
     * @return the row count
     */
    public int rowCount() {
        return table.rowCount();
    }

    /**
     * How many grid columns the table has, label columns included.
     *
     * @return the column count
     */
    public int colCount() {
        return table.colCount();
    }

    /**
     * How many rows at the top are header (a title row over the header counts among them); 0 without a header.
     *
     * @return the number of header rows, title row included
     */
    public int headerRows() {
        return headerRows;
    }

    /**
     * The first header row that names columns (after a title row).
     *
     * @return the index of the first header row naming columns: 1 under a title row, else 0
     */
    public int firstHeaderRow() {
        return titled ? 1 : 0;
    }

    /**
     * The title printed across the table over its header, or null.
     *
     * @return the title cell, or null where the table has no title row
     */
    public @Nullable Cell title() {
        return titled ? table.row(0).stream().filter(c -> !c.isBlank()).findFirst().orElse(null) : null;
    }

    /**
     * A column's path through the header rows; empty where the table has no header.
     *
     * @param c the column, counted from 0
     * @return the column's path, never null
     */
    public ColumnPath column(int c) {
        return columns.get(c);
    }

    /**
     * Every column's path through the header rows, one per grid column in order; the paths an extractor matches its headings against.
     *
     * @return the paths, unmodifiable
     */
    public List<ColumnPath> columns() {
        return columns;
    }

    /**
     * How many columns at the left hold the rows' labels (at least one), before the first column of values.
     *
     * @return the number of label columns at the left
     */
    public int stubColumns() {
        return body().stubColumns();
    }

    /**
     * The header text over the label column ("Council", "Judgement"), "" where there is none.
     *
     * @return the corner header text, or ""
     */
    public String corner() {
        return columns.get(0).leaf();
    }

    /**
     * The data rows in order: neither header, repeated header, group row nor blank.
     *
     * @return the data rows' indexes, in reading order
     */
    public List<Integer> dataRows() {
        return List.copyOf(body().rows().keySet());
    }

    /**
     * A data row's path, or null for a header, group or blank row.
     *
     * @param r the grid row
     * @return the row's path, or null where the row holds no data
     */
    public @Nullable RowPath rowPath(int r) {
        return body().rows().get(r);
    }

    /**
     * Whether a row is a group row: one label with nothing beside it, naming the rows below it (their {@link RowPath#group()}).
     *
     * @param r the grid row
     * @return true for a group row
     */
    public boolean isGroupRow(int r) {
        return groupRows.contains(r);
    }

    /**
     * Whether a row repeats the header (printed again after a page break).
     *
     * @param r the grid row
     * @return true where the row repeats the header
     */
    public boolean isRepeatedHeader(int r) {
        return repeatedHeaders.contains(r);
    }

    /**
     * The cells that start in a grid row, left to right, whatever the row is (header, group, data or blank).
     *
     * @param r the grid row
     * @return the cells starting in the row; empty where none does
     */
    public List<Cell> row(int r) {
        return table.row(r);
    }

    /**
     * The cell that starts at a grid position, or null where the position is blank or covered by a cell starting elsewhere.
     *
     * @param r the grid row
     * @param c the grid column
     * @return the cell starting there, or null
     */
    public @Nullable Cell cell(int r, int c) {
        Cell cell = table.cellAt(r, c);
        return cell == null || cell.row() != r || cell.col() != c ? null : cell;
    }

    /**
     * The cell covering a grid position, wherever it starts.
     *
     * @param r the grid row
     * @param c the grid column
     * @return the cell covering the position, or null where it is blank
     */
    public @Nullable Cell cellAt(int r, int c) {
        return table.cellAt(r, c);
    }

    /**
     * The cell at a row path and a column path (the first match), or null.
     *
     * @param row the row path, as {@link #rowPath(int)} gives it
     * @param column the column path, as {@link #column(int)} gives it
     * @return the cell at that address, or null where none starts there
     */
    public @Nullable Cell cell(RowPath row, ColumnPath column) {
        for (Map.Entry<Integer, RowPath> e : body().rows().entrySet()) {
            if (e.getValue().equals(row)) {
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).equals(column)) {
                        return cell(e.getKey(), c);
                    }
                }
            }
        }
        return null;
    }

    /**
     * One cell addressed by its paths.
     *
     * @param row the cell's grid row
     * @param col the cell's grid column
     * @param rowPath the row's path (group and label)
     * @param column the column's path through the header
     * @param cell the cell itself
     * @param kind what the cell holds
     */
    public record Address(int row, int col, RowPath rowPath, ColumnPath column, Cell cell, CellKind kind) {}

    /**
     * Every cell of the data rows right of the label columns that holds anything, in reading order.
     *
     * @return the addressed cells, none of them blank
     */
    public List<Address> cells() {
        List<Address> out = new ArrayList<>();
        Body b = body();
        for (Map.Entry<Integer, RowPath> e : b.rows().entrySet()) {
            int r = e.getKey();
            for (int c = b.stubColumns(); c < table.colCount(); c++) {
                Cell cell = cell(r, c);
                if (cell != null) {
                    CellKind k = kind(r, c);
                    if (k != CellKind.BLANK) {
                        out.add(new Address(r, c, e.getValue(), columns.get(c), cell, k));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What the cell starting at a position holds; BLANK where no cell starts there.
     *
     * @param r the grid row
     * @param c the grid column
     * @return the cell's kind, BLANK where no cell starts at the position
     */
    public CellKind kind(int r, int c) {
        Cell cell = cell(r, c);
        if (cell == null) {
            return CellKind.BLANK;
        }
        return kinds.computeIfAbsent(((long) r << 20) | c, k -> CellKind.of(cell, key));
    }

    /**
     * How many of a column's data cells hold each kind (blank ones not counted).
     *
     * @param c the grid column
     * @return each kind held, with its count; no BLANK entry
     */
    public Map<CellKind, Integer> profile(int c) {
        Map<CellKind, Integer> counts = new EnumMap<>(CellKind.class);
        for (int r : body().rows().keySet()) {
            CellKind k = kind(r, c);
            if (k != CellKind.BLANK) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The kind most of a column's filled data cells hold (ties to the earlier kind), BLANK for an empty column.
     *
     * @param c the grid column
     * @return the column's dominant kind
     */
    public CellKind dominant(int c) {
        CellKind best = CellKind.BLANK;
        int most = 0;
        for (Map.Entry<CellKind, Integer> e : profile(c).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * Whether a column's colours state a status rather than decorate it. Councils band header rows, shade every other
     * row, colour a directorate or category column by what it names and shade a column of labels one colour; none of
     * that is Red, Amber or Green. So colour counts as status only in the data rows, not in a row filled from edge to
     * edge (a band or a stripe), only where the coloured cells' words are blank, a status or a figure (not a label the
     * colour goes with), and only where the column shows at least two statuses or the paper prints a key of its own.
     *
     * @param c the grid column
     * @return true where the column's fills are to be read as RAG statuses
     */
    public boolean coloursStateStatus(int c) {
        int coloured = 0;
        int labelled = 0;
        Set<RagStatus> seen = EnumSet.noneOf(RagStatus.class);
        for (int r : body().rows().keySet()) {
            Cell cell = cell(r, c);
            Rgb band = TableHeader.bandFill(table, r);
            if (cell == null || band != null && cell.fill() != null && RagColours.near(band, cell.fill())) {
                continue;
            }
            Optional<RagStatus> s = key.colourOf(cell);
            if (s.isEmpty()) {
                continue;
            }
            coloured++;
            seen.add(s.get());
            CellKind words = CellKind.ofWords(cell.text(), key);
            if (words == CellKind.TEXT || words == CellKind.PERSON) {
                labelled++;
            }
        }
        // Two coloured cells are too few to tell a status from a colour that names the row, unless the paper prints a key.
        int fewest = key.printed() ? 2 : 3;
        return coloured >= fewest && labelled * 2 < coloured && (seen.size() >= 2 || key.printed()) && !colourFollowsSign(c) && !holdsMoney(c)
                && !coloursIdentifyRows(c);
    }

    /**
     * Whether a column's colours name its rows rather than rate them: a palette, one shade to each directorate or service
     * (a finance report colours a strip beside each directorate in its own theme colour, table after table). A status
     * column draws each status in one shade and repeats it down the column; a palette's shades outnumber the statuses
     * they would be read as (a teal, a navy and a purple all "blue"), or, down five or more rows, never repeat.
     * A paper's own key vouches for its shades.
     *
     * @param c the grid column
     * @return true where the fills look like a palette naming rows, so not a status
     */
    public boolean coloursIdentifyRows(int c) {
        if (key.printed()) {
            return false;
        }
        List<Rgb> shades = new ArrayList<>();
        Set<RagStatus> statuses = EnumSet.noneOf(RagStatus.class);
        int coloured = 0;
        for (int r : body().rows().keySet()) {
            Cell cell = cell(r, c);
            if (cell == null || cell.fill() == null || TableHeader.shadedRow(table, r)) {
                continue;
            }
            if (RagColours.isNeutral(cell.fill())) {
                continue;
            }
            // A hue that is no status (a purple, a pink) still counts among the palette's shades.
            key.colour(cell.fill()).ifPresent(statuses::add);
            coloured++;
            if (shades.stream().noneMatch(x -> RagColours.sameShade(x, cell.fill()))) {
                shades.add(cell.fill());
            }
        }
        return !statuses.isEmpty() && (shades.size() > statuses.size() + 1 || coloured >= 5 && shades.size() == coloured);
    }

    /**
     * The distinct fills, neither white nor grey, of a column's data cells, in reading order (a palette's shades).
     *
     * @param c the grid column
     * @return the column's distinct non-neutral fills
     */
    public List<Rgb> fills(int c) {
        List<Rgb> out = new ArrayList<>();
        for (int r : body().rows().keySet()) {
            Cell cell = cell(r, c);
            if (cell != null && cell.fill() != null && !RagColours.isNeutral(cell.fill())
                    && out.stream().noneMatch(x -> RagColours.sameShade(x, cell.fill()))) {
                out.add(cell.fill());
            }
        }
        return out;
    }

    /**
     * Whether a column holds sums of money: its header names the unit ("£000", "£m", "(£)") or most of its figures are
     * pounds. A budget's amounts are tinted for the rows they sum (a directorate's subtotal, the net budget) and for their
     * sign, never for a status, which a finance table gives in a column of its own ("RAG", "Delivery status").
     *
     * @param c the grid column
     * @return true where the column holds money
     */
    public boolean holdsMoney(int c) {
        if (columns.get(c).parts().stream().anyMatch(p -> p.indexOf('£') >= 0)) {
            return true;
        }
        int figures = 0;
        int pounds = 0;
        for (int r : body().rows().keySet()) {
            Cell cell = cell(r, c);
            if (cell != null && CellKind.isFigure(cell.text())) {
                figures++;
                pounds += cell.text().indexOf('£') >= 0 ? 1 : 0;
            }
        }
        return figures > 0 && pounds * 2 > figures;
    }

    /**
     * Whether most of a column's data cells with words hold a figure (an amount, a count, a percentage), whatever their colour.
     *
     * @param c the grid column
     * @return true where most filled cells hold figures
     */
    public boolean holdsFigures(int c) {
        int words = 0;
        int figures = 0;
        for (int r : body().rows().keySet()) {
            Cell cell = cell(r, c);
            if (cell != null && !cell.isBlank()) {
                words++;
                figures += CellKind.isFigure(cell.text()) ? 1 : 0;
            }
        }
        return words > 0 && figures * 2 > words;
    }

    /**
     * Whether a column's colours follow the sign of its figures rather than state a status: every coloured cell a figure,
     * at least one negative, and one colour on the negatives that no other figure wears (a spreadsheet's conditional format,
     * a light red fill behind each overspend and perhaps a green one behind each underspend). Finance tables print their
     * variances so in every council; a RAG column's colours do not follow a sign.
     *
     * @param c the grid column
     * @return true where the fills mark the figures' sign, so not a status
     */
    public boolean colourFollowsSign(int c) {
        Set<RagStatus> negative = EnumSet.noneOf(RagStatus.class);
        Set<RagStatus> other = EnumSet.noneOf(RagStatus.class);
        boolean uncolouredNegative = false;
        for (int r : body().rows().keySet()) {
            Cell cell = cell(r, c);
            if (cell == null || TableHeader.shadedRow(table, r)) {
                continue;
            }
            Optional<RagStatus> s = key.colour(cell.fill());
            boolean figure = CellKind.isFigure(cell.text());
            if (s.isPresent() && !figure) {
                return false; // a coloured word or a coloured blank: colour that may well state a status
            }
            if (!figure) {
                continue;
            }
            if (CellKind.isNegativeFigure(cell.text())) {
                if (s.isPresent()) {
                    negative.add(s.get());
                } else {
                    uncolouredNegative = true;
                }
            } else {
                s.ifPresent(other::add);
            }
        }
        return negative.size() == 1 && !uncolouredNegative && !other.contains(negative.iterator().next());
    }

    /**
     * The table with rows and columns swapped, read afresh: a matrix printed with areas as rows and
     * authorities as columns reads, transposed, as one with authorities as rows.
     *
     * @return a view of the transposed table, read under the same status key
     */
    public TableView transposed() {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : table.cells()) {
            cells.add(new Cell(c.col(), c.row(), c.colSpan(), c.rowSpan(), c.header(), c.text(), c.blocks(), c.fill(), c.textColor(),
                    c.box(), c.start(), c.end()));
        }
        return new TableView(new Table(cells, table.colCount(), table.rowCount(), table.box()), key);
    }

    // ---- header ---------------------------------------------------------------------------------------------------

    // How many rows from `first` make the header: none, one, or more where each further row is a deeper level.
    private static int headerDepth(Table t, int first, StatusKey key) {
        if (t.rowCount() < 1 || t.colCount() < 2 || first >= t.rowCount()) {
            return 0;
        }
        // A header left alone at the foot of a page is a table of one row; it must name its columns outright.
        boolean alone = first == t.rowCount() - 1;
        if (!headerLike(t, first, key, MAX_HEADER_TEXT) || alone && !namesColumns(t, first) || isGroupRow(t, first) && !marked(t, first)) {
            return 0;
        }
        int rows = first + 1;
        while (rows < t.rowCount() - 1 && deeper(t, rows, key)) {
            rows++;
        }
        return rows - first;
    }

    // A further header level: it reads as a header, and the level above points to it.
    private static boolean deeper(Table t, int r, StatusKey key) {
        if (!headerLike(t, r, key, MAX_DEEP_HEADER_TEXT) || isGroupRow(t, r) && !marked(t, r)) {
            return false;
        }
        // A span across columns, or its text printed again in each column it spans (a reader or writer without merged cells).
        List<String> overhead = t.rowTexts(r - 1);
        boolean spansAcross = t.row(r - 1).stream().anyMatch(c -> c.colSpan() > 1 && !c.isBlank());
        for (int c = 1; c + 1 < overhead.size() && !spansAcross; c++) {
            spansAcross = !overhead.get(c).isBlank() && Texts.fold(overhead.get(c)).equals(Texts.fold(overhead.get(c + 1)));
        }
        boolean spansDown = false;
        boolean fillsGaps = false;
        for (int c = 0; c < t.colCount(); c++) {
            Cell here = t.cellAt(r, c);
            if (here != null && here.row() < r && here.rowSpan() > 1 && !here.isBlank()) {
                spansDown = true;
            }
            Cell above = t.cellAt(r - 1, c);
            if (c > 0 && (above == null || above.isBlank()) && here != null && here.row() == r && !here.isBlank()) {
                fillsGaps = true;
            }
        }
        Cell first = t.cellAt(r, 0);
        boolean stubBlank = first == null || first.isBlank() || first.row() < r;
        return spansAcross || spansDown && marked(t, r) || marked(t, r) && marked(t, r - 1) || fillsGaps && stubBlank;
    }

    private static boolean marked(Table t, int r) {
        List<Cell> named = t.row(r).stream().filter(c -> !c.isBlank()).toList();
        return !named.isEmpty() && named.stream().allMatch(Cell::header);
    }

    // Short texts, at least two of them, none a value (a grade, a status word or fill): the cells of a header row.
    private static boolean headerLike(Table t, int r, StatusKey key, int maxText) {
        List<Cell> cells = t.row(r);
        if (cells.stream().anyMatch(c -> c.text().length() > maxText)) {
            return false;
        }
        if (cells.stream().anyMatch(c -> !c.isBlank() && GradeWords.parse(c.text()).isPresent())) {
            return false; // "Overall effectiveness | Good" is a judgement, not a header
        }
        if (cells.stream().anyMatch(Cell::header)) {
            return true;
        }
        long named = cells.stream().filter(c -> !c.isBlank()).count();
        Rgb band = TableHeader.bandFill(t, r); // a header banded in one colour: the colour is the band's, not a status
        return named >= 2 && cells.stream().allMatch(c -> (c.isBlank() || key.word(c.text()).isEmpty())
                && (c.fill() == null || band != null && RagColours.near(band, c.fill()) || key.colour(c.fill()).isEmpty()));
    }

    // Three or more header texts, each naming a role: "Actions | Action completed by | Responsible Officer".
    private static boolean namesColumns(Table t, int r) {
        List<Cell> named = t.row(r).stream().filter(c -> !c.isBlank()).toList();
        return named.size() >= 3 && named.stream().allMatch(c -> PlanColumn.of(Texts.squash(c.text())) != PlanColumn.OTHER);
    }

    // A title across the whole table over the real header: one non-blank cell spanning every column.
    private static boolean isTitleRow(Table t, int r) {
        List<Cell> cells = t.row(r).stream().filter(c -> !c.isBlank()).toList();
        return cells.size() == 1 && cells.get(0).colSpan() == t.colCount() && t.colCount() > 1;
    }

    // Each column's header texts top to bottom. A blank above a named column takes the text to its left in a
    // multi-level header, where a reader without spans left "Safeguarding" over the first of its two columns only.
    private static List<ColumnPath> paths(Table t, int from, int to) {
        List<ColumnPath> out = new ArrayList<>();
        for (int c = 0; c < t.colCount(); c++) {
            List<String> parts = new ArrayList<>();
            for (int r = from; r < to; r++) {
                Cell cell = t.cellAt(r, c);
                String s = cell == null ? "" : Texts.squash(cell.text());
                if (s.isEmpty() && r < to - 1 && c > 0) {
                    s = leftOver(t, r, c, to);
                }
                if (!s.isEmpty() && !parts.contains(s)) {
                    parts.add(s);
                }
            }
            out.add(new ColumnPath(parts));
        }
        return out;
    }

    private static String leftOver(Table t, int r, int c, int to) {
        Cell below = t.cellAt(to - 1, c);
        if (below == null || below.isBlank()) {
            return "";
        }
        for (int k = c - 1; k >= 1; k--) {
            Cell left = t.cellAt(r, k);
            if (left != null && !left.isBlank()) {
                return left.row() + left.rowSpan() >= to ? "" : Texts.squash(left.text()); // a label spanning to the bottom heads only itself
            }
        }
        return "";
    }

    private boolean repeatsHeader(int row) {
        for (int h = firstHeaderRow(); h < headerRows; h++) {
            List<String> head = table.rowTexts(h);
            List<String> texts = table.rowTexts(row);
            int same = 0;
            int filled = 0;
            for (int c = 0; c < texts.size(); c++) {
                if (!texts.get(c).isBlank()) {
                    filled++;
                    same += Texts.fold(texts.get(c)).equals(Texts.fold(head.get(c))) ? 1 : 0;
                }
            }
            if (filled > 0 && same * 2 > filled && (filled >= 2 || table.colCount() == 1)) {
                return true;
            }
        }
        return false;
    }

    // ---- rows -----------------------------------------------------------------------------------------------------

    // One label at the left with nothing beside it: it heads the rows below.
    private static boolean isGroupRow(Table t, int r) {
        if (t.colCount() < 2) {
            return false;
        }
        List<Cell> named = t.row(r).stream().filter(c -> !c.isBlank()).toList();
        if (named.size() == t.colCount() && named.get(0).col() == 0 && GradeWords.parse(named.get(0).text()).isEmpty()
                && named.stream().map(c -> Texts.fold(c.text())).distinct().count() == 1) {
            return true; // a writer without merged cells prints a group label spanning the table in every column
        }
        if (named.size() != 1) {
            return false;
        }
        Cell only = named.get(0);
        if (only.col() != 0 && !(only.colSpan() > 1 && only.col() + only.colSpan() == t.colCount())) {
            return false;
        }
        for (int c = only.col() + only.colSpan(); c < t.colCount(); c++) {
            Cell other = t.cellAt(r, c);
            if (other != null && other != only && other.row() == r && !other.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // The label columns: from the left, up to the first column whose cells are mostly values.
    private int stub() {
        for (int c = 0; c < table.colCount(); c++) {
            CellKind k = dominantOver(c);
            if (k.isValue() && !(c == 0 && k == CellKind.NUMBER)) {
                return Math.max(1, c);
            }
        }
        return 1;
    }

    private CellKind dominantOver(int c) {
        Map<CellKind, Integer> counts = new EnumMap<>(CellKind.class);
        for (int r = headerRows; r < table.rowCount(); r++) {
            if (repeatedHeaders.contains(r) || groupRows.contains(r)) {
                continue;
            }
            CellKind k = kind(r, c);
            if (k != CellKind.BLANK) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        CellKind best = CellKind.BLANK;
        int most = 0;
        for (Map.Entry<CellKind, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private String label(int r, int stubColumns) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < stubColumns; c++) {
            Cell cell = table.cellAt(r, c);
            if (cell != null && !cell.isBlank()) {
                String s = Texts.squash(cell.text());
                if (!parts.contains(s)) {
                    parts.add(s);
                }
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The page a cell is printed on: its first block's, which keeps its own page in a table joined across a page break;
     * a cell with no text takes the page of the table holding it.
     *
     * @param cell a cell of a table
     * @param tablePage the page the table starts on, 1-based
     * @return the cell's page, 1-based
     */
    public static int pageOf(Cell cell, int tablePage) {
        for (Block b : cell.blocks()) {
            if (b.page() > 0) {
                return b.page();
            }
        }
        return tablePage;
    }
}
