package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person and organisation filters and facets of {@link PaperIndex}. */
class PaperIndexPeopleTest {
    private PaperIndex index;

    @BeforeEach
    void open() throws IOException {
        index = newIndex();
        // Minutes: two questions by different councillors, answered by officers.
        index.add(paper("minutes-2020-03.txt", "Thurrock", 2020, 3)
                .question("How many children went missing from care last year?", new Person("Watson", "Councillor"),
                        new Person("Sheila Murphy", "Corporate Director of Children's Services"))
                .question("When will the new children's home open?", new Person("Cllr  Ralph", null),
                        new Person("Janet Simon", "Assistant Director"))
                .question("Are return home interviews now offered within 72 hours?", new Person("Watson", "Councillor"))
                .build());
        // Reports: one presented by Janet Simon with her title after a comma, one by someone else.
        index.add(paper("pack-2021-01.txt", "Thurrock", 2021, 1)
                .report("Children's Social Care Performance", "Janet Simon, Interim Assistant Director Children's Social Care",
                        "Janet Simon")
                .report("School Improvement", "Michele Lucas, Assistant Director, Education and Skills", "Michele Lucas")
                .report("Fostering Annual Report", "Joe Tynan/Janet Simon", null)
                .build());
        // A plan whose text NLP read: people and organisations it mentions.
        index.add(paper("plan-2019.txt", "Essex", 2019, 6)
                .action("Agree a protocol with Essex Police on missing children", RagStatus.AMBER, null)
                .mentioning(List.of("Janet Simon"), List.of("Essex Police"))
                .action("Review placements with the Department for Education", RagStatus.GREEN, null)
                .mentioning(List.of(), List.of("the Department for Education", "Ofsted"))
                .build());
    }

    /** The index each test starts with, empty; the solr module runs these tests again on a SolrCloud collection. */
    PaperIndex newIndex() throws IOException {
        return PaperIndex.inMemory();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> ids(Query q) throws IOException {
        return index.search(q.limit(100).orderBy(Query.Order.DOCUMENT)).hits().stream().map(h -> h.record().id()).toList();
    }

    @Test
    void everyQuestionANamedCouncillorAskedWhateverTitleTheQueryGives() throws IOException {
        List<String> watson = List.of("question-minutes-2020-03.txt-1", "question-minutes-2020-03.txt-3");
        assertEquals(watson, ids(Query.all().type(RecordType.QUESTION).person("Councillor Watson")));
        assertEquals(watson, ids(Query.all().type(RecordType.QUESTION).person("cllr. watson")));
        assertEquals(watson, ids(Query.all().type(RecordType.QUESTION).person("WATSON")));
        assertEquals(List.of("question-minutes-2020-03.txt-2"), ids(Query.all().type(RecordType.QUESTION).person("Councillor Ralph")),
                "'Cllr  Ralph' as printed, title and double space dropped");
    }

    @Test
    void anotherPersonDoesNotMatch() throws IOException {
        assertEquals(List.of(), ids(Query.all().person("John Watson")), "a fuller name is another name, not a looser match");
        assertEquals(List.of(), ids(Query.all().person("Murphy")), "a surname alone does not match a full name");
        assertEquals(List.of(), ids(Query.all().type(RecordType.REPORT).person("Sheila Murphy")));
    }

    @Test
    void everythingANamedOfficerPresentedAnsweredOrIsMentionedIn() throws IOException {
        assertEquals(List.of("report-pack-2021-01.txt-1", "report-pack-2021-01.txt-3"),
                ids(Query.all().type(RecordType.REPORT).person("Janet Simon")),
                "'report of' up to the comma that starts her title, and one of two names split at '/'");
        assertEquals(Set.of("question-minutes-2020-03.txt-2", "report-pack-2021-01.txt-1", "report-pack-2021-01.txt-3",
                "action-plan-2019.txt-1"), Set.copyOf(ids(Query.all().person("janet simon"))),
                "the question she answered, her reports and the action whose text mentions her");
        assertEquals(List.of("report-pack-2021-01.txt-2"), ids(Query.all().person("Michele Lucas")));
    }

    @Test
    void severalPeopleAreAlternatives() throws IOException {
        assertEquals(List.of("report-pack-2021-01.txt-2", "report-pack-2021-01.txt-3"),
                ids(Query.all().type(RecordType.REPORT).person("Michele Lucas", "Joe Tynan")));
    }

    @Test
    void organisationsMatchWithoutTheLeadingTheOrCase() throws IOException {
        assertEquals(List.of("action-plan-2019.txt-2"), ids(Query.all().organisation("department for education")));
        assertEquals(List.of("action-plan-2019.txt-1"), ids(Query.all().organisation("ESSEX POLICE")));
        assertEquals(List.of(), ids(Query.all().organisation("Essex")), "a place is not the police force named after it");
    }

    @Test
    void personAndOrganisationFieldsInQueryText() throws IOException {
        assertEquals(List.of("question-minutes-2020-03.txt-1", "question-minutes-2020-03.txt-3"),
                ids(Query.text("person:\"Councillor Watson\"")));
        assertEquals(List.of("question-minutes-2020-03.txt-3"), ids(Query.text("interviews person:watson")));
        assertEquals(List.of("action-plan-2019.txt-2"), ids(Query.text("organisation:ofsted")));
        BadQueryException e = assertThrows(BadQueryException.class, () -> index.search(Query.text("people:watson")));
        assertEquals(true, e.getMessage().contains("person"), "the error lists the field names: " + e.getMessage());
    }

    @Test
    void facetsCountPeopleAndOrganisationsOncePerRecordWithoutTitles() throws IOException {
        SearchResult r = index.search(Query.all().withFacets(true));
        // Janet Simon: a question she answered, two reports (one names her twice, as 'report of' and
        // author) and an action's text. Watson: two questions. "Head of Service": the owner of both
        // actions (an owner is often a post, not a name). The rest once each.
        assertEquals(List.of(new FacetCount("Janet Simon", 4), new FacetCount("Head of Service", 2), new FacetCount("Watson", 2), new FacetCount("Joe Tynan", 1),
                new FacetCount("Michele Lucas", 1), new FacetCount("Ralph", 1), new FacetCount("Sheila Murphy", 1)),
                r.facet(Facet.PERSON));
        assertEquals(List.of(new FacetCount("Essex Police", 1), new FacetCount("Ofsted", 1), new FacetCount("the Department for Education", 1)),
                r.facet(Facet.ORGANISATION));
    }

    @Test
    void queryPrintsItsPeople() {
        assertEquals("Query[person=[Janet Simon], organisation=[Ofsted]]", Query.all().person("Janet Simon").organisation(" Ofsted ").toString());
        assertEquals(Query.all().person("Watson"), Query.all().person("Watson"));
        assertEquals(false, Query.all().person("Watson").equals(Query.all().organisation("Watson")));
    }
}
