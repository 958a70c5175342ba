package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.segment.DocumentClassifier;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class ExtractContextTest {
    @Test
    void textWithoutRecordsIsExactlyWhereMayCarrySaysNo() throws Exception {
        // Notes for the public on page 2, blank page 4, the interests flowchart on page 6; a report and a work programme between.
        Source source = Source.of(Files.readAllBytes(TestPapers.path("variants/pack-public-notes-with-lookalikes.txt")), "pack.txt");
        LayoutDocument layout = CouncilPapers.builder().build().layout(source, new Warnings());
        ExtractContext context = new ExtractContext(new DocumentClassifier().describe(source, layout), layout, new Warnings());
        assertEquals(DocumentKind.AGENDA_PACK, context.document().kind());

        TextRanges without = context.withoutRecords();
        assertEquals(3, without.ranges().size(), without.toString());
        for (int offset = 0; offset < layout.text().length(); offset++) {
            Part p = context.partAt(offset);
            assertEquals(p != null && !p.kind().carriesRecords(), without.contains(offset), "offset " + offset + " in " + p);
        }
        for (Part p : context.parts(PartKind.PUBLIC_INFORMATION, PartKind.BLANK)) {
            assertTrue(without.contains(p.textStart()), p.toString());
        }
    }
}
