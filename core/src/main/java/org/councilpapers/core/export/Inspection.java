package org.councilpapers.core.export;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Grade;
import org.jspecify.annotations.Nullable;

/**
 * One inspection, as analysts of inspection history tabulate it: who was inspected, when, under which framework,
 * and the grade of each area, built from the judgements of every paper that gives them ({@link Inspections}).
 *
 * @param authority the authority inspected, as the first paper prints it
 * @param inspectorate who inspected ("Ofsted"); null where no paper says
 * @param framework the framework id ({@code ILACS}, {@code SIF}, {@code SLAC_2009}); null where no paper says
 * @param inspectionStart the first day of the fieldwork; null where no paper gives it
 * @param inspectionEnd the last day of the fieldwork; null where no paper gives it
 * @param year the inspection's year; null where no paper gives it
 * @param publicationDate the date of the inspectorate's own report or letter, where one of the papers is that report
 *                        and dated after the fieldwork; null otherwise
 * @param grades each area's grade, in {@link InspectionArea} order; an area not judged is absent
 * @param otherAreas judgements whose area is none of the columns, as {@code "area: GRADE"}, in paper order
 * @param basis how the grades were given: {@code table}, {@code text}, or both ({@code table; text})
 * @param papers the file names of the papers the judgements come from, first-seen first
 * @param documentIds those papers' document ids, in the same order
 * @param page the physical page of the first judgement in the first paper
 * @param printedPage the page number printed on that page; null where none is printed
 * @param judgementIds the ids of every judgement merged into the row ({@code councilpapers show ID} shows each)
 */
@JsonPropertyOrder({"authority", "inspectorate", "framework", "inspectionStart", "inspectionEnd", "year", "publicationDate", "grades",
    "otherAreas", "basis", "papers", "documentIds", "page", "printedPage", "judgementIds"})
public record Inspection(
        String authority,
        @Nullable String inspectorate,
        @Nullable String framework,
        @Nullable PartialDate inspectionStart,
        @Nullable PartialDate inspectionEnd,
        @Nullable Integer year,
        @Nullable PartialDate publicationDate,
        Map<InspectionArea, Grade> grades,
        List<String> otherAreas,
        String basis,
        List<String> papers,
        List<String> documentIds,
        int page,
        @Nullable String printedPage,
        List<String> judgementIds) {
    /**
     * Copies the collections.
     *
     * @param authority the authority inspected
     * @param inspectorate who inspected; null where no paper says
     * @param framework the framework id; null where no paper says
     * @param inspectionStart the first day of the fieldwork, or null
     * @param inspectionEnd the last day of the fieldwork, or null
     * @param year the inspection's year, or null
     * @param publicationDate the date of the inspectorate's report, or null
     * @param grades each area's grade
     * @param otherAreas judgements of no column's area, as {@code "area: GRADE"}
     * @param basis how the grades were given
     * @param papers the papers' file names
     * @param documentIds the papers' document ids
     * @param page the physical page of the first judgement
     * @param printedPage the page number printed on it, or null
     * @param judgementIds the ids of the judgements merged
     * @throws NullPointerException if {@code authority} or {@code basis} is null
     */
    public Inspection {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(basis, "basis");
        Map<InspectionArea, Grade> ordered = new EnumMap<>(InspectionArea.class);
        ordered.putAll(grades);
        grades = Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
        otherAreas = List.copyOf(otherAreas);
        papers = List.copyOf(papers);
        documentIds = List.copyOf(documentIds);
        judgementIds = List.copyOf(judgementIds);
    }

    /**
     * The grade of one area.
     *
     * @param area the area
     * @return its grade, or null where the inspection did not judge it (or no paper says)
     */
    @JsonIgnore
    public @Nullable Grade grade(InspectionArea area) {
        return grades.get(area);
    }
}
