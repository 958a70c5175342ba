package org.councilpapers.extractors.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Table;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table that a PDF-to-text tool laid out with spaces ({@code pdftotext -layout}): columns parted by gutters of
 * three spaces or more, a cell's text wrapping onto the lines below it ("Requires improvement" over "to be good", an
 * area's name over two or three lines, its grade on the first or the last of them).
 *
 * <p>Prose must stay prose, so a run of lines is a table only with {@value #MIN_MULTI_LINES} lines of two columns or more
 * whose right-most columns line up; a line of one column belongs to it only where it sits in a column and is a cell's
 * wrapped text (it starts in lower case, or the line under it does) and stops short of the next column's gutter, which
 * a paragraph's line does not; or it is a group row ("Safeguarding services", "SERVICES FOR LOOKED AFTER CHILDREN"), a short
 * label that is no sentence with a row of the table under it, kept as a row whose later cells are blank, or a section
 * question or sub-heading that runs across the columns ("How good are outcomes for looked after children and care leavers?").
 * A page break may cut a table after two rows; those two are its top. A list marker set apart from its text ("•   The timeliness…", "1.   Apologies") and a
 * label set apart from its value ("From:   Councillor Holt") do not make columns: they are list items and labelled lines.
 *
 * <p>Rows are not marked in such text, so a line whose first column starts with a capital, a number or a mark starts
 * a row, and a line starting in lower case or in a later column carries on the row above.
 */
final class SpacedTableParser {
    /** Spaces that part two columns: wider than any space between words or after a full stop. */
    static final int GUTTER = 3;
    /** Lines of two or more columns a table needs. */
    static final int MIN_MULTI_LINES = 3;
    /** How far (in characters) a column's text may start from where the column starts. */
    static final int ALIGN = 4;
    /** Blank lines a table may hold between its rows. */
    static final int MAX_BLANKS = 2;
    /** A header cell is a label of a few words. */
    static final int HEADER_WORDS = 3;
    /** A group row is a label, not a sentence. */
    static final int GROUP_WORDS = 10;
    /** A section question spanning a table is short, as a heading is. */
    static final int QUESTION_WORDS = 16;

    // A list marker alone: a symbol (symbol fonts give bullets private-use code points), Word's "o", a number or a letter.
    private static final Pattern MARKER = Pattern.compile(
            "[^\\p{L}\\p{N}\\s]|o|\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)]?|\\(?[a-zA-Z][.)]|\\(?[ivxIVX]{1,5}[.)]");

    // A minute's reference set apart from its heading ("CW 112/25   APOLOGIES", "25/139   Apologies", "HWB 24/05   …",
    // "CPP/25/20   …", "P.45   …", "Minute 45   …"): like a list marker, it is no column of its own. Minutes laid out with a hanging indent
    // (the minute's text indented under its heading) otherwise read as a table of references and minutes.
    private static final Pattern MINUTE_REF = Pattern.compile(
            "(?:[A-Z]{1,6}[ /.])?(\\d{1,3})/(\\d{2,4})\\.?|[A-Z]{1,6}/(?:\\d{2,4}/)?\\d{1,4}\\.?|[A-Z]{2,6}\\.\\d{2}\\.\\d{1,3}"
            + "|[A-Z]{1,4}\\.\\d{1,3}\\.?|(?:Minute|MINUTE|Min\\.?|MIN\\.?) \\d{1,3}[a-z]?\\.?");

    /**
     * A planning application's number opening a planning committee's minute heading ("PL.23/31   23/00412/FUL - LAND AT …",
     * "P.45   16/P/0462/F - …", "DC/24/112   14/506664 - …"): the heading starts with it, not in capitals.
     */
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("\\d{2,4}/(?:\\p{Lu}{1,3}/)?\\d{3,6}(?:/\\p{Lu}{1,5})?(?=[\\s,:;–—-]|$)");

    /** One piece of a line between gutters, where it starts in the line. */
    record Chunk(int start, String text) {
        int end() {
            return start + text.length();
        }

        boolean lower() {
            return Character.isLowerCase(text.codePointAt(0));
        }
    }

    private SpacedTableParser() {}

    /** Whether the line has a gutter inside its text: a cheap look before the line is taken apart. */
    static boolean mayStart(String line) {
        int first = 0;
        while (first < line.length() && line.charAt(first) == ' ') {
            first++;
        }
        return line.indexOf("   ", first) > 0;
    }

    /**
     * Where the table starting at line {@code from} ends.
     *
     * @param lines the text's lines
     * @param from  the line that may open a table
     * @param stop  lines a table never runs over (page breaks, printed page numbers, other tables)
     * @return the index after the table's last line, or -1 where no table starts at {@code from}
     */
    static int end(List<String> lines, int from, Predicate<String> stop) {
        List<Chunk> head = chunks(lines.get(from));
        if (!multi(head)) {
            return -1;
        }
        int firstCol = head.get(0).start();
        List<Integer> cols = new ArrayList<>();
        head.subList(1, head.size()).forEach(c -> cols.add(c.start()));
        int multi = 1;
        int end = from + 1;
        int blanks = 0;
        boolean cut = false;
        for (int j = from + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (stop.test(l)) {
                cut = true;
                break;
            }
            if (l.isBlank()) {
                if (++blanks > MAX_BLANKS) {
                    break;
                }
                continue;
            }
            List<Chunk> cs = chunks(l);
            if (cs.size() == 1 && pageNumber(cs.get(0).text())) {
                cut = true; // the page's printed number, which the caller knows only at the page's edge
                break;
            }
            int gutter = cols.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
            boolean fits;
            if (multi(cs)) {
                Chunk lead = cs.get(0);
                fits = aligned(cs.get(cs.size() - 1).start(), cols) && lead.start() >= firstCol - ALIGN
                        && (lead.end() <= gutter || aligned(lead.start(), cols));
                if (fits) {
                    multi++;
                    cs.subList(1, cs.size()).forEach(c -> cols.add(c.start()));
                }
            } else if (cs.size() == 1 && cs.get(0).start() >= gutter - ALIGN) {
                fits = aligned(cs.get(0).start(), cols); // a later column's wrapped text ("to be good")
            } else if (cs.size() == 1) {
                Chunk c = cs.get(0);
                fits = inFirstColumn(c, firstCol, gutter) && (c.lower() && blanks == 0 || wrapsOnto(lines, j + 1, firstCol, gutter, stop)
                        || groupRow(c) && rowFollows(lines, j + 1, firstCol, gutter, cols, stop))
                        || spanningHeading(c, firstCol, gutter) && rowFollows(lines, j + 1, firstCol, gutter, cols, stop);
            } else {
                fits = false; // a labelled line
            }
            if (!fits) {
                break;
            }
            blanks = 0;
            end = j + 1;
        }
        // A page break may cut a grade table after its first rows ("Overall effectiveness", "Capacity for improvement"):
        // two lined-up rows running into the page's end are the table's top, where two in prose would be chance.
        return multi >= MIN_MULTI_LINES || cut && multi >= MIN_MULTI_LINES - 1 ? end : -1;
    }

    private static boolean pageNumber(String t) {
        if (t.length() > 4) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // A row that spans the table, wider than its first column: a section question or sub-heading ("How good are outcomes
    // for looked after children and care leavers?") between its rows. A label or a question, never a sentence.
    private static boolean spanningHeading(Chunk c, int firstCol, int gutter) {
        if (Math.abs(c.start() - firstCol) > ALIGN || c.end() < gutter || c.lower()) {
            return false;
        }
        String t = c.text();
        int words = t.split(" ").length;
        return t.endsWith("?") ? words <= QUESTION_WORDS : groupRow(c);
    }

    // The line under a cell's first line carries on its text: it starts in lower case in the first column.
    private static boolean wrapsOnto(List<String> lines, int j, int firstCol, int gutter, Predicate<String> stop) {
        if (j >= lines.size() || lines.get(j).isBlank() || stop.test(lines.get(j))) {
            return false;
        }
        List<Chunk> cs = chunks(lines.get(j));
        Chunk c = cs.get(0);
        return inFirstColumn(c, firstCol, gutter) && c.lower() && (cs.size() == 1 || !c.text().endsWith(":"));
    }

    // A group row ("Safeguarding services", "SERVICES FOR LOOKED AFTER CHILDREN") heading the rows under it: a short label
    // alone in the first column, not a sentence, with a row of the table right under it.
    private static boolean groupRow(Chunk c) {
        String t = c.text();
        char last = t.charAt(t.length() - 1);
        return !c.lower() && last != '.' && last != ':' && last != ';' && last != ',' && t.split(" ").length <= GROUP_WORDS;
    }

    // The line under a group row is a row of the table: its columns line up with the table's, or it is an area's first line
    // wrapping onto the next.
    private static boolean rowFollows(List<String> lines, int from, int firstCol, int gutter, List<Integer> cols, Predicate<String> stop) {
        int j = from;
        while (j < lines.size() && j - from < MAX_BLANKS && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).isBlank() || stop.test(lines.get(j))) {
            return false;
        }
        List<Chunk> cs = chunks(lines.get(j));
        Chunk lead = cs.get(0);
        if (multi(cs)) {
            return aligned(cs.get(cs.size() - 1).start(), cols) && Math.abs(lead.start() - firstCol) <= ALIGN && lead.end() <= gutter;
        }
        return cs.size() == 1 && inFirstColumn(lead, firstCol, gutter) && !lead.lower() && wrapsOnto(lines, j + 1, firstCol, gutter, stop);
    }

    // Text within the first column: it starts there (or indented in it) and stops before the next column's gutter.
    private static boolean inFirstColumn(Chunk c, int firstCol, int gutter) {
        return c.start() >= firstCol - ALIGN && c.end() < gutter;
    }

    private static boolean aligned(int start, List<Integer> cols) {
        for (int c : cols) {
            if (Math.abs(c - start) <= ALIGN) {
                return true;
            }
        }
        return false;
    }

    // Two pieces or more, and the first neither a list marker (merged with its text by chunks) nor a label.
    private static boolean multi(List<Chunk> cs) {
        return cs.size() >= 2 && !cs.get(0).text().endsWith(":");
    }

    /**
     * The table the lines make (those {@link #end} found), or null where no cell holds text.
     *
     * @param lines the table's lines, blank ones included
     */
    static @Nullable Table parse(List<String> lines) {
        List<List<Chunk>> all = new ArrayList<>();
        int firstCol = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                List<Chunk> cs = chunks(l);
                all.add(cs);
                firstCol = Math.min(firstCol, cs.get(0).start());
            }
        }
        List<Integer> starts = columnStarts(all, firstCol);
        List<List<StringBuilder>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (List<Chunk> cs : all) {
            Chunk lead = cs.get(0);
            boolean firstColumn = column(lead.start(), starts) == 0;
            if (rows.isEmpty() || firstColumn && !lead.lower()) {
                List<StringBuilder> row = new ArrayList<>();
                starts.forEach(s -> row.add(new StringBuilder()));
                rows.add(row);
                rowLines.add(0);
            }
            List<StringBuilder> row = rows.get(rows.size() - 1);
            rowLines.set(rows.size() - 1, rowLines.get(rows.size() - 1) + 1);
            for (Chunk c : cs) {
                StringBuilder cell = row.get(column(c.start(), starts));
                cell.append(cell.length() > 0 ? " " : "").append(c.text());
            }
        }
        List<List<TableGrid.CellContent>> cells = new ArrayList<>();
        for (List<StringBuilder> row : rows) {
            cells.add(row.stream().map(sb -> TableGrid.cell(sb.toString())).toList());
        }
        return TableGrid.build(cells, rows.size() >= 3 && rowLines.get(0) == 1 && isHeader(rows.get(0)), true);
    }

    // "Judgement | Grade": a first row of short labels, each a word or a few, no numbers and no full stop.
    private static boolean isHeader(List<StringBuilder> row) {
        int filled = 0;
        for (StringBuilder sb : row) {
            String s = sb.toString();
            if (s.isEmpty()) {
                continue;
            }
            filled++;
            if (s.split(" ").length > HEADER_WORDS || s.endsWith(".") || s.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return filled >= 2;
    }

    // The first column where the rows start; the others where the chunks after the first start, close starts as one.
    private static List<Integer> columnStarts(List<List<Chunk>> lines, int firstCol) {
        List<Integer> later = new ArrayList<>();
        for (List<Chunk> cs : lines) {
            if (cs.size() >= 2) {
                cs.subList(1, cs.size()).forEach(c -> later.add(c.start()));
            }
        }
        later.sort(null);
        List<Integer> starts = new ArrayList<>();
        starts.add(firstCol);
        for (int s : later) {
            if (s > firstCol + ALIGN && s - starts.get(starts.size() - 1) > ALIGN) {
                starts.add(s);
            }
        }
        return starts;
    }

    // The column a piece of text starting here falls in: the last that starts at or (within ALIGN) after it.
    private static int column(int start, List<Integer> starts) {
        int col = 0;
        for (int c = 0; c < starts.size(); c++) {
            if (starts.get(c) <= start + ALIGN) {
                col = c;
            }
        }
        return col;
    }

    /** The pieces of a line between gutters; a list marker set apart from its text is one piece with it. */
    static List<Chunk> chunks(String line) {
        List<Chunk> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            int spaces = 0;
            while (i < n && spaces < GUTTER) {
                if (isSpace(line.charAt(i))) {
                    spaces++;
                } else {
                    spaces = 0;
                    end = i + 1;
                }
                i++;
            }
            out.add(new Chunk(start, line.substring(start, end)));
        }
        if (out.size() >= 2 && MARKER.matcher(out.get(0).text()).matches() || out.size() == 2 && minuteReference(out.get(0).text(), out.get(1).text())) {
            out.set(0, new Chunk(out.get(0).start(), out.get(0).text() + " " + out.get(1).text()));
            out.remove(1);
        }
        return out;
    }

    // A minute's reference before its heading: the heading starts in capitals or with a planning application's number; a stroke between consecutive figures is a year's
    // span ("23/24   Good" in a table of years), not a minute.
    private static boolean minuteReference(String first, String next) {
        if (first.length() > 14 || !Character.isUpperCase(next.codePointAt(0)) && !APPLICATION_NUMBER.matcher(next).lookingAt()
                || first.indexOf('/') < 0 && first.indexOf('.') < 0
                && !first.startsWith("M")) {
            return false;
        }
        Matcher m = MINUTE_REF.matcher(first);
        if (!m.matches()) {
            return false;
        }
        return m.group(1) == null || m.group(2).length() != 2 || Integer.parseInt(m.group(2)) != (Integer.parseInt(m.group(1)) + 1) % 100;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }
}
