package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.export.CsvWriter;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    static Path tmp;

    private static String index;

    @BeforeAll
    static void build() throws IOException {
        index = IndexFixture.build(tmp.resolve("index")).toString();
    }

    @Test
    void judgementsAreTheDefaultDatasetAsCsv() throws IOException {
        Run r = Cli.run("export", "--index", index);

        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        assertEquals(CsvWriter.header(RecordType.JUDGEMENT), rows.get(0).toList());
        List<CSVRecord> data = rows.subList(1, rows.size());
        assertEquals(5, data.size(), "two 2016, two 2019 and one Essex judgement");
        // Paper order is by file name: essex-2018, ilacs-2016, ilacs-2019.
        CSVRecord essex = data.get(0);
        assertEquals("essex-2018.txt", value(rows, essex, "source"));
        assertEquals("Essex", value(rows, essex, "authority"));
        assertEquals("OUTSTANDING", value(rows, essex, "grade"));
        assertEquals("2018", value(rows, essex, "year"));
        assertEquals("2", value(rows, essex, "provenance.page"));
        CSVRecord help2016 = data.get(2);
        assertEquals("ilacs-2016.txt", value(rows, help2016, "source"));
        assertEquals("Children who need help and protection", value(rows, help2016, "area"));
        assertEquals("INADEQUATE", value(rows, help2016, "grade"));
        assertEquals("2016-01-10", value(rows, help2016, "inspectionStart"));
        assertEquals(List.of("councilpapers: 5 records exported (judgement)"), r.errLines());
    }

    @Test
    void filtersNarrowTheRows() throws IOException {
        Run r = Cli.run("export", "--index", index, "--authority", "thurrock", "--grade", "good");

        List<CSVRecord> rows = parse(r.out());
        assertEquals(3, rows.size(), "header and the two Good judgements of 2019");
        assertEquals("ilacs-2019.txt", value(rows, rows.get(1), "source"));
    }

    @Test
    void jsonLinesCarryTheDocumentFieldsAndTheRecord() throws IOException {
        Path out = tmp.resolve("findings.jsonl");
        Run r = Cli.run("export", "--index", index, "--type", "finding", "--format", "jsonl", "--out", out.toString(), "--query", "missing");

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        JsonNode first = PaperJson.mapper().readTree(lines.get(0));
        assertEquals("essex-2018.txt", first.get("documentSource").asText(), "a finding has its own 'source', so the paper's is prefixed");
        assertEquals("finding", first.get("type").asText());
        assertEquals("Essex", first.get("authority").asText());
        assertTrue(first.get("documentId").asText().matches("[0-9a-f]{64}"));
    }

    @Test
    void csvOfSeveralTypesAndJsonAreRefused() {
        Run several = Cli.run("export", "--index", index, "--type", "finding,action");
        assertEquals(2, several.code());
        assertTrue(several.err().startsWith("councilpapers: --format csv writes one table: give one --type, or use --format jsonl"), several.err());

        Run json = Cli.run("export", "--index", index, "--format", "json");
        assertEquals(2, json.code());
        assertTrue(json.err().startsWith("councilpapers: unknown export format 'json' (expected csv or jsonl)"), json.err());
    }

    @Test
    void passagesAreRefusedSayingWhy() {
        for (String types : new String[] {"passage", "finding,passage"}) {
            Run r = Cli.run("export", "--index", index, "--type", types, "--format", "jsonl");
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("councilpapers: passages cannot be exported: export writes records"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLine() {
        Path bad = tmp.resolve("no-such-folder").resolve("x.csv");
        Run r = Cli.run("export", "--index", index, "--out", bad.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + bad + ": cannot write (no such file)"), r.errLines());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    private static String value(List<CSVRecord> rows, CSVRecord row, String column) {
        return row.get(rows.get(0).toList().indexOf(column));
    }
}
