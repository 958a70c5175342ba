package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {
    @TempDir
    static Path tmp;

    private static String index;

    @BeforeAll
    static void build() throws IOException {
        index = IndexFixture.build(tmp.resolve("index")).toString();
    }

    @Test
    void tableCountsTheTypesThatOccurByYear() {
        Run r = Cli.run("timeline", "return home interviews", "--index", index);

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "Records matching 'return home interviews', by year:",
                "",
                "year       total recommendation finding action",
                "2016           1              1       0      0",
                "2017           1              0       0      1",
                "2018           1              0       1      0",
                "2019           1              0       1      0",
                "2021           1              0       1      0"), lines(r).subList(0, 8));
    }

    @Test
    void judgementsGradesThatOccurAreListedByYearAndArea() {
        Run r = Cli.run("timeline", "--type", "judgement", "--authority", "thurrock", "--index", index);

        List<String> lines = lines(r);
        int at = lines.indexOf("Judgements' grades by year and area:");
        assertEquals(List.of(
                "year     area                                  Good Requires improvement Inadequate",
                "2016     Children who need help and protection    .                    .          1",
                "2016     Overall effectiveness                    .                    1          .",
                "2019     Children who need help and protection    1                    .          .",
                "2019     Overall effectiveness                    1                    .          ."),
                lines.subList(at + 2, at + 7));
    }

    @Test
    void jsonHasYearsUndatedAndGrades() throws IOException {
        Run r = Cli.run("timeline", "--type", "judgement", "--index", index, "--json");

        JsonNode root = PaperJson.mapper().readTree(r.out());
        assertEquals(3, root.get("years").size());
        assertEquals(2018, root.get("years").get(1).get("year").asInt());
        assertEquals(1, root.get("years").get(1).get("byType").get("judgement").asInt());
        assertEquals(0, root.get("undated").get("total").asInt());
        JsonNode first = root.get("grades").get(0);
        assertEquals(2016, first.get("year").asInt());
        assertEquals("Children who need help and protection", first.get("area").asText());
        assertEquals(1, first.get("grades").get("INADEQUATE").asInt());
    }

    @Test
    void typeSaysWhetherPassagesAreCounted() throws IOException {
        String passages = IndexFixture.buildWithPassages(tmp.resolve("passages")).toString();

        assertEquals(List.of("Records matching 'return home', by year:", "", "year       total finding passages",
                "2019           1       1        1"), lines(Cli.run("timeline", "return", "home", "--index", passages)));
        assertEquals(List.of("Records matching 'return home', by year:", "", "year       total finding passages",
                "2019           1       1        1"), lines(Cli.run("timeline", "return", "home", "-t", "finding,passage", "--index", passages)));
        assertEquals(List.of("Records matching 'return home', by year:", "", "year       total finding",
                "2019           1       1"), lines(Cli.run("timeline", "return", "home", "-t", "finding", "--index", passages)),
                "a type without 'passage' counts no passages");
        assertEquals(List.of("Passages matching 'return home', by year:", "", "year       total passages",
                "2019           0        1"), lines(Cli.run("timeline", "return", "home", "-t", "passage", "--index", passages)));

        Run contradiction = Cli.run("timeline", "return", "-t", "passage", "--no-passages", "--index", passages);
        assertEquals(2, contradiction.code());
        assertTrue(contradiction.err().contains("--no-passages leaves out what --type passage asks for"), contradiction.err());
    }

    private static List<String> lines(Run r) {
        assertEquals(0, r.code(), r.err());
        return r.outLines().stream().map(String::stripTrailing).toList();
    }
}
