package org.councilpapers.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.councilpapers.core.layout.Box;
import org.jspecify.annotations.Nullable;

/**
 * Where a record came from: the physical 1-based page, the page number printed on it (where there
 * is one), character offsets into {@code LayoutDocument.text()} and, from PDFs, a box in points.
 *
 * @param page the physical page, 1-based
 * @param printedPage the page number printed on the page, as printed; null where none is printed
 * @param start offset of the record's first character in the document's text
 * @param end offset just past the record's last character (exclusive), not before {@code start}
 * @param bbox the region on the page in PDF points; null for formats without geometry
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(int page, @Nullable String printedPage, int start, int end, @Nullable Box bbox) {
    /**
     * Checks the page and the span.
     *
     * @param page the physical page, 1-based
     * @param printedPage the page number printed on the page; null where none is printed
     * @param start offset of the record's first character in the document's text
     * @param end offset just past the record's last character
     * @param bbox the region on the page in PDF points; null for formats without geometry
     * @throws IllegalArgumentException if {@code page} is below 1, {@code start} is negative or {@code end} is before
     *     {@code start}
     */
    public Provenance {
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based, got " + page);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
