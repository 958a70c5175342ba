package org.councilpapers.extractors.segment;

import java.util.List;
import java.util.Objects;
import org.councilpapers.core.layout.Block;
import org.jspecify.annotations.Nullable;

/**
 * A run of a paper's body blocks that is one thing: the front sheet, a set of minutes, a report,
 * an appendix, the work programme. {@code from} and {@code to} index {@code LayoutDocument.body()}
 * (to exclusive).
 *
 * @param kind   what the part is
 * @param itemNumber the agenda item the part belongs to, as printed ("6"); null where the paper does not say
 * @param title      the item's title from the agenda, where known
 * @param from   the first body block of the part
 * @param to     the body block after its last
 * @param blocks the part's blocks, {@code body().subList(from, to)}
 */
public record Part(PartKind kind, @Nullable String itemNumber, @Nullable String title, int from, int to, List<Block> blocks) {
    /**
     * Refuses a missing kind or a bad block range, and copies the blocks.
     *
     * @param kind what the part is
     * @param itemNumber the agenda item the part belongs to, or null
     * @param title the item's title, or null
     * @param from the first body block
     * @param to the body block after the last
     * @param blocks the part's blocks
     * @throws IllegalArgumentException where {@code from} is negative or {@code to} before it
     */
    public Part {
        Objects.requireNonNull(kind, "kind");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad block range " + from + ".." + to);
        }
        blocks = List.copyOf(blocks);
    }

    /**
     * The physical page the part starts on, or 0 for an empty part.
     *
     * @return the first page, or 0
     */
    public int firstPage() {
        return blocks.isEmpty() ? 0 : blocks.get(0).page();
    }

    /**
     * The physical page the part ends on, or 0 for an empty part.
     *
     * @return the last page, or 0
     */
    public int lastPage() {
        return blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).page();
    }

    /**
     * Where the part's text starts in the layout text, or -1 for an empty part.
     *
     * @return the start offset, or -1
     */
    public int textStart() {
        return blocks.isEmpty() ? -1 : blocks.get(0).start();
    }

    /**
     * Where the part's text ends in the layout text (exclusive), or -1 for an empty part.
     *
     * @return the end offset, or -1
     */
    public int textEnd() {
        return blocks.isEmpty() ? -1 : blocks.get(blocks.size() - 1).end();
    }

    @Override
    public String toString() {
        return kind + (itemNumber != null ? " item " + itemNumber : "") + " blocks " + from + ".." + to
                + " pages " + firstPage() + ".." + lastPage();
    }
}
