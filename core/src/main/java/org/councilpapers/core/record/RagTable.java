package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/**
 * A table that carries Red/Amber/Green status by cell colour or status words: an action plan, a statement of
 * action, a performance scorecard. A plan's {@link Action} records name the table they came from.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param title the table's title or the heading above it; null where it has none
 * @param columns the column names, in order
 * @param periods the labels of the review periods whose statuses the table tracks ("Oct 2019"); empty where it
 *     tracks one status only
 * @param rows the rows, in order
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
@JsonPropertyOrder({"id", "title", "columns", "periods", "rows", "provenance", "mentions"})
public record RagTable(
        String id,
        @Nullable String title,
        List<String> columns,
        List<String> periods,
        List<RagRow> rows,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    /**
     * Copies the lists (a null one is taken as empty); a null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param title the table's title or the heading above it; null where it has none
     * @param columns the column names, in order
     * @param periods the labels of the review periods whose statuses the table tracks ("Oct 2019"); empty where it
     *     tracks one status only
     * @param rows the rows, in order
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id} or {@code provenance} is null
     */
    public RagTable {
        mentions = mentions == null ? Mentions.NONE : mentions;
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
        return new RagTable(newId, title, columns, periods, rows, provenance, mentions);
    }

    @Override
    public RagTable withMentions(Mentions newMentions) {
        return new RagTable(id, title, columns, periods, rows, provenance, newMentions);
    }
}
