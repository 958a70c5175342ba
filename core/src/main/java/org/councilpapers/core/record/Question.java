package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** Who asked what at a meeting, and who answered, as the minutes record it. */
@JsonPropertyOrder({"id", "meetingDate", "itemNumber", "itemTitle", "askedBy", "text", "answeredBy", "answer", "provenance", "mentions"})
public record Question(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String itemNumber,
        @Nullable String itemTitle,
        Person askedBy,
        String text,
        List<Person> answeredBy,
        @Nullable String answer,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Question {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(text, "text");
        answeredBy = Lists.copy(answeredBy);
    }

    public Question(
            String id,
            @Nullable PartialDate meetingDate,
            @Nullable String itemNumber,
            @Nullable String itemTitle,
            Person askedBy,
            String text,
            List<Person> answeredBy,
            @Nullable String answer,
            Provenance provenance) {
        this(id, meetingDate, itemNumber, itemTitle, askedBy, text, answeredBy, answer, provenance, Mentions.NONE);
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
