package org.councilpapers.extractors.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Table;

/**
 * Reads a run of markdown pipe-table rows ({@code | a | b |}, with an optional {@code |---|---|}
 * separator row) into TABLE blocks. A row before a separator is a header row; a separator further
 * down starts a new table whose header is the row before it (converters stack one table per page).
 * Cells may hold HTML, which {@link HtmlFragmentParser} reads. A row that cannot be read as cells
 * becomes a paragraph and a {@link WarningCode#BROKEN_TABLE} warning.
 */
final class PipeTableParser {

    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");

    private PipeTableParser() {}

    /**
     * @param rows  the rows in order, each starting with '|'; a row that ran over several lines comes
     *              joined with '\n'
     * @param page  the page the rows are on, for warnings
     */
    static List<Block> parse(List<String> rows, Warnings warnings, int page) {
        List<Block> out = new ArrayList<>();
        List<List<TableGrid.CellContent>> group = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            List<String> cells = cells(row);
            if (!isTerminated(row) && cells.size() < 2) {
                emit(group, header, out);
                group = new ArrayList<>();
                header = false;
                out.addAll(TableGrid.cell(row).blocks());
                warnings.add(WarningCode.BROKEN_TABLE, "table row without cells, kept as text: " + abbreviate(row), page);
                continue;
            }
            if (isSeparator(cells)) {
                if (group.size() == 1 && !header) {
                    header = true;
                } else if (group.size() > 1 && moreRowsAfter(rows, i)) {
                    List<TableGrid.CellContent> newHeader = group.remove(group.size() - 1);
                    emit(group, header, out);
                    group = new ArrayList<>();
                    group.add(newHeader);
                    header = true;
                }
                continue; // a leading, doubled or trailing separator says nothing
            }
            group.add(cells.stream().map(TableGrid::cell).toList());
        }
        emit(group, header, out);
        return out;
    }

    private static void emit(List<List<TableGrid.CellContent>> group, boolean header, List<Block> out) {
        if (!group.isEmpty()) {
            Table t = TableGrid.build(group, header, true);
            if (t != null) {
                out.add(Block.table(t));
            }
        }
    }

    private static boolean moreRowsAfter(List<String> rows, int i) {
        for (int j = i + 1; j < rows.size(); j++) {
            if (!isSeparator(cells(rows.get(j)))) {
                return true;
            }
        }
        return false;
    }

    /** The cells of a row, split on '|' except where escaped as "\|", without the outer pipes. */
    static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (endsWithPipe(s)) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    /** Whether a row ends with its closing pipe (a lone "|" does not count). */
    static boolean isTerminated(String row) {
        String s = row.strip();
        return s.length() >= 2 && endsWithPipe(s);
    }

    static boolean isSeparator(List<String> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
    }

    private static boolean endsWithPipe(String s) {
        if (!s.endsWith("|")) {
            return false;
        }
        int backslashes = 0;
        for (int i = s.length() - 2; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
