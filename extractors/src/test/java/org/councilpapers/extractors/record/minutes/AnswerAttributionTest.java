package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who answered a question, from the answer's own attribution wherever it is, and who asked, with the post the question line gives:
 * "In response, the Director of Public Health (Sarah Quill) said", "Helen Rowe, Director of Children's Services, responded",
 * "Graham Pike, Foster Carer Representative, asked", "The Chair advised", a "Response:" / "Answer:" label over a name line, and a
 * two-column "Question | Answer" table whose question cells name the asker. Where the paper names no one ("Reply:" over the words
 * alone) nobody is made up; narrative ("Members welcomed …", "Members discussed …") asks nothing. Five councils' minutes in
 * {@code testdata/papers/variants}, each read under every document kind.
 */
class AnswerAttributionTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void anOfficeWithItsHolderInBrackets(DocumentKind kind) {
        List<Question> qs = questions(kind, "minutes-borough-health-board-present-wrapped-board-noted.txt");
        assertEquals(1, qs.size(), "members welcoming a plan ask nothing: " + qs);
        assertEquals(new Person("Daniel Hurst", null), qs.get(0).askedBy(), "a resident of a ward is described, not given a post");
        assertEquals(List.of(new Person("Sarah Quill", "Director of Public Health")), qs.get(0).answeredBy(),
                "the bracket holds who holds the office, not a role");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void nameCommaPostCommaVerb(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-city-scrutiny-name-role-responded-chair-advised.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        assertEquals(new Person("Graham Pike", "Foster Carer Representative"), qs.get(0).askedBy());
        assertEquals(List.of(new Person("Helen Rowe", "Director of Children's Services")), qs.get(0).answeredBy());
        assertTrue(qs.get(0).answer().contains("targeted campaign"), qs.get(0).answer());
        assertEquals(new Person("Amira Latif", "Councillor"), qs.get(1).askedBy());
        assertEquals(List.of(new Person("Joy Adebayo", "Chair")), qs.get(1).answeredBy(), "the Chair, named by the attendance list");
        assertEquals("23", qs.get(2).itemNumber());
        assertEquals(List.of("Cabinet Member for Children's Services"), qs.get(2).answeredBy().stream().map(Person::role).toList(),
                "an office nobody present is listed as holding stays the office, as printed");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Members")), "welcoming and discussing ask nothing: " + qs);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLabelledAnswerOverANameLine(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-borough-council-response-name-line.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        assertEquals(new Person("Janet Rooke", null), qs.get(0).askedBy());
        assertEquals(List.of(new Person("Ada Finch", "Cabinet Member for Culture and Leisure")), qs.get(0).answeredBy());
        assertTrue(qs.get(0).answer().startsWith("The library's opening hours"), "the name line is no part of the answer: " + qs.get(0).answer());
        assertEquals(List.of(new Person("Carl Morton", "Cabinet Member for Highways")), qs.get(1).answeredBy(), "under 'Answer:'");
        assertTrue(qs.get(1).answer().startsWith("Fourteen potholes"), qs.get(1).answer());
        assertEquals(List.of(), qs.get(2).answeredBy(), "'Reply:' over the words alone names no one, and no one is made up");
        assertEquals("The crossing is expected to be installed in the summer.", qs.get(2).answer());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aTwoColumnQuestionAndAnswerTable(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-district-two-column-question-answer-table.txt");
        assertEquals(2, qs.size(), kind + " " + qs);
        assertEquals(new Person("Leon Farrow", null), qs.get(0).askedBy());
        assertEquals("Why has the green waste collection in Eastfield been missed three times this year?", qs.get(0).text());
        assertEquals(List.of(new Person("Sian Wells", "Portfolio Holder for Environment")), qs.get(0).answeredBy());
        assertEquals(new Person("Hannah Kerr", null), qs.get(1).askedBy());
        assertEquals(List.of("Leader"), qs.get(1).answeredBy().stream().map(Person::role).toList());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void anOfficerByNameAndPostAnsweringACouncillorBySurname(DocumentKind kind) {
        List<Question> qs = questions(kind, "minutes-district-panel-councillors-present-heading-panel-agreed.txt");
        assertEquals(1, qs.size(), kind + " " + qs);
        assertEquals(new Person("Priya Desai", "Councillor"), qs.get(0).askedBy());
        assertEquals(List.of(new Person("Ben Okoro", "Community Safety Manager")), qs.get(0).answeredBy());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void supplementariesOnWrittenQuestionsByNumber(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-city-council-members-question-time-supplementaries.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        assertEquals(List.of("Jess Tarrant", "Kofi Mensah", "Ivor Lund"), qs.stream().map(q -> q.askedBy().name()).toList(),
                "'In respect of question 2, …' and 'In relation to question 5, …' lead to the asker");
        assertEquals(List.of("Alys Coombe", "Dev Rana", "Hattie Moss"), qs.stream().map(q -> q.answeredBy().get(0).name()).toList(),
                "'advised', 'reiterated' and 'confirmed' answer");
        assertTrue(qs.stream().allMatch(q -> "58".equals(q.itemNumber())), qs.toString());
    }

    @Test
    void aNameLineOnALineOfItsOwnAsAPdfGivesIt() {
        List<Question> qs = Harness.run(new QuestionExtractor(), DocumentKind.MINUTES, document(
                para("Minutes of the meeting of the Council held on 6 March 2024 at 7.00 pm"),
                para("Present: Councillors Ann Lee (Chair), Bob Rye and Cal Moss"),
                heading(2, "8. Public Questions"),
                para("Question from Mr Tom Dale"),
                para("Will the skate park be repaired?"),
                para("Response:\nCouncillor Bob Rye (Portfolio Holder for Leisure)\nRepairs are booked for April."))).records(Question.class);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(List.of(new Person("Bob Rye", "Portfolio Holder for Leisure")), qs.get(0).answeredBy());
        assertEquals("Repairs are booked for April.", qs.get(0).answer());
    }

    @Test
    void nameLinesAndWhatIsNotOne() {
        PutQuestions.NameLine l = PutQuestions.nameLine("Councillor Jo Hay, Leader of the Council We will consult in May.");
        assertEquals(new Person("Jo Hay", "Leader of the Council"), l.person());
        assertEquals("We will consult in May.", l.rest());
        assertNull(PutQuestions.nameLine("Councillor Hay, in her reply, said the consultation would start in May."));
        assertNull(PutQuestions.nameLine("The consultation will start in May."));
        assertTrue(PutQuestions.isDescription("a resident of Hollins ward"));
        assertTrue(PutQuestions.isDescription("on behalf of the Carers Forum"));
        assertFalse(PutQuestions.isDescription("Foster Carer Representative"));
    }
}
