package org.councilpapers.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableJoinTest {
    private static final Rgb RED = new Rgb(255, 0, 0);

    private static Table plan(String[]... rows) {
        return Table.ofTexts(java.util.Arrays.stream(rows).map(List::of).toList());
    }

    /** A plan cut over two pages, a footer and a header between its parts. */
    private static LayoutDocument cut(Table first, Table rest) {
        LayoutDocument.Builder b = LayoutDocument.builder();
        b.add(Block.heading(1, "Action plan"));
        b.add(Block.table(first));
        b.add(Block.paragraph("Page 4").withLayer(Layer.FOOTER));
        b.page();
        b.add(Block.paragraph("Improvement plan 2025").withLayer(Layer.HEADER));
        b.add(Block.table(rest));
        b.add(Block.paragraph("Next steps."));
        return b.build();
    }

    @Test
    void repeatedHeaderIsDroppedAndRowsFollowOn() {
        Table first = plan(new String[] {"Ref", "Action", "RAG"}, new String[] {"1", "Recruit carers", "Green"});
        Table rest = plan(new String[] {"Ref", "Action", "RAG"}, new String[] {"2", "Audit plans", "Red"})
                .withContinuation(new TableContinuation(1, false));
        LayoutDocument doc = cut(first, rest);
        assertEquals(4, doc.body().size(), "body() still shows both parts");
        List<Block> joined = doc.joinedBody();
        assertEquals(3, joined.size());
        Table t = joined.get(1).table();
        assertEquals(3, t.rowCount());
        assertEquals(List.of("Ref", "Action", "RAG"), t.rowTexts(0));
        assertEquals(List.of("1", "Recruit carers", "Green"), t.rowTexts(1));
        assertEquals(List.of("2", "Audit plans", "Red"), t.rowTexts(2));
        assertFalse(t.continuesPrevious());
        assertEquals(1, joined.get(1).page());
        Cell audit = t.cellAt(2, 1);
        assertEquals("Audit plans", doc.text(audit.start(), audit.end()), "a cell keeps its own offsets");
        assertEquals(2, audit.blocks().get(0).page(), "and its blocks their own page");
        assertEquals("Next steps.", joined.get(2).text());
        assertEquals(2, doc.pageAt(audit.start()), "a joined table's rows still find their own page");
        assertEquals(1, doc.pageAt(t.cellAt(1, 1).start()));
    }

    @Test
    void rowCutByThePageBreakIsOneRowAgain() {
        Table first = new Table(List.of(Cell.of(0, 0, "Ref"), Cell.of(0, 1, "Action"), Cell.of(0, 2, "RAG"),
                Cell.of(1, 0, "1.1"), Cell.of(1, 1, "Recruit foster carers from"), Cell.of(1, 2, "").withFill(RED)), 2, 3, null);
        Table rest = new Table(List.of(Cell.of(0, 0, ""), Cell.of(0, 1, "the local area"), Cell.of(0, 2, ""),
                Cell.of(1, 0, "1.2"), Cell.of(1, 1, "Audit plans"), Cell.of(1, 2, "")), 2, 3, null)
                .withContinuation(new TableContinuation(0, true));
        LayoutDocument doc = cut(first, rest);
        Table t = doc.joinedBody().get(1).table();
        assertEquals(3, t.rowCount());
        Cell action = t.cellAt(1, 1);
        assertEquals("Recruit foster carers from\nthe local area", action.text());
        assertEquals(List.of(1, 2), action.blocks().stream().map(Block::page).toList());
        assertEquals("Recruit foster carers from", doc.text(action.blocks().get(0).start(), action.blocks().get(0).end()));
        assertEquals("the local area", doc.text(action.blocks().get(1).start(), action.blocks().get(1).end()));
        assertEquals(RED, t.cellAt(1, 2).fill(), "the top part's fill is kept");
        assertEquals("1.1", t.cellAt(1, 0).text());
        assertEquals(List.of("1.2", "Audit plans", ""), t.rowTexts(2));
    }

    @Test
    void threePartsJoinIntoOne() {
        Table a = plan(new String[] {"Ref", "Action"}, new String[] {"1", "One"});
        Table b = plan(new String[] {"Ref", "Action"}, new String[] {"2", "Two"}).withContinuation(new TableContinuation(1, false));
        Table c = plan(new String[] {"3", "Three"}).withContinuation(new TableContinuation(0, false));
        LayoutDocument.Builder builder = LayoutDocument.builder();
        builder.add(Block.table(a));
        builder.page();
        builder.add(Block.table(b));
        builder.page();
        builder.add(Block.table(c));
        Table t = builder.build().joinedBody().get(0).table();
        assertEquals(4, t.rowCount());
        assertEquals(List.of("3", "Three"), t.rowTexts(3));
    }

    @Test
    void partsWithDifferentColumnsOrTextBetweenStayApart() {
        Table a = plan(new String[] {"Ref", "Action"}, new String[] {"1", "One"});
        Table wider = plan(new String[] {"2", "Two", "Green"}).withContinuation(new TableContinuation(0, false));
        LayoutDocument.Builder builder = LayoutDocument.builder();
        builder.add(Block.table(a));
        builder.page();
        builder.add(Block.table(wider));
        builder.add(Block.paragraph("Between"));
        builder.add(Block.table(plan(new String[] {"3", "Three"}).withContinuation(new TableContinuation(0, false))));
        LayoutDocument doc = builder.build();
        assertEquals(doc.body(), doc.joinedBody());
    }

    @Test
    void viewStartingOnAContinuationLeavesItAlone() {
        Table first = plan(new String[] {"Ref", "Action"}, new String[] {"1", "One"});
        Table rest = plan(new String[] {"2", "Two"}).withContinuation(new TableContinuation(0, false));
        LayoutDocument doc = cut(first, rest).pages(2, 2);
        List<Block> joined = doc.joinedBody();
        assertSame(doc.body().get(0), joined.get(0));
        assertTrue(joined.get(0).table().continuesPrevious());
    }

    @Test
    void continuationSurvivesPlacing() {
        Table rest = plan(new String[] {"2", "Two"}).withContinuation(new TableContinuation(1, true));
        LayoutDocument.Builder b = LayoutDocument.builder();
        Block placed = b.add(Block.table(rest));
        assertEquals(new TableContinuation(1, true), placed.table().continuation());
        assertNull(plan(new String[] {"x"}).continuation());
    }
}
