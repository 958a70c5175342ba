package org.councilpapers.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the committed sample papers ({@code testdata/papers}) and expected records
 * ({@code testdata/expected-records}) from any module's working directory, so tests never
 * depend on {@code ../shared} or on where Maven was started.
 */
public final class TestPapers {
    private TestPapers() {}

    /** The {@code testdata} folder of this checkout. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("testdata").resolve("papers");
            if (Files.isDirectory(candidate)) {
                return p.resolve("testdata");
            }
            if (p.getFileName() != null && p.getFileName().toString().equals("testdata") && Files.isDirectory(p.resolve("papers"))) {
                return p;
            }
        }
        throw new IllegalStateException("no testdata/papers above " + dir);
    }

    /** A sample paper by its path under {@code testdata/papers}, e.g. {@code "thurrock-2019-ofsted-ilacs-report.txt"}. */
    public static Path path(String relative) {
        Path p = root().resolve("papers").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("no sample paper " + p);
        }
        return p;
    }

    /** The text samples directly under {@code testdata/papers}, sorted by name. */
    public static List<Path> textPapers() {
        try (Stream<Path> s = Files.list(root().resolve("papers"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hand-checked expected records of a paper, by the paper's base name. */
    public static Path expectedRecords(String paperBaseName) {
        return root().resolve("expected-records").resolve(paperBaseName + ".json");
    }
}
