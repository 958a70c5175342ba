package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    @TempDir
    static Path tmp;

    private static String index;

    @BeforeAll
    static void build() throws IOException {
        index = IndexFixture.build(tmp.resolve("index")).toString();
    }

    @Test
    void tableFollowsTheSubjectOldestFirst() {
        Run r = Cli.run("trace", "return", "home", "interviews", "--council", "thurrock", "--index", index);

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals("Trace of 'return home interviews': 4 related records, oldest first.", lines.get(0));
        assertEquals("Matched on: return, home, interview (at least 2 of them)", lines.get(1));
        List<String> heads = lines.stream().filter(l -> l.matches("^\\d{4}.*")).map(String::stripTrailing).toList();
        assertEquals(List.of(
                "2016-03    recommendation  committee-2016.txt p.2  [Thurrock]",
                "2017-09    action          plan-2017.txt p.2  [Thurrock]",
                "2019-11    finding         ilacs-2019.txt p.4  [Thurrock]",
                "2021-06    finding         focused-visit-2021.txt p.2  [Thurrock]"), heads);
        assertTrue(lines.contains("           Commission a [return] [home] [interview] service | 1.1 | Head of Service"), r.out());
    }

    @Test
    void aRecordInTwoFormsOfAPaperIsOneStepWithItsCopyNamed() throws IOException {
        String withCopy = IndexFixture.buildWithCopy(tmp.resolve("with-copy")).toString();

        Run r = Cli.run("trace", "return", "home", "interviews", "--council", "thurrock", "--index", withCopy);

        assertEquals(0, r.code(), r.err());
        assertEquals("Trace of 'return home interviews': 4 related records, oldest first.", r.outLines().get(0));
        assertTrue(r.outLines().contains("           also in ilacs-2019.pdf p.2"), r.out());

        Run json = Cli.run("trace", "return", "home", "interviews", "--council", "thurrock", "--index", withCopy, "--json");
        JsonNode steps = PaperJson.mapper().readTree(json.out()).get("steps");
        assertEquals(4, steps.size());
        JsonNode report = steps.get(2);
        assertEquals("ilacs-2019.txt", report.get("source").asText());
        assertEquals("ilacs-2019.pdf", report.get("alsoIn").get(0).get("source").asText());
        assertEquals(0, steps.get(0).get("alsoIn").size(), "a step with no copy has an empty list");
    }

    @Test
    void fromARecordIdItStaysWithTheRecordsCouncil() throws IOException {
        Run r = Cli.run("trace", IndexFixture.id("ilacs-2019.txt", 3), "--index", index, "--json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = PaperJson.mapper().readTree(r.out());
        assertEquals("ilacs-2019.txt#3", root.get("seedRecord").asText());
        List<String> sources = new ArrayList<>();
        root.get("steps").forEach(s -> sources.add(s.get("source").asText()));
        assertTrue(sources.contains("ilacs-2019.txt") && sources.contains("focused-visit-2021.txt"), sources.toString());
        assertTrue(!sources.contains("essex-2018.txt"), "another council's paper: " + sources);
        assertEquals("committee-2016.txt", sources.get(0), "oldest first");
        assertEquals(4, sources.size(), "the story, without the judgements that merely share a word: " + sources);
    }

    @Test
    void typeSaysWhetherPassagesAreFollowed() throws IOException {
        String passages = IndexFixture.buildWithPassages(tmp.resolve("passages")).toString();

        assertEquals("Trace of 'return home interviews': 1 related record and 1 passage, oldest first.",
                Cli.run("trace", "return", "home", "interviews", "--index", passages).outLines().get(0));
        assertEquals("Trace of 'return home interviews': 1 related record and 1 passage, oldest first.",
                Cli.run("trace", "return", "home", "interviews", "-t", "finding,passage", "--index", passages).outLines().get(0));
        assertEquals("Trace of 'return home interviews': 1 related record, oldest first.",
                Cli.run("trace", "return", "home", "interviews", "-t", "finding", "--index", passages).outLines().get(0));
        Run only = Cli.run("trace", "return", "home", "interviews", "-t", "passage", "--index", passages);
        assertEquals("Trace of 'return home interviews': 1 related passage, oldest first.", only.outLines().get(0));
        assertTrue(only.out().contains("ilacs-2019.txt p.4"), only.out());
    }

    @Test
    void onlyCommonWordsIsSaidPlainly() {
        Run r = Cli.run("trace", "the", "of", "--index", index);

        assertEquals(0, r.code());
        assertEquals(List.of("Nothing to trace from 'the of': no words left to match once common words are dropped."), r.outLines());
    }

    @Test
    void nothingRelatedIsSaidPlainly() {
        Run r = Cli.run("trace", "zebra", "crossings", "--index", index);

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("No related records for 'zebra crossings'. Matched on: zebra, cross (at least 1 of them)"), r.outLines());
    }

    @Test
    void badQueryIsOneLineAndExitTwo() {
        Run r = Cli.run("trace", "(return home", "--index", index);

        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size());
        assertTrue(r.err().startsWith("councilpapers: bad query '(return home' at character 13: the query ends too early"), r.err());
    }
}
