package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

/**
 * "Members asked a number of questions, including:" and "The Committee raised the following queries:" introduce a list; the line
 * itself is no question put by "Members". A member who asks in a sentence of their own after it is still read.
 */
class GroupQuestionLeadInTest {
    private static List<String> questions(String leadIn) {
        return Harness.run(new QuestionExtractor(), DocumentKind.MINUTES, document(
                para("Minutes of the meeting of the Children's Scrutiny Committee held on 9 April 2024"),
                para("Present: Councillor Jo Bell (Chair), Councillors Amir Khan and Lucy Hart."),
                para("4. Fostering Recruitment Update"),
                para(leadIn),
                para("the reasons carers gave for leaving the service;"),
                para("how the fostering allowance compared with neighbouring councils."),
                para("Councillor Khan asked whether the campaign would run again in the autumn. The Chair replied that it would.")))
                .records(Question.class).stream().map(q -> q.askedBy().name() + "|" + q.text()).toList();
    }

    @Test
    void theBodysLeadInIsNoQuestion() {
        List<String> expected = List.of("Amir Khan|Councillor Khan asked whether the campaign would run again in the autumn.");
        assertEquals(expected, questions("Members asked a number of questions, including:"));
        assertEquals(expected, questions("The Committee raised the following queries:"));
        assertEquals(expected, questions("In discussion, Members raised questions about:"));
    }

    @Test
    void aMemberAskingWithAColonStillAsks() {
        // Only the body as a whole introduces a list this way; a named member's question keeps its words.
        List<String> qs = questions("Councillor Hart asked the following question:");
        assertEquals("Lucy Hart|Councillor Hart asked the following question:", qs.get(0));
    }
}
