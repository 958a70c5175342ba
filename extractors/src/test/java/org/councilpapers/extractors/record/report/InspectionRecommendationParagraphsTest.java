package org.councilpapers.extractors.record.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

/**
 * An inspection letter's "Recommendations" printed as plain paragraphs, each saying who should do what (an area SEND letter
 * of the 2023 framework, a JTAI letter): one inspection recommendation each, unnumbered, up to the next heading or a
 * paragraph that recommends nothing ("Ofsted and CQC ask that the local area partnership updates … its strategic plan").
 */
class InspectionRecommendationParagraphsTest {
    private static List<Recommendation> run(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(new RecommendationExtractor(), kind, doc).records(Recommendation.class);
    }

    @Test
    void areaSendLetterParagraphsUpToTheStrategicPlanRequest() {
        List<Recommendation> rs = run(DocumentKind.INSPECTION_LETTER, Variants.read("inspection-2024-area-send-letter-recommendations-paragraphs.txt"));
        assertEquals(3, rs.size(), rs.toString());
        assertTrue(rs.get(0).text().startsWith("Leaders across the partnership should improve the timeliness"));
        assertTrue(rs.get(1).text().startsWith("Leaders in education, health and social care should work together"));
        assertTrue(rs.get(2).text().endsWith("and make sure families are supported while they wait."));
        assertTrue(rs.stream().allMatch(r -> r.origin() == RecommendationOrigin.INSPECTION));
        assertTrue(rs.stream().allMatch(r -> r.number() == null));
        assertTrue(rs.stream().noneMatch(r -> r.text().startsWith("Ofsted and CQC ask")), "the request to publish a plan is no recommendation");
    }

    @Test
    void jtaiLetterParagraphsStopAtNextSteps() {
        List<Recommendation> rs = run(DocumentKind.INSPECTION_LETTER, Variants.read("inspection-2024-jtai-letter-recommendations-paragraphs.txt"));
        assertEquals(List.of("The statutory safeguarding partners should strengthen their oversight of the early help offer, so that they "
                + "understand the difference it makes for children and families.", "Leaders in the police and in health services should make "
                + "sure that practitioners share information about children who need help promptly and consistently."),
                rs.stream().map(Recommendation::text).toList(), "'Next steps' ends the list; what needs to improve is a finding");
        assertNull(rs.get(0).number());
        assertEquals(RecommendationOrigin.INSPECTION, rs.get(1).origin());
    }

    @Test
    void aCouncilReportsShouldParagraphsUnderRecommendationsAreNoInspectorsList() {
        String paper = """
                Report to Corporate Scrutiny Committee

                Subject: Customer Access Strategy

                Recommendations

                Members should note that the strategy was revised after consultation with residents in the summer.

                Officers should continue to report progress to the committee every six months.

                Background

                The strategy was adopted in 2023.
                """;
        List<Recommendation> rs;
        try {
            rs = run(DocumentKind.REPORT, new TextLayoutReader().read(Source.of(paper.getBytes(StandardCharsets.UTF_8), "report.txt"),
                    new Warnings()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(rs.stream().noneMatch(r -> r.origin() == RecommendationOrigin.INSPECTION), rs.toString());
        assertTrue(rs.stream().noneMatch(r -> r.text().startsWith("Officers should")), rs.toString());
    }
}
