package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Plans that name the recommendation each action answers only by its number ("Rec 1", "R3", "(ref 2a)", "Ref. 1"), in a
 * column of its own or at the start of the action's text, beside the recommendations they list: read through the whole
 * pipeline, each action is linked to the recommendation so numbered.
 */
class PlanReferenceVariantsTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String name) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + name));
    }

    private static String numberAnswered(Action a, List<Recommendation> rs) {
        return rs.stream().filter(r -> r.id().equals(a.recommendationId())).map(Recommendation::number).findFirst().orElse("none");
    }

    @Test
    void referencesAtTheStartOfTheActionCellAgainstARecommendationTableAbove() throws IOException {
        Extraction x = read("plan-county-rec-refs-in-action-cells.txt");
        List<Recommendation> rs = x.records(Recommendation.class).stream().filter(r -> r.origin() == RecommendationOrigin.INSPECTION).toList();
        assertEquals(List.of("1", "2a", "2b", "3"), rs.stream().map(Recommendation::number).toList(), "each recommendation once: " + rs);
        List<Action> actions = x.records(Action.class);
        assertEquals(5, actions.size(), actions.toString());
        assertEquals(List.of("1", "2a", "2b", "R3", "3"), actions.stream().map(Action::reference).toList());
        assertEquals("Add a management decision template to the case recording system", actions.get(1).text(), "the reference is no part of the text");
        assertEquals("Recruit twelve additional foster carers through the regional hub", actions.get(4).text());
        assertEquals(List.of("1", "2a", "2b", "3", "3"), actions.stream().map(a -> numberAnswered(a, rs)).toList(),
                "a lettered reference goes to its lettered recommendation, not to the number's first");
    }

    @Test
    void aRecommendationColumnOfReferencesInAnotherOrderAgainstANumberedList() throws IOException {
        Extraction x = read("plan-district-rec-column-numbered-list.txt");
        List<Recommendation> rs = x.records(Recommendation.class).stream().filter(r -> r.origin() == RecommendationOrigin.INSPECTION).toList();
        assertEquals(List.of("1", "2", "3"), rs.stream().map(Recommendation::number).toList(), x.records(Recommendation.class).toString());
        List<Action> actions = x.records(Action.class);
        assertEquals(4, actions.size(), actions.toString());
        assertEquals(List.of("Rec 2", "Rec 1", "R3", "Ref. 1"), actions.stream().map(Action::reference).toList());
        assertEquals(List.of("2", "1", "3", "1"), actions.stream().map(a -> numberAnswered(a, rs)).toList(), actions.toString());
        assertEquals("Train all social workers in life story work with the regional adoption agency", actions.get(0).text());
        assertEquals("Adoption Team Manager", actions.get(0).owner());
    }
}
