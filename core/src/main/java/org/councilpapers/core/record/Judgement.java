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

    /** The constructor from before judgements said which facts they inherit: all their facts are their own. */
    public Judgement(
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
            Mentions mentions) {
        this(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance,
                mentions, List.of());
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Judgement(
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
            Provenance provenance) {
        this(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, Mentions.NONE, List.of());
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

    /** This judgement, saying which of its facts it took from the paper around its table or sentence. */
    public Judgement withInherited(List<String> facts) {
        return new Judgement(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, mentions, facts);
    }
}
