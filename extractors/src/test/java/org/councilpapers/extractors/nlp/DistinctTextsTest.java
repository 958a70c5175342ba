package org.councilpapers.extractors.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.junit.jupiter.api.Test;

class DistinctTextsTest {
    private static final Provenance P = new Provenance(1, null, 0, 10, null);

    /** A stand-in for CoreNLP: names the text it was given as a "person", and notes what it was asked to read. */
    private final List<String> asked = new ArrayList<>();

    private List<Mentions> read(List<RecordTexts> texts) {
        List<Mentions> out = new ArrayList<>();
        for (RecordTexts t : texts) {
            asked.add(t.main());
            out.add(t.main().startsWith("nothing") ? Mentions.NONE
                    : new Mentions(List.of(t.main()), List.of(), List.of(), List.of(), List.of()));
        }
        return out;
    }

    private static Finding finding(String id, String text) {
        return new Finding(id, FindingKind.IMPROVEMENT, text, null, null, null, P, Mentions.NONE);
    }

    @Test
    void aTextRepeatedInAPaperIsReadOnceAndEachRecordGetsItsMentions() {
        List<PaperRecord> records = List.of(finding("f1", "Sheila Murphy reviewed placements."), finding("f2", "Ofsted visited."),
                finding("f3", "Sheila Murphy reviewed placements."));
        List<PaperRecord> out = DistinctTexts.enrich(records, this::read);
        assertEquals(2, asked.size(), "two distinct texts: " + asked);
        assertEquals(List.of("f1", "f2", "f3"), out.stream().map(PaperRecord::id).toList(), "records keep their order");
        assertEquals(List.of("Sheila Murphy reviewed placements."), out.get(0).mentions().people());
        assertEquals(List.of("Ofsted visited."), out.get(1).mentions().people());
        assertEquals(out.get(0).mentions(), out.get(2).mentions());
    }

    @Test
    void longestTextIsHandedOverFirst() {
        DistinctTexts.enrich(List.of(finding("f1", "Short."), finding("f2", "A much longer text than the first."),
                finding("f3", "Middling text.")), this::read);
        assertEquals(List.of("A much longer text than the first.", "Middling text.", "Short."), asked);
    }

    @Test
    void recordsWithoutTextOrWithoutMentionsComeBackAsTheyWere() {
        Judgement j = new Judgement("j1", "Thurrock", "Ofsted", "ILACS", null, null, 2019, null, "Overall effectiveness",
                Grade.GOOD, "Good", JudgementBasis.TABLE, P, Mentions.NONE, List.of());
        Finding blank = finding("f1", "  ");
        Finding plain = finding("f2", "nothing to see");
        List<PaperRecord> out = DistinctTexts.enrich(List.of(j, blank, plain), this::read);
        assertSame(j, out.get(0));
        assertSame(blank, out.get(1));
        assertSame(plain, out.get(2));
        assertEquals(List.of("nothing to see"), asked, "only the text worth reading was read");
    }

    @Test
    void aPaperWithNoTextsNeverCallsTheReader() {
        List<PaperRecord> records = List.of(finding("f1", ""));
        assertSame(records, DistinctTexts.enrich(records, this::read));
        assertEquals(List.of(), asked);
    }
}
