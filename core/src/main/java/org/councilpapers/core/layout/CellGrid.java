package org.councilpapers.core.layout;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A table's cells in reading order, with what finds a cell by grid position in constant time: a
 * lookup that scanned the cells made every walk over a table's positions quadratic in its size
 * (a 10,000-row table took most of a minute). An immutable list, equal to any list of the same
 * cells, so a {@link Table} compares and prints as before.
 */
final class CellGrid extends AbstractList<Cell> implements RandomAccess {
    /**
     * A position index larger than this many times the cells (a sparse grid: two cells, one at
     * A1 and one a million rows down) is not built; the cells are few enough to scan.
     */
    private static final long SPARSE_FACTOR = 16;
    private static final long DENSE_ALWAYS = 1 << 20;
    private static final Comparator<Cell> READING_ORDER = Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col);

    private final Cell[] cells;
    private final int rowCount;
    private final int colCount;
    /** Index + 1 of the first cell (in reading order) covering each position, 0 for none; built on first use. */
    private volatile int @Nullable [] firstCovering;
    private volatile boolean sparse;

    CellGrid(List<Cell> cells, int rowCount, int colCount) {
        Cell[] sorted = cells.toArray(new Cell[0]);
        Arrays.sort(sorted, READING_ORDER); // stable: cells at one position keep their order, as a stream sort kept them
        for (Cell c : sorted) {
            if (c == null) {
                throw new NullPointerException("cell");
            }
        }
        this.cells = sorted;
        this.rowCount = rowCount;
        this.colCount = colCount;
    }

    /** Whether this list can serve a table of this size as it is (a table remade with another continuation). */
    boolean fits(int rows, int cols) {
        return rows == rowCount && cols == colCount;
    }

    @Override
    public Cell get(int index) {
        return cells[index];
    }

    @Override
    public int size() {
        return cells.length;
    }

    /** The first cell in reading order that covers a position, or null. */
    @Nullable Cell cellAt(int row, int col) {
        if (row < 0 || col < 0 || row >= rowCount || col >= colCount) {
            return scan(row, col);
        }
        int[] grid = index();
        if (grid == null) {
            return scan(row, col);
        }
        int i = grid[row * colCount + col];
        return i == 0 ? null : cells[i - 1];
    }

    /** The cells that start in a row, left to right. */
    List<Cell> startingIn(int row) {
        int from = firstOfRow(row);
        int to = firstOfRow(row + 1);
        return from == to ? List.of() : subList(from, to);
    }

    // The index of the first cell starting in this row or later (cells are sorted by row).
    private int firstOfRow(int row) {
        int lo = 0;
        int hi = cells.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cells[mid].row() < row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private @Nullable Cell scan(int row, int col) {
        for (Cell c : cells) {
            if (c.covers(row, col)) {
                return c;
            }
            if (c.row() > row) {
                break;
            }
        }
        return null;
    }

    private int @Nullable [] index() {
        int[] grid = firstCovering;
        if (grid != null || sparse) {
            return grid;
        }
        long positions = (long) rowCount * colCount;
        if (positions > Math.max(DENSE_ALWAYS, SPARSE_FACTOR * cells.length) || positions > Integer.MAX_VALUE - 8) {
            sparse = true;
            return null;
        }
        grid = new int[(int) positions];
        long work = 0;
        for (int i = 0; i < cells.length; i++) {
            Cell c = cells[i];
            work += (long) c.rowSpan() * c.colSpan();
            if (work > 2 * positions + cells.length) {
                // Cells that overlap over and over (a broken table): scanning costs less than filling the grid.
                sparse = true;
                return null;
            }
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                    int at = r * colCount + k;
                    if (grid[at] == 0) {
                        grid[at] = i + 1;
                    }
                }
            }
        }
        firstCovering = grid;
        return grid;
    }
}
