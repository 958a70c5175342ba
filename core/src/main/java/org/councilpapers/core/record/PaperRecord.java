package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.councilpapers.core.Provenance;

/**
 * A typed record extracted from a paper. Named {@code PaperRecord}, not {@code Record}, to keep
 * clear of {@link java.lang.Record}. Every record has a stable id and knows where it came from.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Meeting.class, name = "meeting"),
    @JsonSubTypes.Type(value = AgendaItem.class, name = "agendaItem"),
    @JsonSubTypes.Type(value = Report.class, name = "report"),
    @JsonSubTypes.Type(value = Recommendation.class, name = "recommendation"),
    @JsonSubTypes.Type(value = Resolution.class, name = "resolution"),
    @JsonSubTypes.Type(value = Judgement.class, name = "judgement"),
    @JsonSubTypes.Type(value = Finding.class, name = "finding"),
    @JsonSubTypes.Type(value = Action.class, name = "action"),
    @JsonSubTypes.Type(value = RagTable.class, name = "ragTable"),
    @JsonSubTypes.Type(value = WorkProgrammeEntry.class, name = "workProgrammeEntry"),
    @JsonSubTypes.Type(value = Question.class, name = "question")
})
public sealed interface PaperRecord
        permits Meeting, AgendaItem, Report, Recommendation, Resolution, Judgement, Finding, Action, RagTable,
                WorkProgrammeEntry, Question {

    /**
     * The record's id, unique within its paper. Stable: the same bytes and the same extractor version give the
     * same id, so it can key a record across runs, but not across extractor versions.
     *
     * @return the id, never null
     */
    String id();

    /**
     * The record's type, which is also its {@code type} in JSON.
     *
     * @return the type matching this record's class
     */
    RecordType type();

    /**
     * Where in the paper the record was read.
     *
     * @return the page, printed page, text span and (from PDFs) box; never null
     */
    Provenance provenance();

    /**
     * A copy of this record with another id; the pipeline uses it to make ids unique within a paper.
     *
     * @param id the new id
     * @return a record equal to this one but for its id
     */
    PaperRecord withId(String id);

    /**
     * People, organisations, places and dates the record's text mentions.
     *
     * @return what the NLP enricher found; {@link Mentions#NONE} (never null) when it did not run
     */
    Mentions mentions();

    /**
     * A copy of this record with what the enricher found in its text.
     *
     * @param mentions the mentions to hold; null is taken as {@link Mentions#NONE}
     * @return a record equal to this one but for its mentions
     */
    PaperRecord withMentions(Mentions mentions);
}
