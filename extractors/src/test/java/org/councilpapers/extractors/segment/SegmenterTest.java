package org.councilpapers.extractors.segment;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private static List<PartKind> kinds(List<Part> parts) {
        return parts.stream().map(Part::kind).toList();
    }

    @Test
    void packSplitAtTheMarksItsPartsStartWith() {
        LayoutDocument doc = document(
                para("Overview and Scrutiny Committee"), para("The meeting will be held at 7.00 pm on 12 October 2021"),
                para("Agenda"), table(row("", "Page"), row("1 Apologies for Absence", ""), row("2 Minutes", "5 - 16")),
                table(row("3", "Report on Budget Savings", "17 - 22"), row("4", "Work Programme", "23 - 24")),
                para("Access to Information and Meetings"), para("Members of the public may attend."),
                item("1.", "If you are feeling ill you should remain at home."),
                para("Minutes of the Meeting of the Overview and Scrutiny Committee held on 13 July 2021 at 7.00 pm"),
                para("Present: Councillors Sara Muldowney (Chair) and Lee Watson"), item("1.", "Minutes"), para("RESOLVED:"),
                para("That the minutes were approved."),
                para("This page is intentionally left blank"),
                plainTable(row("12 October 2021", "ITEM: 3"), row("Report on Budget Savings", "")), para("Executive Summary"),
                para("Report Author:"), para("Jo Bloggs"),
                para("Appendix 1 – Savings proposals"), para("Proposal one."),
                para("This page is intentionally left blank"),
                para("Committee Work Programme 2021/22"), table(row("Topic", "Lead Officer", "Requested by"), row("Budget", "Jo Bloggs", "Chair")));
        List<Part> parts = segmenter.segment(doc);
        assertEquals(List.of(PartKind.FRONT_SHEET, PartKind.PUBLIC_INFORMATION, PartKind.MINUTES, PartKind.BLANK, PartKind.REPORT,
                PartKind.APPENDIX, PartKind.BLANK, PartKind.WORK_PROGRAMME), kinds(parts));
        assertEquals("2", parts.get(2).itemNumber(), "the minutes take the agenda item titled Minutes");
        assertEquals("3", parts.get(4).itemNumber());
        assertEquals("Report on Budget Savings", parts.get(4).title());
        assertEquals("3", parts.get(5).itemNumber(), "an appendix belongs to its report's item");
        assertEquals("4", parts.get(7).itemNumber());
        assertEquals(doc.body().size(), parts.get(parts.size() - 1).to(), "the parts cover the whole body");
        for (int i = 1; i < parts.size(); i++) {
            assertEquals(parts.get(i - 1).to(), parts.get(i).from());
        }
    }

    @Test
    void anUnlabelledAppendixAfterABlankPageIsStillAnAppendix() {
        List<Part> parts = segmenter.segment(document(
                plainTable(row("12 October 2021", "ITEM: 10"), row("Ofsted Focused Visit", "")), para("Report Author:"), para("Jo Bloggs"),
                para("This page is intentionally left blank"), para("Ofsted Piccadilly Gate Manchester"), para("Dear Ms Murphy")));
        assertEquals(List.of(PartKind.REPORT, PartKind.BLANK, PartKind.APPENDIX), kinds(parts));
        assertEquals("10", parts.get(2).itemNumber());
    }

    @Test
    void agendaPageRangesCutWherePrintedPagesSayEvenWithoutCovers() {
        LayoutDocument doc = document(
                para("Audit Committee"), para("Agenda"), para("1 Apologies"), para("2 Minutes 1 - 2"), para("3 Treasury Management Update 3 - 4"),
                pageBreak(""),
                para("The committee met on 4 May."), pageBreak("1"), para("More of the minutes."), pageBreak("2"),
                para("Treasury management activity in the year was within the limits set."), pageBreak("3"), para("Borrowing was lower."),
                pageBreak("4"));
        List<Part> parts = segmenter.segment(doc);
        assertEquals(List.of(PartKind.FRONT_SHEET, PartKind.MINUTES, PartKind.REPORT), kinds(parts));
        assertEquals("2", parts.get(1).itemNumber());
        assertEquals(2, parts.get(1).firstPage());
        assertEquals("3", parts.get(2).itemNumber());
        assertEquals("Treasury Management Update", parts.get(2).title());
        assertEquals(4, parts.get(2).firstPage());
    }

    @Test
    void anUnnumberedCoverPageStartsTheItemWhosePagesFollowIt() {
        LayoutDocument doc = document(
                para("Agenda"), para("1 Apologies"), para("2 Annual Report 3 - 5"), pageBreak(""),
                para("Cover page of the annual report"), pageBreak(""),
                para("The year in review."), pageBreak("4"), para("Finances."), pageBreak("5"));
        List<Part> parts = segmenter.segment(doc);
        assertEquals(List.of(PartKind.FRONT_SHEET, PartKind.REPORT), kinds(parts));
        assertEquals(2, parts.get(1).firstPage(), "printed page 3 is the unnumbered page before printed 4");
    }

    @Test
    void notesForThePublicBeforeTheAgendaAndTheAgendaAfterThem() {
        List<Part> parts = segmenter.segment(document(
                para("Planning Committee"), para("Information for members of the public"), para("You may film this meeting."),
                heading(2, "Agenda"), item("1.", "Apologies"), item("2.", "Planning applications")));
        assertEquals(List.of(PartKind.FRONT_SHEET, PartKind.PUBLIC_INFORMATION, PartKind.FRONT_SHEET), kinds(parts));
        assertTrue(parts.stream().filter(p -> p.kind() == PartKind.PUBLIC_INFORMATION).noneMatch(p -> p.kind().carriesRecords()));
    }

    @Test
    void minutesOnTheirOwnStartAtTheTop() {
        List<Part> parts = segmenter.segment(document(
                para("BARSETSHIRE COUNTY COUNCIL"), para("CABINET"),
                para("MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall on Thursday, 6 February 2025."),
                para("PRESENT: Mr A Hardy (Chairman), Mrs B Lowe"), item("101.", "Apologies")));
        assertEquals(List.of(PartKind.MINUTES), kinds(parts));
        assertEquals(0, parts.get(0).from());
    }

    @Test
    void anAgendaLineNamingMinutesIsNoMinutesHeading() {
        List<Part> parts = segmenter.segment(document(para("Agenda"), item("1.", "Apologies"),
                item("2.", "Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)"), para("Present: see the minutes")));
        assertEquals(List.of(PartKind.FRONT_SHEET), kinds(parts));
    }

    @Test
    void aReportOnItsOwnIsOnePart() {
        List<Part> parts = segmenter.segment(document(para("7 July 2020"), para("ITEM: 9"), para("Children's Services Committee"),
                para("Executive Summary"), para("This report informs Members.")));
        assertEquals(List.of(PartKind.REPORT), kinds(parts));
        assertEquals("9", parts.get(0).itemNumber());
    }

    @Test
    void anAgendaTableOfItemNumbersIsNoReportCover() {
        List<Part> parts = segmenter.segment(document(para("Agenda"),
                table(row("Item 1", "Apologies"), row("Item 2", "Minutes")), para("Some note")));
        assertEquals(List.of(PartKind.FRONT_SHEET), kinds(parts));
    }

    @Test
    void blocksOfEachPartAreTheBodyBlocksInItsRange() {
        LayoutDocument doc = document(para("Agenda"), item("1.", "Apologies"), item("2.", "Minutes"), para("Recording of meetings"),
                para("This meeting may be filmed."));
        List<Part> parts = segmenter.segment(doc);
        List<Block> body = doc.body();
        for (Part p : parts) {
            assertEquals(body.subList(p.from(), p.to()), p.blocks());
        }
        assertEquals(PartKind.PUBLIC_INFORMATION, parts.get(1).kind());
    }

    @Test
    void aTextPackWithPrintedPagesGivesTheMinutesExtractItsItemFromThePageRanges() throws java.io.IOException {
        java.nio.file.Path p = org.councilpapers.testdata.TestPapers.path("variants/barset-audit-committee-pack-page-ranges.txt");
        LayoutDocument doc = new org.councilpapers.extractors.read.text.TextLayoutReader().read(
                org.councilpapers.extractors.read.Source.of(java.nio.file.Files.readAllBytes(p), "pack.txt"), new org.councilpapers.core.Warnings());
        List<Part> parts = segmenter.segment(doc);
        assertEquals(List.of(PartKind.FRONT_SHEET, PartKind.MINUTES, PartKind.REPORT, PartKind.BLANK, PartKind.WORK_PROGRAMME,
                PartKind.PUBLIC_INFORMATION), kinds(parts));
        assertEquals(List.of("2", "3", "4"), List.of(parts.get(1).itemNumber(), parts.get(2).itemNumber(), parts.get(4).itemNumber()));
        assertEquals("Audit and Governance Committee – 20 July 2022", parts.get(1).blocks().get(0).text(),
                "the minutes start on the page printed 1, though no 'Minutes of the meeting' line marks them");
        assertEquals("Agenda Item 3", parts.get(2).blocks().get(0).text());
    }

    @Test
    void pageRangesThatContradictTheCoversAreNotTrusted() {
        // Re-typeset since the agenda was printed: item 3's cover sits on the page printed 7, not 3.
        LayoutDocument doc = document(
                para("Agenda"), para("1 Apologies"), para("2 Minutes 1 - 2"), para("3 Budget Report 3 - 4"), pageBreak(""),
                para("Some minutes text."), pageBreak("1"), para("More of the minutes."), pageBreak("2"),
                para("Yet more of the minutes."), pageBreak("3"), para("The end of the minutes."), pageBreak("6"),
                plainTable(row("5 May 2022", "ITEM: 3"), row("Budget Report", "")), para("The budget."), pageBreak("7"));
        List<Part> parts = segmenter.segment(doc);
        assertEquals(List.of(PartKind.FRONT_SHEET, PartKind.REPORT), kinds(parts), "no cut at printed page 3, where the ranges point");
        assertEquals("3", parts.get(1).itemNumber());
        assertEquals(6, parts.get(1).firstPage(), "the report starts at its cover");
    }
}
