package org.councilpapers.extractors.segment;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.testdata.LayoutFixtures;
import org.junit.jupiter.api.Test;

class AgendaReaderTest {
    private static List<AgendaReader.Entry> read(LayoutFixtures.Part... parts) {
        return AgendaReader.read(document(parts).body());
    }

    @Test
    void tableWithNumberTitleAndPageColumns() {
        List<AgendaReader.Entry> es = read(para("Agenda"), plainTable(row("1", "Declaration of Interests", ""),
                row("2", "Report from the Safeguarding Partnership", "17 - 22"), row("3", "Work Programme", "109 - 112")));
        assertEquals(3, es.size());
        assertEquals("2", es.get(1).number());
        assertEquals("Report from the Safeguarding Partnership", es.get(1).title());
        assertEquals(17, es.get(1).from());
        assertEquals(22, es.get(1).to());
        assertNull(es.get(0).from());
        assertEquals(2, es.get(2).row());
    }

    @Test
    void numberAndTitleInOneCellAndNotesUnderAnItemPassedOver() {
        List<AgendaReader.Entry> es = read(table(row("", "Page"), row("1 Apologies for Absence", ""), row("2 Minutes", "5 - 16"),
                row("To approve as a correct record the minutes of the meeting held on 13 July 2021.", "")));
        assertEquals(List.of("Apologies for Absence", "Minutes"), es.stream().map(AgendaReader.Entry::title).toList());
        assertEquals(5, es.get(1).from());
    }

    @Test
    void listItemsWithBracketedPagesAndParagraphsWithATrailingRange() {
        List<AgendaReader.Entry> es = read(para("AGENDA"), item("1.", "Apologies"),
                item("2.", "25/00012 - Budget Monitoring Report – December 2024-25 (Pages 9 - 60)"),
                para("3 Minutes 61 - 70"), para("4 Forward Plan (Page 71)"));
        assertEquals(4, es.size());
        assertEquals("25/00012 - Budget Monitoring Report – December 2024-25", es.get(1).title());
        assertEquals(9, es.get(1).from());
        assertEquals("Minutes", es.get(2).title());
        assertEquals(61, es.get(2).from());
        assertEquals(71, es.get(3).to());
    }

    @Test
    void aYearSpanInATitleIsNoPageRange() {
        List<AgendaReader.Entry> es = read(para("Agenda"), para("1 Apologies"), para("2 Budget 2020 - 21"));
        assertEquals("Budget 2020 - 21", es.get(1).title());
        assertNull(es.get(1).from());
    }

    @Test
    void itemsRunUpwardsFromOneAndSubItemsFollowTheirItem() {
        List<AgendaReader.Entry> es = read(para("Agenda"), item("3.", "Stray numbered note"), item("1.", "Apologies"),
                item("2.", "Minutes"), para("2a Matters arising"), item("1.", "A list restarting inside an item"), item("3.", "Budget"));
        assertEquals(List.of("1", "2", "2a", "3"), es.stream().map(AgendaReader.Entry::number).toList());
    }

    @Test
    void numberedParagraphsThatNeverCallThemselvesAnAgendaAreNone() {
        assertTrue(read(item("1.", "Leaders have improved the quality of practice."), item("2.", "Social workers know their children well"))
                .isEmpty());
        assertTrue(read(para("Agenda"), item("1.", "Leaders have improved the quality of practice across the service since the last "
                + "inspection in 2016 and managers are visible."), item("2.", "Social workers know their children well and see them often."))
                .isEmpty(), "numbered sentences are paragraphs, not item titles");
    }

    @Test
    void aReportsNumberedSectionsAreNoAgendaThoughItMentionsOneLater() {
        assertTrue(read(para("Subject: Governance Update"), heading(2, "1. Introduction"), para("The working party met."),
                heading(2, "2. Committees"), para("Cabinet Committees should review their agenda planning.")).isEmpty());
    }

    @Test
    void rowsOfFiguresAreNoItems() {
        assertTrue(read(para("Agenda"), table(row("1", "1", "2"), row("2", "1", "4"), row("3", "to 9 231 235", "218"))).isEmpty());
    }

    @Test
    void aTableOfFiguresWithNumberedRowsIsNoAgenda() {
        // A capital programme (and a register, a schedule of grants) numbers its rows and ends them in figures: the last
        // figure is no page, and a row of figures no agenda item.
        assertEquals(List.of(), read(plainTable(row("ROW REF", "Project", "Description of Project", "Total Cost", "2025-26", "2026-27"),
                row("1", "Home Support Fund & Equipment", "Provision of equipment to individuals' homes", "2,500", "250", "250"),
                row("2", "Learning Disability Good Day Programme", "Dedicated space and facilities", "4,415", "3,903", "273"),
                row("3", "Adult Social Care Case Management", "Replacement of the case management system", "1,200", "600", "0"))));
        // Two columns only, but the "pages" fall as the items go on: a list of figures, not an agenda's page ranges.
        assertEquals(List.of(), read(plainTable(row("1", "Grants to voluntary organisations", "250"), row("2", "Youth services", "120"),
                row("3", "Libraries", "90"))));
    }

    @Test
    void anAgendasPagesStillRiseWithoutTheWordAgenda() {
        List<AgendaReader.Entry> es = read(plainTable(row("1", "Apologies for absence", ""), row("2", "Minutes of the last meeting", "5 - 12"),
                row("3", "Budget monitoring", "13 - 40"), row("4", "Work programme", "41")));
        assertEquals(List.of("1", "2", "3", "4"), es.stream().map(AgendaReader.Entry::number).toList());
    }
    @Test
    void pagesPrintedAfterTheTitleWithoutBracketsAndWhatIsNoPageReference() {
        List<AgendaReader.Entry> es = read(para("Agenda"), item("1.", "Apologies"), item("2.", "Minutes Pages 1 - 8"),
                item("3.", "Fees and Charges 2025 pp. 9-14"), item("4.", "Work Programme Page 15"), item("5.", "Local Plan Stage 3"),
                item("6.", "Annual Report of the Director of Public Health."), item("7.", "Budget Update To follow"),
                item("8.", "Minutes of the Last Meeting To approve the minutes of the meeting held on 3 March 2025."));
        assertEquals(List.of("Apologies", "Minutes", "Fees and Charges 2025", "Work Programme", "Local Plan Stage 3",
                "Annual Report of the Director of Public Health.", "Budget Update", "Minutes of the Last Meeting"),
                es.stream().map(AgendaReader.Entry::title).toList(),
                "'Stage 3' is no page; a title's own 'Annual Report of …' stays; an item's purpose under it goes");
        assertEquals(List.of(1, 8), List.of(es.get(1).from(), es.get(1).to()));
        assertEquals(List.of(9, 14), List.of(es.get(2).from(), es.get(2).to()));
        assertEquals(List.of(15, 15), List.of(es.get(3).from(), es.get(3).to()));
        assertNull(es.get(4).from());
        assertNull(es.get(6).from(), "papers to follow have no pages yet");
    }
}
