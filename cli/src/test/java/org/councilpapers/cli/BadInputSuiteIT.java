package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.cli.option.RecordTypeConverter;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on bad input: each case makes one bad file (or names a bad path, or asks a bad
 * question of an index), runs the command in-process as {@link Main} would (without NLP), and asserts
 * its exit code, the one line that names the file and the reason, and that it finished within a
 * bounded time. The suite runs in its own JVM on a 384 MB heap (see cli/pom.xml), so a case that
 * needed more memory than that would fail with its paper "ran out of memory" instead of its own
 * reason: the heap is the memory bound, measured by the JVM rather than estimated. The files are made
 * by {@link BadFiles}; none is over a few MB on disk.
 *
 * <p>Every case also checks that no line says "internal error" (exit 1 is for bugs) and that nothing
 * printed a stack trace.
 */
class BadInputSuiteIT {
    /** Seconds any one case may take on this small shared machine; each runs in well under a tenth of it when idle. */
    private static final double BOUND = 90;

    @TempDir
    static Path dir;

    private static Path index;

    @BeforeAll
    static void smallIndex() {
        index = dir.resolve("index");
        Run r = Cli.run("index", "--no-nlp", "--index", index.toString(),
                TestPapers.path("thurrock-2019-ofsted-ilacs-report.txt").toString());
        assertEquals(0, r.code(), r.err());
    }

    /** One bad input: what to run, the exit code, a line the run must print (a regex), and its time bound. */
    private record Case(String kind, Args args, int code, String line, double seconds) {
        Case(String kind, Args args, int code, String line) {
            this(kind, args, code, line, BOUND);
        }
    }

    @FunctionalInterface
    private interface Args {
        List<String> in(Path folder) throws Exception;
    }

    private static Args extract(String name, BadBytes bytes, String... options) {
        return folder -> {
            Path p = BadFiles.write(folder, name, bytes.make());
            List<String> args = new ArrayList<>(List.of("extract", "--no-nlp", "--format", "json"));
            args.addAll(Arrays.asList(options));
            args.add(p.toString());
            return args;
        };
    }

    @FunctionalInterface
    private interface BadBytes {
        byte[] make() throws Exception;
    }

    private static Args query(String... args) {
        return folder -> {
            List<String> all = new ArrayList<>(Arrays.asList(args));
            all.add("--index");
            all.add(index.toString());
            return all;
        };
    }

    /** A line {@code councilpapers: <the file>: <reason>}, the file's name quoted for a regex. */
    private static String fails(String name, String reason) {
        return "^councilpapers: .*" + Pattern.quote(name) + ": " + reason;
    }

    private static String warns(String name, String code) {
        return "^.*" + Pattern.quote(name) + ": warning: " + code + " ";
    }

    static List<Case> cases() {
        byte[] realPdf = read("pdf/thurrock-2019-ofsted-ilacs-report.pdf");
        List<Case> c = new ArrayList<>();
        // PDFs that lie or hide a bomb
        c.add(new Case("page tree claiming 2,147,483,647 pages", extract("lying-max.pdf", () -> BadFiles.lyingPageCount(Integer.MAX_VALUE)),
                0, warns("lying-max.pdf", "[A-Z_]+") + ".*2147483647"));
        c.add(new Case("page tree claiming 5,000,000 pages", extract("lying-5m.pdf", () -> BadFiles.lyingPageCount(5_000_000)),
                0, warns("lying-5m.pdf", "[A-Z_]+") + ".*5000000"));
        c.add(new Case("content stream inflating to 300 MB", extract("deflate-bomb.pdf", () -> BadFiles.deflateBomb(300L << 20)),
                0, warns("deflate-bomb.pdf", "TOO_LARGE") + "page skipped: .*inflates to over 128 MB"));
        c.add(new Case("docx whose document.xml inflates to 300 MB", extract("bomb.docx", () -> BadFiles.docxBomb(300L << 20)),
                2, fails("bomb.docx", ".*inflate")));
        c.add(new Case("PDF cut at 10%", extract("cut-10.pdf", () -> Arrays.copyOf(realPdf, realPdf.length / 10)),
                2, fails("cut-10.pdf", "damaged or truncated PDF: it ends early, without %%EOF, and no page can be read")));
        c.add(new Case("PDF cut at 50%", extract("cut-50.pdf", () -> Arrays.copyOf(realPdf, realPdf.length / 2)),
                2, fails("cut-50.pdf", "damaged or truncated PDF: it ends early, without %%EOF, and no page can be read")));
        c.add(new Case("PDF cut at 90%", extract("cut-90.pdf", () -> Arrays.copyOf(realPdf, realPdf.length * 9 / 10)),
                2, fails("cut-90.pdf", "damaged or truncated PDF: it ends early, without %%EOF, and no page can be read")));
        // Word writes the page tree and each page's content first: a cut keeps the pages before it
        byte[] wordPdf = read("real/ofsted/80426-barnsley-2014-08-08.pdf");
        c.add(new Case("Word PDF cut at 10%", extract("word-cut-10.pdf", () -> Arrays.copyOf(wordPdf, wordPdf.length / 10)),
                0, warns("word-cut-10.pdf", "TRUNCATED") + "the file is truncated \\(it ends without %%EOF\\): 4 of 37 pages read$"));
        c.add(new Case("Word PDF cut at 50%", extract("word-cut-50.pdf", () -> Arrays.copyOf(wordPdf, wordPdf.length / 2)),
                0, warns("word-cut-50.pdf", "TRUNCATED") + "the file is truncated \\(it ends without %%EOF\\): 38 pages read$"));
        c.add(new Case("encrypted PDF", extract("encrypted.pdf", BadFiles::encryptedPdf), 2, fails("encrypted.pdf", "encrypted")));
        c.add(new Case("zero-page PDF", extract("zero-pages.pdf", BadFiles::zeroPages), 2, fails("zero-pages.pdf", ".*page")));
        c.add(new Case("image-only PDF", extract("scanned.pdf", BadFiles::imageOnlyPdf), 0, warns("scanned.pdf", "NO_TEXT_LAYER")));
        c.add(new Case("broken xref table", extract("broken-xref.pdf", BadFiles::brokenXref), 0, "\"source\" : \"broken-xref.pdf\"(?s).*\"pages\" : 1\\b"));
        c.add(new Case("not a PDF, named .pdf", extract("notes.pdf", () -> BadFiles.ascii("Just some notes, not a PDF at all.\n")),
                2, fails("notes.pdf", ".*not a PDF")));
        c.add(new Case("HTML page named .pdf", extract("agenda.pdf", () -> BadFiles.utf8("<!DOCTYPE html><html><head><title>Error 404</title></head><body>Not found</body></html>")),
                2, fails("agenda.pdf", "named .pdf but is an HTML page")));
        c.add(new Case("random bytes named .pdf", extract("random.pdf", () -> BadFiles.randomBytes(50_000, 2)), 2, fails("random.pdf", ".+")));
        c.add(new Case("empty .pdf", extract("empty.pdf", () -> new byte[0]), 2, fails("empty.pdf", ".*empty")));
        c.add(new Case("a PDF named .txt (wrong extension)", extract("report.txt", () -> realPdf), 0, "\"source\" : \"report.txt\"(?s).*\"type\" : \"judgement\""));
        // zip packages
        c.add(new Case("docx without its document part", extract("hollow.docx", BadFiles::docxWithoutDocument), 2, fails("hollow.docx", ".+")));
        c.add(new Case("docx cut in half", extract("cut.docx", () -> half(read("formats/performance-report.docx"))),
                0, warns("cut.docx", "DAMAGED") + "the file is truncated"));
        c.add(new Case("random bytes named .docx", extract("random.docx", () -> BadFiles.randomBytes(50_000, 3)), 2, fails("random.docx", ".+")));
        // text
        c.add(new Case("random bytes named .txt", extract("random.txt", () -> BadFiles.randomBytes(200_000, 1)),
                2, fails("random.txt", "binary data, not text")));
        c.add(new Case("empty .txt", extract("empty.txt", () -> new byte[0]), 2, fails("empty.txt", ".*empty")));
        c.add(new Case("NUL bytes through text", extract("nul.txt", () -> BadFiles.utf8(BadFiles.AGENDA.replace(" ", " \u0000"))),
                2, fails("nul.txt", "binary data, not text")));
        c.add(new Case("invalid UTF-8", extract("latin.txt", () -> BadFiles.ascii(BadFiles.AGENDA + "Caf\u00e9 \u00a3 and \u00ff\u00fe bytes\n")),
                0, "(?s)Fostering Service Annual Report"));
        c.add(new Case("UTF-8 BOM", extract("bom8.txt", () -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, BadFiles.utf8(BadFiles.AGENDA))),
                0, "(?s)Fostering Service Annual Report"));
        c.add(new Case("UTF-16 with BOM", extract("bom16.txt", () -> concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                BadFiles.AGENDA.getBytes(StandardCharsets.UTF_16LE))), 0, "(?s)Fostering Service Annual Report"));
        c.add(new Case("CRLF line ends", extract("crlf.txt", () -> BadFiles.utf8(BadFiles.AGENDA.replace("\n", "\r\n"))),
                0, "(?s)Fostering Service Annual Report"));
        c.add(new Case("CR-only line ends", extract("cr.txt", () -> BadFiles.utf8(BadFiles.AGENDA.replace("\n", "\r"))),
                0, "(?s)Fostering Service Annual Report"));
        c.add(new Case("one 5 MB line", extract("one-line.txt", () -> BadFiles.utf8("Minutes. " + "The committee noted the report. ".repeat(170_000))),
                0, "\"source\" : \"one-line.txt\""));
        // HTML and tables
        c.add(new Case("HTML nested 20,000 deep", extract("nested.html", () -> BadFiles.deeplyNestedHtml(20_000)), 0, "\"source\" : \"nested.html\""));
        c.add(new Case("a 2 MB table cell", extract("huge-cell.html", () -> BadFiles.hugeCell(2_000_000)), 0, "\"source\" : \"huge-cell.html\""));
        c.add(new Case("5,000-row plan as HTML", extract("plan.html", () -> BadFiles.planHtml(5000)), 0, "(?s)\"type\" : \"action\".*step 5000\\b"));
        c.add(new Case("5,000-row plan as xlsx", extract("plan.xlsx", () -> BadFiles.planXlsx(5000)), 0, "(?s)\"type\" : \"action\".*step 5000\\b"));
        c.add(new Case("5,000-row plan as text", extract("plan.txt", () -> BadFiles.planText(5000)), 0, "(?s)\"type\" : \"action\".*step 5000\\b"));
        // paths
        c.add(new Case("a file that is not there", folder -> List.of("extract", "--no-nlp", folder.resolve("missing.pdf").toString()),
                2, fails("missing.pdf", "no such file")));
        c.add(new Case("an empty folder", folder -> List.of("extract", "--no-nlp", Files.createDirectories(folder.resolve("nothing-here")).toString()),
                2, fails("nothing-here", "folder has no papers to read")));
        c.add(new Case("a 600 MB file (sparse on disk)", folder -> {
            Path p = folder.resolve("huge.pdf");
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(600L << 20);
            }
            return List.of("extract", "--no-nlp", p.toString());
        }, 2, fails("huge.pdf", "is 600 MB, over the 512 MB allowed per paper"), 10));
        c.add(new Case("/dev/zero", folder -> {
            assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
            return List.of("extract", "--no-nlp", "/dev/zero");
        }, 2, fails("/dev/zero", "is not a regular file")));
        c.add(new Case("a symbolic link loop in a folder", folder -> {
            Path f = Files.createDirectories(folder.resolve("looped"));
            Files.write(f.resolve("agenda.txt"), BadFiles.utf8(BadFiles.AGENDA));
            Files.createSymbolicLink(f.resolve("again"), f);
            return List.of("extract", "--no-nlp", "--format", "json", f.toString());
        }, 0, fails("again", "skipped: symbolic link loop")));
        c.add(new Case("a file without read permission", folder -> {
            assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
            Path p = BadFiles.write(folder, "secret.txt", BadFiles.utf8(BadFiles.AGENDA));
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("-w-------"));
            return List.of("extract", "--no-nlp", p.toString());
        }, 2, fails("secret.txt", ".*(permission denied|cannot be read)")));
        c.add(new Case("a newline in a file name", extract("bad\ncouncilpapers: 9 files read, 0 failed.pdf", () -> new byte[0]),
                2, fails("bad\\ncouncilpapers: 9 files read, 0 failed.pdf", ".*empty")));
        c.add(new Case("an ANSI escape in a file name", extract("red\u001b[31m.pdf", () -> new byte[0]),
                2, fails("red\\x1b[31m.pdf", ".*empty")));
        // budgets
        c.add(new Case("--max-pages below the paper's pages", extract("report.pdf", () -> realPdf, "--max-pages", "2"),
                0, warns("report.pdf", "PAGE_LIMIT")));
        c.add(new Case("--max-pages 0", extract("report.pdf", () -> realPdf, "--max-pages", "0"), 2, "^councilpapers: --max-pages must be at least 1"));
        c.add(new Case("--max-seconds-per-paper -1", extract("report.pdf", () -> realPdf, "--max-seconds-per-paper", "-1"),
                2, "^councilpapers: --max-seconds-per-paper must be a positive number"));
        // queries
        c.add(new Case("a regex that does not compile", query("search", "/[a-z/"), 2, "^councilpapers: bad query '/\\[a-z/': a /regular expression/"));
        c.add(new Case("an unclosed quote", query("search", "\"return home"), 2, "^councilpapers: bad query .*: a quote is not closed"));
        c.add(new Case("an unclosed bracket", query("search", "(return OR home"), 2, "^councilpapers: bad query .*ends too early"));
        c.add(new Case("a lone AND", query("search", "AND"), 2, "^councilpapers: bad query 'AND' at character 1: unexpected 'AND'"));
        c.add(new Case("a stray closing bracket", query("search", "home)"), 2, "^councilpapers: bad query 'home\\)' .*unexpected '\\)'"));
        c.add(new Case("-n 2147483647", query("search", "home", "-n", "2147483647"), 2, "^councilpapers: --limit must be from 1 to 10000"));
        c.add(new Case("-n 100000000", query("search", "home", "-n", "100000000"), 2, "^councilpapers: --limit must be from 1 to 10000", 10));
        c.add(new Case("-n 0", query("search", "home", "-n", "0"), 2, "^councilpapers: --limit must be from 1 to 10000"));
        c.add(new Case("-n -1", query("search", "home", "-n", "-1"), 2, "^councilpapers: --limit must be from 1 to 10000"));
        c.add(new Case("--offset past the deepest page", query("search", "home", "--offset", "2000000000"), 2, "^councilpapers: --offset must be from 0"));
        c.add(new Case("--from 3000", query("search", "home", "--from", "3000"), 2, "^councilpapers: --from 3000 is not a year from 1900 to 2100"));
        c.add(new Case("--from after --to", query("search", "home", "--from", "2020", "--to", "2010"), 2, "^councilpapers: --from 2020 is after --to 2010"));
        c.add(new Case("trace -n 2147483647", query("trace", "home", "-n", "2147483647"), 2, "^councilpapers: --limit must be from 1 to 10000"));
        c.add(new Case("timeline of a bad regex", query("timeline", "/[a-z/"), 2, "^councilpapers: bad query '/\\[a-z/'"));
        c.add(new Case("export of a bad query", query("export", "--query", "\"home"), 2, "^councilpapers: bad query .*a quote is not closed"));
        c.add(new Case("a control character in a query", query("search", "home\nAND"), 2, "^councilpapers: bad query 'home\\\\nAND'"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputIsOneLineAndAnExitCode() {
        List<Case> all = cases();
        assertTrue(all.size() >= 40, "at least 40 kinds of bad input: " + all.size());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.kind(), () -> {
            Path folder = Files.createDirectories(dir.resolve("case-" + Integer.toHexString(c.kind().hashCode())));
            List<String> args = c.args().in(folder);
            long t0 = System.nanoTime();
            // As Main runs it (the options build the library: --max-pages reaches it), without NLP.
            Run r = Cli.runAsShipped(args.toArray(new String[0]));
            double seconds = (System.nanoTime() - t0) / 1e9;
            String report = c.kind() + ": exit " + r.code() + " in " + String.format(Locale.ROOT, "%.1f s", seconds) + "\nstderr:\n"
                    + r.err() + "\nstdout (start):\n" + r.out().substring(0, Math.min(400, r.out().length()));
            System.out.println(report.lines().limit(4).reduce((a, b) -> a + " | " + b).orElse(""));
            assertEquals(c.code(), r.code(), report);
            // Multi-line: ^ and $ are a line's ends; a pattern with (?s) may span the JSON on stdout.
            assertTrue(Pattern.compile(c.line(), Pattern.MULTILINE).matcher(r.err() + "\n" + r.out()).find(),
                    "nothing matches " + c.line() + "\n" + report);
            assertTrue(seconds < c.seconds(), "took " + seconds + " s, bound " + c.seconds() + " s\n" + report);
            assertFalse(r.err().contains("internal error"), report);
            assertFalse(r.err().contains("\tat "), "a stack trace\n" + report);
            for (String l : r.errLines()) {
                assertFalse(l.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f), "a raw control character: " + l);
            }
        }));
    }

    /**
     * Item 2 of issue 15: a folder of bad files among real papers gives exactly the real papers'
     * records, as they give them run alone, from {@code extract} and from {@code index}; one
     * {@code skipped:} line per bad file, the summary, exit 0.
     */
    @Test
    void aBatchNeverLosesAGoodPaper() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("batch-alone"));
        Path batch = Files.createDirectories(dir.resolve("batch"));
        String[][] real = {{"thurrock-2019-ofsted-ilacs-report.txt", "b-ilacs.txt"}, {"thurrock-2017-04-improvement-plan.txt", "f-plan.txt"},
            {"real/ofsted/80418-norfolk-2013-08-16.pdf", "m-norfolk.pdf"}, {"pdf/thurrock-2020-07-07-development-plan-report.pdf", "r-report.pdf"}};
        for (String[] r : real) {
            Files.copy(TestPapers.path(r[0]), alone.resolve(r[1]));
            Files.copy(TestPapers.path(r[0]), batch.resolve(r[1]));
        }
        // Bad files that cannot be read at all, named to fall between the real papers.
        byte[] pdf = read("pdf/thurrock-2019-ofsted-ilacs-report.pdf");
        List<String> unreadable = List.of("a-encrypted.pdf", "c-bomb.docx", "d-empty.txt", "e-random.txt", "g-nul.txt", "h-cut.pdf",
                "i-notes.pdf", "j-random.docx", "k-hollow.docx", "n-zero-pages.pdf", "p-bad\ncouncilpapers: 99 files read.pdf",
                "s-huge.pdf");
        BadFiles.write(batch, "a-encrypted.pdf", BadFiles.encryptedPdf());
        BadFiles.write(batch, "c-bomb.docx", BadFiles.docxBomb(300L << 20));
        BadFiles.write(batch, "d-empty.txt", new byte[0]);
        BadFiles.write(batch, "e-random.txt", BadFiles.randomBytes(100_000, 5));
        BadFiles.write(batch, "g-nul.txt", BadFiles.utf8(BadFiles.AGENDA.replace(" ", "\u0000")));
        BadFiles.write(batch, "h-cut.pdf", Arrays.copyOf(pdf, pdf.length / 10));
        BadFiles.write(batch, "i-notes.pdf", BadFiles.ascii("not a PDF"));
        BadFiles.write(batch, "j-random.docx", BadFiles.randomBytes(30_000, 6));
        BadFiles.write(batch, "k-hollow.docx", BadFiles.docxWithoutDocument());
        BadFiles.write(batch, "n-zero-pages.pdf", BadFiles.zeroPages());
        BadFiles.write(batch, "p-bad\ncouncilpapers: 99 files read.pdf", new byte[0]);
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(batch.resolve("s-huge.pdf").toFile(), "rw")) {
            huge.setLength(600L << 20); // sparse: 600 MB long, a few KB on disk, over the 512 MB a paper may be
        }
        // Bad files that are read, with a warning and no records.
        List<String> warned = List.of("l-lying.pdf", "o-deflate-bomb.pdf", "q-scanned.pdf");
        BadFiles.write(batch, "l-lying.pdf", BadFiles.lyingPageCount(Integer.MAX_VALUE));
        BadFiles.write(batch, "o-deflate-bomb.pdf", BadFiles.deflateBomb(300L << 20));
        BadFiles.write(batch, "q-scanned.pdf", BadFiles.imageOnlyPdf());
        Path loop = Files.createDirectories(batch.resolve("t-loop"));
        Files.createSymbolicLink(loop.resolve("again"), batch);

        Run good = Cli.runAsShipped("extract", "--no-nlp", "--format", "jsonl", alone.toString());
        assertEquals(0, good.code(), good.err());
        assertTrue(good.outLines().size() > 50, "the real papers have records: " + good.outLines().size());
        Run mixed = Cli.runAsShipped("extract", "--no-nlp", "--format", "jsonl", batch.toString());
        String report = "stderr:\n" + mixed.err();
        assertEquals(0, mixed.code(), report);
        assertEquals(good.out(), mixed.out(), "exactly the real papers' records, in the same order\n" + report);
        for (String bad : unreadable) {
            String printed = bad.replace("\n", "\\n"); // a newline in a name is printed as \n, so it cannot start a line of its own
            assertEquals(1, mixed.errLines().stream().filter(l -> l.startsWith("councilpapers: ") && l.contains("/" + printed + ": skipped: ")).count(),
                    "one line for " + printed + "\n" + report);
        }
        for (String bad : warned) {
            assertTrue(mixed.errLines().stream().anyMatch(l -> l.contains("/" + bad + ": warning: ")), bad + "\n" + report);
        }
        assertTrue(mixed.errLines().stream().anyMatch(l -> l.endsWith("/t-loop/again: skipped: symbolic link loop")), report);
        int records = good.outLines().size();
        String summary = mixed.errLines().get(mixed.errLines().size() - 1);
        assertEquals("councilpapers: " + (real.length + warned.size()) + " files read, " + (unreadable.size() + 1) + " failed, " + records
                + " records, " + mixed.errLines().stream().filter(l -> l.contains(": warning: ")).count() + " warnings", summary, report);
        assertEquals(1, mixed.errLines().stream().filter(l -> l.startsWith("councilpapers: ") && l.contains(" files read, ")).count(),
                "no file forged a summary line\n" + report);

        // The same through the index: what export gives back is what the real papers alone give.
        Path indexAlone = dir.resolve("index-alone");
        Path indexMixed = dir.resolve("index-mixed");
        Run a = Cli.runAsShipped("index", "--no-nlp", "--index", indexAlone.toString(), alone.toString());
        assertEquals(0, a.code(), a.err());
        Run m = Cli.runAsShipped("index", "--no-nlp", "--index", indexMixed.toString(), batch.toString());
        assertEquals(0, m.code(), m.err());
        for (String bad : unreadable) {
            assertTrue(m.errLines().stream().anyMatch(l -> l.contains("/" + bad.replace("\n", "\\n") + ": skipped: ")), bad + "\n" + m.err());
        }
        assertTrue(m.errLines().get(m.errLines().size() - 1).startsWith("councilpapers: " + (real.length + warned.size()) + " papers indexed ("
                + records + " records, "), m.err());
        String types = String.join(",", new RecordTypeConverter.Names());
        Run exportAlone = Cli.runAsShipped("export", "--type", types, "--format", "jsonl", "--index", indexAlone.toString());
        Run exportMixed = Cli.runAsShipped("export", "--type", types, "--format", "jsonl", "--index", indexMixed.toString());
        assertEquals(0, exportMixed.code(), exportMixed.err());
        assertEquals(records, exportAlone.outLines().size(), exportAlone.err());
        assertEquals(exportAlone.out(), exportMixed.out());
    }

    /**
     * A paper that takes the heap or the stack, or throws, is that paper's failure: the papers after
     * it in the batch are read, by {@code extract} and by {@code index}, and the run ends with its
     * summary. Running out of memory is real here (the extractor allocates until the 384 MB heap is
     * gone), so this also shows the heap comes back once the paper's work has unwound.
     */
    @Test
    void aPaperThatExhaustsMemoryOrStackFailsAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("failing"));
        Files.writeString(folder.resolve("a-good.txt"), "Grade: Leadership\n");
        Files.writeString(folder.resolve("b-memory.txt"), "Exhaust memory\n");
        Files.writeString(folder.resolve("c-good.txt"), "Grade: Help and protection\n");
        Files.writeString(folder.resolve("d-stack.txt"), "Recurse\n");
        Files.writeString(folder.resolve("e-crash.txt"), "Crash\n");
        Files.writeString(folder.resolve("f-good.txt"), "Grade: Care leavers\n");
        CouncilPapers papers = CouncilPapers.builder().extractors(List.of(new FailingExtractor())).build();

        Run x = Cli.runWith(papers, "extract", "--format", "jsonl", folder.toString());
        assertEquals(1, x.code(), "a bug in one paper (the crash) is exit 1, the others still read\n" + x.err());
        assertEquals(3, x.outLines().size(), x.out());
        assertTrue(x.out().contains("Leadership") && x.out().contains("Help and protection") && x.out().contains("Care leavers"), x.out());
        assertTrue(x.errLines().stream().anyMatch(l -> l.matches("councilpapers: .*/b-memory.txt: skipped: ran out of memory reading this paper \\(\\d+ MB of heap\\)")), x.err());
        assertTrue(x.errLines().stream().anyMatch(l -> l.matches("councilpapers: .*/d-stack.txt: skipped: nested too deeply to read .*")), x.err());
        assertTrue(x.errLines().stream().anyMatch(l -> l.matches("councilpapers: .*/e-crash.txt: internal error: IllegalStateException: boom .*")), x.err());
        assertEquals("councilpapers: 3 files read, 3 failed, 3 records, 0 warnings", x.errLines().get(x.errLines().size() - 1));

        Path idx = dir.resolve("index-failing");
        Run i = Cli.runWith(papers, "index", "--threads", "2", "--index", idx.toString(), folder.toString());
        assertEquals(1, i.code(), i.err());
        assertFalse(i.err().contains("a worker failed"), i.err());
        assertTrue(i.errLines().stream().anyMatch(l -> l.matches("councilpapers: .*/b-memory.txt: skipped: ran out of memory reading this paper .*")), i.err());
        assertTrue(i.errLines().get(i.errLines().size() - 1).startsWith("councilpapers: 3 papers indexed (3 records, 0 warnings), 0 unchanged, 3 failed"),
                i.err());
        Run s = Cli.runAsShipped("search", "--type", "judgement", "--index", idx.toString());
        assertTrue(s.out().startsWith("3 records match"), s.out());
    }

    private static byte[] read(String paper) {
        try {
            return Files.readAllBytes(TestPapers.path(paper));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
