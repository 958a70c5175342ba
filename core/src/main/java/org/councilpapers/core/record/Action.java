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
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param reference the action's reference as printed ("1.2", "R3"); null where the plan gives none
 * @param recommendation the recommendation or area for improvement the row answers, as printed in the plan; null
 *     where the plan has no such column
 * @param text what is to be done
 * @param owner who is responsible, as printed; null where not stated
 * @param due the due date as printed ("March 2022", "Ongoing"); null where not stated
 * @param dueDate {@code due} normalised to a date, to the precision printed; null where {@code due} is not a date
 * @param status the current RAG status, from cell colour, cell text or a status word; null where the row has none
 * @param statusHistory the status at each review period where the plan tracks several; empty where it does not
 * @param progress the progress commentary as printed; null where the plan has none for the row
 * @param score the latest review's score as printed ("2"); null where the plan scores nothing
 * @param direction the direction of travel as printed ("Improving"); null where not stated
 * @param table the id of the {@link RagTable} record the row came from; null where its table carries no status
 * @param recommendationId the id of the recommendation or finding record the action implements; null for none
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
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
    /**
     * Copies the lists (a null one is taken as empty); a null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param reference the action's reference as printed ("1.2", "R3"); null where the plan gives none
     * @param recommendation the recommendation or area for improvement the row answers, as printed in the plan; null
     *     where the plan has no such column
     * @param text what is to be done
     * @param owner who is responsible, as printed; null where not stated
     * @param due the due date as printed ("March 2022", "Ongoing"); null where not stated
     * @param dueDate {@code due} normalised to a date, to the precision printed; null where {@code due} is not a date
     * @param status the current RAG status, from cell colour, cell text or a status word; null where the row has none
     * @param statusHistory the status at each review period where the plan tracks several; empty where it does not
     * @param progress the progress commentary as printed; null where the plan has none for the row
     * @param score the latest review's score as printed ("2"); null where the plan scores nothing
     * @param direction the direction of travel as printed ("Improving"); null where not stated
     * @param table the id of the {@link RagTable} record the row came from; null where its table carries no status
     * @param recommendationId the id of the recommendation or finding record the action implements; null for none
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance} or {@code text} is null
     */
    public Action {
        mentions = mentions == null ? Mentions.NONE : mentions;
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
        return new Action(newId, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table,
                recommendationId, provenance, mentions);
    }

    @Override
    public Action withMentions(Mentions newMentions) {
        return new Action(id, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table,
                recommendationId, provenance, newMentions);
    }

    /**
     * This action linked to the recommendation or finding record it implements.
     *
     * @param newRecommendationId the id of a {@link Recommendation} or {@link Finding} in the same paper; null for none
     * @return a copy of this action with that link
     */
    public Action withRecommendationId(@Nullable String newRecommendationId) {
        return new Action(id, reference, recommendation, text, owner, due, dueDate, status, statusHistory, progress, score, direction, table,
                newRecommendationId, provenance, mentions);
    }
}
