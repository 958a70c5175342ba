package org.councilpapers.extractors.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.testdata.RecordAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real CoreNLP, loaded once for the class: loading the models takes seconds and a gigabyte. */
class CoreNlpEnricherIT {
    private static final Provenance P = new Provenance(1, null, 0, 10, null);
    private static Enricher enricher;

    @BeforeAll
    static void loadOnce() {
        enricher = Enrichers.coreNlp();
    }

    @Test
    void peopleOrganisationsPlacesAndDatesInAFinding() {
        Finding f = new Finding("f1", FindingKind.IMPROVEMENT, "Since 12 March 2019, Sheila Murphy and the Department for "
                + "Education have reviewed placements in Essex, and Ofsted will visit again in November 2020.", null, null, null, P, Mentions.NONE);
        Mentions m = enricher.enrich(f).mentions();
        assertEquals(List.of("Sheila Murphy"), m.people());
        assertTrue(m.organisations().contains("Department for Education"), m.toString());
        assertEquals(List.of("Essex"), m.places());
        assertEquals(List.of(PartialDate.of(2019, 3, 12), PartialDate.ofMonth(2020, 11)), m.dates());
        assertEquals(List.of(), m.sentences(), "a one-sentence text gets no sentence spans");
    }

    @Test
    void resolutionNamesTheOfficerAndDate() {
        Resolution r = new Resolution("r1", null, "6", null, "SEND", ResolutionOutcome.RESOLVED, "1",
                "That Michele Lucas report back to the Committee on 8 February 2022 on placements with Essex County Council.", P, Mentions.NONE);
        PaperRecord out = enricher.enrich(r);
        assertEquals(List.of("Michele Lucas"), out.mentions().people());
        assertEquals(List.of(PartialDate.of(2022, 2, 8)), out.mentions().dates());
        assertTrue(out.mentions().organisations().contains("Essex County Council"), out.mentions().toString());
        assertEquals(r.text(), ((Resolution) out).text(), "the record itself is unchanged");
    }

    /** Texts without a digit skip SUTime; that must not change what they mention. */
    @Test
    void aTextWithoutDigitsMentionsTheSameWithoutSuTime() {
        CoreNlpEnricher e = (CoreNlpEnricher) enricher;
        RecordTexts finding = new RecordTexts("Last March, Sheila Murphy and the Department for Education reviewed "
                + "placements in Essex, and Ofsted will visit again next summer.", null);
        RecordTexts question = new RecordTexts("Councillor Watson asked whether Thurrock Council had met Barnardo's in Grays "
                + "this year.", "Janet Simon said that it had, on the first Monday of June.");
        for (RecordTexts t : List.of(finding, question)) {
            assertFalse(CoreNlpEnricher.mayStateADate(t.joined()), t.joined());
            assertEquals(e.mentions(t, true), e.mentions(t, false), t.joined());
        }
        assertEquals(List.of("Sheila Murphy"), e.mentions(finding).people());
        assertEquals(List.of("Essex"), e.mentions(finding).places());
        assertTrue(CoreNlpEnricher.mayStateADate("by 12 March 2021"));
        assertTrue(CoreNlpEnricher.mayStateADate("the 2020-21 plan"));
        assertTrue(CoreNlpEnricher.mayStateADate("on 12/03/21"));
        assertFalse(CoreNlpEnricher.mayStateADate("by 12 March"), "no year: SUTime has nothing to resolve it against");
        assertFalse(CoreNlpEnricher.mayStateADate("280 care leavers aged 18 to 25; section 17"));
        assertFalse(CoreNlpEnricher.mayStateADate("reference 123456"));
    }

    /**
     * The tagger and NER read only sentences with a capitalised word besides an opening function
     * word, and SUTime only sentences with a digit: names and dates in any sentence are still found.
     */
    @Test
    void namesAndDatesAreFoundInWhicheverSentenceHoldsThem() {
        CoreNlpEnricher e = (CoreNlpEnricher) enricher;
        RecordTexts t = new RecordTexts("The service has improved since the last inspection. Thurrock has more foster carers. "
                + "Since then Sheila Murphy has met Essex Police in London. the plan was agreed in 2020 and is on track. "
                + "It will be reviewed on 3 May 2021. Most children are seen within the timescales that the procedures set, "
                + "and their records are up to date.", null);
        Mentions m = e.mentions(t);
        assertEquals(List.of("Sheila Murphy"), m.people());
        assertEquals(List.of("Essex Police"), m.organisations());
        assertEquals(List.of("Thurrock", "London"), m.places(), "a place opening its sentence is read too");
        assertEquals(List.of(PartialDate.ofYear(2020), PartialDate.of(2021, 5, 3)), m.dates(),
                "a date in a sentence with no capital at all is read");
        assertEquals(6, m.sentences().size(), "every sentence keeps its span: " + m.sentences());
    }

    @Test
    void aPronounIsNotAPerson() {
        Mentions m = ((CoreNlpEnricher) enricher).mentions(new RecordTexts("Councillor Watson asked about placements.",
                "She said that Janet Simon would reply. He thanked her."));
        assertEquals(List.of("Watson", "Janet Simon"), m.people());
    }

    @Test
    void aRepeatedTextInAPaperGivesEachRecordTheSameMentions() {
        String text = "That Michele Lucas report back to the Committee on 8 February 2022.";
        List<PaperRecord> out = enricher.enrich(List.of(
                new Resolution("r1", null, "6", null, "SEND", ResolutionOutcome.RESOLVED, "1", text, P, Mentions.NONE),
                new Finding("f1", FindingKind.IMPROVEMENT, "Ofsted met Essex County Council.", null, null, null, P, Mentions.NONE),
                new Resolution("r2", null, "7", null, "SEND", ResolutionOutcome.RESOLVED, "1", text, P, Mentions.NONE)));
        assertEquals(List.of("r1", "f1", "r2"), out.stream().map(PaperRecord::id).toList());
        assertEquals(List.of("Michele Lucas"), out.get(0).mentions().people());
        assertEquals(List.of(PartialDate.of(2022, 2, 8)), out.get(2).mentions().dates());
        assertEquals(out.get(0).mentions(), out.get(2).mentions());
        assertTrue(out.get(1).mentions().organisations().contains("Essex County Council"), out.get(1).mentions().toString());
    }

    @Test
    void relativeDatesAreNotGuessed() {
        Finding f = new Finding("f2", FindingKind.OBSERVATION, "Last year and in July the service improved.", null, null, null, P, Mentions.NONE);
        assertEquals(List.of(), enricher.enrich(f).mentions().dates());
    }

    @Test
    void longTextGetsSentenceSpansIntoItsOwnText() {
        String text = "Councillor Watson asked how many young people were 25 years old and transitioning to other types of housing "
                + "in Thurrock. He also asked whether the housing strategy included children leaving care. He asked when the "
                + "strategy would next be reviewed by the Cabinet and whether young people would be consulted about it.";
        Question q = new Question("q1", null, null, null, new org.councilpapers.core.record.Person("Watson", "Councillor"), text,
                List.of(new org.councilpapers.core.record.Person("Janet Simon", null)), "Janet Simon said that it did.", P, Mentions.NONE);
        Mentions m = enricher.enrich(q).mentions();
        assertEquals(3, m.sentences().size(), m.sentences().toString());
        Mentions.Span second = m.sentences().get(1);
        assertTrue(text.substring(second.start(), second.end()).startsWith("He also asked"), second.toString());
        assertTrue(m.people().contains("Janet Simon"), "the answer is read for mentions too: " + m.people());
        assertTrue(m.sentences().get(2).end() <= text.length(), "no span runs into the answer");
    }

    @Test
    void recordsWithoutTextOfTheirOwnAreLeftAlone() {
        Judgement j = new Judgement("j1", "Thurrock", "Ofsted", "ILACS", null, null, 2019, null, "Overall effectiveness",
                Grade.GOOD, "Good", JudgementBasis.TABLE, P, Mentions.NONE, List.of());
        assertSame(j, enricher.enrich(j));
    }

    @Test
    void onePipelineSharedAcrossThreadsGivesTheSameAnswers() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            findings.add(new Finding("f" + i, FindingKind.STRENGTH, "Janet Simon met Thurrock Council on " + (i + 1)
                    + " May 2021 in Grays.", null, null, null, P, Mentions.NONE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PaperRecord>> futures = new ArrayList<>();
            for (Finding f : findings) {
                futures.add(pool.submit(() -> enricher.enrich(f)));
            }
            for (int i = 0; i < findings.size(); i++) {
                Mentions m = futures.get(i).get().mentions();
                assertEquals(List.of("Janet Simon"), m.people());
                assertEquals(List.of(PartialDate.of(2021, 5, i + 1)), m.dates(), "each thread got its own text's date");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void councilPapersWithNlpEnrichesQuestionsFromMinutes() throws Exception {
        String minutes = "Minutes of the Meeting of the Barset Scrutiny Committee held on 4 March 2022\n\n"
                + "6. Fostering Update\n\n"
                + "Councillor Reed asked why fewer carers had been approved since January 2022. Tom Hale explained that "
                + "two panels had been cancelled by Barset Council.\n";
        Extraction x = CouncilPapers.builder().enricher(enricher).build()
                .extract(new ByteArrayInputStream(minutes.getBytes(StandardCharsets.UTF_8)), "minutes.txt");
        RecordAssertions.assertWellFormed(x);
        Question q = x.records(Question.class).get(0);
        assertTrue(q.mentions().people().contains("Tom Hale"), q.mentions().toString());
        assertTrue(q.mentions().people().contains("Reed"), q.mentions().toString());
        assertEquals(List.of(PartialDate.ofMonth(2022, 1)), q.mentions().dates());
    }
}
