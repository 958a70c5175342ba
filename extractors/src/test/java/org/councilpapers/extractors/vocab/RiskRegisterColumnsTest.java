package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskRegisterColumnsTest {

    @Test
    void registersAreKnownByTheirScoresOrTheirLevelsInAnyWording() {
        assertTrue(RiskRegisterColumns.isRegister(List.of("Risk", "Likelihood", "Impact", "Risk rating", "Mitigating actions", "Risk owner")));
        assertTrue(RiskRegisterColumns.isRegister(List.of("Ref", "Description", "Probability (1-5)", "Severity (1-5)", "Score", "Controls")));
        assertTrue(RiskRegisterColumns.isRegister(List.of("Risk description", "Inherent risk", "Controls in place", "Residual risk score")));
        assertTrue(RiskRegisterColumns.isRegister(List.of("Risk", "L", "I", "Total", "Owner")));
        assertTrue(RiskRegisterColumns.isRegister(List.of("Description of risk", "Current risk rating", "Target risk", "Lead")));
    }

    @Test
    void plansAndScorecardsThatMentionRiskAreNoRegisters() {
        assertFalse(RiskRegisterColumns.isRegister(List.of("Action", "Lead", "By when", "RAG", "Impact")),
                "an action plan's 'Impact' column alone makes no register");
        assertFalse(RiskRegisterColumns.isRegister(List.of("Risk", "Action", "Owner", "Status")), "a risk with no level or score");
        assertFalse(RiskRegisterColumns.isRegister(List.of("Indicator", "Target", "Actual", "RAG rating", "Risks to delivery")));
        assertFalse(RiskRegisterColumns.isRegister(List.of("Directorate", "Budget", "Forecast", "Variance")));
    }
}
