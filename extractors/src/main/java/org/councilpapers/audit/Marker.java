package org.councilpapers.audit;

import java.util.Objects;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence that a paper may hold a record of a type: a line, cell or table row the
 * {@link EvidenceScanner} matched, with where it is.
 *
 * @param type        the record type it is evidence for
 * @param cue         what was seen, in words ("decision line", "grade word in a table cell")
 * @param page        the physical 1-based page
 * @param printedPage the page number printed there, or null
 * @param offset      where the line, cell or row starts in {@code LayoutDocument.text()}
 * @param snippet     the line, cell or row around what matched, whitespace collapsed and clipped
 * @param value       the grade a judgement marker states, in lower case ("good", "requires improvement"); else null
 */
public record Marker(RecordType type, String cue, int page, @Nullable String printedPage, int offset, String snippet,
        @Nullable String value) {
    /**
     * Refuses a marker without type, cue or snippet.
     *
     * @param type the record type it is evidence for
     * @param cue what was seen
     * @param page the physical 1-based page
     * @param printedPage the page number printed there, or null
     * @param offset where the line, cell or row starts in the layout text
     * @param snippet the text around what matched
     * @param value the grade a judgement marker states, or null
     */
    public Marker {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(snippet, "snippet");
    }
}
