package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.cli.Outputs.Output;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.cli.option.Format;
import org.councilpapers.cli.option.FormatOption;
import org.councilpapers.cli.option.LimitOptions;
import org.councilpapers.cli.option.ShardOption;
import org.councilpapers.cli.option.RecordTypeConverter;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: reads papers and prints or writes their records. */
@Command(name = "extract",
        header = "Read papers and print their records, or write them to a folder.",
        description = "The format of a paper (PDF, Word, HTML, text) comes from its bytes, then its name. "
                + "The same bytes always give the same records, ids and order.",
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (papers skipped in a folder and warnings are reported, but do not fail a run)",
            "1:an unexpected internal failure on some paper (the others are still read)",
            "2:a usage error, or a path named on the command line could not be read"},
        footerHeading = "%n",
        footer = {
            "Output:",
            "  json   One paper: its envelope {document, records, warnings} on stdout.",
            "         Several papers or a folder: a JSON array of envelopes.",
            "         --out DIR: DIR/<paper name>.json each, e.g. a/x.pdf -> DIR/x.json;",
            "         two papers with the same name are refused before anything is written.",
            "  jsonl  One record a line, with documentId, source, council and documentDate",
            "         added (documentSource/documentCouncil where a record has its own).",
            "         --out DIR: DIR/" + Outputs.JSONL_FILE + ".",
            "  csv    One table per record type; nested fields dotted (provenance.page),",
            "         lists joined with '; '. --out DIR: DIR/<type>.csv for every type",
            "         (or the --type ones). On stdout, one table only: give one --type.",
            "  text   For people: a heading per paper and a line per record with its page.",
            "         --out DIR: DIR/" + Outputs.TEXT_FILE + ".",
            "",
            "Errors and warnings go to stderr, never into the records:",
            "  councilpapers: FILE: reason            a file that could not be read",
            "  councilpapers: FILE: skipped: reason   a bad file in a folder (run goes on)",
            "  FILE: warning: CODE message (page N)   a problem inside a paper that was read",
            "A run over several papers ends with a summary line.",
            "",
            "Examples:",
            "  councilpapers extract report.pdf",
            "  councilpapers extract report.pdf --type judgement --format csv",
            "  councilpapers extract papers/ --type judgement,finding --format text",
            "  councilpapers extract papers/ --format jsonl > records.jsonl",
            "  councilpapers extract papers/ --out out/            out/<paper>.json",
            "  councilpapers extract papers/ --format csv --out out/",
            "  councilpapers extract a.pdf b.pdf | jq '.[].records | length'"})
final class ExtractCommand implements Callable<Integer> {
    /** Null for the standard library, built for the run with or without NLP as the options say. */
    private final @Nullable Supplier<CouncilPapers> library;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Papers to read: files, or folders to walk (recursively, in name order, skipping hidden files).")
    private List<Path> paths;

    @Mixin
    private FormatOption format;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", converter = RecordTypeConverter.class, split = ",",
            completionCandidates = RecordTypeConverter.Names.class,
            description = {"Only records of these types, comma-separated (default: all): ${COMPLETION-CANDIDATES}."})
    private @Nullable List<RecordType> type;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write files into this folder (created if need be) instead of printing to stdout.")
    private @Nullable Path out;

    @Option(names = "--no-nlp", description = {"Skip NLP enrichment (people, organisations, places, dates and sentences "
            + "in each record's text, by Stanford CoreNLP): faster, and needs ~1 GB less memory."})
    private boolean noNlp;

    @Mixin
    private ShardOption shard;

    @Mixin
    private LimitOptions limits;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DebugOption debug;

    ExtractCommand() {
        this.library = null;
    }

    /** With another library set-up; the library is built only when the command runs, not for {@code --help}. */
    ExtractCommand(Supplier<CouncilPapers> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        Format f = format.format();
        if (f == Format.CSV && out == null && (type == null || new LinkedHashSet<>(type).size() != 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--format csv on stdout prints one table: add --type TYPE (one type), or --out DIR to write a table per type");
        }
        PaperLimits budget = limits.limits(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        RunLog log = new RunLog(err, debug.enabled());
        try {
            return run(f, budget, log);
        } finally {
            log.flush();
        }
    }

    private int run(Format f, PaperLimits budget, RunLog log) {
        List<Input> inputs = shard.select(InputFiles.expand(paths, out, log), Input::path);
        if (out != null) {
            if (f == Format.JSON && shareAName(inputs, out, log)) {
                return RunLog.INPUT_ERROR;
            }
            try {
                Files.createDirectories(out);
            } catch (FileAlreadyExistsException e) {
                return log.fatal(out.toString(), "exists and is not a folder", e);
            } catch (IOException e) {
                return log.fatal(out.toString(), "cannot create the output folder (" + InputFiles.reason(e) + ")", e);
            }
        }
        boolean several = paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
        List<RecordType> types = type == null ? List.of(RecordType.values()) : List.copyOf(new LinkedHashSet<>(type));
        CouncilPapers papers = library != null ? library.get() : CouncilPapers.builder().nlp(!noNlp).limits(budget).build();
        try (Output output = Outputs.open(f, types, out, spec.commandLine().getOut(), several)) {
            for (Input input : inputs) {
                Extraction x = read(papers, input, log);
                if (x != null) {
                    log.wrote(output.write(input, selected(x)));
                }
            }
        } catch (IOException e) {
            return log.fatal(out == null ? "stdout" : out.toString(), "cannot write output (" + InputFiles.reason(e) + ")", e);
        }
        if (several) {
            log.summary();
        }
        return log.exitCode();
    }

    private static @Nullable Extraction read(CouncilPapers papers, Input input, RunLog log) {
        try {
            Extraction x = papers.extract(input.path());
            log.read(input, x);
            return x;
        } catch (UnreadablePaperException e) {
            log.failed(input, e.reason(), e);
        } catch (IOException e) {
            log.failed(input, InputFiles.reason(e), e);
        } catch (RuntimeException | Error e) {
            // Caught here, at the paper's boundary, so the paper's objects are unreachable again and the next paper has the heap.
            log.unexpected(input, e);
        }
        return null;
    }

    /** The extraction with only the records of the {@code --type}s, if given; its warnings and document stay whole. */
    private Extraction selected(Extraction x) {
        return type == null ? x : new Extraction(x.schemaVersion(), x.document(),
                x.records().stream().filter(r -> type.contains(r.type())).toList(), x.warnings(), x.ragScale());
    }

    /**
     * Two papers that would write the same {@code DIR/<name>.json} (x.pdf and x.txt, or a/x.pdf and
     * b/x.pdf) are refused before anything is written, rather than one silently replacing the other.
     * Names are compared without case, as they would be on a Windows or macOS disk.
     */
    private static boolean shareAName(List<Input> inputs, Path dir, RunLog log) {
        Map<String, Input> byName = new HashMap<>();
        for (Input in : inputs) {
            Input other = byName.putIfAbsent(in.baseName().toLowerCase(Locale.ROOT), in);
            if (other != null) {
                log.fatal(other + " and " + in, "would both be written to " + Outputs.envelopeFile(dir, in)
                        + "; nothing was written (extract them in separate runs, or use --format jsonl)", null);
                return true;
            }
        }
        return false;
    }
}
