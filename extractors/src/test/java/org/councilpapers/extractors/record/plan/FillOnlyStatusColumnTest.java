package org.councilpapers.extractors.record.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * A plan column headed as progress ("Progress", "Progress update") whose cells hold only a fill each, no words and no key
 * printed, states each action's status by its colour: the cells, not the header, say what the column holds. A column of one
 * pale shade over every row is decoration, and states nothing.
 */
class FillOnlyStatusColumnTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String variant) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + variant));
    }

    @Test
    void fillsUnderProgressAreEachActionsStatus() throws IOException {
        Extraction x = read("plan-html-progress-column-fills-only.txt");
        List<Action> as = x.records(Action.class);
        assertEquals(List.of("H1", "H2", "H3", "H4"), as.stream().map(Action::reference).toList(), as.toString());
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.GREEN), as.stream().map(Action::status).toList());
        assertEquals(Arrays.asList(null, null, null, null), as.stream().map(Action::progress).toList(), "a fill is no progress text");
        assertEquals(1, x.records(RagTable.class).size());
    }

    @Test
    void fillsUnderProgressUpdateAreStatusesAndOnePaleShadeIsNone() throws IOException {
        Extraction x = read("plan-html-update-column-fills-only-shaded-lookalike.txt");
        List<Action> as = x.records(Action.class);
        assertEquals(6, as.size(), as.toString());
        assertEquals(Arrays.asList(RagStatus.AMBER, RagStatus.GREEN, RagStatus.GREEN, null, null, null), as.stream().map(Action::status).toList(),
                "the climate actions' fills are statuses; the housing actions' one pale shade is none");
        assertEquals(List.of("Climate action plan – progress"), x.records(RagTable.class).stream().map(t -> t.title().replaceFirst("^Agenda item 6: ", ""))
                .toList(), "only the plan with statuses is a RAG table");
    }
}
