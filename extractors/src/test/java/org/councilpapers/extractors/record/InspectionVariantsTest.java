package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.extractors.record.inspection.FindingExtractor;
import org.councilpapers.extractors.record.inspection.JudgementExtractor;
import org.councilpapers.extractors.vocab.Framework;
import org.junit.jupiter.api.Test;

/**
 * Judgements and findings from the inspection papers written in other frameworks' and councils' styles
 * ({@code testdata/papers/variants/ofsted-*.txt}, {@code committee-report-*.txt}); each expected value was read off the paper.
 */
class InspectionVariantsTest {
    private static Extraction judgements(String paper, DocumentKind kind) {
        return Harness.run(new JudgementExtractor(), kind, Variants.read(paper));
    }

    private static List<Finding> findings(String paper, DocumentKind kind) {
        return Harness.run(new FindingExtractor(), kind, Variants.read(paper)).records(Finding.class);
    }

    @Test
    void recordOfMainFindings2010GroupsItsRowsAndSkipsTheGradeKey() {
        List<Judgement> js = judgements("ofsted-2010-slac-record-of-main-findings.txt", DocumentKind.INSPECTION_REPORT)
                .records(Judgement.class);
        assertEquals(6, js.size(), "six graded rows; the key of grade words and 'Grade 3 (adequate)' are not judgements");
        Judgement first = js.get(0);
        assertEquals("Loamshire", first.authority());
        assertEquals("SLAC_2009", first.framework());
        assertEquals("2010-11-01", first.inspectionStart().toString());
        assertEquals("2010-11-12", first.inspectionEnd().toString());
        assertEquals("Safeguarding services", first.group());
        assertEquals("Overall effectiveness", first.area());
        assertEquals(Grade.ADEQUATE, first.grade());
        assertEquals("Capacity for improvement", js.get(1).area());
        assertEquals(Grade.GOOD, js.get(1).grade());
        Judgement lacOverall = js.get(2);
        assertEquals("Services for looked after children", lacOverall.group());
        assertEquals("Overall effectiveness", lacOverall.area(), "the same area under another group is another judgement");
        assertEquals(Grade.INADEQUATE, js.get(5).grade());
        assertEquals("Staying safe", js.get(5).area());
    }

    @Test
    void recordOfMainFindings2010ActionsGroupedByTimescaleAreFindings() {
        List<Finding> fs = findings("ofsted-2010-slac-record-of-main-findings.txt", DocumentKind.INSPECTION_REPORT);
        assertEquals(4, fs.size(), "the lead-in sentence and the timescale lines are not findings");
        assertEquals("ensure that all referrals are screened by a qualified social worker within one working day", fs.get(0).text());
        assertEquals("improve the quality of core assessments so that they analyse risk and reflect the views of children and young people",
                fs.get(2).text());
        assertEquals("strengthen the role of elected members as corporate parents.", fs.get(3).text());
        assertEquals("Ofsted safeguarding and looked after children 2010", fs.get(0).source());
        assertEquals("2010-12-17", fs.get(0).date().toString(), "the printed publication date");
    }

    @Test
    void sifTableWithNumbersInTheirOwnCellsAndWrappedGrades() {
        Extraction x = judgements("ofsted-2015-sif-numbered-table-wrapped.txt", DocumentKind.INSPECTION_REPORT);
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(8, js.size(), "overall, five rows, the LSCB, and the 2012 inspection quoted in prose; section boxes add none");
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals(Grade.INADEQUATE, js.get(0).grade());
        assertEquals(JudgementBasis.TABLE, js.get(0).basis());
        assertNull(js.get(1).group(), "the explanation under the overall judgement is not a group");
        Judgement permanence = js.get(2);
        assertEquals("Children looked after and achieving permanence", permanence.area());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, permanence.grade());
        assertEquals("Requires improvement", permanence.gradeText(), "wrapped over two lines, one grade");
        assertEquals("Adoption performance", js.get(3).area());
        assertEquals("Children looked after and achieving permanence", js.get(3).group());
        assertEquals(Grade.GOOD, js.get(3).grade());
        assertEquals("Experiences and progress of care leavers", js.get(4).area());
        assertEquals("Children looked after and achieving permanence", js.get(4).group());
        assertNull(js.get(5).group(), "number 3 leaves the group");
        assertEquals("The effectiveness of the Local Safeguarding Children Board (LSCB)", js.get(6).area());
        assertEquals(Grade.INADEQUATE, js.get(6).grade());
        Judgement previous = js.get(7);
        assertEquals(JudgementBasis.TEXT, previous.basis());
        assertEquals(Integer.valueOf(2012), previous.year(), "the year of the sentence before: 'was in July 2012'");
        assertEquals(Grade.ADEQUATE, previous.grade(), "the children's homes 'judged to be good' are not the authority");
        assertEquals("SIF", js.get(1).framework());
        assertEquals("Wyvern", js.get(1).authority());
        assertEquals("2015-02-09", js.get(1).inspectionStart().toString());
    }

    @Test
    void sifPriorityActionsAndAreasForImprovementAreFindings() {
        List<Finding> fs = findings("ofsted-2015-sif-numbered-table-wrapped.txt", DocumentKind.INSPECTION_REPORT);
        assertEquals(List.of("Ensure that children at risk of sexual exploitation are identified and protected.",
                "Reduce the number of changes of social worker that children experience.",
                "Improve the timeliness of initial health assessments for children looked after."), fs.stream().map(Finding::text).toList());
        assertEquals("2015-04-24", fs.get(0).date().toString());
        assertEquals("Ofsted SIF 2015", fs.get(0).source());
    }

    @Test
    void ilacs2024TableJudgesCareLeaversInTheirOwnRow() {
        List<Judgement> js = judgements("ofsted-2024-ilacs-care-leavers-row.txt", DocumentKind.INSPECTION_REPORT).records(Judgement.class);
        assertEquals(6, js.size(), "five rows and the 2019 inspection; the heading '...: inadequate' adds none");
        assertEquals("The experiences and progress of care leavers", js.get(3).area());
        assertEquals(Grade.INADEQUATE, js.get(3).grade());
        assertEquals("The experiences and progress of children in care", js.get(2).area());
        assertEquals("Requires improvement to be good", js.get(2).gradeText());
        assertEquals("ILACS", js.get(3).framework());
        assertEquals("Fenland", js.get(3).authority(), "the place, as the classifier and the index name it, not \"Fenland Borough\"");
        assertEquals("2024-03-04", js.get(3).inspectionStart().toString());
        assertEquals(Integer.valueOf(2024), js.get(3).year());
        assertEquals(Integer.valueOf(2019), js.get(5).year());
        assertEquals(Grade.INADEQUATE, js.get(5).grade());
        assertEquals(JudgementBasis.TEXT, js.get(5).basis());
        assertEquals(2, findings("ofsted-2024-ilacs-care-leavers-row.txt", DocumentKind.INSPECTION_REPORT).size());
    }

    @Test
    void focusedVisitLetterHasNoGradesButItsAreasForImprovementAreFindings() {
        List<Judgement> js = judgements("ofsted-focused-visit-letter.txt", DocumentKind.INSPECTION_LETTER).records(Judgement.class);
        assertEquals(1, js.size(), "only the last inspection the letter quotes");
        assertEquals(Integer.valueOf(2019), js.get(0).year());
        assertEquals(Grade.GOOD, js.get(0).grade());
        assertEquals("Marshland", js.get(0).authority());
        List<Finding> fs = findings("ofsted-focused-visit-letter.txt", DocumentKind.INSPECTION_LETTER);
        assertEquals(2, fs.size());
        assertEquals("The timeliness of return home interviews for children who go missing.", fs.get(1).text());
        assertEquals("Ofsted focused visit 2022", fs.get(1).source());
        assertEquals("2022-06-15", fs.get(1).date().toString(), "the letter's date");
        assertEquals("Marshland", fs.get(1).authority());
    }

    @Test
    void monitoringVisitLetter() {
        List<Judgement> js = judgements("ofsted-monitoring-visit-letter.txt", DocumentKind.INSPECTION_LETTER).records(Judgement.class);
        assertEquals(1, js.size());
        assertEquals(Grade.INADEQUATE, js.get(0).grade());
        assertEquals(Integer.valueOf(2022), js.get(0).year(), "'judged inadequate in March 2022', not the visit's year");
        assertEquals("Upland", js.get(0).authority());
        List<Finding> fs = findings("ofsted-monitoring-visit-letter.txt", DocumentKind.INSPECTION_LETTER);
        assertEquals(2, fs.size());
        assertEquals("Ofsted monitoring visit 2023", fs.get(0).source());
        assertEquals("2023-10-03", fs.get(0).date().toString());
    }

    @Test
    void sendLocalAreaLetterAreasOfConcernAreFindingsAndSchoolGradesAreNotJudgements() {
        assertEquals(List.of(), judgements("ofsted-send-local-area-letter.txt", DocumentKind.INSPECTION_LETTER).records(Judgement.class));
        List<Finding> fs = findings("ofsted-send-local-area-letter.txt", DocumentKind.INSPECTION_LETTER);
        assertEquals(List.of("The local area's self-evaluation is too positive and is not used well to plan improvement.",
                "Too many education, health and care plans are late and of poor quality.", "the lack of a joint commissioning strategy",
                "the poor quality of communication with parents and carers"), fs.stream().map(Finding::text).toList());
        assertTrue(fs.stream().allMatch(f -> f.kind() == FindingKind.IMPROVEMENT));
        assertEquals("Ofsted SEND 2019", fs.get(0).source());
        assertEquals("Moorside", fs.get(0).authority());
        assertEquals("2019-07-12", fs.get(0).date().toString());
    }

    @Test
    void comparisonTableGivesEachAuthorityOnceAndCountTablesNothing() {
        Extraction x = judgements("committee-report-comparison-of-authorities.txt", DocumentKind.REPORT);
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(12, js.size(), "three authorities × four columns; Broadmere under two regions counted once; count tables none");
        assertEquals(List.of(), x.warnings(), "region headings are not unknown grade words");
        Judgement j = js.get(0);
        assertEquals("Fenshire", j.authority());
        assertEquals("Safeguarding", j.group());
        assertEquals("Effectiveness", j.area());
        assertEquals(Grade.ADEQUATE, j.grade());
        assertEquals(JudgementBasis.TABLE, j.basis());
        Judgement lac = js.get(3);
        assertEquals("Looked after children", lac.group());
        assertEquals("Capacity to improve", lac.area());
        assertEquals(List.of("Fenshire", "Broadmere", "Hillshire"), js.stream().map(Judgement::authority).distinct().toList());
        assertEquals(Grade.OUTSTANDING, js.get(11).grade());
        assertEquals(List.of(Framework.SLAC_2009.id()), js.stream().map(Judgement::framework).distinct().toList(),
                "the sentence leading into the table names the inspections: 'safeguarding and looked after children'");
        assertEquals(null, j.year(), "other councils' inspections: the report's own date is not theirs");
    }

    @Test
    void committeeReportQuotingGrades() {
        Extraction x = Harness.run(new JudgementExtractor(), DocumentKind.REPORT, "2021-09-09", Variants.read("committee-report-quoting-grades.txt"));
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(3, js.size(), "the aim, the praise, the schools and the unknown grade word give none");
        assertEquals(Integer.valueOf(2017), js.get(0).year());
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals("Requires Improvement", js.get(0).gradeText());
        assertEquals("SIF", js.get(0).framework());
        assertEquals("2017-01-10", js.get(0).inspectionStart().toString());
        assertEquals("2017-01-31", js.get(0).inspectionEnd().toString());
        assertEquals(Integer.valueOf(2019), js.get(1).year());
        assertEquals("All areas", js.get(1).area());
        assertEquals(Grade.GOOD, js.get(1).grade());
        assertEquals("ILACS", js.get(1).framework());
        assertEquals(Integer.valueOf(2014), js.get(2).year());
        assertEquals("All areas", js.get(2).area());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(2).grade());
        assertTrue(js.stream().allMatch(j -> j.basis() == JudgementBasis.TEXT && x.document().council().equals(j.authority())),
                "a committee report's sentences are about the paper's own council");
        assertEquals(1, x.warnings().size());
        assertEquals(WarningCode.UNKNOWN_GRADE_WORD, x.warnings().get(0).code());
        assertTrue(x.warnings().get(0).message().contains("'Satisfactory'"));
    }
}
