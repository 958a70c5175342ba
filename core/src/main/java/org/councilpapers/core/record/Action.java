package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/**
 * A row of an action, improvement or development plan. {@code recommendationId} is the id of the
 * inspection {@code recommendation} or {@code finding} record, in the same document, that the
 * action implements; null where the document holds none that matches.
 */
@JsonPropertyOrder({"id", "reference", "recommendation", "text", "owner", "due", "dueDate", "status", "statusHistory", "progress", "score", "direction", "table", "recommendationId", "provenance", "mentions"})
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
        @Nullable String recommendationId,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Action {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        statusHistory = Lists.copy(statusHistory);
    }

    /** The constructor from before actions were linked to recommendations. */
    public Action(
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
            Provenance provenance,
            Mentions mentions) {
        this(id, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table, null, provenance,
                mentions);
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Action(
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
            Provenance provenance) {
        this(id, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table, null, provenance,
                Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.ACTION;
    }

    @Override
    public Action withId(String newId) {
        return new Action(newId, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table,
                recommendationId, provenance, mentions);
    }

    @Override
    public Action withMentions(Mentions newMentions) {
        return new Action(id, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table,
                recommendationId, provenance, newMentions);
    }

    /** This action linked to the recommendation or finding record it implements (null for none). */
    public Action withRecommendationId(@Nullable String newRecommendationId) {
        return new Action(id, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table,
                newRecommendationId, provenance, mentions);
    }
}
