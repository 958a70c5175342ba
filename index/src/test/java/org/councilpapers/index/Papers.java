package org.councilpapers.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Papers built in code for the index tests: {@code paper("plan-2017.txt", "Thurrock", 2017, 4).action(…).build()}.
 * Each record lands on the next page, so tests can check provenance; ids are the source and a number.
 */
final class Papers {
    private Papers() {}

    static Paper paper(String source, @Nullable String council, @Nullable PartialDate date) {
        return new Paper(source, council, date, DocumentKind.OTHER);
    }

    static Paper paper(String source, @Nullable String council, int year, int month) {
        return paper(source, council, PartialDate.ofMonth(year, month));
    }

    static final class Paper {
        private final String source;
        private final @Nullable String council;
        private final @Nullable PartialDate date;
        private final DocumentKind kind;
        private final List<PaperRecord> records = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private String content = "";

        Paper(String source, @Nullable String council, @Nullable PartialDate date, DocumentKind kind) {
            this.source = source;
            this.council = council;
            this.date = date;
            this.kind = kind;
        }

        /** Makes the document id differ from another paper of the same name: another version of the file. */
        Paper version(String text) {
            this.content = text;
            return this;
        }

        Paper finding(String text) {
            return finding(text, null, null);
        }

        Paper finding(String text, @Nullable String authority, @Nullable PartialDate findingDate) {
            records.add(new Finding(id("finding"), FindingKind.IMPROVEMENT, text, authority, "Ofsted", findingDate, provenance(), Mentions.NONE));
            return this;
        }

        Paper strength(String text) {
            records.add(new Finding(id("finding"), FindingKind.STRENGTH, text, null, "Ofsted", null, provenance(), Mentions.NONE));
            return this;
        }

        Paper judgement(String area, Grade grade, @Nullable Integer year, @Nullable String authority) {
            return judgement(area, grade, year, authority, "ILACS");
        }

        Paper judgement(String area, Grade grade, @Nullable Integer year, @Nullable String authority, @Nullable String framework) {
            String word = grade.name().charAt(0) + grade.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
            records.add(new Judgement(id("judgement"), authority, "Ofsted", framework, null, null, year, null, area, grade, word,
                    JudgementBasis.TABLE, provenance(), Mentions.NONE, List.of()));
            return this;
        }

        Paper recommendation(String text) {
            records.add(new Recommendation(id("recommendation"), Integer.toString(records.size() + 1), text, RecommendationOrigin.REPORT,
                    "5", "Children's services update", provenance(), Mentions.NONE));
            return this;
        }

        Paper action(String text, @Nullable RagStatus status, @Nullable PartialDate due) {
            records.add(new Action(id("action"), Integer.toString(records.size() + 1), null, text, "Head of Service",
                    due == null ? null : due.toString(), due, status, List.of(), null, null, null, null, null, provenance(), Mentions.NONE));
            return this;
        }

        Paper resolution(String text, @Nullable PartialDate meetingDate) {
            records.add(new Resolution(id("resolution"), meetingDate, "6", null, "Children's services update", ResolutionOutcome.RESOLVED,
                    "1", text, provenance(), Mentions.NONE));
            return this;
        }

        Paper meeting(String committee, @Nullable PartialDate meetingDate) {
            records.add(new Meeting(id("meeting"), council, committee, meetingDate, "7pm", "Civic Offices", List.of(), List.of(),
                    List.of(), List.of(), List.of(), null, null, provenance(), Mentions.NONE));
            return this;
        }

        /** A committee report's cover: who it is from and who wrote it, as the paper prints them. */
        Paper report(String title, @Nullable String reportOf, @Nullable String author) {
            records.add(new Report(id("report"), date, "Children's Services Overview and Scrutiny Committee", "5", title, reportOf,
                    null, null, "All", "No", null, null, List.of(), author, provenance(), Mentions.NONE));
            return this;
        }

        /** A question in minutes, asked by someone with a role and answered by others. */
        Paper question(String text, Person askedBy, Person... answeredBy) {
            records.add(new Question(id("question"), date, "7", "Questions from members", askedBy, text, List.of(answeredBy),
                    "An answer was given.", provenance(), Mentions.NONE));
            return this;
        }

        /** The last record added, with what NLP found in its text. */
        Paper mentioning(List<String> people, List<String> organisations) {
            int last = records.size() - 1;
            records.set(last, records.get(last).withMentions(new Mentions(people, organisations, List.of(), List.of(), List.of())));
            return this;
        }

        Paper warning(String message) {
            warnings.add(new Warning(WarningCode.OTHER, message, 1));
            return this;
        }

        DocumentInfo info() {
            return new DocumentInfo(id(), source, "text/plain", kind, source, council, date, Math.max(1, records.size()));
        }

        String id() {
            return DocumentInfo.idOf((source + "|" + content).getBytes(StandardCharsets.UTF_8));
        }

        Extraction build() {
            return new Extraction(info(), records, warnings);
        }

        private String id(String type) {
            return type + "-" + source + "-" + (records.size() + 1);
        }

        private Provenance provenance() {
            int page = records.size() + 1;
            return new Provenance(page, Integer.toString(page), page * 100, page * 100 + 50, null);
        }
    }
}
