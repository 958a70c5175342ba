package org.councilpapers.index.lucene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RagRow;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.WorkProgrammeEntry;
import org.jspecify.annotations.Nullable;

/**
 * What the index needs to know of one record, whatever its type: its words, its date and year, and
 * the values it can be filtered on. Everything else about a record stays in its stored JSON.
 *
 * @param text      the record's words, the most telling first (a finding's text before its
 *                  authority), joined with {@link #SEPARATOR}
 * @param subject   what the record is about, without who said it or where: a finding's or an
 *                  action's text, a judgement's area, a report's title; what a trace matches on
 * @param date      the record's own date, else its paper's
 * @param year      a judgement's stated year, else the year of {@code date}
 * @param people    the people the record names, each once (by {@link Names#personKey}), as
 *                  {@link Names#personName} shows them: those its own fields name (who asked and
 *                  answered a question, a report's author, an action's owner, a meeting's members and
 *                  those present), then those its text mentions
 * @param organisations the organisations its text mentions (found by NLP), each once
 */
record RecordFacts(
        String text,
        String subject,
        @Nullable PartialDate date,
        @Nullable Integer year,
        @Nullable String committee,
        @Nullable String authority,
        @Nullable String framework,
        @Nullable Grade grade,
        @Nullable RagStatus status,
        @Nullable FindingKind kind,
        @Nullable String area,
        List<String> people,
        List<String> organisations) {

    RecordFacts {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
    }

    /** Between the parts of a record's text: a sentence break for the highlighter, readable in a snippet. */
    static final String SEPARATOR = " | ";

    static RecordFacts of(PaperRecord record, DocumentInfo document) {
        Text t = new Text();
        PartialDate own = null;
        Integer statedYear = null;
        String committee = null;
        String authority = null;
        String framework = null;
        Grade grade = null;
        RagStatus status = null;
        FindingKind kind = null;
        String area = null;
        Named people = new Named(true);
        Named organisations = new Named(false);
        if (record instanceof Meeting m) {
            own = m.date();
            committee = m.committee();
            t.add(m.committee()).add(m.council()).add(m.venue());
            m.members().forEach(p -> t.add(person(p)));
            m.inAttendance().forEach(p -> t.add(person(p)));
            // Those who were there or spoke; apologies are left out, as they name who was not.
            m.members().forEach(p -> people.add(p.name()));
            m.substitutes().forEach(p -> people.add(p.name()));
            m.present().forEach(people::add);
            m.inAttendance().forEach(p -> people.add(p.name()));
            people.addField(m.contactOfficer());
        } else if (record instanceof AgendaItem a) {
            own = a.meetingDate();
            t.add(a.title());
        } else if (record instanceof Report r) {
            own = r.meetingDate();
            committee = r.committee();
            t.add(r.title()).add(r.executiveSummary()).add(r.committee()).add(r.reportOf()).add(r.author());
            people.addField(r.reportOf()).addField(r.author()).addField(r.accountableDirector())
                    .addField(r.accountableAssistantDirector());
        } else if (record instanceof Recommendation r) {
            t.add(r.text()).add(r.itemTitle());
        } else if (record instanceof Resolution r) {
            own = r.meetingDate();
            t.add(r.text()).add(r.itemTitle());
        } else if (record instanceof Judgement j) {
            own = j.inspectionEnd() != null ? j.inspectionEnd() : j.inspectionStart();
            statedYear = j.year();
            authority = j.authority();
            framework = j.framework();
            grade = j.grade();
            area = j.area();
            t.add(j.area()).add(j.group()).add(j.gradeText()).add(j.authority()).add(j.framework()).add(j.inspectorate());
        } else if (record instanceof Finding f) {
            own = f.date();
            authority = f.authority();
            kind = f.kind();
            t.add(f.text()).add(f.authority()).add(f.source());
        } else if (record instanceof Action a) {
            own = a.dueDate();
            status = a.status();
            t.add(a.text()).add(a.recommendation()).add(a.progress()).add(a.reference()).add(a.owner());
            people.addField(a.owner());
        } else if (record instanceof RagTable r) {
            t.add(r.title());
            for (RagRow row : r.rows()) {
                t.add(row.label());
                row.cells().values().forEach(t::add);
            }
        } else if (record instanceof WorkProgrammeEntry w) {
            own = w.meetingDate();
            t.add(w.topic()).add(w.leadOfficer()).add(w.requestedBy());
            people.addField(w.leadOfficer()).addField(w.requestedBy());
        } else if (record instanceof Question q) {
            own = q.meetingDate();
            t.add(q.text()).add(q.answer()).add(q.itemTitle());
            if (q.askedBy() != null) { // a question the minutes put to no one by name ("A member of the public asked …")
                t.add(person(q.askedBy()));
                people.add(q.askedBy().name());
            }
            q.answeredBy().forEach(p -> t.add(person(p)));
            q.answeredBy().forEach(p -> people.add(p.name()));
        }
        record.mentions().people().forEach(people::add);
        record.mentions().organisations().forEach(organisations::add);
        PartialDate date = own != null ? own : statedYear != null ? PartialDate.ofYear(statedYear) : document.date();
        Integer year = statedYear != null ? statedYear : date == null ? null : date.year();
        return new RecordFacts(t.toString(), t.first(), date, year, committee, authority, framework, grade, status, kind, area,
                people.names(), organisations.names());
    }

    /** The date as a sortable yyyymmdd number, 00 for a month or day the paper did not give. */
    static long dateKey(PartialDate d) {
        return d.year() * 10_000L + (d.month() == null ? 0 : d.month()) * 100L + (d.day() == null ? 0 : d.day());
    }

    /** The first and last yyyymmdd keys of the period a date covers: 2019-11 covers 20191101..20191130. */
    static long[] period(PartialDate d) {
        if (d.day() != null) {
            long k = dateKey(d);
            return new long[] {k, k};
        }
        if (d.month() != null) {
            long m = d.year() * 10_000L + d.month() * 100L;
            return new long[] {m + 1, m + 31};
        }
        return new long[] {d.year() * 10_000L + 101, d.year() * 10_000L + 1231};
    }

    /** A lower-case name for an enum value in query text: {@code REQUIRES_IMPROVEMENT} as {@code requires_improvement}. */
    static String enumKey(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static @Nullable String person(Person p) {
        return p.role() == null ? p.name() : p.name() + " (" + p.role() + ")";
    }

    /** Names, each once by key, in the form first given. */
    private static final class Named {
        private final boolean people;
        private final Map<String, String> byKey = new LinkedHashMap<>();

        Named(boolean people) {
            this.people = people;
        }

        /** One name, as a {@link Person} or an NLP mention gives it. */
        Named add(@Nullable String name) {
            if (name == null || name.isBlank()) {
                return this;
            }
            String shown = people ? Names.personName(name) : Names.organisationName(name);
            String key = people ? Names.personKey(shown) : Names.organisationKey(shown);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, shown);
            }
            return this;
        }

        /** A free-text field that names people with their titles: "Janet Simon, Assistant Director; Lee Henley". */
        Named addField(@Nullable String field) {
            if (field != null) {
                Names.people(field).forEach(this::add);
            }
            return this;
        }

        List<String> names() {
            return List.copyOf(byKey.values());
        }
    }

    /** The record's words, blank parts skipped. */
    private static final class Text {
        private final List<String> parts = new ArrayList<>(6);

        Text add(@Nullable String part) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
            return this;
        }

        /** The first part given: what the record is about. */
        String first() {
            return parts.isEmpty() ? "" : parts.get(0);
        }

        @Override
        public String toString() {
            return String.join(SEPARATOR, parts);
        }
    }
}
