package org.councilpapers.extractors.record.agenda;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

class AgendaItemExtractorTest {
    private final AgendaItemExtractor extractor = new AgendaItemExtractor();

    @Test
    void itemsFromTheFrontSheetWithTheMeetingDateAndTheirPages() {
        Extraction x = Harness.run(extractor, DocumentKind.AGENDA_PACK, document(
                para("Corporate Parenting Panel"), para("The meeting will be held at 6.00 pm on 3 March 2022"), para("Agenda"),
                table(row("", "Page"), row("1 Apologies for Absence", ""), row("2 Minutes", "5 - 16")),
                table(row("3", "Fostering Sufficiency", "17 - 30")),
                para("Information for members of the public"), item("1.", "Please do not attend if unwell."),
                item("2.", "Hand sanitiser is available."),
                para("Minutes of the Meeting of the Corporate Parenting Panel held on 2 December 2021"), para("Present: Councillor A Smith"),
                item("1.", "Apologies"), item("2.", "Minutes")));
        List<AgendaItem> items = x.records(AgendaItem.class);
        assertEquals(List.of("1", "2", "3", "1", "2"), items.stream().map(AgendaItem::number).toList(),
                "the notes for the public are not agenda items; the minutes' headings are items of the meeting they minute");
        assertEquals("Minutes", items.get(1).title());
        assertEquals(new PageRange(5, 16), items.get(1).pages());
        assertNull(items.get(0).pages());
        assertEquals("2022-03-03", items.get(2).meetingDate().toString());
        assertEquals(List.of("Apologies", "Minutes"), items.subList(3, 5).stream().map(AgendaItem::title).toList());
        assertTrue(items.subList(3, 5).stream().allMatch(i -> "2021-12-02".equals(String.valueOf(i.meetingDate())) && i.pages() == null),
                "the minuted meeting's date, and no pages: minutes list none");
    }

    @Test
    void eachTableRowItemPointsAtItsOwnRow() {
        var doc = document(para("Agenda"), table(row("1", "Apologies", ""), row("2", "Budget", "3 - 9")));
        List<AgendaItem> items = Harness.run(extractor, DocumentKind.AGENDA_PACK, doc).records(AgendaItem.class);
        assertEquals("2\tBudget\t3 - 9", doc.text(items.get(1).provenance().start(), items.get(1).provenance().end()));
    }

    @Test
    void moderngovListWithWrappedPageRanges() {
        List<AgendaItem> items = Harness.run(extractor, DocumentKind.AGENDA_PACK, Variants.read("moderngov-cabinet-agenda-frontsheet.txt"))
                .records(AgendaItem.class);
        assertEquals(7, items.size());
        assertEquals("Draft Revenue Budget 2025-26 and Medium Term Financial Plan 2025-28", items.get(5).title());
        assertEquals(new PageRange(61, 190), items.get(5).pages());
        assertEquals("Minutes of the Meeting held on 16th January 2025", items.get(2).title());
        assertNull(items.get(3).pages());
        assertEquals("2025-02-06", items.get(0).meetingDate().toString());
    }

    @Test
    void minutesWithoutAFrontSheetGiveTheirMeetingsItems() {
        List<AgendaItem> items = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("moderngov-cabinet-minutes.txt"))
                .records(AgendaItem.class);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), items.stream().map(AgendaItem::number).toList(),
                "the agenda's '(Item n)' printed under each minute (minutes 101-107), so the items join the agenda's; the numbered "
                        + "paragraphs inside a minute are not items");
        assertEquals("Minutes of the Meeting held on 16th January 2025", items.get(2).title());
        assertEquals("25/00012 - Revenue and Capital Budget Monitoring Report – December 2024-25", items.get(4).title());
        assertTrue(items.stream().allMatch(i -> i.pages() == null && "2025-02-06".equals(String.valueOf(i.meetingDate()))));
    }

    @Test
    void kentCabinetFrontSheetPdf() {
        List<AgendaItem> items = Harness.run(extractor, DocumentKind.AGENDA_PACK,
                Variants.readPdf("real/kent/kent-cabinet-2025-01-30-agenda-frontsheet.pdf")).records(AgendaItem.class);
        assertEquals(9, items.size());
        assertEquals("Minutes of the Meeting held on 9th January 2025", items.get(2).title());
        assertEquals(new PageRange(1, 10), items.get(2).pages());
        assertEquals("24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", items.get(8).title());
        assertEquals(new PageRange(461, 610), items.get(8).pages());
        assertNull(items.get(3).pages());
    }
}
