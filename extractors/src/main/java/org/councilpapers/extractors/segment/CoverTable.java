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
    /** The cover facts a label names. */
    public enum Field { TITLE, ITEM, COMMITTEE, DATE, REPORT_OF, AUTHOR, DIRECTOR, ASSISTANT_DIRECTOR, WARDS, KEY_DECISION, CLASSIFICATION }

    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}[a-z]?)\\.?$");
    // "Agenda item 7 | Fostering sufficiency strategy": the item's number in the label, its title beside it.
    private static final Pattern ITEM_IN_LABEL = Pattern.compile("(?i)^(?:agenda\\s+)?item\\s*(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?\\s*:?$");
    private static final Pattern CELL_LABEL = Pattern.compile("^([A-Za-z][A-Za-z ()/&'’?.-]{1,60}?)\\s*:\\s*(\\S.*)$");
    private static final int MAX_PAIRS_A_ROW = 2;
    private static final int MIN_LABELLED = 3;
    private static final int MIN_REPORT_FIELDS = 2;

    private CoverTable() {}

    /** The cover's fields in the order of the table; empty when the block is not a cover table. */
    public static Map<Field, String> read(Block b) {
        Table t = b.table();
        if (t == null) {
            return Map.of();
        }
        Map<Field, String> out = new EnumMap<>(Field.class);
        int labelled = 0;
        int rows = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            for (String c : t.rowTexts(r)) {
                String s = Texts.squash(c);
                if (!s.isEmpty() && (cells.isEmpty() || !s.equals(cells.get(cells.size() - 1)))) {
                    cells.add(s); // a merged cell repeats its text across the columns it spans
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            rows++;
            if (cells.size() > 2 * MAX_PAIRS_A_ROW) {
                return Map.of(); // a grid of data, not labels and values
            }
            labelled += readRow(cells, out);
        }
        long reportFields = out.keySet().stream().filter(f -> f != Field.DATE && f != Field.COMMITTEE && f != Field.CLASSIFICATION).count();
        return labelled >= MIN_LABELLED && 2 * labelled >= rows && reportFields >= MIN_REPORT_FIELDS ? out : Map.of();
    }

    private static int readRow(List<String> cells, Map<Field, String> out) {
        int labelled = 0;
        int i = 0;
        while (i < cells.size()) {
            String cell = cells.get(i);
            String next = i + 1 < cells.size() ? cells.get(i + 1) : null;
            Matcher item = ITEM_IN_LABEL.matcher(cell);
            Field field = field(cell);
            if (item.matches()) {
                out.putIfAbsent(Field.ITEM, item.group(1));
                labelled++;
                if (next != null && field(next) == null && !ITEM_IN_LABEL.matcher(next).matches()) {
                    out.putIfAbsent(Field.TITLE, next);
                    i++;
                }
                i++;
            } else if (field != null && next != null && field(next) == null) {
                labelled += put(out, field, next);
                i += 2;
            } else {
                // "Wards affected: All" in one cell.
                Matcher inCell = CELL_LABEL.matcher(cell);
                Field f = inCell.matches() ? field(inCell.group(1)) : null;
                if (f != null) {
                    labelled += put(out, f, inCell.group(2));
                }
                i++;
            }
        }
        return labelled;
    }

    private static int put(Map<Field, String> out, Field field, String value) {
        if (field == Field.ITEM) {
            Matcher m = ITEM_NUMBER.matcher(value);
            if (!m.matches()) {
                return 0;
            }
            value = m.group(1);
        }
        out.putIfAbsent(field, value);
        return 1;
    }

    /** The field a label names; null when the text is no label of a report cover. */
    public static @Nullable Field field(String label) {
        String k = Texts.fold(label).replaceAll("[:?]$", "").strip();
        Field whole = oneLabel(k);
        if (whole != null) {
            return whole;
        }
        // "Report of / Report by", "Author / Contact officer": either wording names the field.
        for (String part : k.split("\\s*/\\s*")) {
            Field f = oneLabel(part);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static @Nullable Field oneLabel(String k) {
        return switch (k) {
            case "report title", "title", "title of report", "title of the report", "report", "subject", "subject of report",
                    "report subject", "report name", "title of paper", "paper title" -> Field.TITLE;
            case "agenda item", "item", "item no", "item no.", "item number", "agenda item no", "agenda item no.", "agenda item number",
                    "agenda no", "agenda no." -> Field.ITEM;
            case "meeting", "committee", "decision maker", "decision-maker", "report to", "meeting of", "name of meeting",
                    "meeting name", "board", "panel" -> Field.COMMITTEE;
            case "date", "date of meeting", "meeting date", "date of the meeting" -> Field.DATE;
            case "report of", "report by", "report from", "from", "submitted by", "presented by", "lead director", "report sponsor",
                    "responsible officer" -> Field.REPORT_OF;
            case "author", "authors", "report author", "report author(s)", "report authors", "contact officer", "contact officers",
                    "lead officer", "contact", "report contact", "officer contact", "contact details", "report writer" -> Field.AUTHOR;
            case "accountable director", "accountable corporate director", "accountable strategic director", "responsible director"
                    -> Field.DIRECTOR;
            case "accountable assistant director", "accountable head of service" -> Field.ASSISTANT_DIRECTOR;
            case "wards", "ward", "wards affected", "ward(s) affected", "ward affected", "wards and communities affected",
                    "electoral divisions affected", "divisions affected", "electoral division(s) affected", "division(s) affected",
                    "wards/divisions affected" -> Field.WARDS;
            case "key decision", "is this a key decision", "key decision (yes/no)", "key decision yes/no" -> Field.KEY_DECISION;
            case "classification", "status", "public or exempt", "confidentiality", "exempt information", "open or exempt"
                    -> Field.CLASSIFICATION;
            default -> null;
        };
    }
}
