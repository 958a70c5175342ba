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
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
    }

    /** The document id for these bytes: SHA-256, lower-case hex. */
    public static String idOf(byte[] bytes) {
        return Hashes.sha256Hex(bytes);
    }
}
