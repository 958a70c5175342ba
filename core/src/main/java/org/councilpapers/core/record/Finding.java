package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * Something an inspection found: an area to improve, a strength or an observation.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param kind what the finding says
 * @param text the finding as printed
 * @param authority the authority inspected; null where the paper does not say
 * @param source the inspection the finding comes from ("Ofsted ILACS 2019"); null where the paper does not say
 * @param date the date of that inspection or its report, to the precision given; null where not stated
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
@JsonPropertyOrder({"id", "kind", "text", "authority", "source", "date", "provenance", "mentions"})
public record Finding(
        String id,
        FindingKind kind,
        String text,
        @Nullable String authority,
        @Nullable String source,
        @Nullable PartialDate date,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    /**
     * A null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param kind what the finding says
     * @param text the finding as printed
     * @param authority the authority inspected; null where the paper does not say
     * @param source the inspection the finding comes from ("Ofsted ILACS 2019"); null where the paper does not say
     * @param date the date of that inspection or its report, to the precision given; null where not stated
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance}, {@code kind} or {@code text} is null
     */
    public Finding {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public RecordType type() {
        return RecordType.FINDING;
    }

    @Override
    public Finding withId(String newId) {
        return new Finding(newId, kind, text, authority, source, date, provenance, mentions);
    }

    @Override
    public Finding withMentions(Mentions newMentions) {
        return new Finding(id, kind, text, authority, source, date, provenance, newMentions);
    }
}
