package org.councilpapers.core;

import java.util.Objects;
import org.councilpapers.core.internal.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * What the paper itself says about itself (title, council, date) and what identifies its bytes.
 * Facts about the run (warnings) are kept apart, in the {@link Extraction}.
 *
 * @param id        SHA-256 of the source bytes, lower-case hex: the same bytes always get the same id
 * @param source    the file name as given
 * @param mediaType the media type the paper was read as ({@code application/pdf})
 * @param kind      what the paper is, as a whole
 * @param title     the paper's title; null where none was found
 * @param council   the council that published the paper or, for an inspectorate's report or letter, the
 *                  authority inspected; null where the paper does not say
 * @param date      the paper's date, to the precision printed (for an agenda, the date of the meeting it calls);
 *                  null where none was found
 * @param pages     physical pages; for text formats, the pages marked by printed "Page N" lines
 */
public record DocumentInfo(
        String id,
        String source,
        String mediaType,
        DocumentKind kind,
        @Nullable String title,
        @Nullable String council,
        @Nullable PartialDate date,
        int pages) {
    /**
     * Checks the required components.
     *
     * @param id        SHA-256 of the source bytes, lower-case hex
     * @param source    the file name as given
     * @param mediaType the media type the paper was read as
     * @param kind      what the paper is, as a whole
     * @param title     the paper's title; null where none was found
     * @param council   the council the paper is from; null where the paper does not say
     * @param date      the paper's date, to the precision printed; null where none was found
     * @param pages     physical pages
     * @throws NullPointerException if {@code id}, {@code source}, {@code mediaType} or {@code kind} is null
     */
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The document id for these bytes, as the pipeline computes it.
     *
     * @param bytes the whole source file
     * @return SHA-256 of the bytes, 64 lower-case hex digits
     */
    public static String idOf(byte[] bytes) {
        return Hashes.sha256Hex(bytes);
    }
}
