package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkProgrammeColumnsTest {
    @Test
    void requestedByIsNotTakenForTheLeadOfficerThoughItSaysOfficer() {
        assertEquals(new WorkProgrammeColumns(-1, 0, 1, 2),
                WorkProgrammeColumns.of(List.of("Topic", "Lead Officer", "Requested by Officer/Member")).orElseThrow());
    }

    @Test
    void columnsInAnyOrderAndWording() {
        assertEquals(new WorkProgrammeColumns(0, 1, 2, 3),
                WorkProgrammeColumns.of(List.of("Meeting date", "Topic", "Lead officer", "Requested by")).orElseThrow());
        assertEquals(new WorkProgrammeColumns(3, 0, 1, 2),
                WorkProgrammeColumns.of(List.of("Item", "Report author", "Source", "Date of meeting")).orElseThrow());
        assertEquals(new WorkProgrammeColumns(0, 1, 3, -1),
                WorkProgrammeColumns.of(List.of("Meeting", "Report title", "Decision maker", "Responsible officer")).orElseThrow());
    }

    @Test
    void otherTablesAreNotWorkProgrammes() {
        assertTrue(WorkProgrammeColumns.of(List.of("", "Page")).isEmpty());
        assertTrue(WorkProgrammeColumns.of(List.of("Action", "Timescale", "Responsible Officer")).isEmpty(), "no topic column");
        assertTrue(WorkProgrammeColumns.of(List.of("Pupil Place Plan Annual Report", "Sarah Williams", "Members (requested November 2020)"))
                .isEmpty(), "a content row is no header");
    }
}
