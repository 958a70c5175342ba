package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.WorkProgrammeEntry;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

/**
 * A programme's topics that end in a footnote marker ("Annual Report 2024/25 *", "… †", "… (1)" over a note "(1) Deferred
 * …"), and the committee's record printed beside its plan ("Completed items", "Items considered since May 2025": "Meeting |
 * Item | Outcome" with "Noted", "Endorsed and referred to Cabinet"), which gives no entries and whose header is never one.
 */
class ProgrammeRecordTablesTest {
    private static List<String> topics(LayoutDocument doc) {
        return Harness.run(new WorkProgrammeExtractor(), DocumentKind.OTHER, doc).records(WorkProgrammeEntry.class).stream()
                .map(WorkProgrammeEntry::topic).toList();
    }

    private static LayoutDocument text(String body) {
        try {
            return new TextLayoutReader().read(Source.of(body.getBytes(StandardCharsets.UTF_8), "inline.txt"), new Warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pipeProgrammeWithFootnotesThenCompletedItemsTable() {
        assertEquals(List.of("Annual Report 2024/25", "Flood Risk Management Strategy", "Highways Maintenance Contract",
                "Bus Service Improvement Plan"), topics(Variants.read("wp-scrutiny-footnote-markers-completed-items.txt")),
                "no marker on a topic; the completed items, and their header, are no entries");
    }

    @Test
    void htmlProgrammeWithMarkersThenItemsConsideredWithLeadAndOutcome() {
        assertEquals(List.of("Medium Term Financial Strategy", "Customer Contact Centre Performance", "Corporate Plan Refresh",
                "Digital Inclusion Review"), topics(Variants.read("wp-overview-html-daggers-items-considered.txt")),
                "a table of past meetings with a lead column is still the record, not the plan");
    }

    @Test
    void aPlanWhoseOutcomeColumnSaysWhatIsExpectedIsStillAProgramme() {
        String paper = """
                # Health Scrutiny Panel – Work Programme

                | Meeting date | Topic | Lead officer | Expected outcome |
                |---|---|---|---|
                | 3 March 2026 | Winter Pressures Review | Director of Public Health | To note |
                | 3 March 2026 | Dental Access (2) | Commissioning Manager | For decision |
                | 14 April 2026 | Pharmacy Closures | Commissioning Manager | To comment |
                """;
        assertEquals(List.of("Winter Pressures Review", "Dental Access (2)", "Pharmacy Closures"), topics(text(paper)),
                "a figure in brackets with no note under the table is kept");
    }

    @Test
    void aFigureInBracketsIsAMarkerOnlyWhereANoteOpensWithIt() {
        assertEquals("Highways Contract", Footnotes.withoutMarker("Highways Contract (1)", Set.of("(1)")));
        assertEquals("Highways Contract (2)", Footnotes.withoutMarker("Highways Contract (2)", Set.of("(1)")));
        assertEquals("Corporate Plan", Footnotes.withoutMarker("Corporate Plan [2]", Set.of("[2]")));
        assertEquals("Annual Report", Footnotes.withoutMarker("Annual Report **", Set.of()));
        assertEquals("Local Plan (Part 2)", Footnotes.withoutMarker("Local Plan (Part 2)", Set.of("(2)")));
    }
}
