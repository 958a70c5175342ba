package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** A row of an action, improvement or development plan. */
@JsonPropertyOrder({"id", "reference", "recommendation", "text", "owner", "due", "dueDate", "status", "statusHistory", "progress", "score", "direction", "table", "provenance"})
public record Action(
        String id,
        @Nullable String reference,
        @Nullable String recommendation,
        String text,
        @Nullable String owner,
        @Nullable String due,
        @Nullable PartialDate dueDate,
        @Nullable RagStatus status,
        List<StatusEntry> statusHistory,
        @Nullable String progress,
        @Nullable String score,
        @Nullable String direction,
        @Nullable String table,
        Provenance provenance) implements PaperRecord {
    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        statusHistory = Lists.copy(statusHistory);
    }

    @Override
    public RecordType type() {
        return RecordType.ACTION;
    }

    @Override
    public Action withId(String newId) {
        return new Action(newId, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table, provenance);
    }
}
