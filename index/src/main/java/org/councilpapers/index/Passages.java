package org.councilpapers.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.internal.Hashes;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Table;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a paper's layout into the {@link Passage}s an index holds beside its records:
 *
 * <pre>{@code
 * AtomicReference<LayoutDocument> layout = new AtomicReference<>();
 * AtomicReference<TextRanges> skip = new AtomicReference<>();        // blank pages, notes for the public
 * Extraction x = papers.extract(in, name, (l, s) -> { layout.set(l); skip.set(s); });   // the paper is read once
 * index.add(x, Passages.of(x, layout.get(), offset -> !skip.get().contains(offset)));
 * }</pre>
 *
 * <p>Each body paragraph and list item is one passage; each table row is one, its cells joined with
 * {@code " | "}, a table a page break cut joined back first so a cut row is one passage. Running
 * headers and footers (furniture) are left out, as are headings (they are kept as each passage's
 * {@link Passage#heading()}), rows that are all header cells, and text without a letter in it
 * (page numbers, rules), and what starts where the caller says no passage should: a paper's
 * boilerplate (the notes for the public an agenda pack repeats, "this page is intentionally left
 * blank") is no more worth finding than the records the extractors drop from it.
 */
public final class Passages {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private Passages() {}

    /**
     * The passages of the paper {@code x} was extracted from, read from its layout, in reading order.
     *
     * @param x the paper's extraction, for its document id
     * @param layout the layout the extraction was read from
     * @return the passages, unmodifiable
     */
    public static List<Passage> of(Extraction x, LayoutDocument layout) {
        return of(x, layout, offset -> true);
    }

    /**
     * As {@link #of(Extraction, LayoutDocument)}, keeping only passages whose start offset in the
     * layout text {@code keep} accepts (see {@code CouncilPapers.LayoutSink} for the offsets an
     * extraction leaves out). A heading where {@code keep} says no is no passage's heading either.
     *
     * @param x the paper's extraction, for its document id
     * @param layout the layout the extraction was read from
     * @param keep accepts the start offsets in {@link LayoutDocument#text()} where passages may be cut
     * @return the passages, unmodifiable
     * @throws NullPointerException if an argument is null
     */
    public static List<Passage> of(Extraction x, LayoutDocument layout, IntPredicate keep) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(keep, "keep");
        String documentId = x.document().id();
        List<Passage> out = new ArrayList<>();
        String heading = null;
        for (Block b : layout.joinedBody()) {
            if (!keep.test(b.start())) {
                // The heading of notes left out would otherwise head the passages after them.
                heading = b.is(BlockKind.HEADING) ? null : heading;
                continue;
            }
            if (b.is(BlockKind.HEADING)) {
                String h = clean(b.text());
                heading = h.isEmpty() ? heading : h;
            } else if (b.is(BlockKind.PARAGRAPH) || b.is(BlockKind.LIST_ITEM)) {
                String text = clean(b.is(BlockKind.LIST_ITEM) && b.marker() != null ? b.marker() + " " + b.text() : b.text());
                add(out, documentId, b.is(BlockKind.PARAGRAPH) ? Passage.Kind.PARAGRAPH : Passage.Kind.LIST_ITEM, b.page(), layout,
                        b.start(), b.end(), heading, text);
            } else if (b.table() != null) {
                rows(out, documentId, b, b.table(), layout, heading, keep);
            }
        }
        return List.copyOf(out);
    }

    private static void rows(List<Passage> out, String documentId, Block block, Table table, LayoutDocument layout,
            @Nullable String heading, IntPredicate keep) {
        for (int r = 0; r < table.rowCount(); r++) {
            List<Cell> cells = table.row(r);
            if (cells.isEmpty() || cells.stream().allMatch(Cell::header)) {
                continue;
            }
            StringJoiner text = new StringJoiner(" | ");
            int start = Integer.MAX_VALUE;
            int end = 0;
            int page = 0;
            for (Cell c : cells) {
                // A cell spanning rows belongs to the row it starts in; repeating it on each row would only repeat its words.
                if (c.row() != r || c.isBlank()) {
                    continue;
                }
                text.add(clean(c.text()));
                if (c.start() < start) {
                    start = c.start();
                    page = c.blocks().isEmpty() ? 0 : c.blocks().get(0).page();
                }
                end = Math.max(end, c.end());
            }
            if (start == Integer.MAX_VALUE || !keep.test(start)) {
                continue;
            }
            if (page == 0) {
                page = layout.pageAt(start);
            }
            add(out, documentId, Passage.Kind.TABLE_ROW, page == 0 ? block.page() : page, layout, start, end, heading,
                    text.toString());
        }
    }

    private static void add(List<Passage> out, String documentId, Passage.Kind kind, int page, LayoutDocument layout, int start,
            int end, @Nullable String heading, String text) {
        if (!LETTER.matcher(text).find()) {
            return;
        }
        String id = "passage-" + Hashes.sha256Hex(documentId + "|passage|" + start + "|" + end).substring(0, 16);
        out.add(new Passage(id, kind, page, layout.printedPage(page), start, Math.max(start, end), heading, text));
    }

    private static String clean(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
