package org.councilpapers.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlanColumnTest {
    @Test
    void headersOfTheTwentySeventeenSheet() {
        assertEquals(PlanColumn.REFERENCE, PlanColumn.of("No."));
        assertEquals(PlanColumn.RECOMMENDATION, PlanColumn.of("Recommendation"));
        assertEquals(PlanColumn.OWNER, PlanColumn.of("Assigned Lead - Job Title/Name"));
        assertEquals(PlanColumn.SCORE, PlanColumn.of("Score - please select"));
        assertEquals(PlanColumn.PROGRESS, PlanColumn.of("Update April 17"), "its scores turn it into a score column, not its header");
        assertEquals(PlanColumn.DIRECTION, PlanColumn.of("Direction of Travel compared to last review - please select"));
        assertEquals(PlanColumn.ACTION, PlanColumn.of("Description of Action(s) - How"));
        assertEquals(PlanColumn.OWNER, PlanColumn.of("Owner(s) - Who"));
        assertEquals(PlanColumn.DUE, PlanColumn.of("By When (date)"));
    }

    @Test
    void theMoreSpecificRoleWins() {
        assertEquals(PlanColumn.DUE, PlanColumn.of("Action completed by"), "not an action column");
        assertEquals(PlanColumn.STATUS, PlanColumn.of("Progress RAG"), "not a progress column");
        assertEquals(PlanColumn.OWNER, PlanColumn.of("Responsible Officer"));
        assertEquals(PlanColumn.OUTCOME, PlanColumn.of("Outcomes and measures"));
        assertEquals(PlanColumn.PERIOD, PlanColumn.of("Oct 2019"));
        assertEquals(PlanColumn.OTHER, PlanColumn.of("Topic"));
        assertEquals(PlanColumn.OTHER, PlanColumn.of("Party"));
    }

    @Test
    void anOwnerColumnRanksAboveALeadColumn() {
        assertEquals(1, PlanColumn.rank("Assigned Lead - Job Title/Name", PlanColumn.OWNER));
        assertEquals(2, PlanColumn.rank("Owner(s) - Who", PlanColumn.OWNER));
        assertEquals(2, PlanColumn.rank("Lead officer (responsible)", PlanColumn.OWNER));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Led by", "Led By", "Lead(s)", "Leads", "Lead", "Delivery lead", "Delivered by",
            "Officer responsible", "Responsible team", "Lead organisation", "Lead agency", "Service lead", "Accountable lead"})
    void whoLeadsAnActionIsItsOwnerHoweverThePlanNamesIt(String header) {
        assertEquals(PlanColumn.OWNER, PlanColumn.of(header), header);
    }

    @Test
    void aWordThatOnlyStartsWithLeadIsNoOwner() {
        assertEquals(PlanColumn.PROGRESS, PlanColumn.of("Leader's comments"), "the Leader's comments are an update on the action");
        assertEquals(PlanColumn.OTHER, PlanColumn.of("Leadership theme"));
    }
}
