package org.councilpapers.extractors.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.jspecify.annotations.Nullable;

/**
 * A report cover set out as a table of labels and their values: "Report title: | Children's social care placements",
 * "Report by | Executive Director, People", "Agenda item | 7", two such pairs to a row where the cover is four cells wide.
 * Councils word the labels their own way, with or without a colon; a table is a cover only when several of its rows are
 * labelled so and at least two of those labels belong to a report (its title, item, author, wards, key decision), so a
 * meeting's front sheet (date and venue) or a plan's table is not taken for one. The report extractor reads the cover
 * from it and the classifier counts it as a report's sign.
 */
public final class CoverTable {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}[a-z]?)\\.?$");
    // "Agenda item 7 | Fostering sufficiency strategy": the item's number in the label, its title beside it.
    private static final Pattern ITEM_IN_LABEL = Pattern.compile("(?i)^(?:agenda\\s+)?item\\s*(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?\\s*:?$");
    private static final Pattern CELL_LABEL = Pattern.compile("^([A-Za-z][A-Za-z ()/&'’?.-]{1,60}?)\\s*:\\s*(\\S.*)$");
    private static final int MAX_PAIRS_A_ROW = 2;
    private static final int MIN_LABELLED = 3;
    private static final int MIN_REPORT_FIELDS = 2;

    private CoverTable() {}

    /**
     * The cover fields, now held by {@link CoverLabels.Field}; kept under this name for the classifier, which reads
     * {@code CoverTable.Field.TITLE}, until it names the vocabulary itself.
     */
    public static final class Field {
        /** The cover's title field, {@link CoverLabels.Field#TITLE} under its old name. */
        public static final CoverLabels.Field TITLE = CoverLabels.Field.TITLE;

        private Field() {}
    }

    /**
     * The cover's fields in the order of the table; empty when the block is not a cover table.
     *
     * @param b a block, perhaps a cover table
     * @return the fields and their values, empty for a block that is no cover table
     */
    public static Map<CoverLabels.Field, String> read(Block b) {
        Table t = b.table();
        if (t == null) {
            return Map.of();
        }
        Map<CoverLabels.Field, String> out = new EnumMap<>(CoverLabels.Field.class);
        int labelled = 0;
        int rows = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> cells = cells(t, r);
            if (cells.isEmpty()) {
                continue;
            }
            rows++;
            if (cells.size() > 2 * MAX_PAIRS_A_ROW) {
                return Map.of(); // a grid of data, not labels and values
            }
            labelled += readRow(cells, out);
        }
        if (out.containsKey(CoverLabels.Field.DECISION_RECORD)) {
            return Map.of(); // a record of a decision taken, not a report's cover
        }
        long reportFields = out.keySet().stream().filter(CoverLabels.Field::isReportField).count();
        out.remove(CoverLabels.Field.OTHER);
        return labelled >= MIN_LABELLED && 2 * labelled >= rows && reportFields >= MIN_REPORT_FIELDS ? out : Map.of();
    }

    private static int readRow(List<String> cells, Map<CoverLabels.Field, String> out) {
        int labelled = 0;
        int i = 0;
        while (i < cells.size()) {
            String cell = cells.get(i);
            String next = i + 1 < cells.size() ? cells.get(i + 1) : null;
            Matcher item = ITEM_IN_LABEL.matcher(cell);
            CoverLabels.@Nullable Field field = field(cell);
            if (item.matches()) {
                out.putIfAbsent(CoverLabels.Field.ITEM, item.group(1));
                labelled++;
                if (next != null && field(next) == null && !ITEM_IN_LABEL.matcher(next).matches()) {
                    out.putIfAbsent(CoverLabels.Field.TITLE, next);
                    i++;
                }
                i++;
            } else if (field != null && next != null && field(next) == null) {
                labelled += put(out, field, CoverLabels.answered(cell, next));
                i += 2;
            } else {
                // "Wards affected: All" in one cell.
                Matcher inCell = CELL_LABEL.matcher(cell);
                CoverLabels.@Nullable Field f = inCell.matches() ? field(inCell.group(1)) : null;
                if (f != null) {
                    labelled += put(out, f, CoverLabels.answered(inCell.group(1), inCell.group(2)));
                }
                i++;
            }
        }
        return labelled;
    }

    private static int put(Map<CoverLabels.Field, String> out, CoverLabels.Field field, String value) {
        if (field == CoverLabels.Field.ITEM) {
            Matcher m = ITEM_NUMBER.matcher(value);
            if (!m.matches()) {
                return 0;
            }
            value = m.group(1);
        }
        out.putIfAbsent(field, value);
        return 1;
    }

    /**
     * The field a label names; null when the text is no label of a report cover ({@link CoverLabels}).
     *
     * @param label a cell's text
     * @return the field, or null
     */
    public static CoverLabels.@Nullable Field field(String label) {
        return CoverLabels.field(label);
    }

    /**
     * Every labelled value in a table, with no test of whether the table is a whole cover: a cover's contact block set
     * out in columns under labels ("Report Author | Relevant Director" over "Sam Lee | Jo Kerr" over "Head of Finance |
     * Director of Place") gives each column's lines to its label, joined ("Jo Kerr, Director of Place").
     *
     * @param b a block whose kind is table
     * @return the labelled values, empty where the table labels none
     */
    public static Map<CoverLabels.Field, String> labels(Block b) {
        Table t = b.table();
        if (t == null) {
            return Map.of();
        }
        Map<CoverLabels.Field, String> out = new EnumMap<>(CoverLabels.Field.class);
        List<CoverLabels.Field> header = List.of();
        List<List<String>> columns = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> cells = cells(t, r);
            if (cells.isEmpty()) {
                continue;
            }
            List<CoverLabels.Field> fields = cells.stream().map(CoverTable::field).toList();
            if (cells.size() >= 2 && fields.stream().allMatch(f -> f != null)) {
                flush(header, columns, out);
                header = fields;
                columns = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    columns.add(new ArrayList<>());
                }
            } else if (!header.isEmpty() && cells.size() == header.size() && fields.stream().allMatch(f -> f == null)) {
                for (int c = 0; c < cells.size(); c++) {
                    columns.get(c).add(cells.get(c));
                }
            } else {
                flush(header, columns, out);
                header = List.of();
                readRow(cells, out);
            }
        }
        flush(header, columns, out);
        out.remove(CoverLabels.Field.OTHER);
        out.remove(CoverLabels.Field.DECISION_RECORD);
        return out;
    }

    // A column's lines up to its first phone number or address (cut there): the name, then the post.
    private static void flush(List<CoverLabels.Field> header, List<List<String>> columns, Map<CoverLabels.Field, String> out) {
        for (int c = 0; c < header.size(); c++) {
            List<String> kept = new ArrayList<>();
            for (String line : columns.get(c)) {
                // "Joe Bloggs Acting Chief Accountant 01234 567890 joe@…" in one cell: the name and post before the details.
                String before = CoverLabels.withoutContactDetails(line);
                if (!before.isEmpty()) {
                    kept.add(before);
                }
                if (!before.equals(line.strip())) {
                    break;
                }
            }
            if (!kept.isEmpty()) {
                put(out, header.get(c), String.join(", ", kept));
            }
        }
    }

    private static List<String> cells(Table t, int r) {
        List<String> cells = new ArrayList<>();
        for (String c : t.rowTexts(r)) {
            String s = Texts.squash(c);
            if (!s.isEmpty() && (cells.isEmpty() || !s.equals(cells.get(cells.size() - 1)))) {
                cells.add(s); // a merged cell repeats its text across the columns it spans
            }
        }
        return cells;
    }
}
