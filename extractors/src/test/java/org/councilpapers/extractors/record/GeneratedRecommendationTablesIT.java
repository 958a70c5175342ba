package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recommendations set out as a table ({@link RecommendationTablesTest}) made in code as a ruled PDF, an unruled PDF and Word:
 * a "No. | Recommendation | See" table under a "Recommendations" heading, and a table headed "Recommendations" itself, one
 * recommendation a row either way.
 */
class GeneratedRecommendationTablesIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();

    static Stream<Arguments> tables() {
        Grid underHeading = new Grid(new float[] {40, 330, 120}, List.of(C.of("No."), C.of("Recommendation"), C.of("See")), List.of(
                List.of(C.of("1"), C.of("Approve the Waste Strategy 2025-2035 for consultation."), C.of("Section 3")),
                List.of(C.of("2"), C.of("Delegate to the Director of Environment the timing", "of the consultation."), C.of("Section 4")),
                List.of(C.of("3"), C.of("Note the responses to the engagement survey."), C.of("Section 5")),
                List.of(C.of("4"), C.of("Agree the charging policy for garden waste."), C.of("Section 6"))));
        Grid headed = new Grid(new float[] {380, 120}, List.of(C.of("Recommendations"), C.of("")), List.of(
                List.of(C.of("3.1 Note the forecast underspend of £0.8m on the capital programme."), C.of("Please refer to Section 5")),
                List.of(C.of("3.2 Agree the virement of £250,000 to the highways budget."), C.of("Please refer to Section 6"))));
        Page page = Page.of("#Environment Cabinet Report", "", "#Recommendations", "", "The Cabinet is asked to:", "", underHeading, "",
                "#Background", "", "The strategy was last renewed in 2015.", "", "#Budget monitoring", "", headed, "",
                "#Revenue", "", "Spending is on budget.");
        return Stream.of(Arguments.of("recs.pdf", PlanFiles.pdf(page)), Arguments.of("recs-unruled.pdf", PlanFiles.unruledPdf(page)),
                Arguments.of("recs.docx", PlanFiles.docx(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void eachRowOfARecommendationsTableIsOneRecommendation(String name, byte[] bytes) throws IOException {
        List<Recommendation> rs = Harness.run(new RecommendationExtractor(), DocumentKind.REPORT, PAPERS.layout(Source.of(bytes, name),
                new Warnings())).records(Recommendation.class);
        assertEquals(List.of("1", "2", "3", "4", "3.1", "3.2"), rs.stream().map(Recommendation::number).toList(), name);
        assertEquals("Delegate to the Director of Environment the timing of the consultation.", rs.get(1).text(), name);
        assertEquals("Agree the virement of £250,000 to the highways budget.", rs.get(5).text(), name);
    }
}
