package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Question;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/** The command line as shipped: NLP on by default, with real CoreNLP (seconds to load, hence an IT). */
class ExtractCommandIT {

    @Test
    void nlpIsOnByDefaultAndQuiet() throws Exception {
        Path paper = TestPapers.path("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        Run r = Cli.runAsShipped("extract", "--type", "question", paper.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "CoreNLP's loading chatter is silenced");
        List<Question> qs = PaperJson.readExtraction(r.out()).records(Question.class);
        // Minutes of 13 July 2021: "Nicola Cranch asked how many children were waiting for an EHCP …
        // Andrea Winstone said that there were currently 135 EHCPs in process which usually took 20 weeks".
        Question cranch = qs.stream().filter(q -> q.askedBy().name().equals("Nicola Cranch")).findFirst().orElseThrow();
        assertTrue(cranch.mentions().people().contains("Nicola Cranch"), cranch.mentions().toString());
        assertTrue(cranch.mentions().people().contains("Andrea Winstone"), cranch.mentions().toString());
        assertTrue(r.out().contains("\"mentions\""));
        Extraction again = PaperJson.readExtraction(r.out());
        assertEquals(qs.size(), again.records().size());
    }
}
