package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

class AuditCommandTest {
    private static final String MINUTES = """
            Minutes of the meeting of the Cabinet held on 3 March 2024

            Present: Councillors Able (Chair), Baker and Cole

            4. Fostering Fees

            RESOLVED that the fostering fees rise by 3% from April 2024.
            """;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    // In-process, as Main runs it, with audit built on the library given (no extractors makes every marker a gap).
    private static Run run(CouncilPapers papers, String... args) {
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AuditCommand.class ? cls.cast(new AuditCommand(() -> papers)) : CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CouncilPapersCommand.commandLine(factory);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path minutes() throws IOException {
        return Files.writeString(dir.resolve("cabinet-minutes.txt"), MINUTES, StandardCharsets.UTF_8);
    }

    @Test
    void textTableSaysEvidenceRecordsAndVerdictPerType() throws IOException {
        Run r = run(CouncilPapers.builder().build(), "audit", minutes().toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("cabinet-minutes.txt (minutes, 1 page) ok", lines.get(0));
        assertEquals("  type                 evidence  records  verdict", lines.get(1));
        assertTrue(lines.contains("  resolution                  1        1  ok"), r.out());
        assertTrue(lines.contains("Audit of 1 paper: 0 flagged"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("resolution\\s+1\\s+1\\s+1\\s+0\\s+0\\s+0")), r.out());
    }

    @Test
    void aPaperWithEvidenceAndNoRecordsIsFlaggedWithItsGap() throws IOException {
        Run r = run(CouncilPapers.builder().extractors(List.of()).build(), "audit", minutes().toString());
        assertEquals(0, r.code(), "a flagged paper is a finding, not a failure");
        assertTrue(r.out().startsWith("cabinet-minutes.txt (minutes, 1 page) FLAGGED\n"), r.out());
        assertTrue(r.out().contains("  resolution                  1        0  evidence-no-records\n"), r.out());
        assertTrue(r.out().contains("  gap  resolution         p.1         1 marker   decision line: \"RESOLVED that the fostering fees rise by 3% from April 2024.\""),
                r.out());
    }

    @Test
    void jsonIsOneDocumentOfPapersAndSummary() throws IOException {
        Run r = run(CouncilPapers.builder().extractors(List.of()).build(), "audit", "--json", minutes().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = PaperJson.mapper().readTree(r.out());
        assertEquals(List.of("papers", "summary"), iterable(root.fieldNames()));
        JsonNode paper = root.get("papers").get(0);
        assertEquals("cabinet-minutes.txt", paper.get("source").asText());
        assertEquals("MINUTES", paper.get("kind").asText());
        assertTrue(paper.get("flagged").asBoolean());
        JsonNode resolution = find(paper.get("types"), "resolution");
        assertEquals(1, resolution.get("evidence").asInt());
        assertEquals(0, resolution.get("records").asInt());
        assertEquals("evidence-no-records", resolution.get("verdict").asText());
        JsonNode gap = find(paper.get("gaps"), "resolution");
        assertEquals(1, gap.get("fromPage").asInt());
        assertEquals("decision line", gap.get("cue").asText());
        JsonNode marker = find(paper.get("markers"), "resolution");
        assertEquals(1, marker.get("page").asInt());
        assertEquals(1, root.get("summary").get("papers").asInt());
        assertEquals(1, root.get("summary").get("flagged").asInt());
        JsonNode sum = find(root.get("summary").get("types"), "resolution");
        assertEquals(1, sum.get("papersFlagged").asInt());
    }

    @Test
    void anUnreadableFileInAFolderIsALineAndTheRunGoesOn() throws IOException {
        minutes();
        Files.write(dir.resolve("broken.pdf"), "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        Run r = run(CouncilPapers.builder().build(), "audit", "--flagged", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("councilpapers: " + dir.resolve("broken.pdf") + ": skipped: ")), r.err());
        assertTrue(r.err().contains("councilpapers: 1 file read, 1 failed"), r.err());
        assertFalse(r.out().contains("cabinet-minutes.txt"), "--flagged leaves out the papers that are ok");
        assertTrue(r.out().startsWith("Audit of 1 paper: 0 flagged"), r.out());
    }

    @Test
    void aMissingFileNamedOnTheCommandLineExitsTwo() {
        Run r = run(CouncilPapers.builder().build(), "audit", dir.resolve("nope.pdf").toString());
        assertEquals(2, r.code());
        assertEquals("councilpapers: " + dir.resolve("nope.pdf") + ": no such file", r.err().strip());
    }

    @Test
    void helpTeachesWithAnExample() {
        Run r = run(CouncilPapers.builder().build(), "audit", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("evidence-no-records"), r.out());
        assertTrue(r.out().contains("councilpapers audit papers/ --flagged"), r.out());
    }

    private static JsonNode find(JsonNode array, String type) {
        for (JsonNode n : array) {
            if (type.equals(n.get("type").asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + type + " in " + array);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        java.util.List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
