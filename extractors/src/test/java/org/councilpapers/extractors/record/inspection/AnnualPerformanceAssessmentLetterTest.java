package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Ofsted's annual performance assessment letters (2005-2009), read through the whole pipeline: the letter states its own
 * overall effectiveness in a present-tense sentence that names no year or inspectorate, so both are the letter's; its
 * "Strengths" / "Key strengths" and "Areas for improvement" / "Areas for development" lists are findings. Each expectation
 * was read off the variant.
 */
class AnnualPerformanceAssessmentLetterTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String name) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + name));
    }

    private static List<String> texts(List<Finding> fs, FindingKind kind) {
        return fs.stream().filter(f -> f.kind() == kind).map(Finding::text).toList();
    }

    // "capacity to improve … is good" and "was good at using data" are not the overall grade and give no second record.
    @Test
    void a2008LetterWithKeyStrengthsAndAreasForImprovement() throws IOException {
        Extraction x = read("inspection-2008-annual-performance-assessment-letter.txt");
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(1, js.size(), js.toString());
        Judgement j = js.get(0);
        assertEquals("Ofsted", j.inspectorate(), j.toString());
        assertEquals(2008, j.year(), j.toString());
        assertEquals("Overall effectiveness", j.area(), j.toString());
        assertEquals(Grade.ADEQUATE, j.grade(), j.toString());
        assertEquals(JudgementBasis.TEXT, j.basis(), j.toString());
        assertEquals("Brackenford", j.authority(), j.toString());
        List<Finding> fs = x.records(Finding.class);
        assertEquals(List.of("Most young people achieve well at the end of Key Stage 4 and results are above those of similar areas.",
                "Arrangements for keeping children safe are well coordinated across agencies.",
                "The youth offending service has reduced first-time entrants to the justice system."), texts(fs, FindingKind.STRENGTH));
        assertEquals(List.of("Raise the attainment of looked after children at Key Stage 2.",
                "Reduce the number of young people not in education, employment or training in the northern districts.",
                "Improve the timeliness of initial assessments in children's social care."), texts(fs, FindingKind.IMPROVEMENT));
    }

    // Titled with the year after the council; "Ofsted" only in the letterhead; "good at sharing information" is praise, no grade.
    @Test
    void a2006LetterWithStrengthsAndAreasForDevelopment() throws IOException {
        Extraction x = read("inspection-2006-apa-letter-areas-for-development.txt");
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(1, js.size(), js.toString());
        Judgement j = js.get(0);
        assertEquals("Ofsted", j.inspectorate(), j.toString());
        assertEquals(2006, j.year(), j.toString());
        assertEquals("Overall effectiveness", j.area(), j.toString());
        assertEquals(Grade.GOOD, j.grade(), j.toString());
        assertEquals("Eastmere", j.authority(), j.toString());
        List<Finding> fs = x.records(Finding.class);
        assertEquals(List.of("Children in the early years make a strong start, and the take-up of funded places is high.",
                "Young carers are identified early and well supported by schools."), texts(fs, FindingKind.STRENGTH));
        assertEquals(List.of("The rate of permanent exclusions from secondary schools should be reduced.",
                "Health assessments for looked after children are not always completed on time."), texts(fs, FindingKind.IMPROVEMENT));
    }
}
