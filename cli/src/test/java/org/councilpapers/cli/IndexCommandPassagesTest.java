package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Hit;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Query;
import org.councilpapers.index.Trace;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} on the real Thurrock sample papers: passages of body text, and papers read again with NLP. */
class IndexCommandPassagesTest {
    private static final List<String> THURROCK = List.of("thurrock-2017-04-improvement-plan.txt", "thurrock-2019-ofsted-ilacs-report.txt",
            "thurrock-2020-07-07-development-plan-report.txt", "thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");

    @TempDir
    Path tmp;

    private static Run index(IndexCommand.Library library, String... args) {
        return Cli.runIndex(library, args);
    }

    private Path thurrockPapers() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("papers"));
        for (String name : THURROCK) {
            Files.copy(TestPapers.path(name), dir.resolve(name));
        }
        return dir;
    }

    @Test
    void returnHomeInterviewsTraceHoldsThe2019And2020ReportParagraphs() throws IOException {
        CouncilPapers papers = CouncilPapers.builder().build();
        String dir = tmp.resolve("index").toString();
        Run run = index(nlp -> papers, "index", "--no-nlp", thurrockPapers().toString(), "--index", dir);
        assertEquals(0, run.code(), run.err());

        try (PaperIndex idx = PaperIndex.openReadOnly(Path.of(dir))) {
            Trace t = idx.trace("return home interviews");
            // Both text files have no page breaks, so each paragraph is on page 1 (checked in the papers).
            Hit p2019 = t.steps().stream().filter(h -> h.isPassage() && h.passage().text().contains("Return home interviews do not take place routinely"))
                    .findFirst().orElseThrow(() -> new AssertionError("no 2019 paragraph in " + t.steps()));
            assertEquals("thurrock-2019-ofsted-ilacs-report.txt", p2019.source());
            assertEquals(1, p2019.page());
            Hit p2020 = t.steps().stream().filter(h -> h.isPassage() && h.passage().text().contains("Return Home Interviews (RHIs) are completed"))
                    .findFirst().orElseThrow(() -> new AssertionError("no 2020 paragraph in " + t.steps()));
            assertEquals("thurrock-2020-07-07-development-plan-report.txt", p2020.source());
            assertEquals(1, p2020.page());
            // In date order: the 2017 plan row first, the 2019 paragraph before the 2020 one, then the 2021 finding.
            List<Hit> steps = t.steps();
            assertEquals(RecordType.ACTION, steps.get(0).record().type());
            assertTrue(steps.indexOf(p2019) < steps.indexOf(p2020));
            assertTrue(steps.stream().skip(steps.indexOf(p2020)).anyMatch(h -> !h.isPassage() && h.record().type() == RecordType.FINDING
                    && h.date() != null && h.date().year() == 2021));

            // The 2019 sentence is body text only: no record holds it.
            assertEquals(0, idx.search(Query.text("\"do not take place routinely\"")).total());
            assertEquals(1, idx.search(Query.text("\"do not take place routinely\"").scope(Query.Scope.BOTH)).total());

            // A question's answer is searchable: Sheila Murphy's answer in the July 2021 minutes.
            List<Hit> uptake = idx.search(Query.text("uptake").type(RecordType.QUESTION)).hits();
            assertTrue(uptake.stream().anyMatch(h -> ((Question) h.record()).answer() != null
                    && ((Question) h.record()).answer().contains("the uptake for these from young people were low")), uptake.toString());
        }
    }

    @Test
    void notesForThePublicAndBlankPagesGiveNoPassages() throws IOException {
        Path papers = Files.createDirectories(tmp.resolve("pack"));
        // Written for this test: the notes on page 2, the report on page 3, page 4 left blank.
        Files.writeString(papers.resolve("mercia-pack.txt"), String.join("\n",
                "Mercia District Council", "", "Adult Social Care Scrutiny Panel", "", "Date: Wednesday, 9 November 2022", "",
                "Time: 7.00 pm", "", "Venue: Council Chamber, Civic Centre, Tamworth Road", "",
                "Membership: Councillors Ann Lime (Chair), Bob Fir and Col Pine", "", "AGENDA", "", "| Item | | Pages |", "|---|---|---|",
                "| 1 | Apologies for Absence | |", "| 2 | Day Services Review | 3 - 3 |", "", "Published: 1 November 2022", "", "Page 1",
                "Information for Members of the Public", "", "Members of the public may film the meeting from the public gallery.", "",
                "Page 2", "9 November 2022", "", "ITEM: 2", "", "Day Services Review", "", "Report of: Kay Birch, Head of Day Services", "",
                "The review found that day centres are full on most weekdays and carers wait months for a place.", "",
                "Report Author:", "", "Kay Birch", "", "Page 3", "This page is intentionally left blank", "", "Page 4", ""));
        CouncilPapers library = CouncilPapers.builder().build();
        String dir = tmp.resolve("index").toString();
        Run run = index(nlp -> library, "index", "--no-nlp", papers.toString(), "--index", dir);
        assertEquals(0, run.code(), run.err());

        Run film = Cli.run("search", "film", "gallery", "--passages", "--index", dir);
        assertEquals("No records and passages match 'film gallery'.", film.outLines().get(0), film.out());
        assertTrue(Cli.run("search", "intentionally", "blank", "--passages-only", "--index", dir).out().startsWith("No passages match"));
        Run review = Cli.run("search", "day", "centres", "full", "--passages-only", "--index", dir);
        assertTrue(review.out().startsWith("1 passage matches"), review.out());
        assertTrue(review.out().contains("[day] [centres] are [full]"), review.out());
    }

    @Test
    void indexWithNlpReadsAgainAPaperIndexedWithoutIt() throws IOException {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(papers.resolve("a.txt"), "Finding: Return home interviews are late\n");
        CouncilPapers lines = CouncilPapers.builder().extractors(List.of(new LineExtractor())).build();
        String dir = tmp.resolve("index").toString();

        Run plain = index(nlp -> lines, "index", "--no-nlp", papers.toString(), "--index", dir);
        assertTrue(plain.err().contains("1 paper indexed"), plain.err());
        Run plainAgain = index(nlp -> lines, "index", "--no-nlp", papers.toString(), "--index", dir);
        assertTrue(plainAgain.err().contains("0 papers indexed (0 records, 0 warnings), 1 unchanged"), plainAgain.err());

        Run withNlp = index(nlp -> lines, "index", papers.toString(), "--index", dir);
        assertTrue(withNlp.err().contains("1 paper indexed"), "read again, with NLP: " + withNlp.err());
        Run withNlpAgain = index(nlp -> lines, "index", papers.toString(), "--index", dir);
        assertTrue(withNlpAgain.err().contains("1 unchanged"), withNlpAgain.err());
        Run plainAfter = index(nlp -> lines, "index", "--no-nlp", papers.toString(), "--index", dir);
        assertTrue(plainAfter.err().contains("1 unchanged"), "NLP's reading is kept: " + plainAfter.err());
    }
}
