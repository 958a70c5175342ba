package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Passage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    static Path tmp;

    private static String index;

    @BeforeAll
    static void build() throws IOException {
        index = IndexFixture.build(tmp.resolve("index")).toString();
    }

    @Test
    void tableCountsPapersRecordsAndTypes() {
        Run r = Cli.run("stats", "--index", index);

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines().stream().map(String::stripTrailing).toList();
        assertTrue(lines.get(0).startsWith("Index:    " + index + " ("), lines.get(0));
        assertEquals(List.of("Papers:   6", "Records:  11", "Passages: 0", "Warnings: 0", "Years:    2016-2021"), lines.subList(1, 6));
        assertTrue(lines.contains("  recommendation              1"), r.out());
        assertTrue(lines.contains("  judgement                   5"), r.out());
        assertTrue(lines.contains("  finding                     3"), r.out());
        assertTrue(lines.contains("  action                      2"), r.out());
        assertTrue(lines.contains("  grade        GOOD 2, INADEQUATE 1, OUTSTANDING 1, REQUIRES_IMPROVEMENT 1"), r.out());
    }

    @Test
    void jsonForMachines() throws IOException {
        JsonNode root = PaperJson.mapper().readTree(Cli.run("stats", "--index", index, "--json").out());

        assertEquals(6, root.get("papers").asInt());
        assertEquals(11, root.get("records").asInt());
        assertEquals(0, root.get("passages").asInt(), "the fixture's papers were added without passages");
        assertEquals(5, root.get("byType").get("judgement").asInt());
        assertEquals(9, root.get("facets").get("council").get("Thurrock").asInt());
        assertTrue(root.get("bytes").asLong() > 0);
    }

    @Test
    void passagesCountedBesideRecords() throws IOException {
        Path dir = tmp.resolve("with-passages");
        Extraction x = new Extraction(new DocumentInfo(DocumentInfo.idOf(new byte[] {1}), "report.txt", "text/plain", DocumentKind.OTHER,
                null, "Thurrock", PartialDate.ofMonth(2019, 11), 2), List.of(), List.of());
        try (PaperIndex idx = PaperIndex.open(dir)) {
            idx.add(x, List.of(new Passage("passage-a", Passage.Kind.PARAGRAPH, 1, "1", 0, 40, null, "Return home interviews are late."),
                    new Passage("passage-b", Passage.Kind.TABLE_ROW, 2, "2", 50, 80, null, "Missing | 12")));
        }

        Run text = Cli.run("stats", "--index", dir.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.outLines().contains("Passages: 2"), text.out());
        assertTrue(text.outLines().contains("Records:  0"), text.out());
        JsonNode root = PaperJson.mapper().readTree(Cli.run("stats", "--index", dir.toString(), "--json").out());
        assertEquals(2, root.get("passages").asInt());
        assertEquals(0, root.get("records").asInt());
    }

    @Test
    void noIndexIsOneLineAndExitTwo() {
        Run r = Cli.run("stats", "--index", tmp.resolve("none").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size());
    }
}
