package org.councilpapers.index;

import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.jspecify.annotations.Nullable;

/**
 * A paper as the index holds it.
 *
 * @param document what the paper's extraction said about it
 * @param location where it was read from when it was added ({@link PaperIndex#add(org.councilpapers.core.Extraction, String)}),
 *                 or null
 * @param records  how many records it has in the index
 * @param warnings how many warnings its extraction carried
 * @param passages how many {@link Passage}s it has in the index
 * @param nlp      whether it was read with NLP, as the adder said; null when it did not say (an index
 *                 written before this was recorded, or {@link PaperIndex#add(org.councilpapers.core.Extraction)})
 */
public record IndexedDocument(DocumentInfo document, @Nullable String location, int records, int warnings, int passages,
        @Nullable Boolean nlp) {
    /**
     * Checks the document.
     *
     * @param document what the paper's extraction said about it
     * @param location where it was read from when it was added, or null
     * @param records how many records it has in the index
     * @param warnings how many warnings its extraction carried
     * @param passages how many passages it has in the index
     * @param nlp whether it was read with NLP; null when the adder did not say
     * @throws NullPointerException if {@code document} is null
     */
    public IndexedDocument {
        Objects.requireNonNull(document, "document");
    }

    /**
     * As the canonical constructor, with no passages and {@code nlp} unknown.
     *
     * @param document what the paper's extraction said about it
     * @param location where it was read from when it was added, or null
     * @param records how many records it has in the index
     * @param warnings how many warnings its extraction carried
     */
    public IndexedDocument(DocumentInfo document, @Nullable String location, int records, int warnings) {
        this(document, location, records, warnings, 0, null);
    }

    /**
     * The paper's id.
     *
     * @return the document id: SHA-256 of its bytes, hex
     */
    public String id() {
        return document.id();
    }
}
