package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** A table that carries Red/Amber/Green status by cell colour or status words. */
@JsonPropertyOrder({"id", "title", "columns", "periods", "rows", "provenance"})
public record RagTable(
        String id,
        @Nullable String title,
        List<String> columns,
        List<String> periods,
        List<RagRow> rows,
        Provenance provenance) implements PaperRecord {
    public RagTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        columns = Lists.copy(columns);
        periods = Lists.copy(periods);
        rows = Lists.copy(rows);
    }

    @Override
    public RecordType type() {
        return RecordType.RAG_TABLE;
    }

    @Override
    public RagTable withId(String newId) {
        return new RagTable(newId, title, columns, periods, rows, provenance);
    }
}
