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

    /** Every reader this build has. */
    public static Readers standard() {
        List<LayoutReader> list = new ArrayList<>();
        list.add(new PdfLayoutReader());
        list.add(new TextLayoutReader());
        list.add(new TikaLayoutReader());
        return new Readers(list);
    }

    public static Readers of(List<LayoutReader> readers) {
        return new Readers(readers);
    }

    public Optional<LayoutReader> forType(String mediaType) {
        return readers.stream().filter(r -> r.mediaTypes().contains(mediaType)).findFirst();
    }

    public List<LayoutReader> all() {
        return readers;
    }
}
