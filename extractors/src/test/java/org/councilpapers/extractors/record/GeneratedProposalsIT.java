package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.record.minutes.ResolutionExtractor;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A proposed record of decision set out as a form of label and value cells (a shire county's style), made in code as a ruled
 * PDF, an unruled PDF and Word: its decision parts are recommendations titled by the form, the meeting is the one its
 * consultation row says takes the decision, and nothing is a resolution.
 */
class GeneratedProposalsIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();

    static Stream<Arguments> labelledForm() {
        Grid form = new Grid(new float[] {150, 360}, null, List.of(
                List.of(C.of("Decision to be taken by:"), C.of("Cabinet")),
                List.of(C.of("Decision no:"), C.of("25/00212")),
                List.of(C.of("Title of decision:"), C.of("Library Service Strategy 2025-2030")),
                List.of(C.of("Decision:"), C.of("Cabinet agree to:", "a) adopt the Library Service Strategy 2025-2030;",
                        "b) delegate authority to the Director of Communities to agree the opening hours of each library",
                        "with its community; and", "c) note the consultation responses in Appendix B.")),
                List.of(C.of("Reason(s) for decision:"), C.of("The strategy sets the service's priorities for five years.")),
                List.of(C.of("Consultation:"), C.of("The Communities Select Committee discussed the strategy on 12 February 2025.",
                        "A report will be presented to Cabinet on 6 March 2025.")),
                List.of(C.of("Signed:"), C.of("Date:"))));
        Page page = Page.of("#WESTVALE COUNTY COUNCIL – PROPOSED RECORD OF DECISION", "", form);
        return Stream.of(Arguments.of("prod.pdf", PlanFiles.pdf(page)), Arguments.of("prod-unruled.pdf", PlanFiles.unruledPdf(page)),
                Arguments.of("prod.docx", PlanFiles.docx(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledForm")
    void aProposedDecisionFormGivesItsPartsAndTheMeetingThatTakesIt(String name, byte[] bytes) throws IOException {
        LayoutDocument doc = PAPERS.layout(Source.of(bytes, name), new Warnings());
        List<Recommendation> rs = Harness.run(new RecommendationExtractor(), DocumentKind.OTHER, doc).records(Recommendation.class);
        assertEquals(List.of("a", "b", "c"), rs.stream().map(Recommendation::number).toList(), name);
        assertEquals("delegate authority to the Director of Communities to agree the opening hours of each library with its community; and",
                rs.get(1).text(), name);
        assertEquals("Library Service Strategy 2025-2030", rs.get(2).itemTitle(), name);
        List<Meeting> ms = Harness.run(new MeetingExtractor(), DocumentKind.OTHER, doc).records(Meeting.class);
        assertEquals(1, ms.size(), name);
        assertEquals("Cabinet", ms.get(0).committee());
        assertEquals(PartialDate.parse("2025-03-06"), ms.get(0).date());
        assertEquals(0, Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class).size(), name);
    }
}
