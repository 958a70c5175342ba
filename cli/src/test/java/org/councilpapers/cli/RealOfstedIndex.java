package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.testdata.TestPapers;

/** The six real Ofsted reports of {@code testdata/papers/real/ofsted}, copied to a folder and indexed there by {@code index}. */
final class RealOfstedIndex {
    static final List<String> REPORTS = List.of("2637539-north-northamptonshire-2026-07-07.pdf", "80418-norfolk-2013-08-16.pdf",
            "80426-barnsley-2014-08-08.pdf", "80429-birmingham-2016-11-25.pdf", "80429-birmingham-2019-01-17.pdf", "80432-bolton-2018-06-12.pdf");

    private RealOfstedIndex() {}

    /**
     * Copies these papers of {@code testdata/papers} (paths relative to it) to {@code dir/papers} and indexes them into
     * {@code dir/index}, without NLP.
     *
     * @return the index folder
     */
    static Path buildFrom(Path dir, List<String> relativePaths) throws IOException {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        for (String rel : relativePaths) {
            Path from = TestPapers.path(rel);
            Files.copy(from, papers.resolve(from.getFileName().toString()));
        }
        Path index = dir.resolve("index");
        Cli.Run run = Cli.run("index", "--no-nlp", papers.toString(), "--index", index.toString());
        assertEquals(0, run.code(), run.err());
        return index;
    }

    /**
     * Copies the reports to {@code dir/papers} and indexes them into {@code dir/index}, without NLP.
     *
     * @return the index folder
     */
    static Path build(Path dir, List<String> reports) throws IOException {
        return buildFrom(dir, reports.stream().map(name -> "real/ofsted/" + name).toList());
    }
}
