package org.councilpapers.index;

import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.jspecify.annotations.Nullable;

/**
 * A paper as the index holds it.
 *
 * @param location where it was read from when it was added ({@link PaperIndex#add(org.councilpapers.core.Extraction, String)}),
 *                 or null
 * @param records  how many records it has in the index
 * @param warnings how many warnings its extraction carried
 */
public record IndexedDocument(DocumentInfo document, @Nullable String location, int records, int warnings) {
    public IndexedDocument {
        Objects.requireNonNull(document, "document");
    }

    public String id() {
        return document.id();
    }
}
