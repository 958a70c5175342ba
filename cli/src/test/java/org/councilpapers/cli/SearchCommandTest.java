package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Report;
import org.councilpapers.index.PaperIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    // Built once: the tests only read it.
    @TempDir
    static Path tmp;

    private static String index;

    @BeforeAll
    static void build() throws IOException {
        index = IndexFixture.build(tmp.resolve("index")).toString();
    }

    @Test
    void tableShowsEachHitsDateTypePlaceAndMarkedSnippet() {
        Run r = Cli.run("search", "missing", "children", "--index", index, "--sort", "date");

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("4 records match 'missing children' (1-4 shown).", lines.get(0));
        assertEquals("  1  2016-03    recommendation     committee-2016.txt p.2  [Thurrock]", lines.get(2));
        assertEquals("     That the committee notes the low take-up of return home interviews | [Missing] [children]", lines.get(3));
        assertEquals("  2  2018-02    finding            essex-2018.txt p.3  [Essex]", lines.get(5));
        assertEquals("     Return home interviews for [missing] [children] are timely | Essex | Ofsted ILACS 2018", lines.get(6));
        assertEquals("  3  2019-11    finding            ilacs-2019.txt p.4  [Thurrock]", lines.get(8));
        assertEquals("  4  2021-06    finding            focused-visit-2021.txt p.2  [Thurrock]", lines.get(11));
        assertEquals(13, lines.size(), "no paging hint when all are shown");
    }

    @Test
    void wordsCanBeGivenUnquotedOrAsOneArgument() {
        assertEquals(Cli.run("search", "return home", "--index", index).out(), Cli.run("search", "return", "home", "--index", index).out());
    }

    @Test
    void filtersComeFromOptions() throws IOException {
        assertEquals(List.of("ilacs-2016.txt#2"), ids(Cli.run("search", "--type", "judgement", "--grade", "inadequate", "--index", index, "--json")));
        assertEquals(List.of("ilacs-2019.txt#1", "ilacs-2019.txt#2"),
                ids(Cli.run("search", "--type", "judgement", "--authority", "thurrock", "--from", "2017", "--index", index, "--json", "--sort", "document")));
        assertEquals(List.of("essex-2018.txt#1"), ids(Cli.run("search", "--type", "judgement", "--council", "essex", "--index", index, "--json")));
        assertEquals(List.of("plan-2017.txt#2"), ids(Cli.run("search", "--status", "red", "--index", index, "--json")));
        assertEquals(List.of("focused-visit-2021.txt#1", "essex-2018.txt#2"),
                ids(Cli.run("search", "--kind", "strength", "--to", "2021", "--sort", "newest", "--index", index, "--json")));
    }

    @Test
    void jsonGivesTotalsPlacesHighlightsAndTheRecord() throws IOException {
        Run r = Cli.run("search", "foster", "--index", index, "--json", "--facets");

        assertEquals(0, r.code(), r.err());
        JsonNode root = PaperJson.mapper().readTree(r.out());
        assertEquals(1, root.get("total").asInt());
        assertTrue(root.get("totalExact").asBoolean());
        JsonNode hit = root.get("hits").get(0);
        assertEquals("plan-2017.txt", hit.get("source").asText());
        assertEquals(3, hit.get("page").asInt());
        assertEquals("2017-12", hit.get("date").asText());
        assertEquals(2017, hit.get("year").asInt());
        assertEquals("Recruit more foster carers | 1.2 | Head of Service", hit.get("snippet").asText());
        assertEquals("[[13,19]]", hit.get("highlights").toString());
        assertEquals("action", hit.get("record").get("type").asText());
        assertEquals("RED", hit.get("record").get("status").asText());
        assertEquals(1, root.get("facets").get("status").get("RED").asInt());
    }

    @Test
    void pagesAndTheHintForTheNextPage() {
        Run first = Cli.run("search", "--index", index, "--limit", "4", "--sort", "document");
        assertEquals("11 records match (1-4 shown).", first.outLines().get(0));
        assertEquals("More: --offset 4 --limit 4", first.outLines().get(first.outLines().size() - 1));

        Run last = Cli.run("search", "--index", index, "--limit", "4", "--offset", "8", "--sort", "document");
        assertEquals("11 records match (9-11 shown).", last.outLines().get(0));
    }

    @Test
    void nothingFoundIsSaidPlainly() {
        Run r = Cli.run("search", "zebra", "--index", index);
        assertEquals(0, r.code());
        assertEquals(List.of("No records match 'zebra'."), r.outLines());
    }

    @Test
    void badQueryIsOneLineAndExitTwo() {
        Run r = Cli.run("search", "return AND", "--index", index);

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(List.of("councilpapers: bad query 'return AND' at character 11: "
                + "the query ends too early (an operator, field or bracket without its other half)"), r.errLines());
    }

    @Test
    void missingIndexIsOneLineAndExitTwo() {
        Path none = tmp.resolve("none");
        Run r = Cli.run("search", "x", "--index", none.toString());

        assertEquals(2, r.code());
        assertEquals(List.of("councilpapers: " + none + ": no index here (build one with 'councilpapers index PATH...', or give --index DIR)"),
                r.errLines());
    }

    @Test
    void usageErrorsAreCaughtBeforeSearching() {
        Run years = Cli.run("search", "x", "--from", "2021", "--to", "2016", "--index", index);
        assertEquals(2, years.code());
        assertEquals("councilpapers: --from 2021 is after --to 2016", years.errLines().get(0));

        Run grade = Cli.run("search", "x", "--grade", "brilliant", "--index", index);
        assertEquals(2, grade.code());
        assertTrue(grade.err().contains("unknown grade 'brilliant' (expected outstanding, good, requires-improvement, adequate, inadequate)"),
                grade.err());

        Run order = Cli.run("search", "x", "--sort", "size", "--index", index);
        assertEquals(2, order.code());
        assertTrue(order.err().contains("unknown order 'size'"), order.err());
    }

    @Test
    void personAndOrganisationOptionsFilterByWhoTheRecordNames() throws IOException {
        String people = tmp.resolve("people").toString();
        Provenance p1 = new Provenance(1, "1", 0, 50, null);
        Provenance p2 = new Provenance(2, "2", 60, 120, null);
        Provenance p3 = new Provenance(3, "3", 130, 190, null);
        Mentions police = new Mentions(List.of(), List.of("Essex Police"), List.of(), List.of(), List.of());
        List<PaperRecord> records = List.of(
                new Question("q1", PartialDate.of(2020, 3, 5), "7", "Questions", new Person("Watson", "Councillor"),
                        "How many children went missing?", List.of(new Person("Sheila Murphy", "Director")), "Twelve.", p1, Mentions.NONE),
                new Question("q2", PartialDate.of(2020, 3, 5), "7", "Questions", new Person("Ralph", "Councillor"),
                        "When will the home open?", List.of(), null, p2, Mentions.NONE).withMentions(police),
                new Report("r1", PartialDate.of(2020, 3, 5), "Children's Services", "5", "Missing children",
                        "Janet Simon, Assistant Director", null, null, null, null, null, null, List.of(), "Janet Simon", p3, Mentions.NONE));
        try (PaperIndex idx = PaperIndex.open(Path.of(people))) {
            idx.add(new Extraction(new DocumentInfo(DocumentInfo.idOf(new byte[] {1}), "minutes.txt", "text/plain", DocumentKind.MINUTES,
                    null, "Thurrock", PartialDate.of(2020, 3, 5), 3), records, List.of()));
        }

        assertEquals(List.of("q1"), ids(Cli.run("search", "--type", "question", "--person", "Cllr Watson", "--index", people, "--json")));
        assertEquals(List.of("q1"), ids(Cli.run("search", "--person", "sheila murphy", "--index", people, "--json")));
        assertEquals(List.of("r1"), ids(Cli.run("search", "--type", "report", "--person", "Janet Simon", "--index", people, "--json")));
        assertEquals(List.of(), ids(Cli.run("search", "--person", "Janet Murphy", "--index", people, "--json")));
        assertEquals(List.of("q2"), ids(Cli.run("search", "--organisation", "essex police", "--index", people, "--json")));

        Run facets = Cli.run("search", "--facets", "--index", people);
        assertTrue(facets.outLines().contains("  person       Janet Simon 1, Ralph 1, Sheila Murphy 1, Watson 1"), facets.out());
        assertTrue(facets.outLines().contains("  organisation Essex Police 1"), facets.out());
    }

    @Test
    void helpTeachesThePersonFilterWithAnExample() {
        Run r = Cli.run("search", "--help");
        assertTrue(r.out().contains("--person \"Cllr Watson\""), r.out());
        assertTrue(r.out().contains("every question Councillor Watson asked"), r.out());
    }

    @Test
    void typePassageSearchesPassagesAloneOrBesideTheTypesNamed() throws IOException {
        String passages = IndexFixture.buildWithPassages(tmp.resolve("passages")).toString();

        assertEquals(List.of("passage-rhi"), ids(Cli.run("search", "return", "home", "-t", "passage", "--json", "--index", passages)));
        assertEquals(ids(Cli.run("search", "return", "home", "--passages-only", "--json", "--index", passages)),
                ids(Cli.run("search", "return", "home", "--type", "passage", "--json", "--index", passages)));
        assertEquals(List.of("ilacs-2019.txt#1", "passage-rhi"),
                ids(Cli.run("search", "return", "home", "-t", "finding,passage", "--sort", "document", "--json", "--index", passages)));
        // A type that matches nothing here leaves only the passages; without 'passage' the passages are left out.
        assertEquals(List.of("passage-rhi"), ids(Cli.run("search", "return", "home", "-t", "judgement,passage", "--json", "--index", passages)));
        assertEquals(List.of("ilacs-2019.txt#1"), ids(Cli.run("search", "return", "home", "-t", "finding", "--json", "--index", passages)));
        Run text = Cli.run("search", "return", "home", "-t", "passage", "--index", passages);
        assertEquals("1 passage matches 'return home' (#1 shown).", text.outLines().get(0));
    }

    @Test
    void unknownTypeListsTheTypesAndPassage() {
        Run r = Cli.run("search", "x", "--type", "minutes", "--index", index);
        assertEquals(2, r.code());
        assertTrue(r.errLines().get(0).contains("unknown type 'minutes' (expected one of meeting, agendaItem, "), r.err());
        assertTrue(r.errLines().get(0).contains(", question, passage)"), r.err());
        assertTrue(Cli.run("search", "--help").out().contains("passage"), "help lists passage as a type");
    }

    private static List<String> ids(Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        List<String> ids = new ArrayList<>();
        PaperJson.mapper().readTree(r.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
