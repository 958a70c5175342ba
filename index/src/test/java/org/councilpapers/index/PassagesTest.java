package org.councilpapers.index;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.junit.jupiter.api.Test;

class PassagesTest {
    private static final Extraction PACK = new Extraction(
            new DocumentInfo("d", "pack.txt", "text/plain", DocumentKind.AGENDA_PACK, null, null, null, 1), List.of(), List.of());

    /** Notes for the public (a heading, a paragraph, a table), then a report under its own heading-less start. */
    private static LayoutDocument packWithNotes() {
        return document(heading(1, "Information for the Public"), para("Members of the public may film the meeting."),
                table(row("Service", "How"), row("Wi-Fi", "Ask at reception")),
                para("The review found that day centres are full on most weekdays."),
                table(row("Place", "Status"), row("Day centre", "Full")));
    }

    /** The stretch of the notes: from the start of the text to the start of the report's first paragraph. */
    private static TextRanges notes(LayoutDocument layout) {
        return new TextRanges(List.of(new TextRanges.Range(0, layout.text().indexOf("The review found"))));
    }

    @Test
    void passagesStartingInTextLeftOutAreNotPassages() {
        LayoutDocument layout = packWithNotes();
        TextRanges skip = notes(layout);

        List<Passage> kept = Passages.of(PACK, layout, offset -> !skip.contains(offset));

        assertEquals(List.of("The review found that day centres are full on most weekdays.", "Day centre | Full"),
                kept.stream().map(Passage::text).toList());
        assertNull(kept.get(0).heading(), "the notes' heading heads nothing after them");
        assertEquals(List.of("Members of the public may film the meeting.", "Wi-Fi | Ask at reception",
                "The review found that day centres are full on most weekdays.", "Day centre | Full"),
                Passages.of(PACK, layout).stream().map(Passage::text).toList(), "without a filter every passage is kept");
    }
}
