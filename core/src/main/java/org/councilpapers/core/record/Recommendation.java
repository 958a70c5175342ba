package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * What a report asks a committee to do, or what an inspectorate told an authority to do.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param number the recommendation's number as printed ("1.1"); null where unnumbered
 * @param text what is recommended
 * @param origin whether a report or an inspection made it
 * @param itemNumber the agenda item number of the report it is in; null where not known
 * @param itemTitle the title of that agenda item or report; null where not known
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
@JsonPropertyOrder({"id", "number", "text", "origin", "itemNumber", "itemTitle", "provenance", "mentions"})
public record Recommendation(
        String id,
        @Nullable String number,
        String text,
        RecommendationOrigin origin,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    /**
     * A null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param number the recommendation's number as printed ("1.1"); null where unnumbered
     * @param text what is recommended
     * @param origin whether a report or an inspection made it
     * @param itemNumber the agenda item number of the report it is in; null where not known
     * @param itemTitle the title of that agenda item or report; null where not known
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance}, {@code text} or {@code origin} is null
     */
    public Recommendation {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public RecordType type() {
        return RecordType.RECOMMENDATION;
    }

    @Override
    public Recommendation withId(String newId) {
        return new Recommendation(newId, number, text, origin, itemNumber, itemTitle, provenance, mentions);
    }

    @Override
    public Recommendation withMentions(Mentions newMentions) {
        return new Recommendation(id, number, text, origin, itemNumber, itemTitle, provenance, newMentions);
    }
}
