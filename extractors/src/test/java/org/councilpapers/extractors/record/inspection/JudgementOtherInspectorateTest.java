package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Grades another inspectorate gave, as a minute reports them in a sentence ("the Care Inspectorate evaluated the quality of
 * care and support as good"): a judgement of that area by that body, never Ofsted's and never the council's overall one.
 */
class JudgementOtherInspectorateTest {
    private static final JudgementExtractor EXTRACTOR = new JudgementExtractor();

    private static List<Judgement> judgements(DocumentKind kind, String variant) {
        return Harness.run(EXTRACTOR, kind, Variants.read(variant)).records(Judgement.class);
    }

    // The authority is the paper's council, which the test harness sets for every paper; the rest is the sentence's.
    private static void assertJudgement(Judgement j, String inspectorate, Integer year, String area, Grade grade,
            String gradeText) {
        assertEquals(inspectorate, j.inspectorate(), j.toString());
        assertEquals(year, j.year(), j.toString());
        assertEquals(area, j.area(), j.toString());
        assertEquals(grade, j.grade(), j.toString());
        assertEquals(gradeText, j.gradeText(), j.toString());
        assertEquals(JudgementBasis.TEXT, j.basis(), j.toString());
        assertNull(j.framework(), j.toString());
        assertNull(j.group(), j.toString());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aScottishMinutesCareInspectorateGradesAndNotItsVeryGood(DocumentKind kind) {
        List<Judgement> js = judgements(kind, "judgements-scottish-committee-minute-care-inspectorate-evaluated.txt");
        assertEquals(2, js.size(), kind + " " + js);
        assertJudgement(js.get(0), "Care Inspectorate", null, "the quality of care and support", Grade.GOOD, "good");
        assertJudgement(js.get(1), "Care Inspectorate", 2024, "leadership", Grade.GOOD, "good");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aWelshMinutesEstynAndCareInspectorateWalesGrades(DocumentKind kind) {
        List<Judgement> js = judgements(kind, "judgements-welsh-cabinet-minute-estyn-ciw-judged.txt");
        assertEquals(2, js.size(), kind + " " + js);
        assertJudgement(js.get(0), "Estyn", 2019, "the support for vulnerable learners", Grade.ADEQUATE, "adequate");
        assertJudgement(js.get(1), "Care Inspectorate Wales", 2025, "well-being", Grade.GOOD, "good");
    }
    // One sentence grading three areas gives three judgements; "the force was good at working with partners" names no
    // inspectorate's verb and gives none.
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aPolicePanelsHmicfrsGradesOneSentenceThreeAreas(DocumentKind kind) {
        List<Judgement> js = judgements(kind, "judgements-police-panel-minute-hmicfrs-graded-areas.txt");
        assertEquals(3, js.size(), kind + " " + js);
        assertJudgement(js.get(0), "HMICFRS", 2025, "preventing crime", Grade.GOOD, "good");
        assertJudgement(js.get(1), "HMICFRS", 2025, "investigating crime", Grade.ADEQUATE, "adequate");
        assertJudgement(js.get(2), "HMICFRS", 2025, "responding to the public", Grade.INADEQUATE, "inadequate");
    }

    // One grade of two areas ("the Authority's current performance and its prospects for improvement") is two judgements,
    // their areas without the possessive; a list of "good at … and adequate for …" is one per area, the year after it.
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aWelshMinutesEstynTwoAreasOneGradeAndCiwTwoGrades(DocumentKind kind) {
        List<Judgement> js = judgements(kind, "judgements-welsh-scrutiny-minute-estyn-performance-prospects.txt");
        assertEquals(4, js.size(), kind + " " + js);
        assertJudgement(js.get(0), "Estyn", 2012, "current performance", Grade.ADEQUATE, "adequate");
        assertJudgement(js.get(1), "Estyn", 2012, "prospects for improvement", Grade.ADEQUATE, "adequate");
        assertJudgement(js.get(2), "Care Inspectorate Wales", 2023, "supporting young carers", Grade.GOOD, "good");
        assertJudgement(js.get(3), "Care Inspectorate Wales", 2023, "transitions to adult services", Grade.ADEQUATE, "adequate");
    }
}
