package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/** The cover block of a committee report. */
@JsonPropertyOrder({"id", "meetingDate", "committee", "itemNumber", "title", "reportOf", "accountableAssistantDirector", "accountableDirector", "wardsAffected", "keyDecision", "classification", "executiveSummary", "appendices", "author", "provenance", "mentions"})
public record Report(
        String id,
        @Nullable PartialDate meetingDate,
        @Nullable String committee,
        @Nullable String itemNumber,
        @Nullable String title,
        @Nullable String reportOf,
        @Nullable String accountableAssistantDirector,
        @Nullable String accountableDirector,
        @Nullable String wardsAffected,
        @Nullable String keyDecision,
        @Nullable Classification classification,
        @Nullable String executiveSummary,
        List<String> appendices,
        @Nullable String author,
        Provenance provenance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Mentions.OmitEmpty.class) Mentions mentions) implements PaperRecord {
    public Report {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        appendices = Lists.copy(appendices);
    }

    /** The constructor from before records had mentions; code that does not enrich keeps using it. */
    public Report(
            String id,
            @Nullable PartialDate meetingDate,
            @Nullable String committee,
            @Nullable String itemNumber,
            @Nullable String title,
            @Nullable String reportOf,
            @Nullable String accountableAssistantDirector,
            @Nullable String accountableDirector,
            @Nullable String wardsAffected,
            @Nullable String keyDecision,
            @Nullable Classification classification,
            @Nullable String executiveSummary,
            List<String> appendices,
            @Nullable String author,
            Provenance provenance) {
        this(id, meetingDate, committee, itemNumber, title, reportOf, accountableAssistantDirector, accountableDirector, wardsAffected, keyDecision, classification, executiveSummary, appendices, author, provenance, Mentions.NONE);
    }

    @Override
    public RecordType type() {
        return RecordType.REPORT;
    }

    @Override
    public Report withId(String newId) {
        return new Report(newId, meetingDate, committee, itemNumber, title, reportOf, accountableAssistantDirector, accountableDirector, wardsAffected, keyDecision, classification, executiveSummary, appendices, author, provenance, mentions);
    }

    @Override
    public Report withMentions(Mentions newMentions) {
        return new Report(id, meetingDate, committee, itemNumber, title, reportOf, accountableAssistantDirector, accountableDirector, wardsAffected, keyDecision, classification, executiveSummary, appendices, author, provenance, newMentions);
    }
}
