package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shire county's memo cover ({@link ShireCoverVariantsTest}) made in code as a ruled PDF, an unruled PDF and Word, its
 * contact block in two columns "Report Author: | Relevant Director:" over names, posts and telephones: the wrapped subject
 * joined, the call-in question not the wards', the author without her honorific, the director as "name, post".
 */
class GeneratedShireCoverIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();

    static Stream<Arguments> cover() {
        Grid contacts = new Grid(new float[] {230, 280}, null, List.of(
                List.of(C.of("Report Author:"), C.of("Relevant Director:")),
                List.of(C.of("Mrs Priya Nair"), C.of("Dr Tom Reeve")),
                List.of(C.of("Head of Waste Services"), C.of("Corporate Director of Growth, Environment and Transport")),
                List.of(C.of("Telephone: 03000 410000"), C.of("Telephone: 03000 410001"))));
        Page page = Page.of("From: Councillor Miriam Holt, Cabinet Member for Environment", "", "To: Cabinet – 6 March 2025", "",
                "Subject: Household Waste Recycling Centre Booking System and Opening", "Hours Review", "", "Classification: Unrestricted", "",
                "Electoral Division: All", "", "Is the decision eligible for call-in? Yes", "", "1. Introduction", "",
                "1.1 The booking system was introduced in 2020.", "", "2. Contact details", "", contacts);
        return Stream.of(Arguments.of("cover.pdf", PlanFiles.pdf(page)), Arguments.of("cover-unruled.pdf", PlanFiles.unruledPdf(page)),
                Arguments.of("cover.docx", PlanFiles.docx(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cover")
    void theCoverAndItsTwoColumnContactBlock(String name, byte[] bytes) throws IOException {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, PAPERS.layout(Source.of(bytes, name), new Warnings()))
                .records(Report.class);
        assertEquals(1, rs.size(), name);
        Report r = rs.get(0);
        assertEquals("Household Waste Recycling Centre Booking System and Opening Hours Review", r.title(), name);
        assertEquals("Cabinet", r.committee(), name);
        assertEquals(Classification.PUBLIC, r.classification(), name);
        assertEquals("All", r.wardsAffected(), name);
        assertEquals("Priya Nair", r.author(), name);
        assertEquals("Tom Reeve, Corporate Director of Growth, Environment and Transport", r.accountableDirector(), name);
    }
}
