package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.jspecify.annotations.Nullable;

/** An inspection judgement: one grade for one area of one inspection of one authority. */
@JsonPropertyOrder({"id", "authority", "inspectorate", "framework", "inspectionStart", "inspectionEnd", "year", "group", "area", "grade", "gradeText", "basis", "provenance", "mentions"})
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
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Judgement {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gradeText, "gradeText");
        Objects.requireNonNull(basis, "basis");
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
        this(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.JUDGEMENT;
    }

    @Override
    public Judgement withId(String newId) {
        return new Judgement(newId, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, mentions);
    }

    @Override
    public Judgement withMentions(Mentions newMentions) {
        return new Judgement(id, authority, inspectorate, framework, inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis, provenance, newMentions);
    }
}
