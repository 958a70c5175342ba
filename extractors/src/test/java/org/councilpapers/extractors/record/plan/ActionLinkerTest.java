package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ActionLinkerTest {
    private static final Provenance P = new Provenance(1, null, 0, 10, null);

    private static Action action(String id, @Nullable String reference, @Nullable String recommendation) {
        return new Action(id, reference, recommendation, "Do the work", null, null, null, null, List.of(), null, null, null, null, null, P, Mentions.NONE);
    }

    private static Finding improvement(String id, String text) {
        return new Finding(id, FindingKind.IMPROVEMENT, text, "Thurrock", "Ofsted ILACS 2019", null, P, Mentions.NONE);
    }

    private static Recommendation inspection(String id, String number, String text) {
        return new Recommendation(id, number, text, RecommendationOrigin.INSPECTION, null, null, P, Mentions.NONE);
    }

    private static @Nullable String linkOf(List<PaperRecord> records, String actionId) {
        Action a = (Action) records.stream().filter(r -> r.id().equals(actionId)).findFirst().orElseThrow();
        return a.recommendationId();
    }

    @Test
    void anActionQuotingAFindingInPartIsLinkedToItByText() {
        List<PaperRecord> records = List.of(
                improvement("f1", "The quality and timeliness of return home interviews for children who go missing from home or care."),
                improvement("f2", "The consistency of management oversight and supervision of frontline social work practice."),
                action("a1", "1", "Improve the timeliness and quality of return home interviews"),
                action("a2", "2", "Management oversight and supervision of practice"));
        List<PaperRecord> linked = ActionLinker.link(records);
        assertEquals("f1", linkOf(linked, "a1"));
        assertEquals("f2", linkOf(linked, "a2"));
    }

    @Test
    void anActionAboutSomethingElseStaysUnlinked() {
        List<PaperRecord> linked = ActionLinker.link(List.of(
                improvement("f1", "The quality and timeliness of return home interviews for children who go missing from home or care."),
                action("a1", null, "Recruit more foster carers so that children can live close to home"),
                action("a2", null, null)));
        assertNull(linkOf(linked, "a1"), "one shared word ('home') is no match");
        assertNull(linkOf(linked, "a2"), "an action with no recommendation and no reference has nothing to match by");
    }

    @Test
    void anActionIsLinkedByItsNumberToTheInspectionRecommendationSoNumbered() {
        List<PaperRecord> linked = ActionLinker.link(List.of(
                new Recommendation("r-report", "3", "That the committee note the plan.", RecommendationOrigin.REPORT, "9", "Plan", P, Mentions.NONE),
                inspection("r2", "2", "Improve the quality of plans for children in need."),
                inspection("r3", "3", "Strengthen the participation of children in their reviews."),
                action("a32", "3.2", null),
                action("aR2", "R2", null),
                action("aA3", "A3", null),
                action("a7", "7", null)));
        assertEquals("r3", linkOf(linked, "a32"), "action 3.2 is under recommendation 3; a report recommendation is never a target");
        assertEquals("r2", linkOf(linked, "aR2"));
        assertNull(linkOf(linked, "aA3"), "A3 is area A's third action, not recommendation 3");
        assertNull(linkOf(linked, "a7"), "no recommendation 7");
    }

    @Test
    void aLetteredReferenceGoesToItsLetteredRecommendationAndOneReadTwiceCountsOnce() {
        List<PaperRecord> linked = ActionLinker.link(List.of(
                inspection("r1", "1", "Improve the timeliness of assessments."),
                inspection("r1-again", "1", "Improve the timeliness of assessments."),
                inspection("r2a", "2a", "Record management decisions on children's files."),
                inspection("r2b", "2(b)", "Improve the frequency of supervision."),
                inspection("r3", "3", "Increase local placements."),
                action("aRef2a", "(ref 2a)", null),
                action("aRef2b", "Ref. 2b", null),
                action("a2", "2", null),
                action("a1", "Rec 1", null),
                action("a3c", "3c", null),
                action("inRecColumn", null, "Rec 3")));
        assertEquals("r2a", linkOf(linked, "aRef2a"));
        assertEquals("r2b", linkOf(linked, "aRef2b"), "2(b) and 2b are one numbering");
        assertNull(linkOf(linked, "a2"), "2 alone could be 2a or 2b");
        assertEquals("r1", linkOf(linked, "a1"), "the same recommendation read twice is no ambiguity");
        assertEquals("r3", linkOf(linked, "a3c"), "a part the paper does not letter is its recommendation's");
        assertEquals("r3", linkOf(linked, "inRecColumn"), "a number in the recommendation's place, and no reference");
    }

    @Test
    void aNumberThatCoincidesWithADifferentSubjectIsNoLink() {
        List<PaperRecord> linked = ActionLinker.link(List.of(
                inspection("r1", "1", "Improve the timeliness of initial health assessments for children in care."),
                action("a1", "1", "Secure a more stable workforce so that children build enduring relationships with social workers")));
        assertNull(linkOf(linked, "a1"));
    }

    @Test
    void textWinsOverNumberAndANumberUsedTwiceLinksNothing() {
        List<PaperRecord> linked = ActionLinker.link(List.of(
                inspection("r1", "1", "Improve the timeliness of initial health assessments for children in care."),
                inspection("r2", "2", "Ensure that care leavers are supported to gain independence skills."),
                inspection("r2b", "2", "Ensure that supervision records show the rationale for decisions."),
                action("a1", "1", "Care leavers are supported to gain independence skills"),
                action("a2", "2", null)));
        assertEquals("r2", linkOf(linked, "a1"), "the quoted text, though the plan numbers the row 1");
        assertNull(linkOf(linked, "a2"));
    }

    @Test
    void strengthsAreNoTargetsAndOtherRecordsAreUntouched() {
        Finding strength = new Finding("s1", FindingKind.STRENGTH, "Return home interviews are timely and of good quality for children.",
                "Thurrock", null, null, P, Mentions.NONE);
        List<PaperRecord> records = List.of(strength, action("a1", null, "Return home interviews are timely and of good quality"));
        List<PaperRecord> linked = ActionLinker.link(records);
        assertSame(strength, linked.get(0));
        assertNull(linkOf(linked, "a1"));
        assertEquals(records.stream().map(PaperRecord::id).toList(), linked.stream().map(PaperRecord::id).toList());
    }
}
