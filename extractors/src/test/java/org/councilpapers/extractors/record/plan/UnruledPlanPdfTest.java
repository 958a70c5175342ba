package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.record.PlanFiles;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.junit.jupiter.api.Test;

/**
 * A plan printed without rules, its recommendations written down beside the actions under them rather than in a merged
 * cell: the recommendation's later lines are its words, not another recommendation and not an action of their own.
 */
class UnruledPlanPdfTest {
    @Test
    void aRecommendationPrintedDownBesideSeveralActionsIsOneRecommendationOverThemAll() throws Exception {
        float[] widths = {30, 150, 170, 100, 70, 60};
        List<C> header = Stream.of("Ref", "Recommendation", "Action", "Lead officer", "Due", "RAG").map(C::of).toList();
        Grid g = new Grid(widths, header, List.of(
                List.of(C.of("1"), C.of("Improve the quality and"), C.of("Introduce an assessment tracker"),
                        C.of("Head of Assessment"), C.of("April 2024"), C.of("Green")),
                List.of(C.of(""), C.of("timeliness of assessments"), C.of("Audit twenty assessments"), C.of("Principal SW"), C.of("May 2024"), C.of("Amber")),
                List.of(C.of(""), C.of("for children in need"), C.of(""), C.of(""), C.of(""), C.of("")),
                List.of(C.of("2"), C.of("Strengthen supervision"), C.of("Refresh the supervision policy"),
                        C.of("Principal SW"), C.of("June 2024"), C.of("Red")),
                List.of(C.of(""), C.of("of social workers"), C.of(""), C.of(""), C.of(""), C.of(""))));
        byte[] pdf = PlanFiles.unruledPdf(Page.of("#Improvement Plan", g));
        CouncilPapers papers = CouncilPapers.builder().nlp(false).build();
        Extraction x = papers.extract(new java.io.ByteArrayInputStream(pdf), "plan-unruled.pdf");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("Introduce an assessment tracker", "Audit twenty assessments", "Refresh the supervision policy"),
                actions.stream().map(Action::text).toList(), "the lines of a recommendation alone in their row are no action");
        assertEquals(List.of("1", "1", "2"), actions.stream().map(Action::reference).toList());
        String first = "Improve the quality and timeliness of assessments for children in need";
        assertEquals(List.of(first, first, "Strengthen supervision of social workers"), actions.stream().map(Action::recommendation).toList());
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED), actions.stream().map(Action::status).toList());
    }
}
