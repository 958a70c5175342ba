package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Who answered a question, in the ways councils' minutes say it, and who asked, with the post the minutes give them: a resident
 * "of Northgate ward" or a speaker "on behalf of" a forum set between commas is described, not given a post, so has no role (the
 * question's text keeps the words), "In response, the Director of Public Health explained",
 * an office in brackets ("Councillor Okafor (Chair) responded"), a supplementary put "by way of a supplementary question" by the asker
 * named again by surname; written answers under "Response from Councillor …" with the question in quotation marks (the marks are no
 * part of the question) and a supplementary answered by whoever answered the question; and a table "Question | Asked by | Response".
 * Three councils' minutes in {@code testdata/papers/variants/questions-*}, each read under every document kind.
 */
class QuestionAnswerStylesTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCountyBoardsPublicQuestionsAnsweredInProse(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-county-hwb-minutes-resident-in-response-director.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        Question cole = qs.get(0);
        assertEquals(new Person("Ian Cole", null), cole.askedBy(), "a resident is described, not given a post");
        assertTrue(cole.text().contains("a resident of Northgate ward"), cole.text());
        assertTrue(cole.text().contains("reduce waiting times for children's mental health services"), cole.text());
        assertEquals(List.of(new Person("Helen Marsh", "Director of Public Health")), cole.answeredBy(),
                "the post named in the answer, held by the officer the attendance list names");
        assertEquals("34", cole.itemNumber());
        assertEquals("Questions from the Public", cole.itemTitle());

        Question dunn = qs.get(1);
        assertEquals(new Person("Rachel Dunn", null), dunn.askedBy(), "speaking on behalf of a forum is no post");
        assertEquals(List.of(new Person("Tom Wilde", "Head of Commissioning")), dunn.answeredBy());

        Question supplementary = qs.get(2);
        assertEquals(dunn.askedBy(), supplementary.askedBy(), "'Ms Dunn' asking again is the Rachel Dunn who asked before");
        assertTrue(supplementary.text().contains("held in the evening"), supplementary.text());
        assertEquals(List.of("Mary Okafor"), supplementary.answeredBy().stream().map(Person::name).toList());
        assertEquals("Chair", supplementary.answeredBy().get(0).role());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCitysWrittenAnswersUnderTheQuestion(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-city-written-answers-quoted-response-from.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        assertEquals("How many empty homes in the city have been brought back into use this year?", qs.get(0).text(),
                "the quotation marks that enclose the question are no part of it");
        Person hunt = new Person("Clare Hunt", "Cabinet Member for Housing");
        assertEquals(List.of(hunt), qs.get(0).answeredBy());
        assertEquals("Will the council publish the figures by ward?", qs.get(1).text());
        assertEquals(new Person("Peter Hale", null), qs.get(1).askedBy());
        assertEquals(List.of(hunt), qs.get(1).answeredBy(), "the supplementary is answered by whoever answered the question");
        assertEquals(new Person("Asha Rai", null), qs.get(2).askedBy());
        assertEquals(List.of(new Person("Dan Marsh", "Cabinet Member for Transport")), qs.get(2).answeredBy());
        assertEquals("12", qs.get(2).itemNumber());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aDistrictsTableOfQuestionsAndResponses(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-district-portfolio-holder-table.txt");
        assertEquals(2, qs.size(), kind + " " + qs);
        assertEquals(new Person("Joan Ellery", null), qs.get(0).askedBy());
        assertEquals("What is the council doing to stop fly-tipping on Back Lane?", qs.get(0).text());
        assertEquals(List.of("Portfolio Holder for Environment"), qs.get(0).answeredBy().stream().map(Person::role).toList());
        assertTrue(qs.get(0).answer().contains("cameras had been installed"), qs.get(0).answer());
        assertEquals(new Person("Karl Hinds", null), qs.get(1).askedBy());
        assertEquals(List.of(new Person("Owen Price", "Leader")), qs.get(1).answeredBy(),
                "'The Leader responded' in the answer's cell: the member the present list gives that office, as prose answers read it");
    }

    @Test
    void aTableWithoutAQuestionerColumnIsNoQuestionTable() {
        var doc = document(para("Minutes of the meeting of the Cabinet held on 9 July 2024 at 10.00 am"),
                para("Present: Councillors Raj Patel (Leader), Sam Jones and Tariq Ahmed"), heading(2, "5. Consultation Responses"),
                org.councilpapers.testdata.LayoutFixtures.table(org.councilpapers.testdata.LayoutFixtures.row("Question", "Response"),
                        org.councilpapers.testdata.LayoutFixtures.row("Do you agree with the proposed opening hours?", "62% agreed")));
        assertTrue(Harness.run(new QuestionExtractor(), DocumentKind.MINUTES, doc).records(Question.class).isEmpty(),
                "a consultation's questions and responses name no one who asked");
    }
}
