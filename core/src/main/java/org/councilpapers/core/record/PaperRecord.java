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

    /** Stable: the same bytes and the same extractor version give the same id. */
    String id();

    RecordType type();

    Provenance provenance();

    /** A copy of this record with another id; the pipeline uses it to make ids unique within a paper. */
    PaperRecord withId(String id);

    /** People, organisations, places and dates the record's text mentions; {@link Mentions#NONE} without NLP. */
    Mentions mentions();

    /** A copy of this record with what the enricher found in its text. */
    PaperRecord withMentions(Mentions mentions);
}
