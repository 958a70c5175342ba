package org.councilpapers.index;

import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.PaperRecord;
import org.jspecify.annotations.Nullable;

/**
 * One record or passage found, with where it came from. Exactly one of {@code record} and
 * {@code passage} is set; searches return passages only when asked ({@link Query#scope}).
 *
 * @param record   the record as extracted; null for a passage
 * @param passage  the passage of body text; null for a record
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
public record Hit(@Nullable PaperRecord record, @Nullable Passage passage, DocumentInfo document, float score, @Nullable Snippet snippet,
        @Nullable Integer year, @Nullable PartialDate date) {
    /** What {@link #kind()} says of a passage. */
    public static final String PASSAGE = "passage";

    public Hit {
        if ((record == null) == (passage == null)) {
            throw new IllegalArgumentException("a hit is a record or a passage, not " + (record == null ? "neither" : "both"));
        }
        Objects.requireNonNull(document, "document");
    }

    /** A record found. */
    public Hit(PaperRecord record, DocumentInfo document, float score, @Nullable Snippet snippet, @Nullable Integer year,
            @Nullable PartialDate date) {
        this(Objects.requireNonNull(record, "record"), null, document, score, snippet, year, date);
    }

    /** A passage found. */
    public Hit(Passage passage, DocumentInfo document, float score, @Nullable Snippet snippet, @Nullable Integer year,
            @Nullable PartialDate date) {
        this(null, Objects.requireNonNull(passage, "passage"), document, score, snippet, year, date);
    }

    public boolean isPassage() {
        return passage != null;
    }

    /** The record's id or the passage's. */
    public String id() {
        return record != null ? record.id() : passage().id();
    }

    /** The record's type by JSON name ({@code finding}), or {@link #PASSAGE}. */
    public String kind() {
        return record != null ? record.type().jsonName() : PASSAGE;
    }

    /** The record; fails for a passage, so callers that only asked for records need no null check. */
    @Override
    public PaperRecord record() {
        if (record == null) {
            throw new IllegalStateException("hit " + id() + " is a passage, not a record");
        }
        return record;
    }

    /** The passage; fails for a record. */
    @Override
    public Passage passage() {
        if (passage == null) {
            throw new IllegalStateException("hit " + id() + " is a record, not a passage");
        }
        return passage;
    }

    /** The file name of the paper, as it was indexed. */
    public String source() {
        return document.source();
    }

    /** The physical, 1-based page of the paper the record is on. */
    public int page() {
        return record != null ? record.provenance().page() : passage().page();
    }

    /** Where the record or passage starts in its paper's extracted text. */
    public int start() {
        return record != null ? record.provenance().start() : passage().start();
    }

    /** The page number printed on that page, where there is one. */
    public @Nullable String printedPage() {
        return record != null ? record.provenance().printedPage() : passage().printedPage();
    }
}
