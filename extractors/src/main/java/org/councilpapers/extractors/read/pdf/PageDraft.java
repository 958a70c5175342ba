package org.councilpapers.extractors.read.pdf;

import java.util.List;
import org.councilpapers.extractors.read.pdf.table.GridTable;
import org.jspecify.annotations.Nullable;

/**
 * One page read, in reading order, waiting for the decisions that need every page (furniture, heading levels).
 *
 * @param openTable the table that ends the page's body (nothing but its footer below it), which the next page may carry on
 */
record PageDraft(float width, float height, List<PageItem> items, @Nullable GridTable openTable) {
    PageDraft {
        items = List.copyOf(items);
    }

    PageDraft(float width, float height, List<PageItem> items) {
        this(width, height, items, null);
    }
}
