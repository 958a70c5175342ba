package org.councilpapers.core.layout;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One physical page: its 1-based number, the page number printed on it (from the running header
 * or footer, where there is one), its size in points (0 where the format has no pages), and its
 * blocks in reading order, furniture included.
 */
public record Page(int number, @Nullable String printedNumber, float width, float height, List<Block> blocks) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
        blocks = List.copyOf(blocks);
    }

    /** The blocks of the body, without running headers and footers. */
    public List<Block> body() {
        return blocks.stream().filter(b -> !b.layer().isFurniture()).toList();
    }

    public List<Block> header() {
        return blocks.stream().filter(b -> b.layer() == Layer.HEADER).toList();
    }

    public List<Block> footer() {
        return blocks.stream().filter(b -> b.layer() == Layer.FOOTER).toList();
    }

    /** A page with no body text at all, or only an "intentionally left blank" notice. */
    public boolean isBlank() {
        return body().stream().allMatch(b -> b.text().isBlank()
                || b.text().toLowerCase(java.util.Locale.ROOT).matches("\\W*this page (is )?(has been )?intentionally (been )?left blank\\W*"));
    }
}
