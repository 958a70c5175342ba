package org.councilpapers.core.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link RagTable}: its label, its cells by column name, and its status over time.
 *
 * @param label the row's label (usually its first cell)
 * @param cells each cell's text by column name, in column order; a null argument is taken as empty
 * @param status the row's current status; null where the row has none
 * @param statusHistory the status at each of the table's periods; empty where the table tracks one status only
 */
public record RagRow(
        String label,
        Map<String, String> cells,
        @Nullable RagStatus status,
        List<StatusEntry> statusHistory) {
    /**
     * Copies the lists and the map (a null one is taken as empty).
     *
     * @param label the row's label (usually its first cell)
     * @param cells each cell's text by column name, in column order; a null argument is taken as empty
     * @param status the row's current status; null where the row has none
     * @param statusHistory the status at each of the table's periods; empty where the table tracks one status only
     * @throws NullPointerException if {@code label} is null
     */
    public RagRow {
        Objects.requireNonNull(label, "label");
        cells = cells == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        statusHistory = Lists.copy(statusHistory);
    }
}
