package org.councilpapers.extractors.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.HasBox;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.internal.Hashes;

/**
 * What an extractor may know besides the layout: the document's facts and where to put warnings.
 * A typed record rather than a bag (compare Tika's ParseContext), so each extractor sees what is there.
 *
 * @param ragScale collects the document's own RAG key (status to definition) for the envelope; like
 *                 {@code warnings}, it belongs to one extraction and is filled as extractors run
 */
public record ExtractContext(DocumentInfo document, LayoutDocument layout, Warnings warnings, Map<RagStatus, String> ragScale) {
    public ExtractContext {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(ragScale, "ragScale");
    }

    public ExtractContext(DocumentInfo document, LayoutDocument layout, Warnings warnings) {
        this(document, layout, warnings, new LinkedHashMap<>());
    }

    /** Provenance for a span of the layout text on a page. */
    public Provenance provenance(int page, int start, int end, HasBox placed) {
        return new Provenance(page, layout.printedPage(page), start, end, placed.box());
    }

    /**
     * A record id that depends only on the document's bytes, the record type, where the record
     * sits and what identifies it, so re-extracting the same bytes gives the same ids.
     */
    public String id(RecordType type, Provenance p, String... key) {
        StringBuilder s = new StringBuilder(document.id()).append('|').append(type.jsonName()).append('|')
                .append(p.start()).append('|').append(p.end());
        for (String k : key) {
            s.append('|').append(k);
        }
        return type.jsonName() + "-" + Hashes.sha256Hex(s.toString()).substring(0, 16);
    }
}
