package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * An inspection judgement: one grade for one area of one inspection of one authority.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param authority the authority inspected, as named; null where the paper does not say
 * @param inspectorate the inspectorate ("Ofsted", "CQC"); null where the paper does not say
 * @param framework the inspection framework or type ("ILACS", "SIF"); null where the paper does not say
 * @param inspectionStart the first day of the inspection, to the precision printed; null where not stated
 * @param inspectionEnd the last day of the inspection, to the precision printed; null where not stated
 * @param year the year of the inspection; null where neither dates nor text give one
 * @param group the heading the judgement sits under where a table groups them ("Services for looked after
 *     children"); null where it has none
 * @param area the judgement's own label as printed ("Overall effectiveness")
 * @param grade the grade, normalised
 * @param gradeText the grade as printed ("Requires improvement to be good")
 * @param basis whether the grade was read from a table or a sentence
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 * @param inherited the facts (of {@code authority}, {@code inspectorate}, {@code framework}, {@code inspectionStart},
 *                  {@code inspectionEnd}, {@code year}) that the judgement's own table or sentence does not state and
 *                  that were taken from what the paper says around it (its subject authority, the inspection dates,
 *                  the heading or sentence leading into the table); empty where every fact is the judgement's own or
 *                  its inspection report's. Added field: omitted from JSON when empty.
 */
@JsonPropertyOrder({"id", "authority", "inspectorate", "framework", "inspectionStart", "inspectionEnd", "year", "group", "area", "grade", "gradeText", "basis", "provenance", "mentions", "inherited"})
public record Judgement(
        String id,
        @Nullable String authority,
        @Nullable String inspectorate,
        @Nullable String framework,
        @Nullable PartialDate inspectionStart,
        @Nullable PartialDate inspectionEnd,
        @Nullable Integer year,
        @Nullable String group,
        String area,
        Grade grade,
        String gradeText,
        JudgementBasis basis,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> inherited) implements PaperRecord {
    /**
     * Copies the lists (a null one is taken as empty); a null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param authority the authority inspected, as named; null where the paper does not say
     * @param inspectorate the inspectorate ("Ofsted", "CQC"); null where the paper does not say
     * @param framework the inspection framework or type ("ILACS", "SIF"); null where the paper does not say
     * @param inspectionStart the first day of the inspection, to the precision printed; null where not stated
     * @param inspectionEnd the last day of the inspection, to the precision printed; null where not stated
     * @param year the year of the inspection; null where neither dates nor text give one
     * @param group the heading the judgement sits under where a table groups them ("Services for looked after
     *     children"); null where it has none
     * @param area the judgement's own label as printed ("Overall effectiveness")
     * @param grade the grade, normalised
     * @param gradeText the grade as printed ("Requires improvement to be good")
     * @param basis whether the grade was read from a table or a sentence
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @param inherited the facts (of {@code authority}, {@code inspectorate}, {@code framework}, {@code
     *     inspectionStart}, {@code inspectionEnd}, {@code year}) that the judgement's own table or sentence does not
     *     state and that were taken from what the paper says around it (its subject authority, the inspection dates,
     *     the heading or sentence leading into the table); empty where every fact is the judgement's own or its
     *     inspection report's
     * @throws NullPointerException if {@code id}, {@code provenance}, {@code area}, {@code grade}, {@code gradeText} or
     *     {@code basis} is null
     */
    public Judgement {
        mentions = mentions == null ? Mentions.NONE : mentions;
        inherited = inherited == null ? List.of() : List.copyOf(inherited);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gradeText, "gradeText");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public RecordType type() {
        return RecordType.JUDGEMENT;
    }

    @Override
    public Judgement withId(String newId) {
        return new Judgement(newId, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, mentions, inherited);
    }

    @Override
    public Judgement withMentions(Mentions newMentions) {
        return new Judgement(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, newMentions, inherited);
    }

    /**
     * This judgement, saying which of its facts it took from the paper around its table or sentence.
     *
     * @param facts the names of the inherited components ({@code "authority"}, {@code "year"}, …); null for none
     * @return a copy of this judgement with those facts marked inherited
     */
    public Judgement withInherited(List<String> facts) {
        return new Judgement(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, mentions, facts);
    }
}
