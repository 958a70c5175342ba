package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The labels plans put before a quoted point, left off; words that only start like a label are kept. */
class SourceLabelsTest {
    @Test
    void inspectorateListLabelsWithOrWithoutNumbersAreLeftOff() {
        assertEquals("The timeliness of audits", SourceLabels.strip("Area for improvement 2: The timeliness of audits"));
        assertEquals("Leaders should act", SourceLabels.strip("AFI 3 – Leaders should act"));
        assertEquals("Reduce waiting times", SourceLabels.strip("Priority action 1: Reduce waiting times"));
        assertEquals("Recruit staff", SourceLabels.strip("Recommendation 4 – Recruit staff"));
        assertEquals("Recruit staff", SourceLabels.strip("Ofsted recommendation 2: Recruit staff"));
        assertEquals("Oversight of plans", SourceLabels.strip("Ofsted: Oversight of plans"));
        assertEquals("Oversight of plans", SourceLabels.strip("Areas for development - Oversight of plans"));
    }

    @Test
    void wordsThatOnlyStartLikeALabelAreKept() {
        assertEquals("Priority 2: Early help", SourceLabels.strip("Priority 2: Early help"), "a plan's own theme, no inspectorate's list");
        assertEquals("Recruit – three plan writers", SourceLabels.strip("Recruit – three plan writers"));
        assertEquals("Recommendations from the review", SourceLabels.strip("Recommendations from the review"));
        assertEquals("2.1 Recommendation", SourceLabels.strip("2.1 Recommendation"));
    }
}
