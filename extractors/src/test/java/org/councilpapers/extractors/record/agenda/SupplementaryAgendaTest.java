package org.councilpapers.extractors.record.agenda;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A supplement to an agenda lists only the items whose papers came late, numbered as the agenda numbers them ("6", "9"; "Agenda
 * Item No 9"), with the pages of the papers it brings: those are items of the meeting, whatever the paper is taken for (two
 * councils' styles in {@code testdata/papers/variants/agenda-*}). A list that no line calls a supplement and that does not start
 * at 1 is no agenda.
 */
class SupplementaryAgendaTest {
    private static List<AgendaItem> items(DocumentKind kind, String paper) {
        return Harness.run(new AgendaItemExtractor(), kind, Variants.read(paper)).records(AgendaItem.class);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aSupplementaryAgendaListsItsLateItems(DocumentKind kind) {
        List<AgendaItem> items = items(kind, "agenda-borough-supplementary-agenda-late-items.txt");
        assertEquals(List.of("6", "9"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Housing Revenue Account Business Plan 2024-2054", items.get(0).title());
        assertEquals(new PageRange(25, 30), items.get(1).pages());
        assertEquals("2024-03-12", String.valueOf(items.get(0).meetingDate()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aSupplementaryPacksOneItemByItsAgendaNumber(DocumentKind kind) {
        List<AgendaItem> items = items(kind, "agenda-county-supplementary-pack-agenda-item-no.txt");
        assertEquals(1, items.size(), kind + " " + items);
        assertEquals("9", items.get(0).number());
        assertEquals("School Transport Policy 2024-25 - Revised Equality Impact Assessment", items.get(0).title());
        assertEquals(new PageRange(1, 4), items.get(0).pages());
        assertEquals("2024-03-14", String.valueOf(items.get(0).meetingDate()));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"REPORT", "OTHER"})
    void numberedSectionsWithPagesInAReportAreNoSupplement(DocumentKind kind) {
        var doc = document(para("Annual Governance Statement 2023/24"), para("Report of the Monitoring Officer"),
                para("6. Internal audit opinion (Pages 4 - 6)"), para("9. Significant governance issues (Pages 7 - 9)"));
        assertTrue(Harness.run(new AgendaItemExtractor(), kind, doc).records(AgendaItem.class).isEmpty(),
                "no line calls the list a supplement, and it does not start at 1");
    }
}
