package org.councilpapers.core.layout;

/**
 * How a table carries on the one before it, cut by a page break: the rows at its top that only repeat the
 * header printed above the break, and whether its first row after them is the rest of the row the break cut.
 *
 * @param repeatedHeaderRows how many top rows repeat the header of the table this one continues
 * @param firstRowContinues  whether the first row after them is the rest of the previous fragment's last row
 */
public record TableContinuation(int repeatedHeaderRows, boolean firstRowContinues) {
    /**
     * Checks the count.
     *
     * @param repeatedHeaderRows how many top rows repeat the header of the table this one continues
     * @param firstRowContinues whether the first row after them is the rest of the previous fragment's last row
     * @throws IllegalArgumentException if {@code repeatedHeaderRows} is negative
     */
    public TableContinuation {
        if (repeatedHeaderRows < 0) {
            throw new IllegalArgumentException("repeatedHeaderRows < 0");
        }
    }
}
