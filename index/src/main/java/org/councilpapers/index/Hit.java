package org.councilpapers.index;

import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.PaperRecord;
import org.jspecify.annotations.Nullable;

/**
 * One record found, with where it came from.
 *
 * @param record   the record as extracted
 * @param document the paper it came from: its id, file name, council, date
 * @param score    how well it matched the text (higher is better; 0 when the query had no text)
 * @param snippet  the passage of its words that best matches the query text, matches marked; the
 *                 start of its words when the query has no text or matched only a field (such as
 *                 {@code grade:good}); null from {@link PaperIndex#scan}, which makes none
 * @param year     the year the record belongs to: a judgement's own year, else the year of the
 *                 record's date (below); null when neither the record nor its paper is dated
 * @param date     the record's own date (a meeting's date, a finding's date, an action's due
 *                 date, a judgement's inspection end), else its paper's date; null when neither is given
 */
public record Hit(PaperRecord record, DocumentInfo document, float score, @Nullable Snippet snippet, @Nullable Integer year,
        @Nullable PartialDate date) {
    public Hit {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(document, "document");
    }

    /** The file name of the paper, as it was indexed. */
    public String source() {
        return document.source();
    }

    /** The physical, 1-based page of the paper the record is on. */
    public int page() {
        return record.provenance().page();
    }

    /** The page number printed on that page, where there is one. */
    public @Nullable String printedPage() {
        return record.provenance().printedPage();
    }
}
