package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionVerbsTest {
    @Test
    void thingsToDoStartWithAVerbAsPrinted() {
        for (String s : List.of("Develop and implement a joint research function", "Raise awareness of the advice platform", "Embeds TELS",
                "Working with colleges to showcase technologies", "Conducting an evaluation", "raising awareness", "apply for funding")) {
            assertTrue(ActionVerbs.leads(s), s);
        }
    }

    @Test
    void namesOfThingsDoNot() {
        for (String s : List.of("Trauma informed practice training", "MECC programme for family hubs", "Perinatal awareness training",
                "Public Health registrars", "New Health Inequalities Surveillance tool", "", "2025")) {
            assertFalse(ActionVerbs.leads(s), s);
        }
    }
}
