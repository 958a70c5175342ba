package org.councilpapers.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.PaperRecord;

/** Invariants every extraction must meet, checked by every extractor and end-to-end test. */
public final class RecordAssertions {
    private RecordAssertions() {}

    /** Each record has a type, a unique id and provenance within the document. */
    public static void assertWellFormed(Extraction x) {
        Set<String> ids = new HashSet<>();
        int pages = x.document().pages();
        for (PaperRecord r : x.records()) {
            assertNotNull(r.type(), "type");
            assertFalse(r.id().isBlank(), "id of " + r);
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            Provenance p = r.provenance();
            assertTrue(p.page() >= 1 && p.page() <= Math.max(1, pages), "page " + p.page() + " outside 1.." + pages + " in " + r);
            assertTrue(p.start() <= p.end(), "span of " + r);
        }
    }

    /** As {@link #assertWellFormed(Extraction)}, and every span lies inside the layout's text. */
    public static void assertWellFormed(Extraction x, LayoutDocument layout) {
        assertWellFormed(x);
        assertEquals(layout.pageCount(), x.document().pages(), "page count");
        for (PaperRecord r : x.records()) {
            assertTrue(r.provenance().end() <= layout.text().length(), "span past the text in " + r);
        }
    }
}
