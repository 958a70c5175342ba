package org.councilpapers.extractors.record;

import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.testdata.RecordAssertions;
import org.jspecify.annotations.Nullable;

/** Runs one extractor over a layout built in code, as the pipeline would, and checks the invariants. */
public final class Harness {
    private Harness() {}

    public static Extraction run(RecordExtractor extractor, DocumentKind kind, LayoutDocument doc) {
        return run(extractor, kind, null, doc);
    }

    public static Extraction run(RecordExtractor extractor, DocumentKind kind, @Nullable String date, LayoutDocument doc) {
        return run(extractor, kind, date, "Thurrock", doc);
    }

    /** As a paper whose council the classifier could not tell. */
    public static Extraction runWithoutCouncil(RecordExtractor extractor, DocumentKind kind, LayoutDocument doc) {
        return run(extractor, kind, null, null, doc);
    }

    private static Extraction run(RecordExtractor extractor, DocumentKind kind, @Nullable String date, @Nullable String council,
            LayoutDocument doc) {
        DocumentInfo info = new DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain", kind, null, council,
                date == null ? null : PartialDate.parse(date), doc.pageCount());
        Warnings warnings = new Warnings();
        List<PaperRecord> records = extractor.extract(doc, new ExtractContext(info, doc, warnings));
        Extraction x = new Extraction(info, records, warnings.toList());
        RecordAssertions.assertWellFormed(x, doc);
        return x;
    }
}
