package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.layout.Table;
import org.junit.jupiter.api.Test;

class TabTableParserTest {

    @Test
    void fieldsSplitOnTabs() {
        assertEquals(List.of("Judgement", "Grade"), TabTableParser.fields("Judgement\tGrade"));
        assertEquals(List.of("", "Engagement and Project Monitoring Officer"),
                TabTableParser.fields("\tEngagement and Project Monitoring Officer"));
        assertEquals(List.of("a", "", "b"), TabTableParser.fields("a\t\tb\t\t"));
    }

    @Test
    void aFieldTabNeedsTextOnBothSides() {
        assertTrue(TabTableParser.hasFieldTab("Rory Patterson\tName of Reviewer"));
        assertTrue(TabTableParser.hasFieldTab("  a\tb"));
        assertFalse(TabTableParser.hasFieldTab("\tindented"));
        assertFalse(TabTableParser.hasFieldTab("trailing\t"));
        assertFalse(TabTableParser.hasFieldTab("no tabs"));
    }

    @Test
    void oneRowPerLine() {
        Table t = TabTableParser.parse(List.of("Judgement\tGrade", "Overall effectiveness\tGood"));
        assertEquals(2, t.rowCount());
        assertEquals(2, t.colCount());
        assertEquals(List.of("Overall effectiveness", "Good"), t.rowTexts(1));
        assertFalse(t.cellAt(0, 0).header(), "nothing in tab-separated text marks a header");
    }

    @Test
    void rowsOfDifferentWidthsPadded() {
        Table t = TabTableParser.parse(List.of("No.\tRecommendation\tLead", "1\tEnsure data is analysed"));
        assertEquals(3, t.colCount());
        assertEquals(List.of("1", "Ensure data is analysed", ""), t.rowTexts(1));
    }

    @Test
    void doubledTabsLeaveNoEmptyColumn() {
        Table t = TabTableParser.parse(List.of("a\t\tb", "c\t\td"));
        assertEquals(2, t.colCount());
        assertEquals(List.of("c", "d"), t.rowTexts(1));
    }

    @Test
    void markupInFieldsRead() {
        Table t = TabTableParser.parse(List.of("**Area**\t<b>Grade</b>"));
        assertEquals(List.of("Area", "Grade"), t.rowTexts(0));
        assertTrue(t.cellAt(0, 0).blocks().get(0).isBold());
        assertTrue(t.cellAt(0, 1).blocks().get(0).isBold());
    }

    @Test
    void allBlankGivesNothing() {
        assertNull(TabTableParser.parse(List.of("\t\t", " \t ")));
    }
}
