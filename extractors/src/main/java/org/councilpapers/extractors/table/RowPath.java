package org.councilpapers.extractors.table;

import org.jspecify.annotations.Nullable;

/**
 * A data row's address: its row header (the text of the table's label columns) and the group it sits
 * under, where a group row (a bold or spanning row, or a label with nothing beside it) heads it.
 *
 * @param group the text of the last group row above, or null
 * @param label the row header, "" where the row has none
 */
public record RowPath(@Nullable String group, String label) {
    @Override
    public String toString() {
        return group == null ? label : group + ColumnPath.SEPARATOR + label;
    }
}
