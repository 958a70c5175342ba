package org.councilpapers.core.layout;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One physical page: its 1-based number, the page number printed on it (from the running header
 * or footer, where there is one), its size in points (0 where the format has no pages), and its
 * blocks in reading order, furniture included.
 *
 * @param number the physical page number, from 1
 * @param printedNumber the page number printed on it, as printed; null where none is printed
 * @param width the page's width in points; 0 where the format has no pages
 * @param height the page's height in points; 0 where the format has no pages
 * @param blocks the page's blocks in reading order, running headers and footers included
 */
public record Page(int number, @Nullable String printedNumber, float width, float height, List<Block> blocks) {
    /**
     * Checks the number and copies the blocks.
     *
     * @param number the physical page number, from 1
     * @param printedNumber the page number printed on it; null where none is printed
     * @param width the page's width in points; 0 where the format has no pages
     * @param height the page's height in points; 0 where the format has no pages
     * @param blocks the page's blocks in reading order
     * @throws IllegalArgumentException if {@code number} is below 1
     * @throws NullPointerException if {@code blocks} or one of them is null
     */
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
        blocks = List.copyOf(blocks);
    }

    /**
     * The blocks of the body, without running headers and footers.
     *
     * @return a new list, in reading order
     */
    public List<Block> body() {
        return blocks.stream().filter(b -> !b.layer().isFurniture()).toList();
    }

    /**
     * The running header's blocks.
     *
     * @return a new list, in reading order; empty where the page has none
     */
    public List<Block> header() {
        return blocks.stream().filter(b -> b.layer() == Layer.HEADER).toList();
    }

    /**
     * The running footer's blocks.
     *
     * @return a new list, in reading order; empty where the page has none
     */
    public List<Block> footer() {
        return blocks.stream().filter(b -> b.layer() == Layer.FOOTER).toList();
    }

    /**
     * Whether the page carries nothing: no body text at all, or only an "intentionally left blank" notice.
     *
     * @return true for a blank page
     */
    public boolean isBlank() {
        return body().stream().allMatch(b -> b.text().isBlank()
                || b.text().toLowerCase(java.util.Locale.ROOT).matches("\\W*this page (is )?(has been )?intentionally (been )?left blank\\W*"));
    }
}
