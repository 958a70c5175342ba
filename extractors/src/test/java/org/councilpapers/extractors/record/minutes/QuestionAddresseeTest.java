package org.councilpapers.extractors.record.minutes;

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
 * Who answered a question put to someone: a public question headed "Question 1 from Mr … to Councillor …, Cabinet Member for …"
 * whose written answer stood (answered by the member it was put to, in that office) and its supplementary answered by that member
 * named by surname; a member's question put to "the Leader of the Council, Councillor …" or "the Cabinet Member for Housing",
 * answered in that office; questions named in a clause ("In response to a question from Councillor D Ferris on …, Ms Ferguson
 * advised …"); councillors printed by initials; and "Members asked about …", which names no asker and gives no record. Two councils'
 * minutes in {@code testdata/papers/variants/questions-*}, each read under every document kind.
 */
class QuestionAddresseeTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCountyCouncilsQuestionsPutToCabinetMembers(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-county-council-header-to-cabinet-member-supplementary-replied.txt");
        assertEquals(7, qs.size(), kind + " " + qs);
        Person abbott = new Person("Joan Abbott", "Cabinet Member for Children, Young People and Schools");

        Question first = qs.get(0);
        assertEquals(new Person("Daniel Xavier", null), first.askedBy());
        assertEquals("How many children in the county are currently waiting for a school transport assessment?", first.text(),
                "the question without its quotation marks, and without the line saying the written response stood");
        assertEquals(List.of(abbott), first.answeredBy(), "a written answer is the addressee's, whose post the header wraps onto a second line");

        Question supplementary = qs.get(1);
        assertEquals(first.askedBy(), supplementary.askedBy(), "'Mr Xavier' is the Daniel Xavier of the header");
        assertTrue(supplementary.text().contains("decision on the appeals lodged in January"), supplementary.text());
        assertEquals(List.of(abbott), supplementary.answeredBy(),
                "'Councillor Abbott replied' is the member the header names; the director who added is not the answerer");

        assertEquals(new Person("Lorna Quill", null), qs.get(2).askedBy());
        assertEquals(List.of(new Person("Nadia Yeo", "Leader of the Council")), qs.get(2).answeredBy());

        Person zaman = new Person("Ravi Zaman", "Cabinet Member for Housing");
        assertEquals(List.of(zaman), qs.get(3).answeredBy());
        Question nandi = qs.get(4);
        assertEquals(new Person("Priya Nandi", null), nandi.askedBy(), "a supplementary in prose by the labelled question's asker");
        assertTrue(nandi.text().contains("tenants would be consulted"), nandi.text());
        assertEquals(List.of(zaman), nandi.answeredBy(), "answered in the office the question was put to");

        Question marsh = qs.get(5);
        assertEquals("Colin Marsh", marsh.askedBy().name());
        assertTrue(marsh.text().contains("transformation reserve"), marsh.text());
        assertEquals(List.of(new Person("Nadia Yeo", "Leader of the Council")), marsh.answeredBy(),
                "the office the question was put to, not 'Councillor'");

        Question hollis = qs.get(6);
        assertEquals("Grace Hollis", hollis.askedBy().name());
        assertEquals(List.of(zaman), hollis.answeredBy(),
                "the member who answers a question put to an office answers in it");
        assertTrue(qs.stream().noneMatch(q -> q.askedBy().name().equals("Members")), "'Members asked about …' names no asker: " + qs);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aBoroughCommitteesQuestionsInDiscussion(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-borough-cabinet-question-in-discussion-head-of-service-said.txt");
        assertEquals(3, qs.size(), kind + " " + qs);

        Question ferris = qs.get(0);
        assertEquals("Diane Ferris", ferris.askedBy().name(), "'Councillor D Ferris' is the member the attendance list names in full");
        assertTrue(ferris.text().contains("on waiting times"), ferris.text());
        assertEquals(List.of(new Person("Moira Ferguson", "Primary Care Access Manager")), ferris.answeredBy(),
                "'Ms Ferguson' is the officer the minutes named in full, with her post, when she introduced the report");
        assertTrue(ferris.answer().startsWith("Ms Ferguson advised"), ferris.answer());

        Question shaw = qs.get(1);
        assertEquals("Keith Shaw", shaw.askedBy().name());
        assertEquals(List.of(new Person("Owen Platt", "Head of Community Development")), shaw.answeredBy(),
                "the post that answers, held by the officer the attendance list names");

        Question bassi = qs.get(2);
        assertEquals("Amrit Bassi", bassi.askedBy().name());
        assertEquals("13", bassi.itemNumber());
        assertEquals(List.of("Owen Platt"), bassi.answeredBy().stream().map(Person::name).toList());
        assertTrue(qs.stream().noneMatch(q -> q.askedBy().name().equals("Members") || q.text().startsWith("Members")),
                "'Members asked about …' gives no record: " + qs);
    }
}
