package org.councilpapers.extractors.read;

import java.util.Objects;

/**
 * A paper's bytes, the name it was given, and its detected media type. The bytes are not copied:
 * callers hand them over and must not change them afterwards.
 */
public record Source(byte[] bytes, String name, String mediaType) {
    public Source {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /** A source whose media type is detected from its bytes and name. */
    public static Source of(byte[] bytes, String name) {
        return new Source(bytes, name, MediaTypes.detect(bytes, name));
    }
}
