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
 * The cover block of a committee report. Every field the cover does not state is null; text fields are as printed.
 *
 * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
 * @param meetingDate the date of the meeting the report is for
 * @param committee the committee the report is for
 * @param itemNumber the agenda item number the report is under
 * @param title the report's title
 * @param reportOf whose report it is (usually an officer and title)
 * @param accountableAssistantDirector the accountable assistant director
 * @param accountableDirector the accountable director
 * @param wardsAffected the wards affected ("All")
 * @param keyDecision whether it is a key decision, as printed ("Key", "Non Key", "N/A")
 * @param classification whether the report is public or exempt
 * @param executiveSummary the executive summary's text
 * @param appendices the titles of the appendices listed; empty where none are listed
 * @param author the report's author or contact officer
 * @param provenance where in the paper the record was read
 * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
 *     {@code NONE})
 */
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
    /**
     * Copies the lists (a null one is taken as empty); a null {@code mentions} is taken as {@link Mentions#NONE}.
     *
     * @param id stable id, unique within the paper (see {@link PaperRecord#id()})
     * @param meetingDate the date of the meeting the report is for
     * @param committee the committee the report is for
     * @param itemNumber the agenda item number the report is under
     * @param title the report's title
     * @param reportOf whose report it is (usually an officer and title)
     * @param accountableAssistantDirector the accountable assistant director
     * @param accountableDirector the accountable director
     * @param wardsAffected the wards affected ("All")
     * @param keyDecision whether it is a key decision, as printed ("Key", "Non Key", "N/A")
     * @param classification whether the report is public or exempt
     * @param executiveSummary the executive summary's text
     * @param appendices the titles of the appendices listed; empty where none are listed
     * @param author the report's author or contact officer
     * @param provenance where in the paper the record was read
     * @param mentions what the record's text mentions; {@link Mentions#NONE} without NLP (a null argument is taken as
     *     {@code NONE})
     * @throws NullPointerException if {@code id} or {@code provenance} is null
     */
    public Report {
        mentions = mentions == null ? Mentions.NONE : mentions;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        appendices = Lists.copy(appendices);
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
