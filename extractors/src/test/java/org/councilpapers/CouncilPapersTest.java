package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class CouncilPapersTest {
    private final CouncilPapers papers = CouncilPapers.builder().build();

    @Test
    void aDocumentsOwnRagKeyReachesTheEnvelope() throws IOException {
        Extraction x = papers.extract(TestPapers.path("variants/plan-quarterly-fills-key.txt"));
        assertEquals("Action completed and signed off by the board", x.ragScale().get(RagStatus.COMPLETED));
        assertEquals("Off track, needs escalation to the board", x.ragScale().get(RagStatus.RED));
        assertEquals(4, x.ragScale().size());
    }

    @Test
    void aDocumentWithoutAKeyHasAnEmptyScale() throws IOException {
        String text = "Minutes of the meeting\n\nThe committee noted the report.\n";
        Extraction x = papers.extract(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "minutes.txt");
        assertTrue(x.ragScale().isEmpty());
    }
}
