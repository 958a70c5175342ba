package org.councilpapers.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.cli.option.IndexDirOption;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.index.IndexInUseException;
import org.councilpapers.index.IndexStats;
import org.councilpapers.index.PaperIndex;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code index}: reads papers into the index, skipping those it already holds. */
@Command(name = "index",
        header = "Read papers into the search index, skipping papers it already holds.",
        description = {"Each paper is extracted as 'extract' would and its records replace any the index holds for it, "
                + "in one commit: a paper is in the index whole or not at all, even if the run is killed. "
                + "A paper whose bytes are already indexed is skipped without being read again, so a second run over "
                + "the same folder only reads what is new or changed. A changed file replaces the version indexed "
                + "from the same path."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (papers skipped in a folder and warnings are reported, but do not fail a run)",
            "1:an unexpected internal failure on some paper (the others are still indexed)",
            "2:a usage error, a path named on the command line could not be read, or the index could not be written"},
        footerHeading = "%n",
        footer = {
            "On a terminal a progress line shows on stderr. Errors go to stderr, one line each:",
            "  councilpapers: FILE: reason            a file named on the command line",
            "  councilpapers: FILE: skipped: reason   a bad file in a folder (run goes on)",
            "The run ends with a summary: papers indexed, unchanged and failed; records and warnings.",
            "",
            "Examples:",
            "  councilpapers index papers/",
            "  councilpapers index papers/ --index /data/cp-index",
            "  councilpapers index new-pack.pdf --verbose     also print each paper's warnings"})
final class IndexCommand implements Callable<Integer> {
    private final Supplier<CouncilPapers> library;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Papers to index: files, or folders to walk (recursively, in name order, skipping hidden files).")
    private List<Path> paths;

    @Mixin
    private IndexDirOption index;

    @Option(names = "--force", description = "Read and index every paper again, even those already indexed (after an upgrade, say).")
    private boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Print each paper's warnings on stderr.")
    private boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DebugOption debug;

    IndexCommand() {
        this(() -> CouncilPapers.builder().build());
    }

    /** With another library set-up; built only when the command runs. */
    IndexCommand(Supplier<CouncilPapers> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunLog log = new RunLog(err, debug.enabled());
        try {
            return run(err, log);
        } finally {
            log.flush();
        }
    }

    private int run(PrintWriter err, RunLog log) {
        Path dir = index.dir();
        List<Input> inputs = InputFiles.expand(paths, dir, log);
        PaperIndex paperIndex;
        try {
            paperIndex = PaperIndex.open(dir);
        } catch (IndexInUseException e) {
            return log.fatal(dir.toString(), "the index is being written by another run; try again when it has finished", e);
        } catch (IOException e) {
            return log.fatal(dir.toString(), "cannot open or create the index (" + InputFiles.reason(e) + ")", e);
        }
        Counts counts = new Counts();
        Progress progress = new Progress(err, inputs.size());
        try (PaperIndex open = paperIndex) {
            CouncilPapers papers = null;
            for (Input input : inputs) {
                progress.clear();
                byte[] bytes = read(input, log);
                if (bytes != null) {
                    if (!force && open.contains(DocumentInfo.idOf(bytes))) {
                        counts.unchanged++;
                    } else {
                        if (papers == null) {
                            papers = library.get();
                        }
                        Extraction x = extract(papers, input, bytes, log);
                        if (x != null) {
                            open.add(x, location(input));
                            counts.indexed++;
                            counts.records += x.records().size();
                            counts.warnings += x.warnings().size();
                            if (verbose) {
                                log.read(input, x);
                            }
                        }
                    }
                }
                progress.done(input);
            }
            progress.clear();
            IndexStats total = open.stats();
            err.println(counts.summary(total, dir));
        } catch (IOException e) {
            progress.clear();
            return log.fatal(dir.toString(), "cannot write the index (" + InputFiles.reason(e) + ")", e);
        }
        return log.exitCode();
    }

    private static byte @Nullable [] read(Input input, RunLog log) {
        try {
            if (Files.isDirectory(input.path())) {
                log.failed(input, "is a directory, not a paper", null);
                return null;
            }
            return Files.readAllBytes(input.path());
        } catch (IOException e) {
            log.failed(input, InputFiles.reason(e), e);
            return null;
        }
    }

    private static @Nullable Extraction extract(CouncilPapers papers, Input input, byte[] bytes, RunLog log) {
        String name = input.path().getFileName() == null ? input.path().toString() : input.path().getFileName().toString();
        try {
            return papers.extract(new ByteArrayInputStream(bytes), name);
        } catch (UnreadablePaperException e) {
            log.failed(input, e.reason(), e);
        } catch (IOException e) {
            log.failed(input, InputFiles.reason(e), e);
        } catch (RuntimeException e) {
            log.internalError(input, e);
        }
        return null;
    }

    /** The absolute path: the same file indexed from two working directories is still one location. */
    private static String location(Input input) {
        return input.path().toAbsolutePath().normalize().toString();
    }

    /** What this run did, for the summary line. */
    private static final class Counts {
        int indexed;
        int unchanged;
        long records;
        long warnings;

        String summary(IndexStats total, Path dir) {
            return "councilpapers: " + plural(indexed, "paper") + " indexed (" + plural(records, "record") + ", "
                    + plural(warnings, "warning") + "), " + unchanged + " unchanged; " + dir + " holds "
                    + plural(total.documents(), "paper") + " and " + plural(total.records(), "record");
        }
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A progress line on stderr, only when a person is watching (a terminal): {@code [ 12/340] 3%
     * file}, rewritten in place and cleared before any other line is printed.
     */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean on = System.console() != null;
        private int done;
        private int width;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void done(Input input) {
            done++;
            if (!on) {
                return;
            }
            String name = input.path().getFileName() == null ? input.toString() : input.path().getFileName().toString();
            String line = String.format(Locale.ROOT, "[%" + Integer.toString(total).length() + "d/%d] %3d%% %s", done, total,
                    total == 0 ? 100 : done * 100 / total, name);
            if (line.length() > 100) {
                line = line.substring(0, 99) + "…";
            }
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = line.length();
        }

        void clear() {
            if (on && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
