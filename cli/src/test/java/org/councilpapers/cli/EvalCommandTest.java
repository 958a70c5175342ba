package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    // A paper with one judgement sentence the real extractors find, and expected records with one hit and one miss.
    private void sample() throws IOException {
        Files.createDirectories(dir.resolve("papers"));
        Files.createDirectories(dir.resolve("expected"));
        Files.writeString(dir.resolve("papers/p.txt"), "In 2016 children's services in Barset were judged to be 'Requires Improvement'.\n");
        Files.writeString(dir.resolve("expected/p.json"), """
                {"paper": "p.txt", "notes": "test",
                 "records": [
                   {"type": "judgement", "authority": "Barset", "year": 2016, "grade": "REQUIRES_IMPROVEMENT", "basis": "text"},
                   {"type": "finding", "kind": "IMPROVEMENT", "text": "Something the program will not find"}]}""");
    }

    @Test
    void printsPrecisionRecallAndF1PerType() throws IOException {
        sample();
        Cli.Run r = Cli.run("eval", "--papers", dir.resolve("papers").toString(), "--expected", dir.resolve("expected").toString());
        assertEquals(0, r.code(), r.err());
        String judgement = r.outLines().stream().filter(l -> l.startsWith("judgement ")).findFirst().orElseThrow();
        assertEquals(List.of("judgement", "1", "1", "1", "1.000", "1.000", "1.000"), List.of(judgement.trim().split("\\s+")));
        String finding = r.outLines().stream().filter(l -> l.startsWith("finding ")).findFirst().orElseThrow();
        assertEquals(List.of("finding", "1", "0", "0", "0.000", "0.000", "0.000"), List.of(finding.trim().split("\\s+")));
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("all ") && l.contains(" 2 ")), r.out());
    }

    @Test
    void verboseListsWhatWasMissedAndJsonIsMachineReadable() throws Exception {
        sample();
        String papers = dir.resolve("papers").toString();
        String expected = dir.resolve("expected").toString();
        Cli.Run v = Cli.run("eval", "--papers", papers, "--expected", expected, "--verbose");
        assertTrue(v.out().contains("missed: {\"type\":\"finding\""), v.out());
        JsonNode json = PaperJson.mapper().readTree(Cli.run("eval", "--papers", papers, "--expected", expected, "--json").out());
        assertEquals(1, json.get("papers").asInt());
        assertEquals(0.5, json.get("overall").get("recall").asDouble());
    }

    @Test
    void aFormIsNamedAsPrintedAndTheKentCabinetSetIsReadFromItsOwnFolders() throws IOException {
        Path papers = dir.resolve("papers/real/kent/cabinet-2025-01-30");
        Files.createDirectories(papers);
        Files.createDirectories(dir.resolve("expected/kent-cabinet"));
        Files.writeString(papers.resolve("p.txt"), "In 2016 children's services in Barset were judged to be 'Requires Improvement'.\n");
        Files.writeString(dir.resolve("expected/kent-cabinet/p.json"), """
                {"paper": "real/kent/cabinet-2025-01-30/p.txt", "notes": "test",
                 "records": [{"type": "judgement", "authority": "Barset", "year": 2016, "grade": "REQUIRES_IMPROVEMENT", "basis": "text"}]}""");
        for (String name : List.of("kent-cabinet", "KENT_CABINET")) {
            Cli.Run r = Cli.run("eval", "--papers", dir.resolve("papers").toString(), "--expected", dir.resolve("expected").toString(),
                    "--forms", name);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Accuracy on 1 papers (kent-cabinet form)"), r.out());
            String judgement = r.outLines().stream().filter(l -> l.startsWith("judgement ")).findFirst().orElseThrow();
            assertEquals(List.of("judgement", "1", "1", "1", "1.000", "1.000", "1.000"), List.of(judgement.trim().split("\\s+")));
        }
    }

    @Test
    void anUnknownFormIsAUsageErrorThatListsTheForms() throws IOException {
        sample();
        Cli.Run r = Cli.run("eval", "--papers", dir.resolve("papers").toString(), "--expected", dir.resolve("expected").toString(),
                "--forms", "kent");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown form 'kent'") && r.err().contains("heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, kent-cabinet"), r.err());
    }

    @Test
    void missingFoldersAreAnInputError() {
        Cli.Run r = Cli.run("eval", "--papers", dir.resolve("nope").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such folder"), r.err());
    }
}
