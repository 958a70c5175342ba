package org.councilpapers.extractors.record.inspection;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

class JudgementExtractorTest {
    private final JudgementExtractor extractor = new JudgementExtractor();

    private List<Judgement> judgements(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(extractor, kind, doc).records(Judgement.class);
    }

    private static LayoutDocument ilacsOpening(org.councilpapers.testdata.LayoutFixtures.Part judgementTable) {
        return document(heading(3, "Barset Council"), heading(3, "Inspection of children's social care services"),
                para("Inspection dates: 11 November 2019 to 22 November 2019"), para("Lead inspector: A Person"),
                judgementTable);
    }

    @Test
    void anAreaNamedByItsBracketedLettersInProseIsTheTableRowsJudgement() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(heading(2, "Report to the Children's Scrutiny Committee"),
                para("Ofsted's single inspection of Barset took place in March 2016."),
                table(row("Area", "Judgement"), row("Children who need help and protection", "Requires improvement"),
                        row("Special educational needs and/or disabilities (SEND)", "Good")),
                para("The SEND was judged to be good. Children who need help and protection were judged to require improvement.")));
        assertEquals(2, js.size(), "each sentence repeats a row: " + js);
        assertTrue(js.stream().allMatch(j -> j.basis() == JudgementBasis.TABLE), js.toString());
        assertEquals("Special educational needs and/or disabilities (SEND)", js.get(1).area(), "the area as printed, letters kept");
    }

    @Test
    void gradeReadFromTableRowWithInspectionFacts() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, ilacsOpening(table(
                row("Judgement", "Grade"),
                row("The impact of leaders on social work practice with children and families", "Good"),
                row("The experiences and progress of children who need help and protection", "Requires improvement to be good"),
                row("Overall effectiveness", "'Good'"))));
        assertEquals(3, js.size());
        Judgement overall = js.get(2);
        assertEquals("Overall effectiveness", overall.area());
        assertEquals(Grade.GOOD, overall.grade());
        assertEquals("Good", overall.gradeText());
        assertEquals("Barset", overall.authority());
        assertEquals("Ofsted", overall.inspectorate());
        assertEquals("ILACS", overall.framework());
        assertEquals("2019-11-11", overall.inspectionStart().toString());
        assertEquals("2019-11-22", overall.inspectionEnd().toString());
        assertEquals(Integer.valueOf(2019), overall.year());
        assertEquals(JudgementBasis.TABLE, overall.basis());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(1).grade());
    }

    @Test
    void gradeWrappedOverTwoLinesIsOneGrade() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, ilacsOpening(table(
                row("Judgement", "Grade"), row("Overall effectiveness", "Requires improvement\nto be good"))));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(0).grade());
        assertEquals("Requires improvement to be good", js.get(0).gradeText());
    }

    @Test
    void unknownGradeWordBecomesWarningNotRecord() {
        Extraction x = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, ilacsOpening(table(
                row("Judgement", "Grade"), row("Overall effectiveness", "Good"), row("Care leavers", "Satisfactory"))));
        assertEquals(1, x.records(Judgement.class).size());
        assertEquals(WarningCode.UNKNOWN_GRADE_WORD, x.warnings().get(0).code());
        assertTrue(x.warnings().get(0).message().contains("Satisfactory"));
    }

    @Test
    void sifSubJudgementsSitUnderTheirNumberedParent() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Wessex County Council"),
                para("Inspection of services for children in need of help and protection, children looked after and care leavers"),
                para("Inspection dates: 2 June 2014 - 24 June 2014"),
                table(row("Overall judgement", "Requires improvement"),
                        row("1. Children who need help and protection", "Requires improvement"),
                        row("2. Children looked after and achieving permanence", "Good"),
                        row("2.1 Adoption performance", "Outstanding"),
                        row("2.2 Experiences and progress of care leavers", "Good"),
                        row("3. Leadership, management and governance", "Inadequate"))));
        assertEquals(6, js.size());
        Judgement adoption = js.get(3);
        assertEquals("Adoption performance", adoption.area());
        assertEquals("Children looked after and achieving permanence", adoption.group());
        assertEquals(Grade.OUTSTANDING, adoption.grade());
        assertNull(js.get(5).group(), "a new top-level number leaves the group");
        assertEquals("SIF", adoption.framework());
        assertEquals("Wessex", adoption.authority());
        assertEquals("2014-06-02", adoption.inspectionStart().toString());
    }

    @Test
    void recordOfMainFindingsGroupsRowsUnderGroupHeadings() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Inspection of safeguarding and looked after children services"), para("Midshire Council"),
                para("Inspection dates: 5 – 16 March 2012"),
                table(row("Safeguarding services", ""), row("Overall effectiveness", "Adequate"), row("Capacity for improvement", "Good"),
                        row("Services for looked after children", ""), row("Overall effectiveness", "Inadequate"))));
        assertEquals(3, js.size());
        assertEquals("Safeguarding services", js.get(1).group());
        assertEquals("Capacity for improvement", js.get(1).area());
        assertEquals(Grade.ADEQUATE, js.get(0).grade());
        assertEquals("Services for looked after children", js.get(2).group());
        assertEquals("SLAC_2009", js.get(2).framework());
        assertEquals("2012-03-05", js.get(2).inspectionStart().toString());
        assertEquals("2012-03-16", js.get(2).inspectionEnd().toString());
    }

    @Test
    void comparisonTableGivesOneJudgementPerAuthorityAndColumnCountingRepeatsOnce() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(para("Statistical neighbours"),
                table(row("Authority", "Safeguarding", "Safeguarding"),
                        row("", "Effectiveness", "Capacity to improve"),
                        row("East of England", "", ""),
                        row("Thurrock", "Adequate", "Good"),
                        row("Southend", "Good", "Good"),
                        row("Statistical neighbours", "", ""),
                        row("Thurrock", "Adequate", "Good"))));
        assertEquals(4, js.size());
        assertEquals("Thurrock", js.get(0).authority());
        assertEquals("Effectiveness", js.get(0).area());
        assertEquals("Safeguarding", js.get(0).group());
        assertEquals("Capacity to improve", js.get(1).area());
        assertEquals("Southend", js.get(3).authority());
        assertEquals(null, js.get(0).framework(), "a lead-in that names no inspection gives no framework");
    }

    @Test
    void countTablesAreNotJudgements() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(
                table(row("Grade", "Number of authorities", "Percentage"), row("Good", "40", "26%"), row("Inadequate", "12", "8%"))));
        assertEquals(0, js.size());
    }

    @Test
    void judgementsStatedInSentencesKeepTheirYear() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(
                para("This report follows the Ofsted ILACS Inspection last November, which resulted in a 'Good' judgement in all areas."),
                item("2.1", "The previous Ofsted inspection was in February 2016, when Children's Social Care was judged to be 'Requires Improvement'."),
                para("Children's services in Norfolk are inadequate."),
                para("In 2014 children's services in North Yorkshire were judged to be outstanding.")));
        assertEquals(4, js.size());
        assertEquals("North Yorkshire", js.get(3).authority());
        assertEquals(Integer.valueOf(2014), js.get(3).year());
        Judgement good = js.get(0);
        assertEquals(Grade.GOOD, good.grade());
        assertEquals("All areas", good.area());
        assertNull(good.year(), "no paper date, so 'last November' cannot be placed");
        assertEquals("ILACS", good.framework());
        assertEquals(JudgementBasis.TEXT, good.basis());
        assertEquals(Integer.valueOf(2016), js.get(1).year());
        assertEquals("Requires Improvement", js.get(1).gradeText());
        assertEquals("Thurrock", js.get(1).authority(), "the paper's council");
        assertEquals("Norfolk", js.get(2).authority());
        assertEquals(Grade.INADEQUATE, js.get(2).grade());
    }

    @Test
    void lastMonthCountsBackFromThePapersDate() {
        Extraction x = Harness.run(extractor, DocumentKind.REPORT, "2020-07-07", document(
                para("Following the Ofsted ILACS Inspection last November, which resulted in a 'Good' judgement in all areas.")));
        assertEquals(Integer.valueOf(2019), x.records(Judgement.class).get(0).year());
    }

    @Test
    void schoolsAimsAndPraiseAreNotJudgements() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(
                para("The Chair asked what happened when a MAT school was rated 'Inadequate' by Ofsted."),
                para("Our ambition is to maintain our Ofsted rating of good."),
                para("Ofsted had said that Thurrock Council was a good authority."),
                para("This would not be a judgement of the usual ratings of 'Requires Improvement' and 'Good'.")));
        assertEquals(List.of(), js);
    }

    @Test
    void overallJudgementStatedInProse() {
        List<Judgement> js = judgements(DocumentKind.ACTION_PLAN, document(para(
                "The Ofsted inspection of services for children in need of help and protection in February 2016 gave an overall "
                        + "judgement that children's services require improvement to be good.")));
        assertEquals(1, js.size());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(0).grade());
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals(Integer.valueOf(2016), js.get(0).year());
    }

    @Test
    void gradeInSectionHeadingAndRepeatedProseAddNothing() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, ilacsOpening(plainTable(
                row("Judgement", "Grade"), row("The experiences and progress of children in care and care leavers", "Good"))));
        LayoutDocument withHeading = document(heading(3, "Barset Council"), heading(3, "Inspection of children's social care services"),
                para("Inspection dates: 11 November 2019 to 22 November 2019"),
                table(row("Judgement", "Grade"), row("The experiences and progress of children in care and care leavers", "Good")),
                heading(2, "The experiences and progress of children in care and care leavers: Good"),
                para("Services in Barset were judged to be good in 2019."));
        assertEquals(1, js.size());
        assertEquals(1, judgements(DocumentKind.INSPECTION_REPORT, withHeading).size());
    }

    @Test
    void yearNearestTheStatementWinsAndLaterMentionsFillInDates() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(
                item("3.3", "This structure was introduced from 2017 following the Requires Improvement Ofsted Judgement in 2016."),
                para("The SIF inspection was held between 22nd February and 17th March 2016 and the service was judged to be "
                        + "'Requires Improvement'.")));
        assertEquals(1, js.size(), "both sentences state the same 2016 judgement");
        Judgement j = js.get(0);
        assertEquals(Integer.valueOf(2016), j.year());
        assertEquals("SIF", j.framework(), "merged in from the later mention");
        assertEquals("2016-02-22", j.inspectionStart().toString());
        assertEquals("2016-03-17", j.inspectionEnd().toString());
        assertEquals("Requires Improvement", j.gradeText(), "wording of the first mention");
    }

    @Test
    void theTitleNamesTheFrameworkBeforeTheBodyMentionsOthers() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(heading(1, "Barset City Council"),
                heading(1, "Inspection of children's social care services"), para("Inspection dates: 3 December 2018 to 14 December 2018"),
                table(row("Judgement", "Grade"), row("Overall effectiveness", "Requires improvement to be good")),
                para("Since the last inspection, leaders have used the findings of six monitoring visits well to improve practice "
                        + "across the service, and the pace of change has quickened.")));
        assertEquals("ILACS", js.get(0).framework());
    }

    @Test
    void sifOverallJudgementStatedOverTheTableIsAJudgementNotAGroup() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(heading(1, "Wessex"),
                heading(1, "Re-inspection of services for children in need of help and protection, children looked after and care leavers"),
                para("Inspection dates: 12 September 2016 to 6 October 2016"),
                table(row("Children's services in Wessex are inadequate", ""),
                        row("Children who need help and protection", "Inadequate"),
                        row("Adoption performance", "Requires improvement"))));
        assertEquals(3, js.size());
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals(Grade.INADEQUATE, js.get(0).grade());
        assertEquals(JudgementBasis.TABLE, js.get(0).basis());
        assertNull(js.get(1).group(), "the statement is not a group heading");
        assertEquals("Wessex", js.get(1).authority(), "a place alone on the title's first line");
        assertEquals("SIF", js.get(1).framework());
    }

    private static org.councilpapers.core.layout.Cell cell(int row, int col, int colSpan, String text) {
        return org.councilpapers.core.layout.Cell.of(row, col, 1, colSpan, false,
                List.of(org.councilpapers.core.layout.Block.paragraph(text)), null);
    }

    private static org.councilpapers.core.layout.Cell headerCell(int col, String text) {
        return org.councilpapers.core.layout.Cell.of(0, col, 1, 1, true, List.of(org.councilpapers.core.layout.Block.paragraph(text)), null);
    }

    @Test
    void sifBoxedStatementsAndIndentedSubJudgementsInAPdfStyleTable() {
        // As the PDF reader lays out a SIF summary box: statements across the table, sub-judgements indented one column.
        org.councilpapers.core.layout.Table box = new org.councilpapers.core.layout.Table(List.of(
                cell(0, 0, 3, "The overall judgement is requires improvement\nThere are no widespread or serious failures that create or "
                        + "leave children being harmed. It is Ofsted's expectation that all children receive good help."),
                cell(1, 0, 2, "Children who need help and protection"), cell(1, 2, 1, "Requires improvement"),
                cell(2, 0, 2, "Children looked after and achieving permanence"), cell(2, 2, 1, "Requires improvement"),
                cell(3, 1, 1, "Adoption performance"), cell(3, 2, 1, "Good"),
                cell(4, 0, 2, "Leadership, management and governance"), cell(4, 2, 1, "Inadequate"),
                cell(5, 0, 3, "The Local Safeguarding Children Board (LSCB) requires improvement\nThe arrangements in place are not "
                        + "yet effective.")), 6, 3, null);
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(heading(1, "Wessex Council"),
                heading(1, "Inspection of services for children in need of help and protection, children looked after and care leavers"),
                para("Inspection date: 2 June 2014 – 25 June 2014"), org.councilpapers.testdata.LayoutFixtures.table(box)));
        assertEquals(6, js.size());
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals("requires improvement", js.get(0).gradeText());
        assertNull(js.get(1).group(), "the explanation is not a group heading");
        assertEquals("Adoption performance", js.get(3).area());
        assertEquals("Children looked after and achieving permanence", js.get(3).group());
        assertNull(js.get(4).group());
        // The board's name, as its statement names it, without the article or the letters in brackets (the convention of the
        // held-out SIF report's LSCB sentence, heldout7/sowerton).
        assertEquals("Local Safeguarding Children Board", js.get(5).area());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(5).grade());
    }

    @Test
    void aGradeRepeatedInASectionBoxIsNotASecondRecord() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, ilacsOpening(table(
                row("Judgement", "Grade"), row("Children who need help and protection", "Inadequate"))));
        LayoutDocument withBox = document(heading(3, "Barset Council"), heading(3, "Inspection of children's social care services"),
                para("Inspection dates: 11 November 2019 to 22 November 2019"),
                table(row("Judgement", "Grade"), row("Children who need help and protection", "Inadequate")),
                table(row("Key judgement", "Judgement grade"),
                        row("The experiences and progress of children who need help and protection", "Inadequate")),
                table(row("Key judgement", "Judgement grade"),
                        row("The experiences and progress of children who need help and protection", "Good")));
        assertEquals(1, js.size());
        List<Judgement> boxed = judgements(DocumentKind.INSPECTION_REPORT, withBox);
        assertEquals(2, boxed.size(), "the same grade again is a repeat; a different grade is not silently dropped");
        assertEquals(Grade.GOOD, boxed.get(1).grade());
        List<Judgement> quoted = judgements(DocumentKind.REPORT, document(para("The 2016 and 2019 inspections"),
                table(row("Judgement", "Grade"), row("Overall effectiveness", "Requires improvement")),
                table(row("Judgement", "Grade"), row("Overall effectiveness", "Requires improvement"))));
        assertEquals(2, quoted.size(), "in a committee paper two tables may be two inspections: both kept");
    }

    @Test
    void aServiceHeadingAboveAPlainTableIsItsGroupButTheInspectorsNameIsNot() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(heading(1, "Inspection of looked after children services"),
                para("Midshire County Council"), para("Inspection dates: 8 – 12 July 2013"), heading(2, "Record of main findings"),
                heading(2, "Services for looked after children"),
                plainTable(row("Overall effectiveness", "Inadequate"), row("Capacity to improve", "Adequate"))));
        assertEquals("Services for looked after children", js.get(0).group());
        assertEquals(Grade.ADEQUATE, js.get(1).grade());
        List<Judgement> ilacs = judgements(DocumentKind.INSPECTION_REPORT, document(heading(1, "Barset"),
                heading(1, "Inspection of children's social care services"), para("Inspection dates: 23 April 2018 to 04 May 2018"),
                heading(2, "Her Majesty's Inspector"), table(row("Judgement", "Grade"), row("Overall effectiveness", "Good"))));
        assertNull(ilacs.get(0).group());
    }

    @Test
    void sentenceFormsGiveTextJudgementsWithTheYearOfTheInspection() {
        Extraction x = Harness.run(extractor, DocumentKind.REPORT, "2020-07-07", document(
                para("In February 2016 Children's Social Care was judged to be 'Requires Improvement'."),
                para("Following the Ofsted ILACS Inspection last November, the service was rated Good across the four domains of the "
                        + "inspection."),
                para("At the single inspection in 2013 the service was graded 'Requires Improvement' across all judgement categories."),
                para("The 2011 inspection gave a 'Good' judgement in all areas."),
                para("Children's services in Norfolk are inadequate, Ofsted reported in 2013.")));
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(5, js.size());
        assertEquals(List.of(2016, 2019, 2013, 2011, 2013), js.stream().map(Judgement::year).toList());
        assertEquals(List.of("Overall effectiveness", "All areas", "All areas", "All areas", "Overall effectiveness"),
                js.stream().map(Judgement::area).toList());
        assertEquals(List.of(Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.INADEQUATE),
                js.stream().map(Judgement::grade).toList());
        assertTrue(js.stream().allMatch(j -> j.basis() == JudgementBasis.TEXT));
        assertEquals("Norfolk", js.get(4).authority());
        assertEquals("SIF", js.get(2).framework());
    }

    @Test
    void partsGradedAndTheHomesOrSchoolsASentenceGoesOnAboutAreNotJudgements() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(heading(1, "Midshire County Council"),
                heading(1, "Inspection of looked after children services"), para("Inspection dates: 8 – 12 July 2013"),
                item("9.", "Performance on outcomes judged good at the last inspection in 2011 has not been sustained."),
                item("10.", "The local authority operates three children's homes. One was judged to be outstanding in 2012 and two were "
                        + "judged to be good."),
                item("11.", "Seven secondary schools were rated good in 2012."),
                item("12.", "Our aim is to be rated outstanding by 2025."),
                item("13.", "Inspectors in 2012 found Midshire a good authority with good leaders.")));
        assertEquals(List.of(), js);
    }

    @Test
    void anUnknownGradeWordInASentenceIsAWarningNotAGuess() {
        Extraction x = Harness.run(extractor, DocumentKind.REPORT, document(
                para("In 2009 the service was judged to be 'Satisfactory' by inspectors.")));
        assertEquals(List.of(), x.records(Judgement.class));
        assertEquals(WarningCode.UNKNOWN_GRADE_WORD, x.warnings().get(0).code());
        assertTrue(x.warnings().get(0).message().contains("'Satisfactory'"));
    }

    @Test
    void aRegionHeadingAcrossAComparisonTableIsNotAnUnknownGrade() {
        org.councilpapers.core.layout.Table t = new org.councilpapers.core.layout.Table(List.of(
                headerCell(0, "Council"), headerCell(1, "Safeguarding"), headerCell(2, "Looked after children"),
                cell(1, 0, 3, "North West"),
                cell(2, 0, 1, "Bolton"), cell(2, 1, 1, "Good"), cell(2, 2, 1, "Adequate"),
                cell(3, 0, 1, "Wigan"), cell(3, 1, 1, "Outstanding"), cell(3, 2, 1, "Good")), 4, 3, null);
        Extraction x = Harness.run(extractor, DocumentKind.REPORT, document(org.councilpapers.testdata.LayoutFixtures.table(t)));
        assertEquals(4, x.records(Judgement.class).size());
        assertEquals(List.of(), x.warnings());
    }

    @Test
    void withoutACouncilThePlaceTheGradedServicesAreForNamesTheAuthority() {
        Extraction x = Harness.runWithoutCouncil(extractor, DocumentKind.ACTION_PLAN, document(para(
                "The Ofsted inspection in March 2015 gave an overall judgement that children's services are inadequate. Although services "
                        + "to families in Wyvern Vale are inadequate, leaders know what to do.")));
        assertEquals("Wyvern Vale", x.records(Judgement.class).get(0).authority());
        Extraction none = Harness.runWithoutCouncil(extractor, DocumentKind.ACTION_PLAN, document(para(
                "The inspection in March 2015 gave an overall judgement that services are inadequate. In March they were reviewed.")));
        assertNull(none.records(Judgement.class).get(0).authority(), "no place named: null, not a guess");
    }

    @Test
    void gradeTableInACommitteeReportAppendixInheritsTheAuthorityAndYearTheReportStates() {
        Extraction x = Harness.runWithoutCouncil(extractor, DocumentKind.REPORT, document(
                heading(1, "Wessex County Council"), heading(2, "Children's Services Scrutiny Panel, 12 June 2019"),
                para("1.1 Ofsted inspected the council's children's services from 4 to 15 March 2019 under the ILACS framework."),
                heading(2, "Appendix A: the inspection's judgements"),
                table(row("Judgement", "Grade"), row("Overall effectiveness", "Good"),
                        row("The experiences and progress of children in care and care leavers", "Requires improvement to be good"))));
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(2, js.size());
        Judgement j = js.get(0);
        assertEquals("Wessex", j.authority());
        assertEquals(Integer.valueOf(2019), j.year());
        assertEquals("2019-03-04", j.inspectionStart().toString());
        assertEquals("ILACS", j.framework());
        assertEquals("Ofsted", j.inspectorate());
        assertTrue(j.inherited().containsAll(List.of("authority", "year", "framework", "inspectorate")), j.inherited().toString());
    }

    @Test
    void aPaperSilentOnTheInspectionGivesNoYearToItsGradeTable() {
        Extraction x = Harness.runWithoutCouncil(extractor, DocumentKind.REPORT, document(
                heading(1, "Wessex County Council"), para("The table shows where our services stand."),
                table(row("Judgement", "Grade"), row("Overall effectiveness", "Good"))));
        Judgement j = x.records(Judgement.class).get(0);
        assertNull(j.year(), "no year is guessed where the paper gives none");
        assertNull(j.framework());
        assertEquals(List.of("authority"), j.inherited());
    }

    @Test
    void anInspectionReportsOwnTableInheritsNothing() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, ilacsOpening(table(row("Judgement", "Grade"),
                row("Overall effectiveness", "Good"))));
        assertTrue(js.get(0).inherited().isEmpty());
    }

    @Test
    void transposedMatrixWithAuthoritiesAsColumnsGivesOneJudgementPerGradedCell() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(para("How our neighbours were judged."),
                table(row("Judgement", "Wessex", "Barset"), row("Overall effectiveness", "Good", "Inadequate"),
                        row("Help and protection", "Good", "Requires improvement"))));
        assertEquals(4, js.size());
        assertEquals("Wessex", js.get(0).authority());
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals("Barset", js.get(1).authority());
        assertEquals(Grade.INADEQUATE, js.get(1).grade());
        assertEquals("Help and protection", js.get(3).area());
    }

    @Test
    void yearsAsColumnsAreOneAuthoritysInspectionsOverTime() {
        Extraction x = Harness.run(extractor, DocumentKind.REPORT, document(para("Our judgements at the last two inspections."),
                table(row("Judgement", "2015", "2019"), row("Overall effectiveness", "Requires improvement", "Good"),
                        row("Leadership", "Inadequate", "Good"))));
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(4, js.size());
        assertEquals(Integer.valueOf(2015), js.get(0).year());
        assertEquals(Integer.valueOf(2019), js.get(1).year());
        assertEquals("Thurrock", js.get(1).authority());
        assertEquals("Leadership", js.get(2).area());
    }

    @Test
    void threeLevelHeaderGivesYearFrameworkGroupAndAreaFromTheColumnPath() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(para("Regional comparison"),
                table(row("Council", "Single inspection 2016", "Single inspection 2016", "Single inspection 2016"),
                        row("", "Children in care", "Children in care", "Leadership"),
                        row("", "Overall", "Adoption", "Overall"),
                        row("Wessex", "Good", "Outstanding", "Good"),
                        row("Barset", "Inadequate", "Requires improvement", "Inadequate"))));
        assertEquals(6, js.size());
        Judgement adoption = js.get(1);
        assertEquals("Wessex", adoption.authority());
        assertEquals("Adoption", adoption.area());
        assertEquals("Children in care", adoption.group());
        assertEquals(Integer.valueOf(2016), adoption.year());
        assertEquals("SIF", adoption.framework());
        assertEquals("Leadership", js.get(5).group());
    }

    @Test
    void theLscbStatedInACommitteeReportIsItsOwnJudgementNotTheAuthoritys() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(
                para("At the single inspection in 2015 the effectiveness of the Local Safeguarding Children Board was judged to be good."),
                para("The LSCB requires improvement, the 2017 review found."),
                para("The Local Safeguarding Children Board aims to be outstanding by 2020. The LSCB is good at challenging partners.")));
        assertEquals(2, js.size(), "an aim or praise is no judgement: " + js);
        assertEquals("the effectiveness of the Local Safeguarding Children Board", js.get(0).area());
        assertEquals(Grade.GOOD, js.get(0).grade());
        assertEquals(Integer.valueOf(2015), js.get(0).year());
        assertEquals("SIF", js.get(0).framework());
        assertEquals("LSCB", js.get(1).area(), "the board's name without the sentence's article");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(1).grade());
        assertEquals(Integer.valueOf(2017), js.get(1).year());
    }

    @Test
    void anInspectorateJudgingTheServiceStatesItsGradeButASchoolIsNoAuthority() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(
                para("Ofsted judged the service Good in 2019."),
                para("Inspectors rated the council's children's services as inadequate in 2014."),
                para("Ofsted judged the school good in 2018.")));
        assertEquals(2, js.size(), js.toString());
        assertEquals(Grade.GOOD, js.get(0).grade());
        assertEquals(Integer.valueOf(2019), js.get(0).year());
        assertEquals("Ofsted", js.get(0).inspectorate());
        assertEquals("Overall effectiveness", js.get(0).area());
        assertEquals(Grade.INADEQUATE, js.get(1).grade());
        assertEquals(Integer.valueOf(2014), js.get(1).year());
    }

    @Test
    void aQuestionPrintedBetweenGradedRowsIsNoGroup() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(para("Our last inspection's grades."),
                table(row("Area", "Grade"), row("Overall effectiveness", "Adequate"),
                        row("How good are outcomes for children?", ""), row("Staying safe", "Good"))));
        assertEquals(2, js.size());
        assertNull(js.get(1).group(), "a section question is not the heading the judgement is grouped under");
    }

    @Test
    void aHeaderThatOnlyNamesTheFrameworkIsNoGroupAndARowsYearCellDatesIt() {
        List<Judgement> js = judgements(DocumentKind.REPORT, document(para("Neighbours' outcomes"),
                table(row("Local authority", "Date of inspection", "SIF judgements", "SIF judgements"),
                        row("", "", "Overall effectiveness", "Leadership"),
                        row("Wessex", "June 2016", "Good", "Good"),
                        row("Barset (2017)", "", "Inadequate", "Requires improvement"))));
        assertEquals(4, js.size(), js.toString());
        assertNull(js.get(0).group());
        assertEquals("SIF", js.get(0).framework());
        assertEquals(Integer.valueOf(2016), js.get(0).year(), "the row's date of inspection");
        assertEquals("Barset", js.get(2).authority(), "the year beside the name dates the row and is no part of the name");
        assertEquals(Integer.valueOf(2017), js.get(2).year());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(3).grade());
    }

    @Test
    void sifHeadlineSetAsAHeadingOverTheTableIsTheOverallJudgement() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Wessex County Council"),
                para("Inspection of services for children in need of help and protection, children looked after and care leavers"),
                para("Inspection dates: 2 June 2014 - 24 June 2014"),
                heading(2, "Children's services in Wessex are good"),
                table(row("1. Children who need help and protection", "Good"), row("2. Leadership, management and governance", "Good")),
                para("Children's services in Wessex are good. The LSCB is good.")));
        assertEquals(4, js.size(), js.toString());
        Judgement overall = js.stream().filter(j -> j.area().equals("Overall effectiveness")).findFirst().orElseThrow();
        assertEquals(Grade.GOOD, overall.grade());
        assertEquals("SIF", overall.framework());
        assertEquals(Integer.valueOf(2014), overall.year());
        assertEquals(JudgementBasis.TEXT, overall.basis());
        assertNull(js.get(0).group(), "the headline over the table is no group");
        assertEquals("LSCB", js.get(3).area(), "the board's name without the sentence's article");
    }

    @Test
    void aVisitThatGradesNothingGivesNoHeadlineJudgement() {
        List<Judgement> js = judgements(DocumentKind.INSPECTION_LETTER, document(
                heading(1, "Focused visit to Wessex local authority children's services"),
                para("Inspection dates: 3 and 4 May 2022"),
                heading(2, "Children's services in Wessex are good at listening to children"),
                para("The LSCB is good at holding partners to account.")));
        assertEquals(0, js.size(), "a focused visit is not graded: " + js);
    }

    @Test
    void aJudgementTakesTheFrameworkAndDatesItsParagraphGivesForTheSameInspectionOnly() {
        List<Judgement> js = judgements(DocumentKind.ACTION_PLAN, document(
                para("Ofsted inspected our services under the ILACS framework from 3 to 14 March 2025. Overall effectiveness was judged "
                        + "to require improvement in 2025."),
                para("The SIF inspection of 2016 ran from 1 to 12 February 2016. In 2019 the council was judged to be good.")));
        assertEquals(2, js.size(), js::toString);
        Judgement ri = js.get(0);
        assertEquals("ILACS", ri.framework(), "the paragraph's earlier sentence names the inspection");
        assertEquals("2025-03-03", String.valueOf(ri.inspectionStart()));
        assertEquals("2025-03-14", String.valueOf(ri.inspectionEnd()));
        Judgement good = js.get(1);
        assertEquals(Integer.valueOf(2019), good.year());
        assertNull(good.framework(), "the paragraph names another year's inspection; its framework is not this one's");
        assertNull(good.inspectionStart());
        assertNull(good.inspectionEnd());
    }

    @Test
    void aRangePrintedWithADashInTheJudgementsSentenceDatesIt() {
        List<Judgement> js = judgements(DocumentKind.ACTION_PLAN, document(
                para("Following the ILACS inspection of 3–14 March 2025, which judged overall effectiveness as requires improvement to be "
                        + "good, the council refreshed its plan.")));
        assertEquals(1, js.size(), js::toString);
        assertEquals("ILACS", js.get(0).framework());
        assertEquals("2025-03-03", String.valueOf(js.get(0).inspectionStart()));
        assertEquals("2025-03-14", String.valueOf(js.get(0).inspectionEnd()));
    }
}
