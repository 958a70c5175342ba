package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.export.CsvWriter;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    // --- one paper

    @Test
    void onePaperPrintsItsEnvelope() throws IOException {
        Path paper = TestPapers.path("thurrock-2019-ofsted-ilacs-report.txt");
        Run r = Cli.run("extract", paper.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Extraction x = PaperJson.readExtraction(r.out());
        assertEquals("thurrock-2019-ofsted-ilacs-report.txt", x.document().source());
        assertEquals(Extraction.SCHEMA_VERSION, x.schemaVersion());
        assertEquals(64, x.document().id().length(), "sha256 hex");
    }

    @Test
    void noNlpLeavesRecordsWithoutMentions() throws IOException {
        Path paper = TestPapers.path("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        Run r = Cli.runAsShipped("extract", "--no-nlp", "--type", "question", paper.toString());

        assertEquals(0, r.code(), r.err());
        Extraction x = PaperJson.readExtraction(r.out());
        assertTrue(x.records().size() > 20, "the minutes' questions: " + x.records().size());
        assertTrue(x.records().stream().allMatch(q -> q.mentions().isEmpty()));
        assertFalse(r.out().contains("\"mentions\""), "no mentions field in the JSON");
    }

    @Test
    void typeKeepsOnlyThoseRecordsInTheEnvelope() throws IOException {
        Path paper = write("inspection.txt", "Grade: Overall effectiveness\n\nFinding: Return home interviews\n");
        Extraction all = PaperJson.readExtraction(Cli.runWithLineExtractor("extract", paper.toString()).out());
        Extraction judgements = PaperJson.readExtraction(Cli.runWithLineExtractor("extract", paper.toString(), "--type", "judgement").out());

        assertEquals(List.of(RecordType.JUDGEMENT, RecordType.FINDING), all.records().stream().map(r -> r.type()).toList());
        assertEquals(List.of(RecordType.JUDGEMENT), judgements.records().stream().map(r -> r.type()).toList());
        assertEquals(all.document(), judgements.document());
    }

    // --- bad files named on the command line: one line, exit 2, nothing on stdout

    @Test
    void missingFileIsOneLineAndExitTwo() {
        Path missing = tmp.resolve("missing.pdf");
        Run r = Cli.run("extract", missing.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + missing + ": no such file"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void binaryFileOfUnknownFormatIsUnsupported() throws IOException {
        Path bin = tmp.resolve("scan.xyz");
        Files.write(bin, new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10});
        Run r = Cli.run("extract", bin.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + bin + ": unsupported format (application/octet-stream)"), r.errLines());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path empty = write("empty.txt", "");
        Run r = Cli.run("extract", empty.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + empty + ": is empty"), r.errLines());
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path empty = write("empty.txt", "");
        Run r = Cli.run("extract", empty.toString(), "--debug");

        assertEquals(2, r.code());
        assertEquals("councilpapers: " + empty + ": is empty", r.errLines().get(0));
        assertTrue(r.err().contains("UnreadablePaperException"), r.err());
        assertTrue(r.errLines().size() > 2, "a stack trace follows");
    }

    @Test
    void aNamedFailureFailsTheRunButTheOtherPapersAreStillRead() throws IOException {
        Path good = write("good.txt", "Grade: Overall effectiveness\n");
        Path missing = tmp.resolve("missing.txt");
        Run r = Cli.runWithLineExtractor("extract", missing.toString(), good.toString(), "--format", "jsonl");

        assertEquals(2, r.code());
        assertEquals(1, r.outLines().size());
        assertEquals(List.of("councilpapers: " + missing + ": no such file",
                "councilpapers: 1 file read, 1 failed, 1 record, 0 warnings"), r.errLines());
    }

    // --- folders

    @Test
    void badFileInAFolderIsSkippedAndTheRestRead() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(dir.resolve("a-report.txt"), "Grade: Overall effectiveness\n");
        Files.write(dir.resolve("b-scan.xyz"), new byte[] {0, 1, 2, 3});
        Run r = Cli.runWithLineExtractor("extract", dir.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("councilpapers: " + dir.resolve("b-scan.xyz") + ": skipped: unsupported format (application/octet-stream)",
                "councilpapers: 1 file read, 1 failed, 1 record, 0 warnings"), r.errLines());
        JsonNode envelopes = PaperJson.mapper().readTree(r.out());
        assertTrue(envelopes.isArray());
        assertEquals(1, envelopes.size());
        assertEquals("a-report.txt", envelopes.get(0).get("document").get("source").asText());
    }

    @Test
    void folderIsWalkedRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
        Path dir = tmp.resolve("papers");
        write("papers/b.txt", "b\n");
        write("papers/a/c.txt", "c\n");
        write("papers/.notes.txt", "hidden\n");
        write("papers/.git/objects.txt", "hidden folder\n");
        Run r = Cli.run("extract", dir.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("c.txt", "b.txt"), sources(PaperJson.mapper().readTree(r.out())));
        assertEquals(List.of("councilpapers: 2 files read, 0 failed, 0 records, 0 warnings"), r.errLines());
    }

    @Test
    void folderWithNothingToReadIsANamedFailure() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nothing"));
        write("nothing/.DS_Store", "x");
        Run r = Cli.run("extract", dir.toString());

        assertEquals(2, r.code());
        assertEquals("councilpapers: " + dir + ": folder has no papers to read", r.errLines().get(0));
        assertEquals("[]", r.out().strip(), "still valid JSON");
    }

    @Test
    void severalPapersOnStdoutMakeAJsonArrayInCommandLineOrder() throws IOException {
        Path b = write("b.txt", "Grade: Overall effectiveness\n");
        Path a = write("a.txt", "Finding: Return home interviews\n");
        Run r = Cli.runWithLineExtractor("extract", b.toString(), a.toString());

        assertEquals(0, r.code(), r.err());
        JsonNode envelopes = PaperJson.mapper().readTree(r.out());
        assertEquals(List.of("b.txt", "a.txt"), sources(envelopes));
        assertEquals("judgement", envelopes.get(0).get("records").get(0).get("type").asText());
    }

    // --- --out

    @Test
    void outWritesOneEnvelopePerPaperNamedByItsBaseName() throws IOException {
        Path x = write("a/x.txt", "Grade: Overall effectiveness\n");
        Path y = write("b/y.report.md", "Finding: Return home interviews\n");
        Path out = tmp.resolve("out");
        Run r = Cli.runWithLineExtractor("extract", x.toString(), y.toString(), "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("x.json", "y.report.json"), list(out));
        Extraction ex = PaperJson.readExtraction(Files.readString(out.resolve("x.json")));
        assertEquals("x.txt", ex.document().source());
        assertEquals(1, ex.records().size());
    }

    @Test
    void papersSharingABaseNameAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path first = write("a/x.txt", "one\n");
        Path second = write("b/X.md", "two\n");
        Path out = tmp.resolve("out");
        Run r = Cli.run("extract", first.toString(), second.toString(), "--out", out.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + first + " and " + second + ": would both be written to " + out.resolve("X.json")
                + "; nothing was written (extract them in separate runs, or use --format jsonl)"), r.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void outThatIsAFileIsRefused() throws IOException {
        Path paper = write("x.txt", "one\n");
        Path notADir = write("out", "a file\n");
        Run r = Cli.run("extract", paper.toString(), "--out", notADir.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + notADir + ": exists and is not a folder"), r.errLines());
    }

    @Test
    void outputFolderInsideTheInputFolderIsNotReadBack() throws IOException {
        write("papers/x.txt", "Grade: Overall effectiveness\n");
        Path dir = tmp.resolve("papers");
        Path out = dir.resolve("out");
        Run first = Cli.runWithLineExtractor("extract", dir.toString(), "--out", out.toString());
        Run second = Cli.runWithLineExtractor("extract", dir.toString(), "--out", out.toString());

        assertEquals(0, second.code(), second.err());
        assertEquals(first.err(), second.err());
        assertEquals(List.of("councilpapers: 1 file read, 0 failed, 1 record, 0 warnings"), second.errLines());
        assertEquals(List.of("x.json"), list(out));
    }

    // --- jsonl and csv

    @Test
    void jsonlHasOneLinePerRecordOfEveryPaper() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n\nGrade: Care leavers\n\nFinding: Return home interviews\n");
        Path b = write("b.txt", "Grade: Help and protection\n");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), b.toString(), "--format", "jsonl");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(4, lines.size());
        List<String> sources = new ArrayList<>();
        for (String line : lines) {
            JsonNode n = PaperJson.mapper().readTree(line);
            assertEquals(64, n.get("documentId").asText().length());
            sources.add(n.has("documentSource") ? n.get("documentSource").asText() : n.get("source").asText());
        }
        assertEquals(List.of("a.txt", "a.txt", "a.txt", "b.txt"), sources);
        assertEquals("councilpapers: 2 files read, 0 failed, 4 records, 0 warnings", r.errLines().get(0));
    }

    @Test
    void jsonlOutGoesToRecordsJsonl() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n\nFinding: Return home interviews\n");
        Path out = tmp.resolve("out");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), "--format", "jsonl", "--type", "finding", "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("records.jsonl"), list(out));
        List<String> lines = Files.readAllLines(out.resolve("records.jsonl"));
        assertEquals(1, lines.size());
        assertEquals("finding", PaperJson.mapper().readTree(lines.get(0)).get("type").asText());
    }

    @Test
    void warningsGoToStderrAndNeverIntoTheRecords() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n\nWarn: table cut short\n");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), "--format", "jsonl");

        assertEquals(0, r.code());
        assertEquals(List.of(a + ": warning: OTHER table cut short (page 1)"), r.errLines());
        assertFalse(r.out().contains("cut short"));
    }

    @Test
    void csvOnStdoutNeedsAType() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n");
        Run r = Cli.run("extract", a.toString(), "--format", "csv");

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: --format csv on stdout prints one table: add --type TYPE (one type), or --out DIR to write a table per type",
                "Try 'councilpapers extract --help' for more information."), r.errLines());
    }

    @Test
    void csvWithATypePrintsThatTable() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n\nFinding: Return home interviews\n\nGrade: Care leavers\n");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), "--format", "csv", "--type", "judgement");

        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(CsvWriter.header(RecordType.JUDGEMENT), rows.get(0).toList());
        assertEquals(3, rows.size());
        int area = CsvWriter.header(RecordType.JUDGEMENT).indexOf("area");
        assertEquals("Overall effectiveness", rows.get(1).get(area));
        assertEquals("Care leavers", rows.get(2).get(area));
    }

    @Test
    void csvOutWritesATablePerTypeEvenWhenEmpty() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n\nFinding: Return home interviews\n");
        Path out = tmp.resolve("out");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), "--format", "csv", "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        List<String> expected = Stream.of(RecordType.values()).map(t -> t.jsonName() + ".csv").sorted().toList();
        assertEquals(expected, list(out));
        assertEquals(2, csv(Files.readString(out.resolve("judgement.csv"))).size());
        assertEquals(2, csv(Files.readString(out.resolve("finding.csv"))).size());
        List<CSVRecord> meetings = csv(Files.readString(out.resolve("meeting.csv")));
        assertEquals(List.of(CsvWriter.header(RecordType.MEETING)), meetings.stream().map(CSVRecord::toList).toList());
    }

    // --- usage and internal errors

    @Test
    void unknownTypeIsAUsageError() {
        Run r = Cli.run("extract", "x.txt", "--type", "minutes");

        assertEquals(2, r.code());
        assertTrue(r.errLines().get(0).startsWith("councilpapers: Invalid value for option '--type'"), r.err());
        assertTrue(r.errLines().get(0).contains("unknown record type 'minutes'"), r.err());
    }

    @Test
    void typeTakesTheJsonNameOrAnotherSpelling() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), "--format", "csv", "--type", "JUDGEMENT");

        assertEquals(0, r.code(), r.err());
        assertEquals(2, csv(r.out()).size());
    }

    @Test
    void noPathIsAUsageError() {
        Run r = Cli.run("extract");

        assertEquals(2, r.code());
        assertEquals("councilpapers: Missing required parameter: 'PATH'", r.errLines().get(0));
    }

    @Test
    void failureInsideTheLibraryIsOneLineExitOneAndTheOtherPapersAreRead() throws IOException {
        Path crash = write("a.txt", "Crash\n");
        Path good = write("b.txt", "Grade: Overall effectiveness\n");
        Run r = Cli.runWithLineExtractor("extract", crash.toString(), good.toString(), "--format", "jsonl");

        assertEquals(1, r.code());
        assertEquals(List.of("councilpapers: " + crash + ": internal error: IllegalStateException: boom (run again with --debug for the stack trace)",
                "councilpapers: 1 file read, 1 failed, 1 record, 0 warnings"), r.errLines());
        assertEquals(1, r.outLines().size());
    }

    @Test
    void failureInsideTheLibraryWithDebugShowsWhere() throws IOException {
        Path crash = write("a.txt", "Crash\n");
        Run r = Cli.runWithLineExtractor("extract", crash.toString(), "--debug");

        assertEquals(1, r.code());
        assertEquals("councilpapers: " + crash + ": internal error: IllegalStateException: boom", r.errLines().get(0));
        assertTrue(r.err().contains("at org.councilpapers.cli.LineExtractor.extract"), r.err());
    }

    // --- the sample papers

    @Test
    void samplePapersGiveOneJsonlLinePerRecord() throws IOException {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl"));
        TestPapers.textPapers().forEach(p -> args.add(p.toString()));
        Run r = Cli.run(args.toArray(String[]::new));

        assertEquals(0, r.code(), r.err());
        int records = 0;
        for (Path p : TestPapers.textPapers()) {
            records += PaperJson.readExtraction(Cli.run("extract", p.toString()).out()).records().size();
        }
        assertEquals(records, r.outLines().size());
        String summary = r.errLines().get(r.errLines().size() - 1);
        assertEquals("councilpapers: " + TestPapers.textPapers().size() + " files read, 0 failed, " + records
                + (records == 1 ? " record, " : " records, "), summary.substring(0, summary.lastIndexOf(", ") + 2));
    }

    private Path write(String relative, String text) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> sources(JsonNode envelopes) {
        List<String> s = new ArrayList<>();
        envelopes.forEach(e -> s.add(e.get("document").get("source").asText()));
        return s;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void severalTypesCommaSeparatedAndAReadableListing() throws IOException {
        Path a = write("a.txt", "Grade: Overall effectiveness\n\nFinding: Return home interviews\n\nWarn: odd table\n");
        Run r = Cli.runWithLineExtractor("extract", a.toString(), "--type", "judgement,finding", "--format", "text");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertTrue(lines.get(0).startsWith("a.txt  (OTHER"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+judgement\\s+Ofsted · Overall effectiveness: GOOD \\(\"Good\", table\\)\\s+\\[page 1\\]")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+finding\\s+IMPROVEMENT · Ofsted · Return home interviews\\s+\\[page \\d\\]")), r.out());
        Run onlyFindings = Cli.runWithLineExtractor("extract", a.toString(), "--type", "finding", "--format", "text");
        assertTrue(onlyFindings.outLines().stream().noneMatch(l -> l.contains("judgement")), onlyFindings.out());
        Run twoTables = Cli.runWithLineExtractor("extract", a.toString(), "--type", "judgement,finding", "--format", "csv");
        assertEquals(2, twoTables.code(), "csv on stdout is one table, so one type");
    }
}
