package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Public question time in two more councils' layouts: "Question 1 – submitted by Ms …" over the words and an answer given in a
 * sentence with no label ("The Director of Children's Services replied …"), a "Supplementary question:" answered by "The Director
 * responded …", "Question from Mr …:" answered under "Response from the Cabinet Member for …:", "Q3. Question from …" with
 * "Answer:", and "A member of the public asked …" (a question all the same, with no asker: none is made up); and
 * "Question 1 - Mr …" with the question, "Reply:" and "Supplementary question:" run into one paragraph by the reading. Read under
 * every document kind.
 */
class PublicQuestionTimeTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void submittedByQuestionsAnswersByPostAndAnUnnamedAsker(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-county-council-public-question-time-submitted-by-supplementary.txt");
        assertEquals(Arrays.asList("Yvonne Hart", "Yvonne Hart", "Kenneth Ogun", "Leah Fox", null),
                qs.stream().map(q -> q.askedBy() == null ? null : q.askedBy().name()).toList(), kind + " " + qs);
        assertEquals("How many children were waiting for an education, health and care needs assessment at the end of January?", qs.get(0).text());
        assertEquals(List.of(new Person("The Director of Children's Services", "Director of Children's Services")), qs.get(0).answeredBy());
        assertEquals("The Director of Children's Services replied that 214 children were waiting, of whom 61 had waited more than twenty weeks.",
                qs.get(0).answer());
        assertEquals("Ms Hart asked when the backlog would be cleared.", qs.get(1).text(), "the supplementary is a question of its own");
        assertEquals(List.of(new Person("The Director", "Director")), qs.get(1).answeredBy());
        assertEquals(List.of(new Person("The Cabinet Member for Highways and Transport", "Cabinet Member for Highways and Transport")),
                qs.get(2).answeredBy(), "the office the answer's label names");
        assertEquals("The service is being retendered and the evening journeys will be included in the specification.", qs.get(2).answer(),
                "the next question and the unnamed asker's are not part of the answer");
        assertEquals("What is the Council doing to reduce the number of potholes on rural lanes?", qs.get(3).text());
        assertEquals(List.of(), qs.get(3).answeredBy(), "'Answer:' names no one, and no one is made up");
        assertEquals("An additional £2 million has been allocated to rural resurfacing in 2025/26.", qs.get(3).answer());
        assertEquals("A member of the public asked whether the recycling centre at Dunford would open on Sundays.", qs.get(4).text());
        assertEquals(List.of(new Person("Olive Ndlovu", "Chair")), qs.get(4).answeredBy(), "the Chairman, from the present list");
        qs.forEach(q -> assertEquals("22", q.itemNumber()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aNumberedAskerWithReplyAndSupplementaryRunIntoOneParagraph(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-borough-council-public-question-time-table-reply.txt");
        assertEquals(3, qs.size(), kind + " " + qs);
        assertEquals(List.of("Owen Price", "Nadia Rowe", "Nadia Rowe"), qs.stream().map(q -> q.askedBy().name()).toList());
        assertEquals("Will the Council publish the cost of the new leisure centre car park?", qs.get(0).text());
        assertEquals("Yes. The final account will be reported to the Cabinet in June.", qs.get(0).answer());
        assertEquals(List.of(), qs.get(0).answeredBy(), "'Reply:' names no one");
        assertEquals("Why were the public toilets in Castle Park closed in March?", qs.get(1).text());
        assertEquals("Mrs Rowe asked whether CCTV would be installed.", qs.get(2).text());
        assertEquals(List.of(new Person("The Cabinet Member for Communities", "Cabinet Member for Communities")), qs.get(2).answeredBy());
        assertEquals("The Cabinet Member for Communities replied that CCTV would be considered as part of the parks security review.",
                qs.get(2).answer());
        assertNull(qs.get(0).askedBy().role());
    }
}
