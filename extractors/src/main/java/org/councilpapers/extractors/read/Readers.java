package org.councilpapers.extractors.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpapers.extractors.read.pdf.PdfLayoutReader;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.read.tika.TikaLayoutReader;

/**
 * The readers in a fixed order, and the choice of one for a media type. The set is small and
 * closed, so it is listed in code rather than discovered, and the order never depends on the class path.
 */
public final class Readers {
    private final List<LayoutReader> readers;

    private Readers(List<LayoutReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * Every reader this build has: PDF, then text, then Tika's office and HTML formats.
     *
     * @return the standard readers
     */
    public static Readers standard() {
        List<LayoutReader> list = new ArrayList<>();
        list.add(new PdfLayoutReader());
        list.add(new TextLayoutReader());
        list.add(new TikaLayoutReader());
        return new Readers(list);
    }

    /**
     * Readers of one's own, in the order they are asked.
     *
     * @param readers the readers; the first that takes a media type reads it
     * @return them as a set of readers
     */
    public static Readers of(List<LayoutReader> readers) {
        return new Readers(readers);
    }

    /**
     * The reader for a media type.
     *
     * @param mediaType a media type, as {@link MediaTypes} names it
     * @return the first reader that takes it; empty where none does
     */
    public Optional<LayoutReader> forType(String mediaType) {
        return readers.stream().filter(r -> r.mediaTypes().contains(mediaType)).findFirst();
    }

    /**
     * Every reader.
     *
     * @return the readers, in order
     */
    public List<LayoutReader> all() {
        return readers;
    }
}
