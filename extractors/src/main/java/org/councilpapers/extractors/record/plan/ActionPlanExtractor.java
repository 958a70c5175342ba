package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.PeriodLabels;
import org.councilpapers.extractors.vocab.RagColours;
import org.jspecify.annotations.Nullable;

/**
 * Action and improvement plans, statements of action and RAG scorecards: one {@code action}
 * record per plan row or statement reference, and one {@code ragTable} record per table that
 * carries Red/Amber/Green(/Blue) status, which the plan's actions name.
 *
 * <p>Three readers share one RAG key, the document's own where it prints one (its definitions go
 * to the envelope's {@code ragScale}): {@link StatementReader} for reference-led statements,
 * {@link PlanTables} for one-row-per-action plans, {@link Scorecards} for the remaining tables
 * with status. Each table is read by the first reader that takes it.
 */
public final class ActionPlanExtractor implements RecordExtractor {

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        // Tables a page break cut are read joined, so a key or a plan row the break split is read whole; each action
        // still finds its own page from where its cells are printed (ActionDraft.provenance).
        List<Block> body = doc.joinedBody();
        RagKey printed = RagKey.find(body, ctx.warnings());
        RagKey key = printed.withPalette(palette(body, printed));
        key.definitions().forEach(ctx.ragScale()::putIfAbsent);
        // Each table read once by meaning (header rows, columns' roles, cells' kinds) for all three readers, under the paper's key.
        Map<Table, TableView> read = new IdentityHashMap<>();
        Function<Table, TableView> views = t -> read.computeIfAbsent(t, x -> TableView.of(x, key));
        List<Emitted> out = new ArrayList<>();
        Set<Block> taken = new HashSet<>(key.tables());

        Optional<StatementReader.Statement> statement = StatementReader.read(body, key, views, ctx.warnings());
        statement.ifPresent(s -> {
            taken.addAll(s.tables());
            emit(ctx, key, s.title(), s.columns(), periods(s.actions()), s.actions(), s.actions().stream().anyMatch(d -> d.hasGrid), out);
        });

        for (PlanTables.Plan plan : PlanTables.read(body, taken, key, views, ctx.warnings())) {
            taken.addAll(plan.tables());
            plan.rows().forEach(d -> d.readProse(key));
            emit(ctx, key, plan.title(), plan.columns(), plan.periods(), plan.rows(), plan.carriesStatus(), out);
        }

        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b.table() == null || taken.contains(b)) {
                continue;
            }
            int index = i;
            Scorecards.read(body, i, key, views).ifPresent(card -> {
                Provenance p = ctx.provenance(b.page(), b.start(), b.end(), b);
                out.add(new Emitted(new RagTable(ctx.id(RecordType.RAG_TABLE, p, String.valueOf(card.title())), card.title(), card.columns(),
                        card.periods(), card.rows(), p, Mentions.NONE), index));
            });
        }
        out.sort(Comparator.comparingInt((Emitted e) -> e.record().provenance().start()).thenComparingInt(Emitted::order));
        return out.stream().map(Emitted::record).toList();
    }

    /** A record and its place among records that start at the same offset (a RAG table before its first action). */
    private record Emitted(PaperRecord record, int order) {}

    private static void emit(ExtractContext ctx, RagKey key, @Nullable String title, List<String> columns, List<String> periods,
            List<ActionDraft> drafts, boolean carriesStatus, List<Emitted> out) {
        List<ActionDraft> rows = drafts.stream().filter(ActionDraft::covered).toList();
        rows.forEach(d -> d.readProse(key));
        if (rows.isEmpty()) {
            return;
        }
        String tableId = null;
        if (carriesStatus) {
            Provenance first = rows.get(0).provenance(ctx);
            int end = rows.stream().mapToInt(d -> d.provenance(ctx).end()).max().orElse(first.end());
            Provenance p = new Provenance(first.page(), first.printedPage(), first.start(), end, first.bbox());
            List<RagRow> ragRows = rows.stream().map(d -> d.toRow(columns)).toList();
            RagTable table = new RagTable(ctx.id(RecordType.RAG_TABLE, p, String.valueOf(title)), title, columns, periods, ragRows, p, Mentions.NONE);
            tableId = table.id();
            out.add(new Emitted(table, 0));
        }
        for (ActionDraft d : rows) {
            out.add(new Emitted(d.toAction(ctx, tableId), 1));
        }
    }

    /**
     * The shades the paper names rows by: those of every column whose colours identify its rows ({@link
     * TableView#coloursIdentifyRows}). A finance report paints each directorate's colour beside it in table after table; a
     * table that shows only two or three directorates is read with the paper's palette in mind.
     */
    private static List<Rgb> palette(List<Block> body, RagKey key) {
        if (key.printed()) {
            return List.of();
        }
        List<Rgb> shades = new ArrayList<>();
        for (Block b : body) {
            if (b.table() == null || b.table().colCount() < 2) {
                continue;
            }
            TableView view = TableView.of(b.table(), key);
            for (int c = 0; c < view.colCount(); c++) {
                if (view.coloursIdentifyRows(c)) {
                    view.fills(c).stream().filter(f -> shades.stream().noneMatch(x -> RagColours.sameShade(x, f))).forEach(shades::add);
                }
            }
        }
        return shades;
    }

    // Every period any action of a statement was rated for, in time order.
    private static List<String> periods(List<ActionDraft> actions) {
        List<String> all = new ArrayList<>();
        for (ActionDraft d : actions) {
            for (Map.Entry<String, RagStatus> e : d.periods.entrySet()) {
                if (!all.contains(e.getKey())) {
                    all.add(e.getKey());
                }
            }
        }
        return PeriodLabels.inTimeOrder(all, s -> s);
    }
}
