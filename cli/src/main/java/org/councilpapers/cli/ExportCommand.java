package org.councilpapers.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilpapers.cli.option.FilterOptions;
import org.councilpapers.cli.option.Format;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.export.CsvWriter;
import org.councilpapers.core.export.Inspection;
import org.councilpapers.core.export.InspectionWriter;
import org.councilpapers.core.export.Inspections;
import org.councilpapers.core.export.JsonlWriter;
import org.councilpapers.core.export.Printable;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.BadQueryException;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Query;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: a dataset of records from the index, as CSV or JSON lines. */
@Command(name = "export",
        header = "Export records from the index as a dataset: by default the judgements, as CSV.",
        description = {"One row per record, in paper and reading order, with the columns of 'extract --format csv':",
            "for judgements documentId, source, council, documentDate, then authority, inspectorate, framework,",
            "inspectionStart, inspectionEnd, year, group, area, grade, gradeText, basis and provenance (page, printed page).",
            "The filters of 'search' narrow the rows; QUERY text is given with --query.",
            "Passages of body text are not records and are not exported: 'search --type passage --json' lists them.",
            "",
            "--inspections writes one row per inspection instead, built from the judgements: authority, inspectorate,",
            "framework, inspectionStart, inspectionEnd, year, publicationDate, then a grade column per area",
            "(overallEffectiveness, leaders, helpAndProtection, childrenInCare, careLeavers, adoption, lscb, and the",
            "2009-2013 areas capacityToImprove, outcomes, qualityOfProvision; otherAreas for the rest), basis,",
            "papers, documentIds, page, printedPage and judgementIds. Judgements of the same authority, framework and",
            "fieldwork dates are one inspection; copies in several papers (the report, and the committee report that",
            "quotes it) are one row naming every paper; two different grades for one area make two rows."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an unexpected internal failure", "2:a usage error, a query that does not parse, no index, or the output cannot be written"},
        footerHeading = "%n",
        footer = {"Examples:",
            "  councilpapers export > judgements.csv",
            "  councilpapers export --type judgement --format jsonl --out judgements.jsonl",
            "  councilpapers export --type finding --council thurrock --from 2016",
            "  councilpapers export --type action --status red --query \"foster carers\"",
            "  councilpapers export --inspections > inspections.csv          one row per inspection",
            "  councilpapers export --inspections --authority birmingham --format jsonl"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FilterOptions filters;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default; one table, so one --type) or jsonl (one record a line).")
    private String format;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY", description = "Only records matching this query text, as for 'search'.")
    private @Nullable String query;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private @Nullable Path out;

    @Option(names = "--inspections", description = "One row per inspection, built from the judgements, instead of one per record.")
    private boolean inspections;

    @Mixin
    private IndexReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        Format f = Format.find(format).filter(x -> x != Format.JSON).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown export format '" + format + "' (expected csv or jsonl)"));
        if (filters.passagesNamed()) {
            throw new ParameterException(spec.commandLine(), "passages cannot be exported: export writes records, one table per type "
                    + "(list passages with 'councilpapers search --type passage --json')");
        }
        Query q = filters.applyTo(Query.text(query == null ? "" : query), spec.commandLine()).orderBy(Query.Order.DOCUMENT);
        if (inspections && !q.types().isEmpty() && !q.types().equals(java.util.Set.of(RecordType.JUDGEMENT))) {
            throw new ParameterException(spec.commandLine(), "--inspections is built from judgements: leave out --type, or give --type judgement");
        }
        if (q.types().isEmpty()) {
            q = q.type(RecordType.JUDGEMENT);
        }
        if (f == Format.CSV && q.types().size() > 1) {
            throw new ParameterException(spec.commandLine(), "--format csv writes one table: give one --type, or use --format jsonl");
        }
        PrintWriter err = spec.commandLine().getErr();
        PaperIndex open = IndexCommands.openForReading(reading, err);
        if (open == null) {
            return RunLog.INPUT_ERROR;
        }
        long[] rows = new long[1];
        try (PaperIndex paperIndex = open; Writer w = writer()) {
            if (q.text() != null) {
                paperIndex.search(q.limit(0)); // a query that does not parse fails here, before a CSV header is written
            }
            if (inspections) {
                Inspections gathered = new Inspections();
                // An inspectorate's report is dated by its fieldwork; the publication date it prints is carried by its findings.
                paperIndex.scan(Query.all().type(RecordType.FINDING).orderBy(Query.Order.DOCUMENT), h -> {
                    PartialDate printed = ((Finding) h.record()).date();
                    if (printed != null) {
                        gathered.printedPublicationDate(h.document(), printed);
                    }
                });
                paperIndex.scan(q, h -> gathered.add(h.document(), (Judgement) h.record()));
                InspectionWriter table = new InspectionWriter(w, f == Format.CSV ? InspectionWriter.Form.CSV : InspectionWriter.Form.JSONL);
                for (Inspection row : gathered.rows()) {
                    table.write(row);
                    rows[0]++;
                }
            } else if (f == Format.CSV) {
                CsvWriter csv = new CsvWriter(w, q.types().iterator().next());
                paperIndex.scan(q, h -> {
                    csv.write(h.document(), h.record());
                    rows[0]++;
                });
            } else {
                JsonlWriter jsonl = new JsonlWriter(w);
                paperIndex.scan(q, h -> {
                    jsonl.write(h.document(), h.record());
                    rows[0]++;
                });
            }
        } catch (BadQueryException e) {
            return IndexCommands.badQuery(e, err);
        } catch (OutputFailed e) {
            err.println("councilpapers: " + (out == null ? "stdout" : Printable.text(out)) + ": cannot write (" + Printable.text(InputFiles.reason(e.getCause())) + ")");
            return RunLog.INPUT_ERROR;
        } catch (IOException e) {
            return IndexCommands.readFailed(reading, e, err);
        }
        if (inspections) {
            err.println("councilpapers: " + IndexCommand.plural(rows[0], "inspection") + " exported");
            err.flush();
            return RunLog.OK;
        }
        err.println("councilpapers: " + IndexCommand.plural(rows[0], "record") + " exported ("
                + String.join(", ", q.types().stream().map(RecordType::jsonName).toList()) + ")");
        err.flush();
        return RunLog.OK;
    }

    /** The output; its write failures are told apart from the index's read failures. */
    private Writer writer() throws IOException {
        Writer w;
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            w = new Writer() {
                @Override
                public void write(char[] buf, int off, int len) {
                    stdout.write(buf, off, len);
                }

                @Override
                public void flush() throws IOException {
                    stdout.flush();
                    if (stdout.checkError()) {
                        throw new OutputFailed(new IOException("broken pipe or full disk"));
                    }
                }

                @Override
                public void close() throws IOException {
                    flush(); // never close stdout
                }
            };
        } else {
            try {
                w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }
        return new GuardedWriter(new BufferedWriter(w));
    }

    /** An I/O failure on the output rather than the index. */
    private static final class OutputFailed extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Marks every failure of the wrapped writer as an {@link OutputFailed}. */
    private static final class GuardedWriter extends Writer {
        private final Writer w;

        GuardedWriter(Writer w) {
            this.w = w;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            guarded(() -> w.write(buf, off, len));
        }

        @Override
        public void flush() throws IOException {
            guarded(w::flush);
        }

        @Override
        public void close() throws IOException {
            guarded(w::close);
        }

        private interface Step {
            void run() throws IOException;
        }

        private static void guarded(Step step) throws IOException {
            try {
                step.run();
            } catch (OutputFailed e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }
    }
}
