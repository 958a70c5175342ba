package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.record.minutes.QuestionExtractor;
import org.councilpapers.extractors.record.minutes.ResolutionExtractor;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minutes, records of decisions and question papers in six other councils' styles ({@code testdata/papers/variants}), each
 * read under every document kind: what a reader takes from each paper is written here from reading it, and must come out
 * whatever the classifier called the paper. The kind is never the reason a record comes out.
 */
class MinutesVariantsTest {
    private static final RecordExtractor MEETINGS = new MeetingExtractor();
    private static final RecordExtractor ITEMS = new AgendaItemExtractor();
    private static final RecordExtractor RESOLUTIONS = new ResolutionExtractor();
    private static final RecordExtractor QUESTIONS = new QuestionExtractor();

    private static <T extends org.councilpapers.core.record.PaperRecord> List<T> run(RecordExtractor e, DocumentKind kind, String paper, Class<T> type) {
        LayoutDocument doc = Variants.read(paper);
        Extraction x = Harness.run(e, kind, doc);
        return x.records(type);
    }

    private static List<String> numbers(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::number).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void welshExecutiveBoardMinutesWithUnanimouslyResolvedAndCapitalHeadings(DocumentKind kind) {
        String paper = "welsh-county-borough-executive-board-minutes-unanimously-resolved.txt";
        List<Meeting> ms = run(MEETINGS, kind, paper, Meeting.class);
        assertEquals(1, ms.size(), kind.name());
        Meeting m = ms.get(0);
        assertEquals("Executive Board", m.committee());
        assertEquals("2018-07-09", String.valueOf(m.date()));
        assertEquals("10.00 am", m.time());
        assertEquals(6, m.present().size(), m.present().toString());
        assertEquals(List.of("Alun Thomas"), m.apologies());
        assertEquals(3, m.inAttendance().size(), m.inAttendance().toString());

        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbers(items));
        assertEquals("CHILDREN'S SERVICES ANNUAL REPORT 2017/18", items.get(3).title());
        assertTrue(items.stream().allMatch(i -> i.pages() == null && "2018-07-09".equals(String.valueOf(i.meetingDate()))));

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("3", "4", "5", "5", "6"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertTrue(rs.get(0).text().startsWith("that the minutes of the meeting of the Executive Board"), rs.get(0).text());
        assertEquals(List.of("5.1", "5.2"), List.of(rs.get(2).number(), rs.get(3).number()));
        assertTrue(rs.get(2).text().contains("the Band B programme be adopted"), rs.get(2).text());
        assertTrue(rs.stream().noneMatch(r -> r.text().contains("resolved to consult")), "'In 2016 the Board resolved to consult' is history");

        List<Question> qs = run(QUESTIONS, kind, paper, Question.class);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).askedBy().name().endsWith("Bowen"), qs.get(0).askedBy().toString());
        assertTrue(qs.get(0).answer().contains("fallen to 212"));
        assertEquals("4", qs.get(0).itemNumber());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void scottishCommitteeMinuteWithTheCommitteeResolvedAndADecisionHeading(DocumentKind kind) {
        String paper = "scottish-council-committee-minute-committee-resolved.txt";
        List<Meeting> ms = run(MEETINGS, kind, paper, Meeting.class);
        assertEquals(1, ms.size(), kind.name());
        assertEquals("2024-03-05", String.valueOf(ms.get(0).date()));
        assertEquals("2.00 pm", ms.get(0).time());
        assertTrue(ms.get(0).committee().equalsIgnoreCase("Education and Children's Services Committee"), ms.get(0).committee());
        assertEquals(5, ms.get(0).present().size(), ms.get(0).present().toString());
        assertEquals(List.of("Duncan Stewart"), ms.get(0).apologies());

        assertEquals(List.of("1", "2", "3", "4"), numbers(run(ITEMS, kind, paper, AgendaItem.class)));

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(4, rs.size(), rs.toString());
        assertEquals("to approve the minute as a correct record.", rs.get(0).text());
        assertEquals("2", rs.get(0).itemNumber());
        assertEquals(List.of("i", "ii"), List.of(rs.get(1).number(), rs.get(2).number()));
        assertEquals("The Committee agreed to defer consideration of the report to its next meeting.", rs.get(3).text());
        assertEquals("4", rs.get(3).itemNumber());
        assertTrue(rs.stream().noneMatch(r -> r.text().contains("in 2023")), "'The Committee resolved in 2023 to …' is narrative");

        List<Question> qs = run(QUESTIONS, kind, paper, Question.class);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).askedBy().name().endsWith("Grant"));
        assertTrue(qs.get(0).answer().startsWith("The Chief Social Work Officer replied"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void londonBoroughMinutesTitledByTheWordAloneWithAPublicQuestion(DocumentKind kind) {
        String paper = "london-borough-cabinet-minutes-caps-headings-public-question.txt";
        List<Meeting> ms = run(MEETINGS, kind, paper, Meeting.class);
        assertEquals(1, ms.size(), kind.name());
        assertEquals("Cabinet", ms.get(0).committee());
        assertEquals("2019-03-04", String.valueOf(ms.get(0).date()));
        assertEquals(List.of("Dawn Okafor", "Peter Lam", "Sunita Rao", "Tom Egan"), ms.get(0).present());

        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("161", "162", "163", "164", "165"), numbers(items));
        assertEquals("SCHOOL PLACES PLANNING STRATEGY 2019-2024", items.get(3).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("161", "164", "164"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals("That the School Places Planning Strategy 2019-2024 be approved.", rs.get(1).text());
        assertEquals("2", rs.get(2).number());

        List<Question> qs = run(QUESTIONS, kind, paper, Question.class);
        assertEquals(1, qs.size(), qs.toString());
        Question q = qs.get(0);
        assertEquals(new Person("Grace Mwangi", null), q.askedBy());
        assertEquals("Why has the council not yet published its evaluation of the school streets trial?", q.text());
        assertEquals(List.of(new Person("Sunita Rao", "Cabinet Member for Children and Education")), q.answeredBy());
        assertTrue(q.answer().startsWith("The evaluation will be published in April"));
        assertEquals("165", q.itemNumber());
        assertEquals("2019-03-04", String.valueOf(q.meetingDate()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void metropolitanRecordOfDecisionsGivesItsMeetingItemsAndDecisions(DocumentKind kind) {
        String paper = "metropolitan-cabinet-record-of-decisions-notice.txt";
        List<Meeting> ms = run(MEETINGS, kind, paper, Meeting.class);
        assertEquals(1, ms.size(), kind.name());
        assertEquals("Cabinet", ms.get(0).committee());
        assertEquals("2024-03-13", String.valueOf(ms.get(0).date()), "the meeting's date, not the publication date");
        assertTrue(ms.get(0).present().isEmpty() && ms.get(0).members().isEmpty(), "a decision notice says who decided, not who came");

        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("5", "6", "7"), numbers(items));
        assertEquals("Family Hubs Programme - Phase 2", items.get(0).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("5", "5", "6", "7"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals(List.of("1", "2"), List.of(rs.get(0).number(), rs.get(1).number()));
        assertEquals("That the performance report be noted.", rs.get(2).text());
        assertTrue(rs.stream().noneMatch(r -> r.text().startsWith("Reasons") || r.text().startsWith("Alternative")),
                "the reasons and the options rejected are not decisions");
        assertTrue(rs.stream().allMatch(r -> "2024-03-13".equals(String.valueOf(r.meetingDate()))));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void delegatedDecisionRecordWithLabelledFields(DocumentKind kind) {
        String paper = "district-delegated-executive-decision-record.txt";
        // A portfolio holder decides alone, outside any meeting: SCHEMA's meeting record is one per meeting, so none.
        assertTrue(run(MEETINGS, kind, paper, Meeting.class).isEmpty(), kind.name());
        assertTrue(run(ITEMS, kind, paper, AgendaItem.class).isEmpty(), "a single decision carries no numbered item");

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(1, rs.size(), rs.toString());
        assertTrue(rs.get(0).text().startsWith("To approve the award of places"), rs.get(0).text());
        assertEquals("2023-04-04", String.valueOf(rs.get(0).meetingDate()));
        assertEquals("Temporary Accommodation Procurement Framework", rs.get(0).itemTitle(), "the notice's \"Subject:\"");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void individualDecisionNoticesTakeTheirSubjectAndRecordNoMeeting(DocumentKind kind) {
        // Three councils' notices of one member's decision: a subject in capitals over "DECISION", a "Title of decision:"
        // label, a "Subject:" label over "DECISIONS"; each decision numbered.
        String[][] notices = {
            {"decision-individual-cabinet-member-capital-title.txt", "PARKING ORDERS IN THE TOWN CENTRE CONSERVATION AREA", "2025-11-12",
                "To approve the making of the traffic regulation orders"},
            {"decision-portfolio-holder-title-of-decision-label.txt", "Community Grants Scheme 2026/27", "2025-12-03",
                "That the Community Grants Scheme for 2026/27 be approved"},
            {"decision-lead-member-subject-label-numbered.txt", "Day Opportunities Fees and Charges", "2025-10-09",
                "The Lead Member agreed the fees for day opportunities"},
        };
        for (String[] n : notices) {
            String paper = n[0];
            assertTrue(run(MEETINGS, kind, paper, Meeting.class).isEmpty(), kind + " " + paper + ": one member's decision is no meeting");
            List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
            assertEquals(List.of("1", "2"), rs.stream().map(Resolution::number).toList(), kind + " " + paper + " " + rs);
            assertTrue(rs.stream().allMatch(r -> n[1].equals(r.itemTitle())), kind + " " + paper + " " + rs);
            assertTrue(rs.stream().allMatch(r -> n[2].equals(String.valueOf(r.meetingDate()))), kind + " " + paper + " " + rs);
            assertTrue(rs.get(0).text().startsWith(n[3]), rs.get(0).text());
            assertTrue(rs.stream().noneMatch(r -> r.text().contains("rejected") || r.text().startsWith("Fees had not")),
                    "reasons and options are no decision: " + rs);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void questionsAndWrittenAnswersWithSupplementaries(DocumentKind kind) {
        String paper = "unitary-council-public-questions-and-answers.txt";
        List<Question> qs = run(QUESTIONS, kind, paper, Question.class);
        assertEquals(4, qs.size(), kind + " " + qs);
        assertEquals(new Person("Peter Lowe", null), qs.get(0).askedBy());
        assertTrue(qs.get(0).text().startsWith("Will the Cabinet Member explain why the garden waste collection"));
        assertEquals(List.of(new Person("Anita Shah", "Cabinet Member for Environment")), qs.get(0).answeredBy(),
                "the written response to a question put to her");
        assertTrue(qs.get(0).answer().startsWith("I apologise to residents in Upper Hayes."));
        assertEquals(new Person("Peter Lowe", null), qs.get(1).askedBy(), "the supplementary is the same questioner's");
        assertEquals("Will residents be refunded part of the annual charge?", qs.get(1).text());
        assertTrue(qs.get(1).answer().startsWith("Residents who missed three or more collections"));
        assertEquals(new Person("Aisha Karim", null), qs.get(2).askedBy());
        assertEquals(List.of(new Person("Mark Tully", "Leader of the Council")), qs.get(2).answeredBy());
        assertEquals(new Person("Ben Ashford", "Councillor"), qs.get(3).askedBy());
        assertEquals("How many households were in temporary accommodation on 1 November 2023?", qs.get(3).text());
        assertEquals("412 households, of which 118 were in bed and breakfast accommodation.", qs.get(3).answer());
        assertTrue(qs.get(3).answeredBy().isEmpty(), "'Answer:' names no one and the question was put to no one");
        assertTrue(run(RESOLUTIONS, kind, paper, Resolution.class).isEmpty(), "'No decision has yet been taken' is no decision");
    }

    /** The papers that record no meeting give none of a meeting's records, whatever they are taken for. */
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void papersWithoutEvidenceGiveNoMeetingRecords(DocumentKind kind) {
        for (String paper : Stream.of("county-report-cover-table-no-colons.txt", "committee-report-quoting-grades.txt",
                "county-work-programme-list.txt").toList()) {
            assertTrue(run(RESOLUTIONS, kind, paper, Resolution.class).isEmpty(), paper);
            assertTrue(run(QUESTIONS, kind, paper, Question.class).isEmpty(), paper);
            List<Meeting> ms = run(MEETINGS, kind, paper, Meeting.class);
            assertTrue(ms.stream().allMatch(m -> m.present().isEmpty() && m.apologies().isEmpty()), paper + " " + ms);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aReportsNarrativeOfPastDecisionsIsNoDecisionNotice(DocumentKind kind) {
        List<Resolution> rs = Harness.run(RESOLUTIONS, kind, org.councilpapers.testdata.LayoutFixtures.document(
                org.councilpapers.testdata.LayoutFixtures.para("Report to Cabinet - 12 March 2025"),
                org.councilpapers.testdata.LayoutFixtures.para("Decision required: Key"),
                org.councilpapers.testdata.LayoutFixtures.para("1. Background"),
                org.councilpapers.testdata.LayoutFixtures.para("In 2019 the Committee resolved to review the policy every three years."),
                org.councilpapers.testdata.LayoutFixtures.para("DECISION REQUIRED"),
                org.councilpapers.testdata.LayoutFixtures.para("Cabinet is asked to approve the revised policy."))).records(Resolution.class);
        assertTrue(rs.isEmpty(), rs.toString());
    }

    /**
     * The same papers taken as one part of each kind a segmenter may give (a pack cut wrongly, a minutes paper read as a report's
     * appendix): the evidence in the part, not its kind, gives the records.
     */
    @ParameterizedTest
    @EnumSource(value = PartKind.class, names = {"FRONT_SHEET", "MINUTES", "REPORT", "APPENDIX", "OTHER", "WORK_PROGRAMME"})
    void everyPartKindGivesTheRecordsItsEvidenceHolds(PartKind partKind) {
        for (DocumentKind kind : List.of(DocumentKind.AGENDA_PACK, DocumentKind.REPORT, DocumentKind.OTHER)) {
            ExtractContextRun welsh = ExtractContextRun.of("welsh-county-borough-executive-board-minutes-unanimously-resolved.txt", kind, partKind);
            assertEquals(1, welsh.records(MEETINGS, Meeting.class).size(), partKind + " " + kind);
            assertEquals(6, welsh.records(ITEMS, AgendaItem.class).size(), partKind + " " + kind);
            assertEquals(5, welsh.records(RESOLUTIONS, Resolution.class).size(), partKind + " " + kind);
            assertEquals(1, welsh.records(QUESTIONS, Question.class).size(), partKind + " " + kind);
            ExtractContextRun notice = ExtractContextRun.of("metropolitan-cabinet-record-of-decisions-notice.txt", kind, partKind);
            assertEquals(1, notice.records(MEETINGS, Meeting.class).size(), partKind + " " + kind);
            assertEquals(4, notice.records(RESOLUTIONS, Resolution.class).size(), partKind + " " + kind);
            ExtractContextRun questions = ExtractContextRun.of("unitary-council-public-questions-and-answers.txt", kind, partKind);
            assertEquals(4, questions.records(QUESTIONS, Question.class).size(), partKind + " " + kind);
            ExtractContextRun report = ExtractContextRun.of("county-report-cover-table-no-colons.txt", kind, partKind);
            assertTrue(report.records(RESOLUTIONS, Resolution.class).isEmpty(), partKind + " " + kind);
            assertTrue(report.records(QUESTIONS, Question.class).isEmpty(), partKind + " " + kind);
            assertTrue(report.records(ITEMS, AgendaItem.class).stream().noneMatch(i -> i.pages() == null),
                    "a report's numbered sections are not a meeting's items: " + partKind + " " + kind);
        }
    }

    /** One paper read as a single part of a given kind, under a given document kind, as the pipeline would hand it over. */
    private record ExtractContextRun(LayoutDocument doc, DocumentKind kind, PartKind partKind) {
        static ExtractContextRun of(String paper, DocumentKind kind, PartKind partKind) {
            return new ExtractContextRun(Variants.read(paper), kind, partKind);
        }

        <T extends org.councilpapers.core.record.PaperRecord> List<T> records(RecordExtractor e, Class<T> type) {
            org.councilpapers.core.DocumentInfo info = new org.councilpapers.core.DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain",
                    kind, null, null, null, doc.pageCount());
            List<org.councilpapers.core.layout.Block> body = doc.body();
            ExtractContext ctx = new ExtractContext(info, doc, new org.councilpapers.core.Warnings(), new java.util.LinkedHashMap<>(),
                    List.of(new Part(partKind, null, null, 0, body.size(), body)));
            Extraction x = new Extraction(info, e.extract(doc, ctx), List.of());
            org.councilpapers.testdata.RecordAssertions.assertWellFormed(x, doc);
            return x.records(type);
        }
    }
}
