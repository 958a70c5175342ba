package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.record.Action;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * A plan cell whose points are printed on one line (text with pipes or tabs, a page whose reader joins a cell's lines): the
 * bullets or the run of numbers inside the line part the points as line breaks do, and the cell is then read by what its
 * points are, as the conventions say (testdata/expected-records/README.md, Actions).
 */
class PointsOnOneLineTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static List<Action> actions(String variant) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + variant)).records(Action.class);
    }

    @Test
    void bulletsAndARunOfNumbersInsideALinePartItsPoints() {
        assertEquals(List.of("Digital front door", "• Raise awareness", "• Embed self-assessment"),
                ActionItems.inline("Digital front door • Raise awareness • Embed self-assessment"));
        assertEquals(List.of("1. Agree a protocol.", "2. Ring-fence tenancies.", "3) Publish it."),
                ActionItems.inline("1. Agree a protocol. 2. Ring-fence tenancies. 3) Publish it."));
        assertEquals(List.of("Actions:", "1. Give a summary.", "2. Offer a nurse."), ActionItems.inline("Actions: 1. Give a summary. 2. Offer a nurse."));
    }

    @Test
    void aNumberOutOfARunOrOneBulletPartsNothing() {
        assertEquals(List.of("Phase 2. Extend the exemption to those aged 25."), ActionItems.inline("Phase 2. Extend the exemption to those aged 25."));
        assertEquals(List.of("Report by 2. March 3. Then review"), ActionItems.inline("Report by 2. March 3. Then review"));
        assertEquals(List.of("1. Recruit staff, then 3. Train them"), ActionItems.inline("1. Recruit staff, then 3. Train them"));
        assertEquals(List.of("Reach carers • through GP practices"), ActionItems.inline("Reach carers • through GP practices"));
    }

    /** A pipe plan: numbered points standing alone or under "Actions:" are one action each; a sentence they complete, or "Phase 2.", one. */
    @Test
    void numberedPointsOnOneLineAreOneActionEachUnlessTheyCompleteASentence() throws IOException {
        List<Action> as = actions("plan-pipe-numbered-points-on-one-line.txt");
        assertEquals(List.of("Agree a joint housing protocol with the district councils.", "Ring-fence ten tenancies a year for care leavers.",
                "Publish the protocol on the local offer website.", "Give every care leaver a summary of their health history.",
                "Offer a named nurse until the age of 21.",
                "Continue the apprenticeship scheme with: 1. The council's own services 2. The two further education colleges",
                "Phase 2. Extend the council tax exemption to care leavers living outside the borough, up to the age of 25."),
                as.stream().map(Action::text).toList());
        assertEquals(java.util.Arrays.asList(null, null, null, null, null, null, null), as.stream().map(Action::reference).toList(),
                "a list's '1.' is no reference of the row");
        assertEquals(List.of("Head of Housing Options", "Head of Housing Options", "Head of Housing Options"),
                as.subList(0, 3).stream().map(Action::owner).toList(), "each point under the row's lead");
        assertEquals(List.of("June 2025", "June 2025", "June 2025", "September 2025", "September 2025"),
                as.subList(0, 5).stream().map(Action::due).toList());
    }

    /** An HTML plan's bullets on one line: points to do are one action each; points naming services under a heading are one action, bullets as printed. */
    @Test
    void bulletedPointsOnOneLineAreReadByWhatTheyAre() throws IOException {
        List<Action> as = actions("plan-html-bullets-in-one-line-cell.txt");
        assertEquals(List.of("Reach carers through GP practices", "Add a carer question to the adult social care assessment",
                "Train reception staff in libraries to signpost carers",
                "Breaks for carers • Sitting service • Replacement care at short notice • Peer support groups",
                "Review the young carers' assessment with schools"), as.stream().map(Action::text).toList());
        assertEquals(List.of("December 2025", "December 2025", "December 2025", "March 2026", "September 2025"),
                as.stream().map(Action::due).toList());
    }
}
