package org.councilpapers.extractors.record.plan;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.RagStatus;
import org.junit.jupiter.api.Test;

/**
 * A plan row whose action cell lists several actions gives one action each, under the row's recommendation: numbered
 * "1.1 / 1.2" lines, bullets the reader found as list items, lettered items; each with its own owner and date where
 * the cells beside list as many (parallel lists), else the row's.
 */
class SeveralActionsInACellTest {
    private final ActionPlanExtractor extractor = new ActionPlanExtractor();

    private List<Action> run(org.councilpapers.core.layout.LayoutDocument doc) {
        return ActionPlanExtractorTest.run(extractor, doc).records(Action.class);
    }

    @Test
    void numberedActionsWithParallelOwnersAndDates() {
        List<Action> as = run(document(para("Improvement Plan"),
                table(row("Recommendation", "Actions", "Lead", "Timescale", "Progress"),
                        row("1. Improve the timeliness of assessments", "1.1 Publish the assessment standard\n1.2 Train all team managers\n"
                                + "1.3 Audit twenty assessments a month", "Head of Service\nPrincipal Social Worker\nQuality Assurance Manager",
                                "March 2024\nApril 2024\nMonthly", "Standard published. Status: On track"),
                        row("2. Strengthen management oversight", "Introduce supervision dashboards", "Service Manager", "June 2024",
                                "Complete"))));
        assertEquals(java.util.Arrays.asList("1.1", "1.2", "1.3", null), as.stream().map(Action::reference).toList());
        assertEquals(List.of("Publish the assessment standard", "Train all team managers", "Audit twenty assessments a month",
                "Introduce supervision dashboards"), as.stream().map(Action::text).toList());
        assertEquals(List.of("Head of Service", "Principal Social Worker", "Quality Assurance Manager", "Service Manager"),
                as.stream().map(Action::owner).toList());
        assertEquals(List.of("March 2024", "April 2024", "Monthly", "June 2024"), as.stream().map(Action::due).toList());
        assertEquals("Improve the timeliness of assessments", as.get(2).recommendation(), "each action answers the row's recommendation");
        assertEquals("Strengthen management oversight", as.get(3).recommendation());
        assertEquals(RagStatus.GREEN, as.get(1).status(), "the row's progress states the status of each of its actions");
        assertEquals(4, as.stream().map(Action::id).distinct().count());
    }

    @Test
    void bulletsAsListItemsShareTheRowsOwnerWhereTheOwnerCellNamesOne() {
        Cell action = Cell.of(1, 1, 1, 1, false, List.of(Block.paragraph("Actions:"), Block.listItem("•", 0, "Recruit two social workers"),
                Block.listItem("•", 0, "Reduce agency staff to 10%"), Block.listItem("•", 0, "Launch the retention offer")), null);
        Table t = new Table(List.of(Cell.of(0, 0, "Area for improvement"), Cell.of(0, 1, "Action"), Cell.of(0, 2, "Owner"), Cell.of(0, 3, "By when"),
                Cell.of(1, 0, "Workforce stability"), action, Cell.of(1, 2, "HR Business Partner"), Cell.of(1, 3, "December 2024")), 2, 4, null);
        List<Action> as = run(document(para("Workforce Action Plan"), table(t)));
        assertEquals(List.of("Recruit two social workers", "Reduce agency staff to 10%", "Launch the retention offer"),
                as.stream().map(Action::text).toList());
        assertEquals(List.of("HR Business Partner", "HR Business Partner", "HR Business Partner"), as.stream().map(Action::owner).toList());
        assertEquals("December 2024", as.get(2).due());
        assertEquals("Workforce stability", as.get(0).recommendation());
        assertNull(as.get(0).reference(), "a bullet prints no number, and none is made up");
    }

    @Test
    void oneActionWrittenOverSeveralLinesStaysOne() {
        List<Action> as = run(document(para("Action Plan"),
                table(row("Recommendation", "Action", "Owner", "Due"),
                        row("Children are seen alone", "Audit visits monthly and report\nthe findings to the leadership team", "Service Manager",
                                "Jan 2024"))));
        assertEquals(1, as.size());
        assertEquals("Service Manager", as.get(0).owner());
    }
}
