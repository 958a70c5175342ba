package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.extractors.read.pdf.table.Glyph;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
    @Test
    void twoColumnsOfProseAreReadLeftColumnFirst() {
        List<Glyph> gs = new ArrayList<>(Glyphs.text("A title across the whole page width", 50, 80));
        for (int i = 0; i < 4; i++) {
            gs.addAll(Glyphs.text("left column line number " + i, 50, 110 + 12 * i));
            gs.addAll(Glyphs.text("right column line number " + i, 250, 110 + 12 * i));
        }
        List<String> order = ReadingOrder.order(TextLines.lines(gs)).stream().map(Line::text).toList();
        assertEquals("A title across the whole page width", order.get(0));
        assertEquals("left column line number 0", order.get(1));
        assertEquals("left column line number 3", order.get(4));
        assertEquals("right column line number 0", order.get(5));
        assertEquals(9, order.size());
    }

    @Test
    void labelAndValueRowsStayWholeLines() {
        List<Glyph> gs = new ArrayList<>();
        String[][] rows = {{"2", "Minutes", "5 - 16"}, {"3", "Items of Urgent Business", ""}, {"6", "Report from the Safeguarding Partnership", "17 - 22"},
            {"7", "Annual Complaints and Representations Report", "23 - 38"}};
        for (int i = 0; i < rows.length; i++) {
            gs.addAll(Glyphs.text(rows[i][0], 50, 100 + 14 * i));
            gs.addAll(Glyphs.text(rows[i][1], 80, 100 + 14 * i));
            gs.addAll(Glyphs.text(rows[i][2], 400, 100 + 14 * i));
        }
        List<String> order = ReadingOrder.order(TextLines.lines(gs)).stream().map(Line::text).toList();
        assertEquals(List.of("2 Minutes 5 - 16", "3 Items of Urgent Business", "6 Report from the Safeguarding Partnership 17 - 22",
                "7 Annual Complaints and Representations Report 23 - 38"), order);
    }
}
