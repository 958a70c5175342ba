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

    /**
     * A builder for a new document; readers use one per paper.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The pages of this document or view, in order.
     *
     * @return an unmodifiable list
     */
    public List<Page> pages() {
        return pages;
    }

    /**
     * How many pages this document or view holds.
     *
     * @return the page count; 0 for a document built with no blocks
     */
    public int pageCount() {
        return pages.size();
    }

    /**
     * The page with this 1-based number, counted within this document or view.
     *
     * @param number the page's position in {@link #pages()}, from 1
     * @return the page
     * @throws IndexOutOfBoundsException if there is no such page
     */
    public Page page(int number) {
        if (number < 1 || number > pages.size()) {
            throw new IndexOutOfBoundsException("page " + number + " of " + pages.size());
        }
        return pages.get(number - 1);
    }

    /**
     * The document's extracted text: every block's text, in reading order, one block a line (a table's cells
     * separated by tabs within a row and newlines between rows). A view shares its document's whole text.
     *
     * @return the text that block, cell and record offsets point into
     */
    public String text() {
        return text;
    }

    /**
     * The text between two offsets of {@link #text()}.
     *
     * @param start the first offset, inclusive
     * @param end the last offset, exclusive
     * @return that stretch of the text
     * @throws IndexOutOfBoundsException if the offsets are out of order or outside the text
     */
    public String text(int start, int end) {
        return text.substring(start, end);
    }

    /**
     * Every body block in reading order, furniture left out.
     *
     * @return a new list of the blocks of every page of this document or view
     */
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
     *
     * @return a new list of the body blocks, tables joined
     */
    public List<Block> joinedBody() {
        return TableJoin.join(body());
    }

    /**
     * The physical page holding an offset of {@link #text()}: the page of the last block starting at or before
     * it. A record read from a joined table ({@link #joinedBody()}) finds its own page this way, where the
     * joined block's page is that of its first part.
     *
     * @param offset an offset into {@link #text()}
     * @return the physical page number; 0 where no page of this view holds it
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

    /**
     * The page number printed on a physical page.
     *
     * @param page the page's 1-based position in this document or view
     * @return the number as printed; null where none is printed or there is no such page
     */
    public @Nullable String printedPage(int page) {
        return page >= 1 && page <= pages.size() ? pages.get(page - 1).printedNumber() : null;
    }

    /**
     * A view of pages {@code from..to} (1-based, inclusive) sharing this document's text, so offsets
     * stay valid; the segmenter hands each part of a pack to extractors this way.
     *
     * @param from the first page, 1-based, within this document or view
     * @param to the last page, inclusive
     * @return a view of those pages
     * @throws IndexOutOfBoundsException if the range is empty or runs outside this document or view
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

        /**
         * Closes the current page, if any, and opens the next one.
         *
         * @param pageWidth the page's width in points
         * @param pageHeight the page's height in points
         * @return this builder
         */
        public Builder page(float pageWidth, float pageHeight) {
            closePage();
            current = new ArrayList<>();
            printed = null;
            width = pageWidth;
            height = pageHeight;
            return this;
        }

        /**
         * Opens the next page of a format without page geometry (its size is 0 by 0).
         *
         * @return this builder
         */
        public Builder page() {
            return page(0, 0);
        }

        /**
         * Sets the page number printed on the current page, opening page 1 if none is open.
         *
         * @param number the number as printed; null for none
         * @return this builder
         */
        public Builder printedNumber(@Nullable String number) {
            ensurePage();
            printed = number;
            return this;
        }

        /**
         * Whether the current page has any blocks yet.
         *
         * @return true if no page is open or the open page has no blocks
         */
        public boolean pageIsEmpty() {
            return current == null || current.isEmpty();
        }

        /**
         * The number of the page blocks are being added to.
         *
         * @return the current page's 1-based number; 0 before any page is opened
         */
        public int pageNumber() {
            return pages.size() + (current == null ? 0 : 1);
        }

        /**
         * Places a block on the current page (opening page 1 if none is open): appends its text, and its
         * table's cells' text, to the document text and gives it and its cells their page and offsets.
         *
         * @param block a block from the {@link Block} factories; its page and offsets are replaced
         * @return the block as placed
         * @throws NullPointerException if {@code block} is null
         */
        public Block add(Block block) {
            Objects.requireNonNull(block, "block");
            ensurePage();
            Block placed = place(block, pageNumber());
            text.append('\n');
            current.add(placed);
            return placed;
        }

        /**
         * Closes the current page and builds a document of the pages so far.
         *
         * @return the document
         */
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
