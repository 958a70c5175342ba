package org.councilpapers.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.councilpapers.core.layout.Box;
import org.jspecify.annotations.Nullable;

/**
 * Where a record came from: the physical 1-based page, the page number printed on it (where there
 * is one), character offsets into {@code LayoutDocument.text()} and, from PDFs, a box in points.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(int page, @Nullable String printedPage, int start, int end, @Nullable Box bbox) {
    public Provenance {
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based, got " + page);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
