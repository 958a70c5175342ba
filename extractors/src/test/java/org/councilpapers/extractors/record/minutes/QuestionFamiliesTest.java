package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The families of question that the unseen sets showed failing, each on two or more councils' wordings (the variants are made up
 * after reading London, metropolitan, county, Scottish, Welsh, town and parish minutes): a question whose asker the minutes do not
 * name (a question with no asker); the committee or members asking in discussion (none); two members or officers answering one
 * question, in one sentence or under "Further response by"; a label whose post wraps onto the next paragraph, or whose asker stands
 * under "Question 3"; a question's number before the prose that reports its asker; the titles Scottish and Welsh councils give
 * members and chairs; speakers set before a colon and "Q1 (Mr …)" / "A1:" at town and parish councils; and written questions in
 * tables whose headers name the columns by what people did. Read under every document kind: the kind is never the reason.
 */
class QuestionFamiliesTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    private static List<String> askers(List<Question> qs) {
        return qs.stream().map(q -> q.askedBy() == null ? null : q.askedBy().name()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aTownCouncilsUnnamedAskersAreQuestionsWithNoAsker(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-town-council-public-participation-unnamed-and-q-a.txt");
        assertEquals(Arrays.asList(null, null, null, null, "Alice Brennan", "Tom Reeve", null), askers(qs), kind + " " + qs);
        assertEquals("A member of the public asked whether the Town Council would install a bench at the top of Mill Lane.", qs.get(0).text());
        assertEquals(List.of(new Person("Joanna Webb", "Town Clerk")), qs.get(0).answeredBy(), "'In attendance: Joanna Webb (Town Clerk)'");
        assertEquals("The member of the public further asked if the bench would carry a memorial plaque.", qs.get(1).text(),
                "the same unnamed asker again, after an answer: a turn of its own");
        assertEquals(List.of(new Person("Mary Kemp", "Town Mayor")), qs.get(1).answeredBy(), "the Town Mayor, from the present list");
        assertEquals("A resident asked when the allotment waiting list would reopen.", qs.get(2).text());
        assertEquals("The Town Clerk undertook to reply in writing.", qs.get(2).answer(), "the answer after a dash, a promise to reply");
        assertEquals(List.of(new Person("Neil Grant", "Councillor")), qs.get(3).answeredBy());
        assertEquals(List.of(new Person("Joanna Webb", "Town Clerk")), qs.get(6).answeredBy(),
                "'In response to a question from a member of the public …, the Town Clerk said …'");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Members asked")), "members asking in discussion is no question");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aParishCouncilsSpeakersBeforeAColonQAndAAndAnUnnamedAsker(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-parish-council-public-session-colon-speakers.txt");
        assertEquals(Arrays.asList("Vince Tallis", "Gail Stanton", "Owen Pryce", null, null), askers(qs), kind + " " + qs);
        assertEquals("Mr Vince Tallis: Asked whether the speed limit on Church Road could be reduced to 20 mph.", qs.get(0).text());
        assertEquals(List.of(new Person("Dennis Hope", "Councillor")), qs.get(0).answeredBy(), "'Cllr Hope responded:' by the present list");
        assertEquals(List.of(new Person("Lucy Carter", "Parish Clerk")), qs.get(1).answeredBy(), "'In attendance: Lucy Carter (Parish Clerk)'");
        assertEquals("Can the Parish Council publish the cost of the new bus shelter?", qs.get(2).text(), "'Q1 (Mr Owen Pryce):' is the label");
        assertEquals(List.of(new Person("Wendy Marsh", "Councillor")), qs.get(2).answeredBy(), "'A1: Cllr Marsh advised' names who answered");
        assertEquals(List.of(new Person("Dennis Hope", "Chair")), qs.get(3).answeredBy(), "the Chairman, after a dash");
        assertEquals(List.of(new Person("Paul Ogden", "Councillor")), qs.get(4).answeredBy(), "'In response to a question from a resident, …'");
        qs.forEach(q -> assertEquals("112", q.itemNumber()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aMetropolitanCouncilsQuestionsAnsweredByTwoAndDiscussionThatAsksNothing(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-metropolitan-council-members-questions-several-answerers.txt");
        assertEquals(List.of("Alan Moran", "Dennis Marsh", "Priya Nair", "Lesley Gilbert", "Joan Colley", "Amir Bashir"), askers(qs),
                kind + ": 'The Committee asked', 'In discussion, members queried' and 'Members asked about' are none " + qs);
        assertEquals(List.of(new Person("Brian Roberts", "Portfolio Holder for Highways and Waste")), qs.get(0).answeredBy(),
                "after a dash: '- Cllr B Roberts, Portfolio Holder for …, undertook to provide a written response'");
        assertEquals("Cllr A Moran asked whether the Portfolio Holder would reconsider the increase in car parking charges in Brookside.",
                qs.get(0).text(), "the answer after the dash is not the question's");
        assertEquals(List.of(new Person("The Leader of the Council", "Leader of the Council"), new Person("Fiona Hale", "Chief Executive")),
                qs.get(1).answeredBy());
        assertEquals(List.of(new Person("Jean Rhodes", "Portfolio Holder for Public Health"), new Person("Alan Stott", "Portfolio Holder for Finance")),
                qs.get(2).answeredBy());
        assertEquals("She asked when the signs would be installed.", qs.get(3).text(),
                "the asking sentence, as the project's hand-checked minutes give a pronoun's question; its asker from the sentence before");
        assertEquals(List.of(new Person("Brian Roberts", "Councillor")), qs.get(3).answeredBy());
        assertEquals(List.of(new Person("The Leader", "Leader"), new Person("The Cabinet Member for Finance", "Cabinet Member for Finance")),
                qs.get(4).answeredBy());
        assertEquals(List.of(new Person("Alan Stott", "Portfolio Holder for Finance"), new Person("The Leader of the Council", "Leader of the Council")),
                qs.get(5).answeredBy(), "'Response by …:' and 'Further response by …:' paragraphs after a question put in prose");
        assertTrue(qs.get(5).answer().endsWith("agree its action plan."), qs.get(5).answer());
        qs.forEach(q -> assertEquals("41", q.itemNumber()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aScottishMinuteBailieAndConvenerTwoOfficersAndTheCommitteeAskingNothing(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-scottish-council-minute-asked-the-convener-bailie.txt");
        assertEquals(List.of("Duncan Reid", "Morag Thomson", "Kirsty Lamont", "Callum Ross"), askers(qs),
                kind + ": 'The Committee asked that …' and 'Members asked about …' are none " + qs);
        assertEquals(List.of(new Person("The Convener", "Convener")), qs.get(0).answeredBy());
        assertEquals("Bailie Morag Thomson asked how many pupils had been supported through the summer literacy programme.", qs.get(1).text());
        assertEquals(List.of(new Person("Graham Soutar", "Executive Director of Education")), qs.get(1).answeredBy());
        assertEquals(List.of(new Person("Graham Soutar", "Executive Director of Education"), new Person("Anne Kerr", "Chief Social Work Officer")),
                qs.get(2).answeredBy(), "two officers answering in one sentence");
        assertEquals(List.of(new Person("Anne Kerr", "Chief Social Work Officer")), qs.get(3).answeredBy(),
                "'In response to a question from …, the Chief Social Work Officer advised': the office keeps its small 'the'");
        assertEquals("6", qs.get(3).itemNumber());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aWelshCouncilsCountyCouncillorsAWrappedLabelAndAnAskerUnderTheNumber(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-welsh-county-council-questions-on-notice-county-councillor.txt");
        assertEquals(List.of("Dai Evans", "Dai Evans", "Eleri Davies", "Mair Williams", "Aled Hughes", "Nia Morgan"), askers(qs), kind + " " + qs);
        assertEquals(List.of(new Person("Sian Price", "Cabinet Member for Education")), qs.get(0).answeredBy());
        assertEquals(List.of(new Person("Carys Lloyd", "Director of Education")), qs.get(1).answeredBy());
        assertEquals("She asked what funding had been secured for the culverts.", qs.get(3).text());
        assertEquals(List.of(new Person("Owain Rees", "Councillor")), qs.get(3).answeredBy());
        assertEquals(List.of(new Person("The Cabinet Member for Highways and Transport", "Cabinet Member for Highways and Transport")),
                qs.get(4).answeredBy(), "the post the label put the question to, its last words on the next line");
        assertEquals("Will the Council resurface the B4521 between Pentre and Llanaled this year?", qs.get(4).text());
        assertEquals("Will the Council keep the Llanaled recycling centre open on Sundays?", qs.get(5).text());
        assertEquals(List.of(new Person("Rhys Bowen", "Leader of the Council")), qs.get(5).answeredBy(), "a County Councillor holding the office");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLondonBoroughsWrappedLabelsFurtherResponsesAndAskedByOnOneLine(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-london-borough-public-questions-wrapped-header-further-response.txt");
        assertEquals(List.of("Gareth Lowe", "Gareth Lowe", "Imogen Tate", "Len Okafor", "Ada Finch", "Teresa Holt"), askers(qs), kind + " " + qs);
        assertEquals(List.of(new Person("Chloe Dunne", "Cabinet Member for Housing and Regeneration")), qs.get(0).answeredBy());
        assertEquals("What is being done to keep families out of bed and breakfast for more than six weeks?", qs.get(1).text());
        assertEquals(List.of(new Person("Samuel Baird", "Deputy Leader")), qs.get(1).answeredBy());
        assertEquals("When will the cycle lane on Market Street be completed?", qs.get(2).text(), "'Transport' finishes the label");
        assertEquals(List.of(new Person("The Cabinet Member for Environment and Transport", "Cabinet Member for Environment and Transport")),
                qs.get(2).answeredBy());
        assertEquals("Will the Leader publish the cost of the town centre consultation?", qs.get(3).text());
        assertEquals(List.of(new Person("Raj Gill", "Leader of the Council"), new Person("Marcus Ekwueme", "Cabinet Member for Finance")),
                qs.get(3).answeredBy(), "'Further response by …' adds a second answerer");
        assertEquals("How many street trees were planted in Eastmere last winter?", qs.get(4).text());
        assertEquals(List.of(new Person("Helen Foley", "Councillor")), qs.get(4).answeredBy(), "'Member to reply:' answers under 'Reply'");
        qs.subList(0, 5).forEach(q -> assertEquals("17", q.itemNumber()));
        assertEquals("18", qs.get(5).itemNumber());
        assertEquals(List.of(new Person("Chloe Dunne", "Cabinet Member for Housing and Regeneration"), new Person("Raj Gill", "Leader of the Council")),
                qs.get(5).answeredBy(), "a member's question in prose, answered under 'Response by …' and 'Further response by …'");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCountyCouncilsQuestionTablesNamedByWhatPeopleDid(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-county-council-written-questions-tables-asker-responder.txt");
        assertEquals(List.of("Fay Burgess", "Colin Crow", "Harold Dean", "Nora Quinn", "Victor Lamb"), askers(qs), kind + " " + qs);
        assertEquals(List.of(new Person("Diane McCarthy", "Cabinet Member for Housing")), qs.get(0).answeredBy());
        assertEquals("How many fixed penalty notices for fly-tipping were issued in 2024/25?", qs.get(1).text());
        assertEquals(List.of(new Person("The Leader of the Council", "Leader of the Council")), qs.get(2).answeredBy());
        assertEquals("Can the Leader explain why the council tax reduction scheme is being reviewed?", qs.get(2).text());
        assertEquals(List.of(new Person("Susan Thorne", "Councillor")), qs.get(4).answeredBy());
        assertNull(qs.get(3).askedBy().role());
    }
}
