package org.councilpapers.core.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A paper as readers see it, whatever its format: pages of blocks in reading order, with tables,
 * cell fills, running headers and footers, and printed page numbers. Every block and cell knows its
 * span in {@link #text()}, which is what record provenance points into. Immutable; build one with
 * {@link #builder()}.
 */
public final class LayoutDocument {
    private final List<Page> pages;
    private final String text;

    private LayoutDocument(List<Page> pages, String text) {
        this.pages = List.copyOf(pages);
        this.text = text;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Page> pages() {
        return pages;
    }

    public int pageCount() {
        return pages.size();
    }

    /** The page with this 1-based number. */
    public Page page(int number) {
        if (number < 1 || number > pages.size()) {
            throw new IndexOutOfBoundsException("page " + number + " of " + pages.size());
        }
        return pages.get(number - 1);
    }

    /** The document's extracted text: every block's text, in reading order, one block a line. */
    public String text() {
        return text;
    }

    /** The text between two offsets of {@link #text()}. */
    public String text(int start, int end) {
        return text.substring(start, end);
    }

    /** Every body block in reading order, furniture left out. */
    public List<Block> body() {
        List<Block> out = new ArrayList<>();
        for (Page p : pages) {
            out.addAll(p.body());
        }
        return out;
    }

    /**
     * Every body block in reading order, as {@link #body()}, but with each table a page break cut joined back
     * into one table block: the parts' repeated header rows dropped, and a row the break cut made one row again.
     * The joined block and its cells keep the page, box and start of their first part and the end of their
     * last, so they span the page break (and the running header and footer between) in {@link #text()}; each
     * cell's blocks keep their own pages and offsets. A continuation whose first part lies outside this view
     * stands alone.
     */
    public List<Block> joinedBody() {
        return TableJoin.join(body());
    }

    /**
     * The physical page holding an offset of {@link #text()}: the page of the last block starting at or before
     * it. A record read from a joined table ({@link #joinedBody()}) finds its own page this way, where the
     * joined block's page is that of its first part. 0 where no page of this view holds it.
     */
    public int pageAt(int offset) {
        int page = 0;
        for (Page p : pages) {
            for (Block b : p.blocks()) {
                if (b.start() > offset) {
                    return page;
                }
                page = p.number();
            }
        }
        return page;
    }

    /** The page number printed on a physical page, or null where none is printed. */
    public @Nullable String printedPage(int page) {
        return page >= 1 && page <= pages.size() ? pages.get(page - 1).printedNumber() : null;
    }

    /**
     * A view of pages {@code from..to} (1-based, inclusive) sharing this document's text, so offsets
     * stay valid; the segmenter hands each part of a pack to extractors this way.
     */
    public LayoutDocument pages(int from, int to) {
        if (from < 1 || to > pages.size() || from > to) {
            throw new IndexOutOfBoundsException("pages " + from + ".." + to + " of " + pages.size());
        }
        return new LayoutDocument(pages.subList(from - 1, to), text);
    }

    @Override
    public String toString() {
        return "LayoutDocument[" + pages.size() + " pages, " + text.length() + " chars]";
    }

    /**
     * Places blocks page by page and lays out the document text. Not thread-safe; one per read.
     * Pages are opened with {@link #page}; a block added before any page opens page 1.
     */
    public static final class Builder {
        private final List<Page> pages = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private List<Block> current = null;
        private @Nullable String printed;
        private float width;
        private float height;

        private Builder() {}

        /** Closes the current page, if any, and opens the next one. */
        public Builder page(float pageWidth, float pageHeight) {
            closePage();
            current = new ArrayList<>();
            printed = null;
            width = pageWidth;
            height = pageHeight;
            return this;
        }

        /** Opens the next page of a format without page geometry. */
        public Builder page() {
            return page(0, 0);
        }

        /** Sets the page number printed on the current page. */
        public Builder printedNumber(@Nullable String number) {
            ensurePage();
            printed = number;
            return this;
        }

        /** Whether the current page has any blocks yet. */
        public boolean pageIsEmpty() {
            return current == null || current.isEmpty();
        }

        public int pageNumber() {
            return pages.size() + (current == null ? 0 : 1);
        }

        /** Places a block on the current page and returns it placed. */
        public Block add(Block block) {
            Objects.requireNonNull(block, "block");
            ensurePage();
            Block placed = place(block, pageNumber());
            text.append('\n');
            current.add(placed);
            return placed;
        }

        public LayoutDocument build() {
            closePage();
            return new LayoutDocument(pages, text.toString());
        }

        private void ensurePage() {
            if (current == null) {
                page();
            }
        }

        private void closePage() {
            if (current != null) {
                pages.add(new Page(pages.size() + 1, printed, width, height, current));
                current = null;
            }
        }

        private Block place(Block b, int page) {
            int start = text.length();
            if (b.table() == null) {
                text.append(b.text());
                return b.placed(b.text(), page, start, text.length(), null);
            }
            Table t = b.table();
            List<Cell> cells = new ArrayList<>(t.cells().size());
            int row = -1;
            for (Cell c : t.cells()) {
                if (row >= 0) {
                    text.append(c.row() == row ? '\t' : '\n');
                }
                row = c.row();
                cells.add(placeCell(c, page));
            }
            Table placedTable = new Table(cells, t.rowCount(), t.colCount(), t.box(), t.continuation());
            return b.placed(text.substring(start), page, start, text.length(), placedTable);
        }

        private Cell placeCell(Cell c, int page) {
            int start = text.length();
            List<Block> blocks = new ArrayList<>(c.blocks().size());
            for (Block inner : c.blocks()) {
                if (!blocks.isEmpty()) {
                    text.append('\n');
                }
                blocks.add(place(inner.withLayer(Layer.BODY), page));
            }
            return c.placed(text.substring(start), blocks, start, text.length());
        }
    }
}
