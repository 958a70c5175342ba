package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.HasBox;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.StatusEntry;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.vocab.DueDates;
import org.councilpapers.extractors.vocab.PeriodLabels;
import org.jspecify.annotations.Nullable;

/**
 * One action as a plan reader collects it, piece by piece, before it becomes an {@link Action}
 * and a {@link RagRow}. Mutable, and confined to the reader that fills it.
 */
final class ActionDraft {
    @Nullable String reference;
    @Nullable String recommendation;
    final List<String> text = new ArrayList<>();
    final Set<String> owners = new LinkedHashSet<>();
    final List<String> dues = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    final List<String> outcomes = new ArrayList<>();
    @Nullable String score;
    @Nullable String direction;
    /** The status a status column gives, where the plan has one. */
    @Nullable RagStatus stated;
    /** The status the progress text states in words ("Status: On track"), for an action no cell gives one. */
    @Nullable RagStatus worded;
    /** Each period's status in the order met; a period seen again keeps its first colour. */
    final Map<String, @Nullable RagStatus> periods = new LinkedHashMap<>();
    /** Other cells of the row by column name, for the RAG table. */
    final Map<String, String> cells = new LinkedHashMap<>();
    boolean hasGrid;
    private boolean statusLabelled;
    /** The row's own action, owner and due cells and their columns' names, to split a cell that lists several actions. */
    @Nullable Cell actionCell;
    @Nullable Cell ownerCell;
    @Nullable Cell dueCell;
    @Nullable String actionColumn;
    @Nullable String ownerColumn;
    @Nullable String dueColumn;
    /** Whether a page break cut the row and the draft joins its pieces: such a row is not split. */
    boolean joined;
    /** Which of the actions one cell lists this is (1, 2, …), 0 for a row of one action. */
    int item;
    private int page = Integer.MAX_VALUE;
    private int start = Integer.MAX_VALUE;
    private int end = -1;
    private @Nullable HasBox first;

    /** Widens the draft's span to a piece of the layout. */
    void cover(int piecePage, int pieceStart, int pieceEnd, HasBox placed) {
        if (pieceStart < start) {
            start = pieceStart;
            page = piecePage;
            first = placed;
        }
        end = Math.max(end, pieceEnd);
    }

    boolean covered() {
        return first != null;
    }

    int start() {
        return start;
    }

    void period(String label, @Nullable RagStatus status) {
        String key = Texts.squash(label);
        hasGrid = true;
        if (!periods.containsKey(key) || periods.get(key) == null) {
            periods.put(key, status);
        }
    }

    List<StatusEntry> history() {
        List<StatusEntry> entries = periods.entrySet().stream().map(e -> new StatusEntry(e.getKey(), e.getValue())).toList();
        return PeriodLabels.inTimeOrder(entries, StatusEntry::period);
    }

    /** Reads the status the progress text states, once the draft's progress is complete. */
    void readProse(RagKey key) {
        String p = progressText();
        worded = p == null ? null : key.inProse(p).orElse(null);
        statusLabelled = p != null && key.labelledInProse(p).isPresent();
    }

    /**
     * The stated status, else the latest period that has one, else the one its progress states in words. A row whose review
     * grid is blank in every period has none: the tracker rates each action at each review, and leaving every review blank
     * is its way of not rating one yet ("Not yet started" beside blank cells is no red, which its key keeps for off track).
     */
    @Nullable RagStatus status() {
        if (stated != null) {
            return stated;
        }
        List<StatusEntry> h = history();
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).status() != null) {
                return h.get(i).status();
            }
        }
        // "… Status: On track" in the update is the tracker's own rating, written where a colour was not; bare progress
        // prose ("Not yet started") beside a blank grid is no rating.
        return hasGrid && !statusLabelled ? null : worded;
    }

    String text() {
        return String.join("\n", text).strip();
    }

    /** The one owner, or every owner the sub-actions name, as printed. */
    @Nullable String owner() {
        return owners.isEmpty() ? null : String.join("; ", owners);
    }

    /** The due cell as printed where the action has one; several sub-action dates give none. */
    @Nullable String due() {
        List<String> distinct = dues.stream().map(Texts::squash).filter(s -> !s.isEmpty()).distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : null;
    }

    @Nullable String progressText() {
        String p = String.join("\n", progress).strip();
        return p.isEmpty() ? null : p;
    }

    /**
     * The actions of a row whose action cell lists several ("1.1 … 1.2 …", bullets, "a) … b) …"): one draft each, under
     * the row's recommendation, each with its own number where it prints one (else the row's), and its own owner and
     * date where the owner and date cells list as many lines as there are actions (parallel lists); else the row's.
     * A row of one action, or one joined across a page break, is itself.
     */
    List<ActionDraft> split() {
        List<ActionItems.Item> items = joined ? List.of() : ActionItems.of(actionCell);
        if (items.isEmpty()) {
            return List.of(this);
        }
        List<String> owned = ActionItems.lines(ownerCell);
        List<String> dated = ActionItems.lines(dueCell);
        List<ActionDraft> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ActionItems.Item it = items.get(i);
            ActionDraft d = copy();
            d.item = i + 1;
            d.reference = it.number() != null ? it.number() : reference;
            d.text.clear();
            d.text.add(it.text());
            if (owned.size() == items.size()) {
                d.owners.clear();
                d.owners.add(owned.get(i));
            }
            if (dated.size() == items.size()) {
                d.dues.clear();
                d.dues.add(dated.get(i));
            }
            if (actionColumn != null) {
                d.cells.put(actionColumn, it.text());
            }
            if (ownerColumn != null && owned.size() == items.size()) {
                d.cells.put(ownerColumn, owned.get(i));
            }
            if (dueColumn != null && dated.size() == items.size()) {
                d.cells.put(dueColumn, dated.get(i));
            }
            if (it.block() != null && it.block().end() > it.block().start()) {
                d.start = it.block().start();
                d.end = it.block().end();
                d.page = it.block().page() > 0 ? it.block().page() : page;
                d.first = it.block();
            }
            out.add(d);
        }
        return out;
    }

    private ActionDraft copy() {
        ActionDraft d = new ActionDraft();
        d.reference = reference;
        d.recommendation = recommendation;
        d.text.addAll(text);
        d.owners.addAll(owners);
        d.dues.addAll(dues);
        d.progress.addAll(progress);
        d.outcomes.addAll(outcomes);
        d.score = score;
        d.direction = direction;
        d.stated = stated;
        d.worded = worded;
        d.periods.putAll(periods);
        d.cells.putAll(cells);
        d.hasGrid = hasGrid;
        d.page = page;
        d.start = start;
        d.end = end;
        d.first = first;
        return d;
    }

    Action toAction(ExtractContext ctx, @Nullable String tableId) {
        Provenance p = provenance(ctx);
        String due = due();
        String key = (reference == null ? "" : reference) + (item == 0 ? "" : "#" + item);
        return new Action(ctx.id(RecordType.ACTION, p, key), reference, recommendation, text(), owner(),
                due, due == null ? null : DueDates.parse(due).orElse(null), status(), history(), progressText(), score, direction,
                tableId, null, p, Mentions.NONE);
    }

    /**
     * Where the action sits: its first piece's span and box, and the page its first piece starts on, found from the
     * offset, since a table joined across a page break keeps the page of its first part.
     */
    Provenance provenance(ExtractContext ctx) {
        if (first == null) {
            throw new IllegalStateException("a draft with no piece of the layout");
        }
        int at = ctx.layout().pageAt(start);
        return ctx.provenance(at > 0 ? at : page, start, end, first);
    }

    RagRow toRow(List<String> columns) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String c : columns) {
            String v = cells.get(c);
            if (v != null && !v.isBlank()) {
                row.put(c, v);
            }
        }
        String label = reference != null ? reference : Texts.squash(text()).replaceFirst("^(.{60}\\S*).*", "$1");
        return new RagRow(label, row, status(), history());
    }
}
