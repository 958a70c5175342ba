package org.councilpapers.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final Provenance P = new Provenance(1, null, 0, 1, null);

    @Test
    void precisionAndRecallPerTypeCountEachExtractedRecordOnce() throws Exception {
        List<PaperRecord> records = List.of(
                new Judgement("j1", "Thurrock", "Ofsted", "ILACS", null, null, 2019, null, "Overall effectiveness", Grade.GOOD, "Good",
                        JudgementBasis.TABLE, P, Mentions.NONE, List.of()),
                new Judgement("j2", "Thurrock", "Ofsted", "ILACS", null, null, 2019, null, "Overall effectiveness", Grade.GOOD, "Good",
                        JudgementBasis.TABLE, P, Mentions.NONE, List.of()),
                new Finding("f1", FindingKind.IMPROVEMENT, "Timeliness of initial health assessments.", "Thurrock", null, null, P, Mentions.NONE));
        Extraction x = new Extraction(new DocumentInfo("d", "p.txt", "text/plain", DocumentKind.INSPECTION_REPORT, null, null, null, 1),
                records, List.of());
        JsonNode expected = PaperJson.mapper().readTree("""
                [{"type":"judgement","area":"Overall effectiveness","grade":"GOOD"},
                 {"type":"judgement","area":"Care leavers","grade":"GOOD"},
                 {"type":"finding","kind":"IMPROVEMENT","text":"Timeliness of initial health assessments"},
                 {"type":"finding","kind":"IMPROVEMENT","text":"Planned transitions"}]""");
        Evaluation.PaperResult r = Evaluation.score("p.txt", x, expected);
        TypeScore j = r.scores().get("judgement");
        assertEquals(new TypeScore("judgement", 2, 2, 1), j, "the duplicate judgement matches nothing the second time");
        assertEquals(0.5, j.precision());
        assertEquals(0.5, j.recall());
        TypeScore f = r.scores().get("finding");
        assertEquals(1.0, f.precision());
        assertEquals(0.5, f.recall());
        assertEquals(2.0 / 3, f.f1(), 1e-9);
        assertEquals(2, r.missed().size());
        assertEquals("j2", r.extra().get(0).get("id").asText());
    }

    @Test
    void anExpectedFileThatNamesItsTypesLeavesOtherTypesUnscored() throws Exception {
        List<PaperRecord> records = List.of(
                new Judgement("j1", "Bolton", "Ofsted", "ILACS", null, null, 2018, null, "Overall effectiveness", Grade.GOOD, "Good",
                        JudgementBasis.TABLE, P, Mentions.NONE, List.of()),
                new Finding("f1", FindingKind.IMPROVEMENT, "Permanence planning.", "Bolton", null, null, P, Mentions.NONE));
        Extraction x = new Extraction(new DocumentInfo("d", "r.pdf", "application/pdf", DocumentKind.INSPECTION_REPORT, null, null, null, 1),
                records, List.of());
        JsonNode expected = PaperJson.mapper().readTree("[{\"type\":\"judgement\",\"area\":\"Overall effectiveness\",\"grade\":\"GOOD\"}]");
        Evaluation.PaperResult r = Evaluation.score("r.pdf", x, expected, java.util.Set.of("judgement"));
        assertEquals(new TypeScore("judgement", 1, 1, 1), r.scores().get("judgement"));
        assertEquals(null, r.scores().get("finding"), "findings are not annotated in this file, so not counted as extra");
        assertEquals(List.of(), r.extra());
        assertEquals(new TypeScore("finding", 0, 1, 0), Evaluation.score("r.pdf", x, expected).scores().get("finding"),
                "without a list of types every type is scored");
    }

    @Test
    void realPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        java.nio.file.Path papers = java.nio.file.Path.of("papers");
        assertEquals(papers.resolve("real/ofsted/x.pdf"), Evaluation.Form.REAL.locate(papers, "real/ofsted/x.pdf"));
        assertEquals(java.nio.file.Path.of("expected/real"), Evaluation.Form.REAL.expected(java.nio.file.Path.of("expected")));
        assertEquals(java.nio.file.Path.of("expected"), Evaluation.Form.PDF.expected(java.nio.file.Path.of("expected")));
    }

    @Test
    void heldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() throws Exception {
        java.nio.file.Path papers = java.nio.file.Path.of("papers");
        assertEquals(papers.resolve("heldout/x.txt"), Evaluation.Form.HELDOUT.locate(papers, "heldout/x.txt"));
        assertEquals(java.nio.file.Path.of("expected/heldout"), Evaluation.Form.HELDOUT.expected(java.nio.file.Path.of("expected")));
    }

    @Test
    void everyCommittedHeldOutExpectedFileLocatesItsPaper() throws Exception {
        int files = expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT, "heldout");
        assertTrue(files >= 8, "the held-out set has at least 8 papers: " + files);
    }

    @Test
    void secondHeldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        java.nio.file.Path papers = java.nio.file.Path.of("papers");
        assertEquals(papers.resolve("heldout2/x.txt"), Evaluation.Form.HELDOUT2.locate(papers, "heldout2/x.txt"));
        assertEquals(java.nio.file.Path.of("expected/heldout2"), Evaluation.Form.HELDOUT2.expected(java.nio.file.Path.of("expected")));
    }

    @Test
    void everyCommittedSecondHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(8, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT2, "heldout2"), "the second held-out set has 8 papers");
    }

    @Test
    void thirdHeldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        Path papers = Path.of("papers");
        assertEquals(papers.resolve("heldout3/x.txt"), Evaluation.Form.HELDOUT3.locate(papers, "heldout3/x.txt"));
        assertEquals(Path.of("expected/heldout3"), Evaluation.Form.HELDOUT3.expected(Path.of("expected")));
        assertEquals(Optional.of(Evaluation.Form.HELDOUT3), Evaluation.Form.find("heldout3"));
    }

    @Test
    void everyCommittedThirdHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT3, "heldout3"), "the third held-out set has 10 papers");
    }

    @Test
    void fourthHeldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        Path papers = Path.of("papers");
        assertEquals(papers.resolve("heldout4/x.txt"), Evaluation.Form.HELDOUT4.locate(papers, "heldout4/x.txt"));
        assertEquals(Path.of("expected/heldout4"), Evaluation.Form.HELDOUT4.expected(Path.of("expected")));
        assertEquals(Optional.of(Evaluation.Form.HELDOUT4), Evaluation.Form.find("heldout4"));
    }

    @Test
    void everyCommittedFourthHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT4, "heldout4"), "the fourth held-out set has 10 papers");
    }

    @Test
    void fifthHeldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        Path papers = Path.of("papers");
        assertEquals(papers.resolve("heldout5/x.txt"), Evaluation.Form.HELDOUT5.locate(papers, "heldout5/x.txt"));
        assertEquals(Path.of("expected/heldout5"), Evaluation.Form.HELDOUT5.expected(Path.of("expected")));
        assertEquals(Optional.of(Evaluation.Form.HELDOUT5), Evaluation.Form.find("heldout5"));
    }

    @Test
    void everyCommittedFifthHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT5, "heldout5"), "the fifth held-out set has 10 papers");
    }

    @Test
    void sixthAndSeventhHeldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        Path papers = Path.of("papers");
        assertEquals(papers.resolve("heldout6/x.html"), Evaluation.Form.HELDOUT6.locate(papers, "heldout6/x.html"));
        assertEquals(Path.of("expected/heldout6"), Evaluation.Form.HELDOUT6.expected(Path.of("expected")));
        assertEquals(Optional.of(Evaluation.Form.HELDOUT6), Evaluation.Form.find("heldout6"));
        assertEquals(papers.resolve("heldout7/x.txt"), Evaluation.Form.HELDOUT7.locate(papers, "heldout7/x.txt"));
        assertEquals(Path.of("expected/heldout7"), Evaluation.Form.HELDOUT7.expected(Path.of("expected")));
        assertEquals(Optional.of(Evaluation.Form.HELDOUT7), Evaluation.Form.find("HELDOUT7"));
    }

    @Test
    void eighthAndNinthHeldOutPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        Path papers = Path.of("papers");
        assertEquals(papers.resolve("heldout8/x.html"), Evaluation.Form.HELDOUT8.locate(papers, "heldout8/x.html"));
        assertEquals(Path.of("expected/heldout8"), Evaluation.Form.HELDOUT8.expected(Path.of("expected")));
        assertEquals(Optional.of(Evaluation.Form.HELDOUT9), Evaluation.Form.find("heldout9"));
        assertEquals(Path.of("expected/heldout9"), Evaluation.Form.HELDOUT9.expected(Path.of("expected")));
    }

    @Test
    void everyCommittedSixthHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT6, "heldout6"), "the sixth held-out set has 10 papers");
    }

    @Test
    void everyCommittedSeventhHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT7, "heldout7"), "the seventh held-out set has 10 papers");
    }

    @Test
    void everyCommittedEighthHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT8, "heldout8"), "the eighth held-out set has 10 papers");
    }

    @Test
    void everyCommittedNinthHeldOutExpectedFileLocatesItsPaper() throws Exception {
        assertEquals(10, expectedFilesLocatingTheirPapers(Evaluation.Form.HELDOUT9, "heldout9"), "the ninth held-out set has 10 papers");
    }

    @Test
    void kentCabinetPapersAreFoundByTheirPathAndTheirExpectedFilesInTheirOwnFolder() {
        Path papers = Path.of("papers");
        String paper = "real/kent/cabinet-2025-01-30/x.pdf";
        assertEquals(papers.resolve(paper), Evaluation.Form.KENT_CABINET.locate(papers, paper));
        assertEquals(Path.of("expected/kent-cabinet"), Evaluation.Form.KENT_CABINET.expected(Path.of("expected")));
    }

    @Test
    void everyCommittedKentCabinetExpectedFileLocatesItsPaper() throws Exception {
        int files = expectedFilesLocatingTheirPapers(Evaluation.Form.KENT_CABINET, "real/kent/cabinet-2025-01-30");
        assertTrue(files >= 15, "the Kent Cabinet blind set has at least 15 papers: " + files);
    }

    @Test
    void formsAreNamedOnTheCommandLineWithHyphensInAnyCase() {
        assertEquals("kent-cabinet", Evaluation.Form.KENT_CABINET.cliName());
        assertEquals("heldout2", Evaluation.Form.HELDOUT2.cliName());
        assertEquals(Optional.of(Evaluation.Form.KENT_CABINET), Evaluation.Form.find("kent-cabinet"));
        assertEquals(Optional.of(Evaluation.Form.KENT_CABINET), Evaluation.Form.find(" Kent_Cabinet "));
        assertEquals(Optional.of(Evaluation.Form.PDF), Evaluation.Form.find("pdf"));
        assertEquals(Optional.empty(), Evaluation.Form.find("kent"));
    }

    /** Checks that each committed expected file of a form names a paper under {@code papers/<folder>}; returns how many there are. */
    private static int expectedFilesLocatingTheirPapers(Evaluation.Form form, String folder) throws Exception {
        Path root = TestPapers.root();
        List<Path> files;
        try (Stream<Path> s = Files.list(form.expected(root.resolve("expected-records")))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            String paper = PaperJson.mapper().readTree(f.toFile()).path("paper").asText();
            Path located = form.locate(root.resolve("papers"), paper);
            assertTrue(Files.isRegularFile(located), f + " names " + located);
            assertTrue(located.startsWith(root.resolve("papers").resolve(folder)), located.toString());
        }
        return files.size();
    }

    @Test
    void emptyTypesScoreAsPerfectOnlyWhenNothingWasExpectedOrClaimed() {
        assertEquals(1.0, new TypeScore("t", 0, 0, 0).precision());
        assertEquals(0.0, new TypeScore("t", 3, 0, 0).precision());
        assertEquals(0.0, new TypeScore("t", 0, 2, 0).precision());
        assertEquals(1.0, new TypeScore("t", 0, 2, 0).recall());
    }

    @Test
    void aRagTableCountsOnlyWhereTheSetAnnotatesRagTables() throws Exception {
        // A table read as RAG-rated from colour that is no status (a header band, a directorate code) is a false record; the
        // Kent Cabinet set annotates every type, RAG tables included, so it is scored there and nowhere else.
        List<PaperRecord> records = List.of(new RagTable("t1", "Risk register", List.of("Risk", "Owner"), List.of(), List.of(), P, Mentions.NONE));
        Extraction x = new Extraction(new DocumentInfo("d", "p.pdf", "application/pdf", DocumentKind.OTHER, null, null, null, 1),
                records, List.of());
        JsonNode none = PaperJson.mapper().readTree("[]");
        Evaluation.PaperResult kent = Evaluation.score("p.pdf", x, none, Set.of(), Evaluation.Form.KENT_CABINET.unannotated());
        assertEquals(new TypeScore("ragTable", 0, 1, 0), kent.scores().get("ragTable"));
        assertEquals(1, kent.extra().size());
        Evaluation.PaperResult text = Evaluation.score("p.pdf", x, none, Set.of(), Evaluation.Form.TEXT.unannotated());
        assertTrue(text.scores().isEmpty(), "the other sets do not annotate RAG tables: " + text.scores());
        assertTrue(text.extra().isEmpty());
    }
}
