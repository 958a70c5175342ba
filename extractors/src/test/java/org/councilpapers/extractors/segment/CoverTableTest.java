package org.councilpapers.extractors.segment;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.vocab.CoverLabels.Field;
import org.councilpapers.testdata.LayoutFixtures;
import org.junit.jupiter.api.Test;

class CoverTableTest {
    private static Block only(LayoutFixtures.Part table) {
        LayoutDocument doc = document(table);
        return doc.body().get(0);
    }

    @Test
    void labelsWithColonsOneToARow() {
        Map<Field, String> f = CoverTable.read(only(plainTable(row("Report title:", "Children's social care placements"),
                row("Report of / Report by:", "Director of Children's Services"),
                row("Author / Contact officer:", "Jane Doe, Head of Placements"), row("Wards affected:", "All"),
                row("Key decision:", "No"), row("Agenda item", "7"))));
        assertEquals("Children's social care placements", f.get(Field.TITLE));
        assertEquals("Director of Children's Services", f.get(Field.REPORT_OF));
        assertEquals("Jane Doe, Head of Placements", f.get(Field.AUTHOR));
        assertEquals("All", f.get(Field.WARDS));
        assertEquals("No", f.get(Field.KEY_DECISION));
        assertEquals("7", f.get(Field.ITEM));
    }

    @Test
    void twoPairsToARowAndTheItemNumberInItsLabel() {
        Map<Field, String> f = CoverTable.read(only(plainTable(row("Title of report", "Fostering strategy", "Item no.", "5"),
                row("Report from", "Corporate Director", "Key decision", "Yes"))));
        assertEquals("Fostering strategy", f.get(Field.TITLE));
        assertEquals("5", f.get(Field.ITEM));
        assertEquals("Corporate Director", f.get(Field.REPORT_OF));
        assertEquals("Yes", f.get(Field.KEY_DECISION));
        f = CoverTable.read(only(plainTable(row("Agenda item 7", "Children's social care placements"),
                row("Report by", "Director of Children's Services"), row("Wards", "All"))));
        assertEquals("7", f.get(Field.ITEM));
        assertEquals("Children's social care placements", f.get(Field.TITLE));
    }

    @Test
    void anItemLabelWhoseValueIsNoNumberGivesNoItem() {
        Map<Field, String> f = CoverTable.read(only(plainTable(row("Report title", "Placements"), row("Agenda item", "Part B"),
                row("Report by", "Director"), row("Wards affected", "All"))));
        assertNull(f.get(Field.ITEM));
        assertEquals("Placements", f.get(Field.TITLE));
    }

    @Test
    void frontSheetsPlansAndKeysAreNoCovers() {
        // A meeting's front sheet: date, venue, committee, but nothing of a report.
        assertTrue(CoverTable.read(only(plainTable(row("Meeting", "Cabinet"), row("Date", "12 June 2024"),
                row("Venue", "Council Chamber"), row("Contact", "Sam Lee")))).isEmpty());
        // A plan's table: its first column holds references, not labels.
        assertTrue(CoverTable.read(only(plainTable(row("Ref", "Action", "Lead", "Target date", "Status"),
                row("1.1", "Recruit managers", "Head of Service", "December 2024", "On track"),
                row("1.2", "Audit supervision", "Principal Social Worker", "Quarterly", "At risk")))).isEmpty());
        // Two report labels among many unlabelled rows: a table that mentions a title, not a cover.
        assertTrue(CoverTable.read(only(plainTable(row("Report", "Annual review"), row("Key decision", "No"),
                row("Placements", "142"), row("Fostering", "61"), row("Residential", "18"), row("Adoption", "9"),
                row("Other", "4")))).isEmpty());
    }

    @Test
    void labelsAreReadWhateverTheirCaseAndPunctuation() {
        assertEquals(Field.AUTHOR, CoverTable.field("Author / Contact officer:"));
        assertEquals(Field.KEY_DECISION, CoverTable.field("Is this a Key Decision?"));
        assertEquals(Field.KEY_DECISION, CoverTable.field("Key decision (yes/no)"));
        assertEquals(Field.WARDS, CoverTable.field("Electoral Divisions affected"));
        assertEquals(Field.REPORT_OF, CoverTable.field("REPORT OF"));
        assertNull(CoverTable.field("Placements"));
    }
}
