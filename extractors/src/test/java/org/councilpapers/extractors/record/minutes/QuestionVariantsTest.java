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
import org.councilpapers.testdata.LayoutFixtures;
import org.junit.jupiter.api.Test;

/**
 * Questions put at a meeting as councils minute them when the asker is named after the question ("A question was received
 * from …, who asked …") and the answer is a paragraph of its own, given by an office and the member holding it.
 */
class QuestionVariantsTest {
    private static List<Question> run(LayoutFixtures.Part... body) {
        LayoutFixtures.Part[] all = new LayoutFixtures.Part[body.length + 2];
        all[0] = para("Minutes of the meeting of the Cabinet held on 9 July 2024 at 10.00 am");
        all[1] = para("Present: Councillors Raj Patel (Leader), Sam Jones and Tariq Ahmed");
        System.arraycopy(body, 0, all, 2, body.length);
        return Harness.run(new QuestionExtractor(), DocumentKind.MINUTES, document(all)).records(Question.class);
    }

    @Test
    void aCountyMinutesAQuestionReceivedAndAnsweredByTheCabinetMember() {
        List<Question> qs = run(heading(2, "4. Public Questions"),
                para("A question was received from Mrs Jane Green, who asked what steps the Council was taking to reduce waiting times "
                        + "for EHC plans."),
                para("The Cabinet Member for Children's Services, Councillor Jones, replied that additional caseworkers had been "
                        + "appointed."));
        assertEquals(1, qs.size(), qs.toString());
        Question q = qs.get(0);
        assertEquals("Jane Green", q.askedBy().name());
        assertEquals(List.of(new Person("Sam Jones", "Cabinet Member for Children's Services")), q.answeredBy());
        assertTrue(q.answer().startsWith("The Cabinet Member for Children's Services, Councillor Jones, replied"), q.answer());
        assertEquals("4", q.itemNumber());
    }

    @Test
    void aDistrictMinutesAWrittenQuestionSubmittedAndTheLeadersResponse() {
        List<Question> qs = run(heading(2, "7. Questions from Members"),
                para("A written question had been submitted by Councillor Tariq Ahmed asking whether the library review would "
                        + "include rural branches."),
                para("The Leader responded that all branches were within the scope of the review."));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Tariq Ahmed", qs.get(0).askedBy().name());
        assertEquals("Leader", qs.get(0).answeredBy().get(0).role());
    }

    @Test
    void aBoroughMinutesAnAnswerInItsOwnParagraphAndAParagraphThatAsksNothing() {
        List<Question> qs = run(heading(2, "3. Public Question Time"),
                para("Mr Omar Khan asked when the resurfacing of Mill Road would begin."),
                para("Councillor Patel replied that work would start in September."),
                para("Councillor Jones replied to an earlier point about parking."));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Omar Khan", qs.get(0).askedBy().name());
        assertEquals("Raj Patel", qs.get(0).answeredBy().get(0).name());
    }
}
