package org.councilpapers.extractors.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDF and Word papers of {@link DocumentClassifierTest}'s table: reading them takes seconds, so they run in verify. */
class DocumentClassifierIT {
    static Stream<Arguments> papers() {
        return DocumentClassifierTest.allPapers().filter(a -> !((String) a.get()[0]).endsWith(".txt")
                && !DocumentClassifierTest.blind((String) a.get()[0]));
    }

    @ParameterizedTest
    @MethodSource("papers")
    void everyPaperIsClassifiedAsItsOpeningSays(String paper, DocumentKind kind, String council) {
        DocumentInfo info = DocumentClassifierTest.describe(paper);
        assertEquals(kind, info.kind(), paper);
        assertEquals(council, info.council(), paper);
    }
}
