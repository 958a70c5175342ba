package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class QuestionExtractorTest {
    private final QuestionExtractor extractor = new QuestionExtractor();

    @Test
    void councillorAsksAndOfficerAnswersUnderTheItem() {
        List<Question> qs = Harness.run(extractor, DocumentKind.AGENDA_PACK, document(
                para("Minutes of the Meeting of the Barset Scrutiny Committee held on 4 March 2022 at 7.00 pm"),
                para("Tom Hale, Head of Fostering"),
                heading(2, "6. Fostering Update"),
                para("Councillor Reed asked why fewer carers had been approved. Tom Hale explained that two panels were cancelled. "
                        + "He said that both had been rearranged."))).records(Question.class);
        assertEquals(1, qs.size());
        Question q = qs.get(0);
        assertEquals(new Person("Reed", "Councillor"), q.askedBy());
        assertEquals("Councillor Reed asked why fewer carers had been approved.", q.text());
        assertEquals(List.of(new Person("Tom Hale", "Head of Fostering")), q.answeredBy(), "role from the attendance list");
        assertEquals("Tom Hale explained that two panels were cancelled. He said that both had been rearranged.", q.answer());
        assertEquals("6", q.itemNumber());
        assertEquals("Fostering Update", q.itemTitle());
        assertEquals("2022-03-04", q.meetingDate().toString());
    }

    @Test
    void coOptedMemberAsksTwiceBeforeTheAnswerAndASecondSpeakerJoins() {
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, "2022-03-04", document(
                para("Ann Bell asked how many plans were late. She also asked how long they took. Jo Dean said that none were late. "
                        + "Sam Ray replied that they took 20 weeks."),
                para("Referring to page 12, the Vice-Chair questioned the cost. Officers explained that it was within budget."))).records(Question.class);
        assertEquals(2, qs.size());
        assertEquals("Ann Bell asked how many plans were late. She also asked how long they took.", qs.get(0).text());
        assertEquals(List.of(new Person("Jo Dean", null), new Person("Sam Ray", null)), qs.get(0).answeredBy());
        assertEquals(new Person("The Vice-Chair", "Vice-Chair"), qs.get(1).askedBy());
        assertEquals(List.of(), qs.get(1).answeredBy(), "'Officers explained' names no one");
        assertEquals("Officers explained that it was within budget.", qs.get(1).answer());
        assertEquals("2022-03-04", qs.get(1).meetingDate().toString(), "a minutes document's own date");
    }

    @Test
    void speakersAreTheMembersAndOfficersTheMinutesListAsPresent() {
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, document(
                para("Minutes of the Meeting of the Barset Scrutiny Committee held on 4 March 2022 at 7.00 pm"),
                para("Present: Councillors Ann Reed (Chair), Bob Lake (Vice-Chair), Carl Watson, Dan Watson and Eve Hart (Substitute)"),
                para("Jo Bell, Parent Governor Representative"),
                para("In attendance:"),
                para("Tom Hale, Head of Fostering\nYouth Cabinet\nUma Dale, Senior Democratic Services Officer"),
                heading(2, "6. Fostering Update"),
                para("Councillor Hart asked why fewer carers had been approved. Tom Hale explained that two panels were cancelled."),
                para("The Chair asked whether the panels had been rearranged. Uma Dale confirmed that they had."),
                para("Referring to 2.2, the Vice-Chair sought clarification on the budget. Tom Hale said it was unchanged."),
                para("Councillor Watson asked about respite care. Tom Hale said that a report would follow."),
                para("Jo Bell asked how carers were trained. Tom Hale answered that training was monthly."))).records(Question.class);
        assertEquals(List.of(new Person("Eve Hart", "Councillor"), new Person("Ann Reed", "Chair"), new Person("Bob Lake", "Vice-Chair"),
                new Person("Watson", "Councillor"), new Person("Jo Bell", "Parent Governor Representative")),
                qs.stream().map(Question::askedBy).toList(), "two Watsons were present, so 'Councillor Watson' stays as printed");
        assertEquals(List.of(new Person("Tom Hale", "Head of Fostering")), qs.get(0).answeredBy(),
                "the body on a line of its own ('Youth Cabinet') is not part of the officer's title");
        assertEquals(List.of(new Person("Uma Dale", "Senior Democratic Services Officer")), qs.get(1).answeredBy());
        assertEquals("Referring to 2.2, the Vice-Chair sought clarification on the budget.", qs.get(2).text(), "a lead-in with a paragraph number");
        assertTrue(qs.stream().allMatch(q -> "6".equals(q.itemNumber())));
    }

    @Test
    void aRequestIsNoQuestion() {
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, "2025-01-30", document(
                para("Mr Watkins asked members to promote the service through social media. Councillor Reed asked the Leader to write to "
                        + "the minister."),
                para("Councillor Hale asked how many residents were due to start the scheme. Tom Hale said forty."))).records(Question.class);
        assertEquals(List.of("Councillor Hale asked how many residents were due to start the scheme."),
                qs.stream().map(Question::text).toList(), "'asked members to promote' is a request; 'asked how many … due to start' a question");
    }

    @Test
    void questionCutByAPageBreakIsReadWithItsContinuation() {
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, document(
                para("The Chair thought the scheme worked and asked whether it could be extended to"),
                pageBreak("2"),
                para("care leavers. Kim Lowe answered that it could."))).records(Question.class);
        assertEquals(1, qs.size());
        assertEquals("The Chair thought the scheme worked and asked whether it could be extended to care leavers.", qs.get(0).text());
        assertEquals("Kim Lowe answered that it could.", qs.get(0).answer());
    }

    @Test
    void reportedSpeechOutsideMinutesAndUnansweredReportsAreNoQuestions() {
        assertTrue(Harness.run(extractor, DocumentKind.REPORT, document(
                para("Councillor Reed asked for this report in January."))).records(Question.class).isEmpty());
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, document(
                para("Sheila Murphy said that Ofsted had asked what more could be done."),
                para("Councillor Reed asked what the timeline was."))).records(Question.class);
        assertEquals(1, qs.size(), "an inspectorate asking inside an officer's answer is no question to the committee");
        assertNull(qs.get(0).answer());
    }

    @Test
    void thurrockMinutesOf13July2021() throws Exception {
        Path pack = TestPapers.path("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        var x = CouncilPapers.builder().build().extract(pack);
        RecordAssertions.assertWellFormed(x);
        List<Question> qs = x.records(Question.class);
        // Read by eye in the minutes (pack lines 263 and 277): Nicola Cranch's two-part question, and
        // Michele Lucas's answer that begins after a page break.
        Question cranch = qs.stream().filter(q -> q.askedBy().name().equals("Nicola Cranch")).findFirst().orElseThrow();
        assertEquals("Parent Governor Representative", cranch.askedBy().role());
        assertEquals("Nicola Cranch asked how many children were waiting for an EHCP and how long was this process. "
                + "She also asked how many were completed on time.", cranch.text());
        assertEquals(List.of(new Person("Andrea Winstone", "Strategic Lead for School Effectiveness and SEND")), cranch.answeredBy());
        assertEquals("2021-07-13", cranch.meetingDate().toString());
        assertEquals("6", cranch.itemNumber());
        assertEquals("SEND Education and Residential Placements", cranch.itemTitle());
        Question vice = qs.stream().filter(q -> q.text().contains("had to wait for places")).findFirst().orElseThrow();
        assertEquals(new Person("Graham Snell", "Vice-Chair"), vice.askedBy(), "the Vice-Chair named in the Present list");
        assertEquals("Michele Lucas", vice.answeredBy().get(0).name());
        assertEquals(8, qs.stream().filter(q -> q.askedBy().name().equals("Lee Watson")).count(),
                "Councillor Watson (Lee Watson in the Present list) asks eight questions in these minutes");
    }

    @Test
    void anOfficerNamedByTitleIsTheOfficerTheAttendanceGivesForThatTitle() {
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("unitary-corporate-parenting-minutes-lettered-parts.txt"))
                .records(Question.class);
        assertEquals(2, qs.size());
        assertEquals(new Person("Clare Marsh", "Councillor"), qs.get(0).askedBy(), "the surname resolved from the Councillors: line");
        assertEquals(List.of(new Person("Jane Doe", "Director of Children's Services")), qs.get(0).answeredBy());
        assertEquals("CPP/13/23", qs.get(0).itemNumber());
        assertEquals("Placement Sufficiency Strategy", qs.get(0).itemTitle());
        assertEquals(List.of(new Person("Kim Lee", "Head of the Virtual School")), qs.get(1).answeredBy());
        assertEquals(new Person("D Patel", "Councillor"), qs.get(1).askedBy());
    }

    @Test
    void aTitleNoOneInTheAttendanceHoldsIsKeptAsPrinted() {
        List<Question> qs = Harness.run(extractor, DocumentKind.AGENDA_PACK, document(
                para("Minutes of the Meeting of the Barset Scrutiny Committee held on 4 March 2022 at 7.00 pm"),
                para("Present: Councillors A Reed and B Stone"),
                para("Officers: Tom Hale (Head of Fostering), Ann Vale (Head of Fostering)"),
                heading(2, "6. Fostering Update"),
                para("Councillor Reed asked why fewer carers had been approved. The Director of Children's Services said that two panels "
                        + "were cancelled."),
                para("Councillor Stone asked when the panels would resume. The Head of Fostering replied that they resumed in April.")))
                .records(Question.class);
        assertEquals(2, qs.size());
        assertEquals(new Person("A Reed", "Councillor"), qs.get(0).askedBy());
        assertEquals(List.of(new Person("The Director of Children's Services", "Director of Children's Services")), qs.get(0).answeredBy(),
                "no officer of that title attended: the title alone, no name made up");
        assertEquals(List.of(new Person("The Head of Fostering", "Head of Fostering")), qs.get(1).answeredBy(),
                "two officers hold the title: which one spoke is not known");
    }

    @Test
    void theOfficersLineRunTogetherWithPresentStillNamesTheOfficerByTitle() {
        List<Question> qs = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("county-scrutiny-panel-minutes-lines-run-together.txt"))
                .records(Question.class);
        assertEquals(1, qs.size());
        assertEquals(new Person("B Jones", "Councillor"), qs.get(0).askedBy());
        assertEquals(List.of(new Person("Jane Doe", "Director of Children's Services")), qs.get(0).answeredBy());
        assertEquals("12/23", qs.get(0).itemNumber());
    }
}
