package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Judgements of every inspection generation, and judgements a council paper reproduces, from the variants written in
 * made-up councils' styles ({@code testdata/papers/variants/inspection-20*}, {@code judgement-*}), read through the whole
 * pipeline. Each expectation was read off the paper; {@link GeneratedJudgementsIT} sets the same papers as PDF and Word.
 */
class JudgementVariantsTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static List<Judgement> judgements(String name) throws IOException {
        Extraction x = PAPERS.extract(TestPapers.path("variants/" + name));
        RecordAssertions.assertWellFormed(x);
        return x.records(Judgement.class);
    }

    private static Judgement find(List<Judgement> js, String authority, String group, String area) {
        return js.stream().filter(j -> authority.equals(j.authority()) && Objects.equals(group, j.group()) && area.equals(j.area()))
                .findFirst().orElseThrow(() -> new AssertionError("no judgement " + authority + " / " + group + " / " + area + " in " + js));
    }

    @Test
    void slacRecordOfMainFindingsKeepsTheFrameworksTwoGroupsOverItsSectionQuestions() throws IOException {
        List<Judgement> js = judgements("inspection-2011-slac-record-of-main-findings-question-rows.txt");
        assertEquals(17, js.size(), "seventeen graded rows; the group rows and the section questions are no judgements");
        assertTrue(js.stream().allMatch(j -> "SLAC_2009".equals(j.framework()) && "Wendlebury".equals(j.authority())
                && Integer.valueOf(2011).equals(j.year()) && j.basis() == JudgementBasis.TABLE), js.toString());
        // The question printed over the outcome rows is a section of the service group, not a group of its own.
        assertEquals(8, js.stream().filter(j -> "Safeguarding services".equals(j.group())).count());
        assertEquals(9, js.stream().filter(j -> "Services for looked after children".equals(j.group())).count());
        assertTrue(js.stream().noneMatch(j -> j.group() != null && j.group().endsWith("?")));
        Judgement healthy = find(js, "Wendlebury", "Services for looked after children", "Being healthy");
        assertEquals(Grade.GOOD, healthy.grade());
        assertEquals("2011-03-07", healthy.inspectionStart().toString());
        assertEquals("2011-03-18", healthy.inspectionEnd().toString());
        // The same area under each group is two judgements.
        assertEquals(Grade.ADEQUATE, find(js, "Wendlebury", "Safeguarding services", "Quality of provision").grade());
        assertEquals(Grade.GOOD, find(js, "Wendlebury", "Services for looked after children", "Quality of provision").grade());
    }

    @Test
    void sifHeadlineOverTheTableIsOverallEffectivenessAndTheLscbIsItsOwnJudgement() throws IOException {
        List<Judgement> js = judgements("inspection-2016-sif-headline-and-lscb-in-prose.txt");
        List<Judgement> own = js.stream().filter(j -> Integer.valueOf(2016).equals(j.year())).toList();
        assertEquals(7, own.size(), "five table rows, the headline and the LSCB; the summary's repeats add nothing: " + own);
        assertTrue(own.stream().allMatch(j -> "SIF".equals(j.framework()) && "Fenmoor".equals(j.authority())
                && "2016-04-04".equals(String.valueOf(j.inspectionStart()))), own.toString());
        Judgement overall = find(own, "Fenmoor", null, "Overall effectiveness");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, overall.grade());
        assertEquals("require improvement to be good", overall.gradeText());
        Judgement lscb = own.stream().filter(j -> j.area().contains("Local Safeguarding Children Board")).findFirst().orElseThrow();
        assertEquals(Grade.GOOD, lscb.grade(), "the board's grade is not the authority's");
        assertEquals(2, own.stream().filter(j -> j.grade() == Grade.GOOD).count(), "adoption and the LSCB are the two goods");
        // The headline in bold over the table heads no group: only the sub-judgements numbered 2.x have one.
        assertNull(find(own, "Fenmoor", null, "Children who need help and protection").group());
        assertEquals(Grade.GOOD, find(own, "Fenmoor", "Children looked after and achieving permanence", "Adoption performance").grade());
        // The 2012 inspection the summary quotes is an earlier judgement, dated by its own year.
        Judgement earlier = js.stream().filter(j -> Integer.valueOf(2012).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.ADEQUATE, earlier.grade());
        assertEquals(JudgementBasis.TEXT, earlier.basis());
        assertNull(earlier.framework(), "the sentence names no framework");
    }

    @Test
    void ilacsReportAsLayoutTextReadsEveryWrappedRow() throws IOException {
        List<Judgement> js = judgements("ofsted-2024-ilacs-pdftotext-layout-wrapped-grades.txt");
        List<Judgement> own = js.stream().filter(j -> Integer.valueOf(2024).equals(j.year())).toList();
        assertEquals(5, own.size(), own.toString());
        assertTrue(own.stream().allMatch(j -> "ILACS".equals(j.framework()) && "Brackenford".equals(j.authority())
                && j.basis() == JudgementBasis.TABLE && "2024-02-12".equals(String.valueOf(j.inspectionStart()))
                && "2024-02-23".equals(String.valueOf(j.inspectionEnd()))), own.toString());
        Judgement leaders = find(own, "Brackenford", null, "The impact of leaders on social work practice with children and families");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, leaders.grade());
        assertEquals("Requires improvement to be good", leaders.gradeText(), "the grade's two lines are one phrase");
        assertEquals(Grade.GOOD, find(own, "Brackenford", null, "The experiences and progress of children who need help and protection").grade());
        assertEquals(Grade.INADEQUATE, find(own, "Brackenford", null, "The experiences and progress of care leavers").grade());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, find(own, "Brackenford", null, "Overall effectiveness").grade());
        Judgement earlier = js.stream().filter(j -> Integer.valueOf(2019).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.GOOD, earlier.grade());
        assertNull(earlier.inspectionStart(), "the 2019 inspection is not this one: it has none of its dates");
    }

    @Test
    void ilacsLayoutTextWithTheGradeOnAWrappedAreasLastLine() throws IOException {
        List<Judgement> js = judgements("ofsted-2019-ilacs-pdftotext-layout-grade-on-last-line.txt");
        List<Judgement> own = js.stream().filter(j -> Integer.valueOf(2019).equals(j.year())).toList();
        assertEquals(4, own.size(), own.toString());
        assertEquals(Grade.GOOD, find(own, "Harrowdene", null, "The impact of leaders on social work practice with children and families").grade());
        Judgement help = find(own, "Harrowdene", null, "The experiences and progress of children who need help and protection");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, help.grade());
        assertEquals("Requires improvement to be good", help.gradeText());
        assertEquals(Grade.GOOD, find(own, "Harrowdene", null, "The experiences and progress of children in care and care leavers").grade());
        assertEquals(Grade.GOOD, find(own, "Harrowdene", null, "Overall effectiveness").grade());
        Judgement earlier = js.stream().filter(j -> Integer.valueOf(2015).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.REQUIRES_IMPROVEMENT, earlier.grade());
        assertEquals(JudgementBasis.TEXT, earlier.basis());
    }

    @Test
    void sifReportAsLayoutTextGivesNumberedAreasHeadlineLscbAndThePreviousInspection() throws IOException {
        List<Judgement> js = judgements("ofsted-2015-sif-pdftotext-layout-numbered-grades.txt");
        List<Judgement> own = js.stream().filter(j -> Integer.valueOf(2015).equals(j.year())).toList();
        assertEquals(7, own.size(), "five numbered areas, the headline and the LSCB: " + own);
        assertTrue(own.stream().allMatch(j -> "SIF".equals(j.framework()) && "Calderholme".equals(j.authority())
                && "2015-11-09".equals(String.valueOf(j.inspectionStart())) && "2015-12-03".equals(String.valueOf(j.inspectionEnd()))),
                own.toString());
        Judgement help = find(own, "Calderholme", null, "Children who need help and protection");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, help.grade());
        assertEquals(JudgementBasis.TABLE, help.basis());
        assertEquals("Requires improvement", help.gradeText());
        assertEquals(Grade.GOOD, find(own, "Calderholme", "Children looked after and achieving permanence", "Adoption performance").grade());
        assertEquals(Grade.REQUIRES_IMPROVEMENT,
                find(own, "Calderholme", "Children looked after and achieving permanence", "Experiences and progress of care leavers").grade());
        Judgement overall = find(own, "Calderholme", null, "Overall effectiveness");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, overall.grade());
        assertEquals("require improvement to be good", overall.gradeText(), "the headline's phrase, not its whole sentence");
        assertEquals(JudgementBasis.TEXT, overall.basis());
        Judgement lscb = own.stream().filter(j -> j.area().toLowerCase(java.util.Locale.ROOT).contains("local safeguarding children board"))
                .findFirst().orElseThrow(() -> new AssertionError(own.toString()));
        assertEquals(Grade.INADEQUATE, lscb.grade());
        Judgement earlier = js.stream().filter(j -> Integer.valueOf(2012).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.ADEQUATE, earlier.grade());
        assertEquals("adequate", earlier.gradeText());
        assertEquals(JudgementBasis.TEXT, earlier.basis());
        assertNull(earlier.inspectionStart(), "the sentence gives the 2012 inspection no dates, and this inspection's are not its");
        assertNull(earlier.inspectionEnd());
    }

    @Test
    void sifLayoutTextBoxStatementIsTheReportsOverallJudgement() throws IOException {
        List<Judgement> js = judgements("ofsted-2017-sif-pdftotext-layout-overall-box-statement.txt");
        List<Judgement> own = js.stream().filter(j -> Integer.valueOf(2017).equals(j.year())).toList();
        assertEquals(7, own.size(), "five numbered areas, the overall box and the LSCB: " + own);
        assertTrue(own.stream().allMatch(j -> "SIF".equals(j.framework()) && "Eastmere".equals(j.authority())
                && "2017-03-02".equals(String.valueOf(j.inspectionStart()))), own.toString());
        Judgement overall = find(own, "Eastmere", null, "Overall effectiveness");
        assertEquals(Grade.INADEQUATE, overall.grade());
        assertEquals("inadequate", overall.gradeText());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, find(own, "Eastmere", null, "The effectiveness of the LSCB").grade());
        assertEquals(Grade.INADEQUATE,
                find(own, "Eastmere", "Children looked after and achieving permanence", "Experiences and progress of care leavers").grade());
        Judgement earlier = js.stream().filter(j -> Integer.valueOf(2011).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.ADEQUATE, earlier.grade());
        assertNull(earlier.inspectionStart(), "June 2011 is a month, not this inspection's dates");
        assertEquals(8, js.size(), js.toString());
    }

    @Test
    void childProtectionInspection2012IsAFrameworkOfItsOwnOnTheAdequateScale() throws IOException {
        List<Judgement> js = judgements("inspection-2013-child-protection-arrangements.txt");
        assertEquals(4, js.size(), "the scale sentence names grade words but grades nothing: " + js);
        assertTrue(js.stream().allMatch(j -> "CP_2012".equals(j.framework()) && "Ashcombe".equals(j.authority())
                && Integer.valueOf(2013).equals(j.year()) && "Ofsted".equals(j.inspectorate())), js.toString());
        assertEquals(Grade.ADEQUATE, find(js, "Ashcombe", null, "The overall effectiveness of the arrangements to protect children").grade());
        assertEquals(Grade.GOOD, find(js, "Ashcombe", null, "The quality of practice").grade());
    }

    @Test
    void neighboursTableWithAYearColumnDatesEachAuthoritysGrades() throws IOException {
        List<Judgement> js = judgements("judgement-committee-report-neighbours-year-column.txt");
        List<Judgement> table = js.stream().filter(j -> j.basis() == JudgementBasis.TABLE).toList();
        assertEquals(12, table.size(), "three authorities by four areas: " + table);
        Judgement dunmere = find(table, "Dunmere", null, "Children in care");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, dunmere.grade());
        assertEquals(Integer.valueOf(2018), dunmere.year(), "the row's Year cell dates it, not the paper's own inspection");
        assertEquals(Integer.valueOf(2019), find(table, "Holtby", null, "Impact of leaders").year(), "'Nov 2019'");
        // The header over the areas names the framework: it is the grades' framework, not a group of areas.
        assertTrue(table.stream().allMatch(j -> "ILACS".equals(j.framework()) && j.group() == null), table.toString());
        // "Ofsted judged the service Good in 2019" repeats the table's Marlstone row; the 2016 sentence is another inspection.
        List<Judgement> text = js.stream().filter(j -> j.basis() == JudgementBasis.TEXT).toList();
        assertEquals(1, text.size(), text.toString());
        assertEquals(Integer.valueOf(2016), text.get(0).year());
        assertEquals("Marlstone", text.get(0).authority());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, text.get(0).grade());
    }

    @Test
    void authoritiesAsColumnsDatedInTheirHeadersGiveThePlaceAndTheYear() throws IOException {
        List<Judgement> js = judgements("judgement-committee-report-authorities-as-dated-columns.txt");
        assertEquals(9, js.size(), js.toString());
        Judgement felham = find(js, "Felham", null, "Children in care");
        assertEquals(Grade.OUTSTANDING, felham.grade());
        assertEquals(Integer.valueOf(2021), felham.year());
        assertEquals(Integer.valueOf(2018), find(js, "Orton", null, "Overall effectiveness").year());
        // The framework comes from the sentence leading into the table and is marked as inherited, never the authority.
        assertEquals("ILACS", felham.framework());
        assertTrue(felham.inherited().contains("framework"), felham.inherited().toString());
        assertTrue(!felham.inherited().contains("authority"), "each column names its own authority");
    }

    @Test
    void aPlansIntroductionRepeatingTheJudgementGivesItTheInspectionsFrameworkAndDatesFromTheSameSentence() throws IOException {
        List<Judgement> js = judgements("judgement-plan-introduction-following-ilacs-inspection.txt");
        assertEquals(1, js.size(), js::toString);
        Judgement j = js.get(0);
        assertEquals(Grade.REQUIRES_IMPROVEMENT, j.grade());
        assertEquals("Overall effectiveness", j.area());
        assertEquals("ILACS", j.framework());
        assertEquals("2025-03-03", String.valueOf(j.inspectionStart()), "'3–14 March 2025': the start takes the end's month and year");
        assertEquals("2025-03-14", String.valueOf(j.inspectionEnd()));
        assertEquals(Integer.valueOf(2025), j.year());
        assertEquals(JudgementBasis.TEXT, j.basis());
    }

    @Test
    void slacLayoutTextGroupsEveryRowAndJoinsWrappedAreasWhereverTheGradeFalls() throws IOException {
        List<Judgement> js = judgements("ofsted-2011-slac-pdftotext-layout-grouped-wrapped.txt");
        // Twenty-three graded rows; the key of the four grade words, the service statistics and the group rows give nothing.
        assertEquals(23, js.size(), js.toString());
        assertEquals(10, js.stream().filter(j -> "Safeguarding services".equals(j.group())).count(), js.toString());
        assertEquals(13, js.stream().filter(j -> "Services for looked after children".equals(j.group())).count(), js.toString());
        String s = "Safeguarding services";
        String lac = "Services for looked after children";
        assertEquals(Grade.ADEQUATE, find(js, "Marlcombe", s, "Overall effectiveness").grade());
        assertEquals(Grade.GOOD, find(js, "Marlcombe", s, "Capacity for improvement").grade());
        // The grade on the first line of a wrapped area, and on its last.
        assertEquals(Grade.GOOD, find(js, "Marlcombe", s,
                "The contribution of health agencies to keeping children and young people safe").grade());
        assertEquals(Grade.INADEQUATE, find(js, "Marlcombe", s, "Performance management and quality assurance").grade());
        assertEquals(Grade.ADEQUATE, find(js, "Marlcombe", s, "Ambition and prioritisation").grade());
        // After the page break and its running header: the grade on the middle of three lines.
        assertEquals(Grade.GOOD, find(js, "Marlcombe", lac, "Overall effectiveness").grade());
        assertEquals(Grade.ADEQUATE, find(js, "Marlcombe", lac, "Enjoying and achieving: the contribution of services to raising the "
                + "attainment and progress of looked after children").grade());
        assertEquals(Grade.GOOD, find(js, "Marlcombe", lac, "Making a positive contribution, including user engagement").grade());
        assertEquals(Grade.INADEQUATE, find(js, "Marlcombe", lac, "Economic well-being").grade());
        assertEquals(Grade.GOOD, find(js, "Marlcombe", lac, "Partnership working").grade());
        assertEquals(Grade.OUTSTANDING, find(js, "Marlcombe", lac, "Equality and diversity").grade());
        assertTrue(js.stream().noneMatch(j -> j.area().endsWith("?") || j.area().startsWith("Outstanding (")), js.toString());
    }

    @Test
    void lacLayoutTextWithCapitalGroupRowsCarriesTheGroupOverThePageBreak() throws IOException {
        List<Judgement> js = judgements("ofsted-2012-lac-pdftotext-layout-capital-groups.txt");
        // Eight graded rows; the key under "Judgement | Description" and the placement counts give nothing.
        assertEquals(8, js.size(), js.toString());
        String g = "SERVICES FOR LOOKED AFTER CHILDREN";
        // The section rows in capitals head parts of the one service group, not groups of their own.
        assertTrue(js.stream().allMatch(j -> g.equals(j.group()) && "Quenbury".equals(j.authority())), js.toString());
        assertEquals(Grade.ADEQUATE, find(js, "Quenbury", g, "Overall effectiveness").grade());
        assertEquals(Grade.GOOD, find(js, "Quenbury", g, "Capacity to improve").grade());
        assertEquals(Grade.ADEQUATE, find(js, "Quenbury", g,
                "Looked after children and young people are safe, healthy and make progress in their learning").grade());
        assertEquals(Grade.GOOD, find(js, "Quenbury", g,
                "The voice of looked after children and care leavers is heard and influences the services they receive").grade());
        // The row the next page carries on keeps its group.
        assertEquals(Grade.INADEQUATE, find(js, "Quenbury", g,
                "Care leavers are supported into education, employment and their own homes").grade());
        assertEquals(Grade.ADEQUATE, find(js, "Quenbury", g, "Quality of provision").grade());
        assertEquals(Grade.INADEQUATE, find(js, "Quenbury", g, "Performance management and quality assurance").grade());
    }
}
