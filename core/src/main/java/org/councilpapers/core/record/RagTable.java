package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** A table that carries Red/Amber/Green status by cell colour or status words. */
@JsonPropertyOrder({"id", "title", "columns", "periods", "rows", "provenance", "mentions"})
public record RagTable(
        String id,
        @Nullable String title,
        List<String> columns,
        List<String> periods,
        List<RagRow> rows,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public RagTable {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        columns = Lists.copy(columns);
        periods = Lists.copy(periods);
        rows = Lists.copy(rows);
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public RagTable(
            String id,
            @Nullable String title,
            List<String> columns,
            List<String> periods,
            List<RagRow> rows,
            Provenance provenance) {
        this(id, title, columns, periods, rows, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.RAG_TABLE;
    }

    @Override
    public RagTable withId(String newId) {
        return new RagTable(newId, title, columns, periods, rows, provenance, mentions);
    }

    @Override
    public RagTable withMentions(Mentions newMentions) {
        return new RagTable(id, title, columns, periods, rows, provenance, newMentions);
    }
}
