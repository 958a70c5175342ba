package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Questions and written answers published as a paper of their own, in two more councils' layouts: a question's number alone over
 * labelled fields ("Question 1" / "Asked by:" / "To:" / the words / "Response:"), and a numbered line that says who asked whom
 * ("Q1. Councillor Rina Patel to the Cabinet Member for Adult Social Care") over the words and a "Reply:". Each read under every
 * document kind.
 */
class QuestionLayoutsTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aQuestionsNumberOverLabelledFields(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-borough-council-fielded-public-questions.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        assertEquals(new Person("Karen Doyle", null), qs.get(0).askedBy());
        assertEquals("Will the council repair the potholes on Mill Road before the summer holidays?", qs.get(0).text());
        assertEquals(List.of(new Person("Tom Price", "Cabinet Member for Highways and Transport")), qs.get(0).answeredBy(),
                "the response to a question put to her is hers");
        assertTrue(qs.get(0).answer().startsWith("Mill Road is in this year's resurfacing programme"), qs.get(0).answer());
        assertEquals(new Person("Len Otto", null), qs.get(1).askedBy());
        assertEquals(List.of(new Person("The Leader of the Council", "Leader of the Council")), qs.get(1).answeredBy());
        assertEquals(new Person("Len Otto", null), qs.get(2).askedBy(), "the supplementary is the same questioner's");
        assertEquals("Will the council publish a breakdown by contract?", qs.get(2).text());
        assertEquals(qs.get(1).answeredBy(), qs.get(2).answeredBy(), "answered by whom the question was put to");
        assertTrue(qs.get(2).answer().startsWith("Yes, the breakdown will be published"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aNumberedLineSaysWhoAskedWhom(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-county-cabinet-members-questions-numbered-to.txt");
        assertEquals(2, qs.size(), kind + " " + qs);
        assertEquals(new Person("Rina Patel", "Councillor"), qs.get(0).askedBy());
        assertEquals("How many people were waiting for a care needs assessment on 1 March 2024?", qs.get(0).text());
        assertEquals(List.of(new Person("The Cabinet Member for Adult Social Care", "Cabinet Member for Adult Social Care")),
                qs.get(0).answeredBy());
        assertEquals("412 people were waiting, of whom 57 had waited longer than twenty-eight days.", qs.get(0).answer());
        assertEquals(new Person("Sam Hughes", "Councillor"), qs.get(1).askedBy());
        assertEquals("When will the council publish its climate action plan?", qs.get(1).text());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aReportCoversFromAndToAreNoQuestion(DocumentKind kind) {
        var doc = document(para("From: Councillor Ann Reed, Cabinet Member for Finance"), para("To: Cabinet – 3 June 2024"),
                para("Subject: Treasury Management Outturn"), para("Question 1"),
                para("The first question for the committee is whether the strategy remains prudent."));
        assertTrue(Harness.run(new QuestionExtractor(), kind, doc).records(Question.class).isEmpty(),
                "'From:' names a question's asker only under a question's number, and 'Question 1' over prose names no asker");
    }
}
