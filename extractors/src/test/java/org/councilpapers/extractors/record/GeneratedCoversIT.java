package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two of the cover variants ({@code testdata/papers/variants/cover-*.txt}) made in code as PDF and as Word and read through
 * the standard readers: each gives the same {@code report} record as its text form ({@link ReportCoverVariantsTest}).
 */
class GeneratedCoversIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();

    static Stream<Arguments> countyFromToSubject() {
        Page page = Page.of("Report from: Councillor Hannah Pryce, Cabinet Member for Highways and Transport", "",
                "Report to: Executive – 14 May 2024", "",
                "Subject: Home to School Transport Policy 2025-26 and Post-16 Transport", "Statement", "",
                "Decision reference: 24/0117", "", "Key decision: Yes", "", "Classification: Part I – Public", "",
                "Electoral divisions affected: Northfield; Southgate Rural", "",
                "Summary: The Executive is asked to adopt the home to school transport policy for September 2025.", "",
                "Recommendations:", "", "The Executive is asked to:", "", "a) adopt the Home to School Transport Policy 2025-26;", "",
                "1. Introduction", "", "1.1 The Council must publish its transport policy by 31 May each year.", "",
                "Contact officer: Priya Nair, Transport Planning Manager, 01632 960123, priya.nair@example.gov.uk");
        return Stream.of(Arguments.of("cover.pdf", PlanFiles.pdf(page)), Arguments.of("cover.docx", PlanFiles.docx(page)));
    }

    static Stream<Arguments> districtByTo() {
        Page page = Page.of("#Housing Allocations Policy Review", "", "By Director of Communities and Housing", "",
                "To Cabinet, 3 October 2023", "", "Classification Exempt (Part II)", "", "Ward(s) affected All", "",
                "Report author Head of Housing Options; Tom Reeve", "", "Is the decision eligible for call-in? Yes", "",
                "1. Summary of the review", "", "1.1 The allocations policy was last reviewed in 2019.", "", "2. Recommendations", "",
                "2.1 That Cabinet approves the revised Housing Allocations Policy.");
        return Stream.of(Arguments.of("cover.pdf", PlanFiles.pdf(page)), Arguments.of("cover.docx", PlanFiles.docx(page)));
    }

    static Stream<Arguments> unlabelledCounty() {
        Page page = Page.of("#Fenshire County Council", "", "#Children and Young People Scrutiny Committee, 14 March 2012", "",
                "Report of the Director of Children's Services", "", "#Ofsted inspections of children's services: how we compare", "",
                "1. Summary", "", "1.1 This report compares the outcomes of inspections in the region.");
        return Stream.of(Arguments.of("cover.pdf", PlanFiles.pdf(page)), Arguments.of("cover.docx", PlanFiles.docx(page)));
    }

    static Stream<Arguments> labelColumnWithPostUnderName() {
        Page page = Page.of("From Councillor Ann Lee, Cabinet Member for Finance", "", "To Cabinet – 12 March 2024", "",
                "Subject: Treasury Management Strategy 2024-25", "", "Classification Unrestricted", "", "Relevant Director Sam Ode", "",
                "Interim Corporate Director Finance", "", "Report Author Jo Pike", "", "Electoral Division All", "", "1. Introduction", "",
                "1.1 The strategy is set each year.");
        return Stream.of(Arguments.of("cover.pdf", PlanFiles.pdf(page)), Arguments.of("cover.docx", PlanFiles.docx(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unlabelledCounty")
    void aCoverWithoutLabelsReadsTheSameInPdfAndWord(String name, byte[] bytes) throws IOException {
        Report r = only(name, bytes);
        assertEquals("Ofsted inspections of children's services: how we compare", r.title());
        assertEquals("Children and Young People Scrutiny Committee", r.committee());
        assertEquals("2012-03-14", String.valueOf(r.meetingDate()));
        assertEquals("Director of Children's Services", r.reportOf());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelColumnWithPostUnderName")
    void aDirectorsPostUnderTheNameReadsTheSameInPdfAndWord(String name, byte[] bytes) throws IOException {
        Report r = only(name, bytes);
        assertEquals("Sam Ode, Interim Corporate Director Finance", r.accountableDirector());
        assertEquals("Jo Pike", r.author());
        assertEquals("Cabinet", r.committee());
        assertEquals("Treasury Management Strategy 2024-25", r.title());
    }

    private static Report only(String name, byte[] bytes) throws IOException {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, PAPERS.layout(Source.of(bytes, name), new Warnings()))
                .records(Report.class);
        assertEquals(1, rs.size(), name);
        return rs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countyFromToSubject")
    void aCountyCoverFromToSubjectReadsTheSameAsItsText(String name, byte[] bytes) throws IOException {
        ReportCoverVariantsTest.assertCountyFromToSubject(only(name, bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("districtByTo")
    void aDistrictCoverWithoutColonsReadsTheSameAsItsText(String name, byte[] bytes) throws IOException {
        ReportCoverVariantsTest.assertDistrictByTo(only(name, bytes));
    }
}
