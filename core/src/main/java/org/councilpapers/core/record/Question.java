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
 * Who asked what at a meeting, and who answered, as the minutes record it.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param meetingDate the date of the meeting; null where the minutes do not state it
 * @param itemNumber the number of the minute the question is under; null where unnumbered
 * @param itemTitle the heading of that minute; null where it has none
 * @param askedBy who asked; null where the minutes name no one ("A member of the public asked whether …")
 * @param text the question
 * @param answeredBy who answered; empty where the minutes do not say
 * @param answer the answer as recorded; null where none is recorded
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
@JsonPropertyOrder({"id", "meetingDate", "itemNumber", "itemTitle", "askedBy", "text", "answeredBy", "answer", "provenance", "mentions"})
public record Question(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        @Nullable Person askedBy,
        String text,
        List<Person> answeredBy,
        @Nullable String answer,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    /**
     * Copies the lists (a null one is taken as empty); a null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param meetingDate the date of the meeting; null where the minutes do not state it
     * @param itemNumber the number of the minute the question is under; null where unnumbered
     * @param itemTitle the heading of that minute; null where it has none
     * @param askedBy who asked; null where the minutes name no one ("A member of the public asked whether …")
     * @param text the question
     * @param answeredBy who answered; empty where the minutes do not say
     * @param answer the answer as recorded; null where none is recorded
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id}, {@code provenance} or {@code text} is null
     */
    public Question {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        answeredBy = Lists.copy(answeredBy);
    }

    @Override
    public RecordType type() {
        return RecordType.QUESTION;
    }

    @Override
    public Question withId(String newId) {
        return new Question(newId, meetingDate, itemNumber, itemTitle, askedBy, text, answeredBy, answer, provenance, mentions);
    }

    @Override
    public Question withMentions(Mentions newMentions) {
        return new Question(id, meetingDate, itemNumber, itemTitle, askedBy, text, answeredBy, answer, provenance, newMentions);
    }
}
