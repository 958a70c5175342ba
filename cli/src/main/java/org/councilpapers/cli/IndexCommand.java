package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.cli.option.IndexDirOption;
import org.councilpapers.cli.option.ShardOption;
import org.councilpapers.cli.option.LimitOptions;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.export.Printable;
import org.councilpapers.core.internal.Lazy;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.index.IndexInUseException;
import org.councilpapers.index.IndexStats;
import org.councilpapers.index.IndexedDocument;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Passage;
import org.councilpapers.index.Passages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code index}: reads papers into the index, skipping those it already holds. */
@Command(name = "index",
        header = "Read papers into the search index, skipping papers it already holds.",
        description = {"Each paper is extracted as 'extract' would (with NLP unless --no-nlp) and its records replace any the index holds for it, "
                + "in one commit: a paper is in the index whole or not at all, even if the run is killed. "
                + "Its body text is indexed too, paragraph by paragraph (list items and table rows likewise), as passages "
                + "that 'search --passages' and 'trace' find where no record holds the words; running headers and footers "
                + "are left out. "
                + "A paper whose bytes are already indexed is skipped without being read again, so a second run over "
                + "the same folder only reads what is new or changed; a run with NLP still reads again a paper indexed "
                + "with --no-nlp. A changed file replaces the version indexed from the same path."},
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
            "  councilpapers index new-pack.pdf --verbose     also print each paper's warnings",
            "  councilpapers index papers/ --no-nlp           quicker, without the people and organisations texts mention"})
final class IndexCommand implements Callable<Integer> {
    /** Builds the library for a run, with NLP or without. */
    @FunctionalInterface
    interface Library {
        CouncilPapers build(boolean nlp);
    }

    /** Null for the standard library, built with or without NLP and within the limits the options set. */
    private final @Nullable Library library;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Papers to index: files, or folders to walk (recursively, in name order, skipping hidden files).")
    private List<Path> paths;

    @Mixin
    private IndexDirOption index;

    @Option(names = "--force", description = "Read and index every paper again, even those already indexed (after an upgrade, say).")
    private boolean force;

    @Option(names = "--no-nlp", description = {"Skip NLP enrichment, as in 'extract': faster and ~1 GB less memory, but the "
            + "people and organisations the papers' text mentions are not indexed (--person still finds those named in "
            + "records' own fields: who asked a question, whom a report is from). Without this option, papers indexed "
            + "earlier with --no-nlp are read again, with NLP; with it, papers already indexed are skipped."})
    private boolean noNlp;

    @Option(names = {"-v", "--verbose"}, description = "Print each paper's warnings on stderr.")
    private boolean verbose;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Read this many papers at once (default: the number of processors, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    private ShardOption shard;

    @Mixin
    private LimitOptions limits;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DebugOption debug;

    IndexCommand() {
        this.library = null;
    }

    /** With another library set-up; built only when the command runs, and only if a paper needs reading. */
    IndexCommand(Library library) {
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
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        PaperLimits budget = limits.limits(spec.commandLine());
        Path dir = index.dir();
        List<Input> inputs = shard.select(InputFiles.expand(paths, index.solr().given() ? null : dir, log), Input::path);
        PaperIndex paperIndex;
        try {
            if (index.solr().given()) {
                paperIndex = index.solr().open();
            } else {
                String refused = unsuitable(dir);
                if (refused != null) {
                    return log.fatal(dir.toString(), refused, null);
                }
                paperIndex = PaperIndex.open(dir);
            }
        } catch (IndexInUseException e) {
            return log.fatal(dir.toString(), "the index is being written by another run; try again when it has finished", e);
        } catch (IOException e) {
            return log.fatal(dir.toString(), "cannot open or create the index (" + InputFiles.reason(e) + ")", e);
        }
        Counts counts = new Counts();
        Progress progress = new Progress(err, inputs.size());
        // Papers are read and extracted by a few workers; results are taken in input order, so
        // messages and the index's contents do not depend on which worker finished first.
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "councilpapers-index");
            t.setDaemon(true);
            return t;
        });
        try (PaperIndex open = paperIndex) {
            // The library is built on first use (not at all when every paper is unchanged), once, for all workers.
            Supplier<CouncilPapers> papers = new Lazy<>(() -> library != null ? library.build(!noNlp)
                    : CouncilPapers.builder().nlp(!noNlp).limits(budget).build());
            long maxBytes = library != null ? Long.MAX_VALUE : budget.maxBytes();
            Deque<Pending> pending = new ArrayDeque<>();
            for (Input input : inputs) {
                pending.add(new Pending(input, workers.submit(() -> prepare(input, open, papers, maxBytes))));
                if (pending.size() >= 2 * threads) {
                    take(pending.poll(), open, papers, maxBytes, counts, log, progress);
                }
            }
            while (!pending.isEmpty()) {
                take(pending.poll(), open, papers, maxBytes, counts, log, progress);
            }
            progress.clear();
            IndexStats total = open.stats();
            err.println(counts.summary(total, index.solr().given() ? Printable.text(index.solr().describe()) : Printable.text(dir)));
        } catch (IOException e) {
            progress.clear();
            return log.fatal(dir.toString(), "cannot write the index (" + InputFiles.reason(e) + ")", e);
        } finally {
            workers.shutdownNow();
        }
        return log.exitCode();
    }

    /**
     * Why {@code dir} cannot take an index, or null if it can: a file is not a folder, and a folder
     * that holds other things (the papers themselves, say) would get Lucene's files mixed in.
     */
    private static @Nullable String unsuitable(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "exists and is not a folder";
        }
        if (Files.isDirectory(dir) && !PaperIndex.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return "is a folder with other files in it, not an index; give a new or empty folder for the index";
                }
            }
        }
        return null;
    }

    /** What a worker made of one input; reported and indexed by the main thread, in input order. */
    private record Outcome(Input input, @Nullable Extraction extraction, List<Passage> passages, boolean unchanged,
            @Nullable String failure, @Nullable Throwable cause, @Nullable Throwable unexpected) {
        static Outcome failed(Input input, String reason, @Nullable Throwable cause) {
            return new Outcome(input, null, List.of(), false, reason, cause, null);
        }

        static Outcome unexpected(Input input, Throwable t) {
            return new Outcome(input, null, List.of(), false, null, null, t);
        }
    }

    /** A paper handed to a worker. */
    private record Pending(Input input, Future<Outcome> outcome) {}

    /** Runs on a worker: reads the file, skips it if its bytes are indexed, else extracts it. */
    private Outcome prepare(Input input, PaperIndex open, Supplier<CouncilPapers> papers, long maxBytes) {
        String name = input.path().getFileName() == null ? input.path().toString() : input.path().getFileName().toString();
        try {
            if (Files.isDirectory(input.path())) {
                return Outcome.failed(input, "is a directory, not a paper", null);
            }
            if (Files.exists(input.path()) && !Files.isRegularFile(input.path())) {
                // /dev/zero or a pipe never ends: it is not read into memory to find out.
                return Outcome.failed(input, "is not a regular file (a device, pipe or socket?)", null);
            }
            long size = Files.size(input.path());
            if (size > maxBytes) {
                return Outcome.failed(input, "is " + PaperLimits.size(size) + ", over the " + PaperLimits.size(maxBytes)
                        + " allowed per paper (maxBytes)", null);
            }
            // The id is the file's SHA-256, streamed: the file is never read whole into memory.
            if (!force && upToDate(open.document(Source.of(input.path(), name).id()).orElse(null))) {
                return new Outcome(input, null, List.of(), true, null, null, null);
            }
        } catch (IOException e) {
            return Outcome.failed(input, InputFiles.reason(e), e);
        } catch (UncheckedIOException e) {
            return Outcome.failed(input, InputFiles.reason(e.getCause()), e);
        }
        try {
            AtomicReference<LayoutDocument> layout = new AtomicReference<>();
            AtomicReference<TextRanges> boilerplate = new AtomicReference<>();
            Extraction x = papers.get().extract(input.path(), (read, withoutRecords) -> {
                layout.set(read);
                boilerplate.set(withoutRecords);
            });
            // No passage from where no record may come: a blank page or the notes for the public every pack repeats.
            return new Outcome(input, x, Passages.of(x, layout.get(), offset -> !boilerplate.get().contains(offset)), false, null,
                    null, null);
        } catch (UnreadablePaperException e) {
            return Outcome.failed(input, e.reason(), e);
        } catch (IOException e) {
            return Outcome.failed(input, InputFiles.reason(e), e);
        } catch (RuntimeException | Error e) {
            // Here, at the paper's boundary, its objects are unreachable again: one paper that runs out of memory is its own failure.
            return Outcome.unexpected(input, e);
        }
    }

    /**
     * Whether an indexed paper need not be read again: it is, and was read with NLP or this run has
     * none. A paper indexed without saying how (by an older version, which kept no passages either)
     * is read again.
     */
    private boolean upToDate(@Nullable IndexedDocument indexed) {
        return indexed != null && indexed.nlp() != null && (indexed.nlp() || noNlp);
    }

    /**
     * Reports one outcome and indexes its extraction; only an index write failure stops the run. A
     * paper that ran out of memory is read once more, here, with the workers' papers held no longer
     * than it takes to index them: it may have failed only because other papers were being read at
     * the same time. A second failure is the paper's.
     */
    private void take(@Nullable Pending next, PaperIndex open, Supplier<CouncilPapers> papers, long maxBytes, Counts counts, RunLog log,
            Progress progress)
            throws IOException {
        if (next == null) {
            return;
        }
        Outcome o;
        try {
            o = next.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // prepare() catches what a paper throws; whatever escaped it is still this paper's failure, not the run's.
            o = Outcome.unexpected(next.input(), e.getCause() == null ? e : e.getCause());
        }
        if (o.unexpected() instanceof OutOfMemoryError) {
            o = prepare(next.input(), open, papers, maxBytes);
        }
        progress.clear();
        if (o.unexpected() != null) {
            counts.failed++;
            log.unexpected(o.input(), o.unexpected());
        } else if (o.failure() != null) {
            counts.failed++;
            log.failed(o.input(), o.failure(), o.cause());
        } else if (o.unchanged()) {
            counts.unchanged++;
        } else if (o.extraction() != null) {
            Extraction x = o.extraction();
            open.add(x, o.passages(), location(o.input()), !noNlp);
            counts.indexed++;
            counts.records += x.records().size();
            counts.warnings += x.warnings().size();
            if (verbose) {
                log.read(o.input(), x);
            }
        }
        progress.done(o.input());
    }

    /** The absolute path: the same file indexed from two working directories is still one location. */
    private static String location(Input input) {
        return input.path().toAbsolutePath().normalize().toString();
    }

    /** What this run did, for the summary line. */
    private static final class Counts {
        int indexed;
        int unchanged;
        int failed;
        long records;
        long warnings;

        String summary(IndexStats total, String where) {
            return "councilpapers: " + plural(indexed, "paper") + " indexed (" + plural(records, "record") + ", "
                    + plural(warnings, "warning") + "), " + unchanged + " unchanged, " + failed + " failed; " + where + " holds "
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
            String name = Printable.text(input.path().getFileName() == null ? input.toString() : input.path().getFileName().toString());
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
