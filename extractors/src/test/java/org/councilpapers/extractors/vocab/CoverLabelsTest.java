package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.councilpapers.core.record.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The item's number and title printed on one line, and the yes/no answers to "Exempt" and "Confidential" labels. */
class CoverLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Item 9: Review of Allotment Rents|9|Review of Allotment Rents",
        "Agenda item 6 – Empty Homes Strategy 2025-2030|6|Empty Homes Strategy 2025-2030",
        "Agenda Item 7: Response to the Ofsted inspection|7|Response to the Ofsted inspection",
        "AGENDA ITEM NO. 12 - Treasury Management Outturn|12|Treasury Management Outturn",
        "Item 4a. Budget Monitoring Quarter 2|4a|Budget Monitoring Quarter 2",
        "Agenda item: 5 – Local Plan Review|5|Local Plan Review"})
    void anItemsLineWithItsTitle(String line, String number, String title) {
        CoverLabels.TitledItem t = CoverLabels.titledItem(line);
        assertEquals(number, t == null ? null : t.number(), line);
        assertEquals(title, t.title(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Agenda Item 7", "Item 2.1 Background to the review", "Items to note: none this month",
        "Agenda items for the next meeting", "Item 3: 2024", "Itemised costs: 14 March 2025"})
    void otherLinesAreNoTitledItem(String line) {
        assertNull(CoverLabels.titledItem(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Exempt: No|PUBLIC",
        "Exempt: Yes – paragraph 3 of Schedule 12A|EXEMPT",
        "Is the report exempt? No|PUBLIC",
        "Confidential: Yes|EXEMPT",
        "Classification: Open|PUBLIC"})
    void aYesOrNoToAnExemptLabelIsTheClassification(String line, Classification expected) {
        CoverLabels.Labelled lab = CoverLabels.read(line);
        assertEquals(CoverLabels.Field.CLASSIFICATION, lab.field(), line);
        assertEquals(expected, CoverLabels.classification(lab.value()), line);
    }

    @Test
    void anotherLabelsAnswerIsLeftAsPrinted() {
        assertEquals("No", CoverLabels.answered("Key decision", "No"));
        assertEquals("Part II", CoverLabels.answered("Exempt", "Part II"));
    }

    @Test
    void aPostThatGoesOnAfterAndIsNotASecondPerson() {
        assertEquals("Kieran Lodge", CoverLabels.personName("Kieran Lodge, Head of Quality Assurance and Practice Improvement"));
        assertEquals("Imran Chaudhry", CoverLabels.personName("Imran Chaudhry, Service Manager, Performance and Quality Assurance"));
        assertNull(CoverLabels.personName("Jane Doe and Sam Lee"), "two people name no one author");
        assertNull(CoverLabels.personName("Jane Doe, Head of Finance; Sam Lee, Head of Audit"));
        assertNull(CoverLabels.personName("Jane Doe, Head of Finance and Sam Lee, Head of Audit"));
    }

    @Test
    void aLeadDirectorIsTheAccountableDirector() {
        assertEquals(CoverLabels.Field.DIRECTOR, CoverLabels.read("Lead director:   Dawn Ashcroft, Corporate Director").field());
        assertEquals(CoverLabels.Field.DIRECTOR, CoverLabels.read("Director lead: Sam Ode, Director of Place").field());
    }
}
