package org.councilpapers.core.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** One row of a {@link RagTable}: its label, its cells by column name, and its status over time. */
public record RagRow(
        String label,
        Map<String, String> cells,
        @Nullable RagStatus status,
        List<StatusEntry> statusHistory) {
    public RagRow {
        Objects.requireNonNull(label, "label");
        cells = cells == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        statusHistory = Lists.copy(statusHistory);
    }
}
