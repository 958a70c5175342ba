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

    /**
     * Checks that the hit is a record or a passage, not both or neither.
     *
     * @param record the record as extracted; null for a passage
     * @param passage the passage of body text; null for a record
     * @param document the paper it came from
     * @param score how well it matched the text (higher is better; 0 when the query had no text)
     * @param snippet the passage of its words that best matches the query text; null where none was made
     * @param year the year the record belongs to; null when undated
     * @param date the record's own date, else its paper's; null when neither is given
     * @throws IllegalArgumentException if both or neither of {@code record} and {@code passage} are given
     * @throws NullPointerException if {@code document} is null
     */
    public Hit {
        if ((record == null) == (passage == null)) {
            throw new IllegalArgumentException("a hit is a record or a passage, not " + (record == null ? "neither" : "both"));
        }
        Objects.requireNonNull(document, "document");
    }

    /**
     * A record found.
     *
     * @param record the record as extracted
     * @param document the paper it came from
     * @param score how well it matched the text (higher is better; 0 when the query had no text)
     * @param snippet the passage of its words that best matches the query text; null where none was made
     * @param year the year the record belongs to; null when undated
     * @param date the record's own date, else its paper's; null when neither is given
     * @throws NullPointerException if {@code record} or {@code document} is null
     */
    public Hit(PaperRecord record, DocumentInfo document, float score, @Nullable Snippet snippet, @Nullable Integer year,
            @Nullable PartialDate date) {
        this(Objects.requireNonNull(record, "record"), null, document, score, snippet, year, date);
    }

    /**
     * A passage found.
     *
     * @param passage the passage of body text
     * @param document the paper it came from
     * @param score how well it matched the text (higher is better; 0 when the query had no text)
     * @param snippet the part of its words that best matches the query text; null where none was made
     * @param year its paper's year; null when undated
     * @param date its paper's date; null when undated
     * @throws NullPointerException if {@code passage} or {@code document} is null
     */
    public Hit(Passage passage, DocumentInfo document, float score, @Nullable Snippet snippet, @Nullable Integer year,
            @Nullable PartialDate date) {
        this(null, Objects.requireNonNull(passage, "passage"), document, score, snippet, year, date);
    }

    /**
     * Whether the hit is a passage rather than a record.
     *
     * @return true for a passage
     */
    public boolean isPassage() {
        return passage != null;
    }

    /**
     * The record's id or the passage's.
     *
     * @return the id
     */
    public String id() {
        return record != null ? record.id() : passage().id();
    }

    /**
     * What was found.
     *
     * @return the record's type by JSON name ({@code finding}), or {@link #PASSAGE}
     */
    public String kind() {
        return record != null ? record.type().jsonName() : PASSAGE;
    }

    /**
     * The record; fails for a passage, so callers that only asked for records need no null check.
     *
     * @return the record, never null
     * @throws IllegalStateException if the hit is a passage
     */
    @Override
    public PaperRecord record() {
        if (record == null) {
            throw new IllegalStateException("hit " + id() + " is a passage, not a record");
        }
        return record;
    }

    /**
     * The passage; fails for a record.
     *
     * @return the passage, never null
     * @throws IllegalStateException if the hit is a record
     */
    @Override
    public Passage passage() {
        if (passage == null) {
            throw new IllegalStateException("hit " + id() + " is a record, not a passage");
        }
        return passage;
    }

    /**
     * The file name of the paper, as it was indexed.
     *
     * @return the document's source
     */
    public String source() {
        return document.source();
    }

    /**
     * The page of the paper the record or passage is on.
     *
     * @return the physical page, from 1
     */
    public int page() {
        return record != null ? record.provenance().page() : passage().page();
    }

    /**
     * Where the record or passage starts in its paper's extracted text.
     *
     * @return the character offset
     */
    public int start() {
        return record != null ? record.provenance().start() : passage().start();
    }

    /**
     * The page number printed on that page.
     *
     * @return the number as printed; null where none is printed
     */
    public @Nullable String printedPage() {
        return record != null ? record.provenance().printedPage() : passage().printedPage();
    }
}
