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
 * @param byDesign    why no record of its type is expected from it, where the record contract says so (a standalone
 *                    report's "Agenda item 5" line: a report gives no agendaItem); else null. Such a marker is shown and
 *                    counted as evidence, but flags nothing
 */
public record Marker(RecordType type, String cue, int page, @Nullable String printedPage, int offset, String snippet,
        @Nullable String value, @Nullable String byDesign) {
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
     * @param byDesign why no record is expected from it, or null
     */
    public Marker {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(snippet, "snippet");
    }

    /**
     * A marker that counts: a record of its type may come from it.
     *
     * @param type the record type it is evidence for
     * @param cue what was seen
     * @param page the physical 1-based page
     * @param printedPage the page number printed there, or null
     * @param offset where the line, cell or row starts in the layout text
     * @param snippet the text around what matched
     * @param value the grade a judgement marker states, or null
     */
    public Marker(RecordType type, String cue, int page, @Nullable String printedPage, int offset, String snippet, @Nullable String value) {
        this(type, cue, page, printedPage, offset, snippet, value, null);
    }

    /**
     * The same marker, explained: no record of its type is expected from it.
     *
     * @param reason why, in words a reader of the audit follows
     * @return the marker with {@link #byDesign()} set
     */
    public Marker explained(String reason) {
        return new Marker(type, cue, page, printedPage, offset, snippet, value, reason);
    }
}
