package org.councilpapers.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Table#cellAt} and {@link Table#row} through the grid index give what a scan of the cells gives. */
class TableCellAtTest {
    @Test
    void spansAreFoundFromEveryPositionTheyCover() {
        Cell wide = Cell.of(0, 0, 1, 3, true, List.of(Block.paragraph("Plan")), null);
        Cell tall = Cell.of(1, 0, 3, 1, false, List.of(Block.paragraph("Objective")), null);
        Cell a = Cell.of(1, 1, "a");
        Cell b = Cell.of(2, 2, "b");
        Table t = new Table(List.of(b, a, tall, wide), 4, 3, null);
        assertSame(wide, t.cellAt(0, 2));
        assertSame(tall, t.cellAt(3, 0));
        assertSame(a, t.cellAt(1, 1));
        assertNull(t.cellAt(1, 2), "no cell covers it");
        assertNull(t.cellAt(4, 0), "outside the table");
        assertNull(t.cellAt(-1, 0));
        assertEquals(List.of(tall, a), t.row(1));
        assertEquals(List.of(), t.row(3), "a row covered only from above starts no cell");
        assertEquals(List.of("Objective", "a", ""), t.rowTexts(1));
    }

    @Test
    void anIndexedTableEqualsTheSameCellsInAList() {
        List<Cell> cells = List.of(Cell.of(0, 0, "x"), Cell.of(0, 1, "y"));
        Table t = new Table(cells, 1, 2, null);
        assertEquals(cells, t.cells());
        assertEquals(cells.hashCode(), t.cells().hashCode());
        assertEquals(t, new Table(new ArrayList<>(cells), 1, 2, null));
        assertEquals(t, t.withContinuation(null));
    }

    @Test
    void randomSpannedTablesAgreeWithAScan() {
        Random random = new Random(15);
        for (int round = 0; round < 200; round++) {
            int rows = 1 + random.nextInt(12);
            int cols = 1 + random.nextInt(6);
            boolean[][] taken = new boolean[rows][cols];
            List<Cell> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (taken[r][c] || random.nextInt(5) == 0) {
                        continue;
                    }
                    int rs = 1 + (random.nextInt(4) == 0 ? random.nextInt(rows - r) : 0);
                    int cs = 1 + (random.nextInt(4) == 0 ? random.nextInt(cols - c) : 0);
                    for (int i = r; i < r + rs; i++) {
                        for (int k = c; k < c + cs; k++) {
                            if (taken[i][k]) {
                                rs = i == r ? 1 : Math.min(rs, i - r);
                                cs = i == r ? Math.min(cs, k - c) : cs;
                            }
                        }
                    }
                    rs = Math.max(1, rs);
                    cs = Math.max(1, cs);
                    for (int i = r; i < r + rs; i++) {
                        for (int k = c; k < c + cs; k++) {
                            taken[i][k] = true;
                        }
                    }
                    cells.add(Cell.of(r, c, rs, cs, false, List.of(Block.paragraph(r + "," + c)), null));
                }
            }
            Table t = new Table(cells, rows, cols, null);
            for (int r = -1; r <= rows; r++) {
                for (int c = -1; c <= cols; c++) {
                    assertSame(scan(t.cells(), r, c), t.cellAt(r, c), "r" + r + " c" + c + " of " + cells);
                }
                final int row = r;
                assertEquals(t.cells().stream().filter(x -> x.row() == row).toList(), t.row(r));
            }
        }
    }

    private static Cell scan(List<Cell> cells, int r, int c) {
        for (Cell x : cells) {
            if (x.covers(r, c)) {
                return x;
            }
        }
        return null;
    }
}
