package org.councilpapers.extractors.read.pdf;

import java.util.List;

/** One page read, in reading order, waiting for the decisions that need every page (furniture, heading levels). */
record PageDraft(float width, float height, List<PageItem> items) {
    PageDraft {
        items = List.copyOf(items);
    }
}
