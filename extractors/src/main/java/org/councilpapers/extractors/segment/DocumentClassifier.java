package org.councilpapers.extractors.segment;

import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.Source;

/** Decides what a paper is and reads its title, council and date. */
public final class DocumentClassifier {
    public DocumentInfo describe(Source source, LayoutDocument layout) {
        return new DocumentInfo(DocumentInfo.idOf(source.bytes()), source.name(), source.mediaType(), DocumentKind.OTHER,
                null, null, null, layout.pageCount());
    }
}
