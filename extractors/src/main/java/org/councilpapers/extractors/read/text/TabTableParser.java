package org.councilpapers.extractors.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.councilpapers.core.layout.Table;
import org.jspecify.annotations.Nullable;

/**
 * Reads tab-separated lines, the way PDF-to-text tools write a table they found, as one table: a row
 * per line, a cell per tab-separated field. Nothing marks a header row, so none is flagged.
 */
final class TabTableParser {

    private TabTableParser() {}

    /** The table these lines make, or null if every field is blank. */
    static @Nullable Table parse(List<String> lines) {
        List<List<TableGrid.CellContent>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(fields(line).stream().map(TableGrid::cell).toList());
        }
        return TableGrid.build(rows, false, true);
    }

    /** The fields of a line; a leading tab gives a blank first field, trailing tabs give nothing. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        out.replaceAll(String::strip);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Whether a line has a tab after its first visible character, i.e. it has at least two fields. */
    static boolean hasFieldTab(String line) {
        String s = line.stripLeading();
        int tab = s.indexOf('\t');
        return tab > 0 && !s.substring(tab).isBlank();
    }
}
