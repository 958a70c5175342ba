package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.StatusEntry;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.table.PlanColumn;
import org.councilpapers.extractors.table.TableHeader;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.PeriodLabels;
import org.jspecify.annotations.Nullable;

/**
 * Tables that carry RAG status but are not action plans: performance scorecards and KPI tables
 * ("Indicator | Target | Actual | RAG rating: Latest | Previous | DoT"). A column carries status
 * when its header says so (RAG, status, a period under "RAG rating") or, unnamed, when most of its
 * cells are filled or written in RAG colours; status words count only under such a header, since
 * "Green" in an unnamed column may be a party. A period over figures ("2025-26" over a budget) is
 * no status header: its colours must state a status by themselves ({@link TableView#coloursStateStatus}).
 */
final class Scorecards {
    private static final int MIN_STATUS_CELLS = 2;
    // A first header cell naming the table's indicators ("Customer Services KPIs", "Housing performance measures").
    private static final Pattern NAMES_INDICATORS = Pattern.compile("(?i)\\S+\\s.*\\b(?:kpis?|indicators|measures|metrics|scorecard)$");

    private Scorecards() {}

    /** A scorecard read from one table. */
    record Card(@Nullable String title, List<String> columns, List<String> periods, List<RagRow> rows) {
        Card {
            columns = List.copyOf(columns);
            periods = List.copyOf(periods);
            rows = List.copyOf(rows);
        }
    }

    static Optional<Card> read(List<Block> body, int index, RagKey key, Function<Table, TableView> views) {
        Table t = body.get(index).table();
        TableView view = views.apply(t);
        TableHeader header = TableHeader.of(view, key).orElse(null);
        if (header != null && header.isRiskRegister()) {
            return Optional.empty(); // a risk's colour is its level
        }
        int from = header == null ? 0 : header.rows();
        List<Integer> statusCols = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int statusCells = 0;
        for (int c = 0; c < t.colCount(); c++) {
            PlanColumn role = header == null ? PlanColumn.OTHER : header.roles().get(c);
            boolean named = role == PlanColumn.STATUS || role == PlanColumn.PERIOD;
            // A header naming a status vouches for its column's colours. A period does not: years head the figures of every
            // budget and capital programme, whose cells spreadsheets tint by column or total; under a period, colours count
            // where they state a status by themselves or colour what is no figure (a RAG grid's filled cells, its words).
            boolean coloursCount = role == PlanColumn.STATUS || view.coloursStateStatus(c)
                    || role == PlanColumn.PERIOD && !view.holdsFigures(c) && !view.holdsMoney(c);
            int carrying = 0;
            int cells = 0;
            for (int r = from; r < t.rowCount(); r++) {
                Cell cell = view.cell(r, c);
                if (cell == null || cell.isBlank() && cell.fill() == null) {
                    continue;
                }
                cells++;
                boolean coloured = !TableHeader.shadedRow(t, r)
                        && key.colourOf(cell).isPresent();
                if (coloured && coloursCount || named && key.word(cell.text()).isPresent()) {
                    carrying++;
                }
            }
            if (carrying > 0 && view.colourFollowsSign(c)) {
                continue; // a column of figures coloured by their sign: red for an overspend is no status
            }
            if (carrying > 0 && (named || carrying >= MIN_STATUS_CELLS && carrying * 2 >= cells && coloursCount)) {
                statusCols.add(c);
                labels.add(header == null || header.labels().get(c).isBlank() ? "Column " + (c + 1) : header.labels().get(c));
                statusCells += carrying;
            }
        }
        if (statusCols.isEmpty() || statusCells < MIN_STATUS_CELLS) {
            return Optional.empty();
        }
        boolean periods = statusCols.size() > 1;
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < t.colCount(); c++) {
            if (!statusCols.contains(c)) {
                columns.add(header == null || header.names().get(c).isBlank() ? "Column " + (c + 1) : header.names().get(c));
            }
        }
        List<RagRow> rows = new ArrayList<>();
        for (int r = from; r < t.rowCount(); r++) {
            Map<String, String> cells = new LinkedHashMap<>();
            String label = null;
            int col = 0;
            for (int c = 0; c < t.colCount(); c++) {
                if (statusCols.contains(c)) {
                    continue;
                }
                Cell cell = view.cell(r, c);
                String text = cell == null ? "" : Texts.squash(cell.text());
                if (!text.isEmpty()) {
                    cells.put(columns.get(col), text);
                    label = label == null ? text : label;
                }
                col++;
            }
            List<StatusEntry> history = new ArrayList<>();
            RagStatus stated = null;
            for (int i = 0; i < statusCols.size(); i++) {
                Cell cell = view.cellAt(r, statusCols.get(i));
                RagStatus s = cell == null || cell.row() != r ? null : key.status(cell, TableHeader.bandFill(t, r)).orElse(null);
                if (periods) {
                    history.add(new StatusEntry(labels.get(i), s));
                } else {
                    stated = s;
                }
            }
            if (label == null) {
                continue; // a blank or purely decorative row
            }
            List<StatusEntry> ordered = PeriodLabels.inTimeOrder(history, StatusEntry::period);
            RagStatus status = stated;
            for (int i = ordered.size() - 1; i >= 0 && status == null; i--) {
                status = ordered.get(i).status();
            }
            rows.add(new RagRow(label, cells, status, ordered));
        }
        if (rows.stream().allMatch(r -> r.status() == null)) {
            return Optional.empty(); // nothing rated after all
        }
        // Where the header names the indicators, that is the table's title: the text above a scorecard is often commentary,
        // whose first line can pass for a heading ("Growth, Economic Development & Communities – The number of properties").
        String first = header == null || statusCols.contains(0) ? "" : header.names().get(0);
        String title = NAMES_INDICATORS.matcher(first).matches() ? first : Titles.before(body, index, key);
        if (title == null && header != null && !statusCols.contains(0) && header.names().get(0).split(" ").length >= 2) {
            title = header.names().get(0); // "Customer Services KPIs" over the indicators it lists
        }
        return Optional.of(new Card(title, columns, periods ? PeriodLabels.inTimeOrder(labels, s -> s) : List.of(), rows));
    }
}
