package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.layout.Block;
import org.junit.jupiter.api.Test;

/** Which tables are a web page's agenda items, and which look like them but are not. */
class ItemTablesTest {
    private static List<Block> cell(String... texts) {
        return List.of(texts).stream().map(Block::paragraph).toList();
    }

    @Test
    void aLabelledItemTableReadsAsAHeadingPerItemOverItsText() {
        List<Block> out = ItemTables.unroll(List.of(
                List.of(cell("No."), cell("Item")),
                List.of(cell("4."), cell("Declarations of Interest PDF 180 KB", "Minutes:", "None were declared.")),
                List.of(cell("5."), cell("Budget Monitoring Q2", "Report of the Director of Finance."))),
                List.of(true, false, false));
        assertEquals(List.of("4. Declarations of Interest", "Minutes:", "None were declared.", "5. Budget Monitoring Q2",
                "Report of the Director of Finance."), out.stream().map(Block::text).toList());
    }

    @Test
    void aReportsNumberedPointsInATableAreNoItems() {
        // no "No. | Item" labels and no minute under any row: a report's paragraphs set in a table
        assertNull(ItemTables.unroll(List.of(
                List.of(cell("1."), cell("The budget gap for 2026/27 is forecast at £4.2m.")),
                List.of(cell("2."), cell("Savings proposals are set out in Appendix A."))),
                List.of(false, false)));
        // labelled, but a row's first cell is no number: a schedule of costs
        assertNull(ItemTables.unroll(List.of(
                List.of(cell("No."), cell("Item")),
                List.of(cell("1"), cell("Resurfacing, Mill Lane")),
                List.of(cell("Total"), cell("£182,000"))),
                List.of(true, false, false)));
        // an action log: its columns are no item's
        assertNull(ItemTables.unroll(List.of(
                List.of(cell("No."), cell("Action"), cell("Owner")),
                List.of(cell("1"), cell("Circulate the briefing"), cell("Head of Housing")),
                List.of(cell("2"), cell("Report back in March"), cell("Director of Finance"))),
                List.of(true, false, false)));
    }
}
