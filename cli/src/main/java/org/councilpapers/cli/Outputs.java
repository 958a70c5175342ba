package org.councilpapers.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.cli.option.Format;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.export.CsvWriter;
import org.councilpapers.core.export.JsonlWriter;
import org.councilpapers.core.export.TextWriter;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/** Where {@code extract} puts records, for each format, on stdout or in an output folder. */
final class Outputs {
    static final String JSONL_FILE = "records.jsonl";
    static final String TEXT_FILE = "records.txt";

    private Outputs() {}

    /** Takes one paper's (already filtered) extraction at a time; closing finishes the output but never closes stdout. */
    interface Output extends Closeable {
        /** Writes the paper's records; returns how many. */
        int write(Input input, Extraction x) throws IOException;
    }

    /**
     * @param types  the record types wanted, for CSV's one table each
     * @param dir    the output folder, or null for stdout
     * @param array  for JSON on stdout: print an array of envelopes rather than one envelope
     */
    static Output open(Format format, List<RecordType> types, @Nullable Path dir, PrintWriter stdout, boolean array) throws IOException {
        return switch (format) {
            case JSON -> dir == null ? new EnvelopesOut(stdout, array) : new EnvelopeFiles(dir);
            case JSONL -> dir == null ? new JsonLines(stdout, false) : new JsonLines(file(dir.resolve(JSONL_FILE)), true);
            case CSV -> dir == null ? new CsvTables(List.of(stdout), types, false) : csvFiles(dir, types);
            case TEXT -> dir == null ? new Listing(stdout, false) : new Listing(file(dir.resolve(TEXT_FILE)), true);
        };
    }

    /** The file an input's envelope goes to in {@code dir}. */
    static Path envelopeFile(Path dir, Input input) {
        return dir.resolve(input.baseName() + ".json");
    }

    /** The table a record type goes to in {@code dir}. */
    static Path csvFile(Path dir, RecordType type) {
        return dir.resolve(type.jsonName() + ".csv");
    }

    private static Writer file(Path p) throws IOException {
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    private static CsvTables csvFiles(Path dir, List<RecordType> types) throws IOException {
        List<Writer> files = new ArrayList<>();
        try {
            for (RecordType t : types) {
                files.add(file(csvFile(dir, t)));
            }
        } catch (IOException e) {
            for (Writer w : files) {
                w.close();
            }
            throw e;
        }
        return new CsvTables(files, types, true);
    }

    /** JSON on stdout: one envelope, or an array of them when the command line named several papers or a folder. */
    private static final class EnvelopesOut implements Output {
        private final PrintWriter out;
        private final boolean array;
        private int written;

        EnvelopesOut(PrintWriter out, boolean array) {
            this.out = out;
            this.array = array;
        }

        @Override
        public int write(Input input, Extraction x) {
            if (array) {
                out.print(written == 0 ? "[\n" : ",\n");
            }
            out.print(PaperJson.toJson(x));
            if (!array) {
                out.print('\n');
            }
            written++;
            return x.records().size();
        }

        @Override
        public void close() {
            if (array) {
                // Valid JSON even when no paper could be read.
                out.print(written == 0 ? "[]\n" : "\n]\n");
            }
            out.flush();
        }
    }

    /** JSON in a folder: {@code DIR/<paper name>.json} for each paper. */
    private record EnvelopeFiles(Path dir) implements Output {
        @Override
        public int write(Input input, Extraction x) throws IOException {
            Files.writeString(envelopeFile(dir, input), PaperJson.toJson(x) + "\n", StandardCharsets.UTF_8);
            return x.records().size();
        }

        @Override
        public void close() {}
    }

    /** An output on one writer: stdout (flushed, never closed) or a file of its own (closed). */
    private abstract static class WriterOutput implements Output {
        private final Writer out;
        private final boolean ownsWriter;

        WriterOutput(Writer out, boolean ownsWriter) {
            this.out = out;
            this.ownsWriter = ownsWriter;
        }

        @Override
        public void close() throws IOException {
            if (ownsWriter) {
                out.close();
            } else {
                out.flush();
            }
        }
    }

    /** The readable listing: a heading per paper and a line per record. */
    private static final class Listing extends WriterOutput {
        private final TextWriter text;

        Listing(Writer out, boolean ownsWriter) {
            super(out, ownsWriter);
            this.text = new TextWriter(out);
        }

        @Override
        public int write(Input input, Extraction x) throws IOException {
            return text.write(x);
        }
    }

    private static final class JsonLines extends WriterOutput {
        private final JsonlWriter lines;

        JsonLines(Writer out, boolean ownsWriter) {
            super(out, ownsWriter);
            this.lines = new JsonlWriter(out);
        }

        @Override
        public int write(Input input, Extraction x) throws IOException {
            return lines.write(x);
        }
    }

    /** One CSV table per type, each on its own writer; every table gets its header even if no record comes. */
    private static final class CsvTables implements Output {
        private final List<Writer> writers;
        private final List<CsvWriter> tables = new ArrayList<>();
        private final boolean ownsWriters;

        CsvTables(List<Writer> writers, List<RecordType> types, boolean ownsWriters) throws IOException {
            this.writers = List.copyOf(writers);
            this.ownsWriters = ownsWriters;
            for (int i = 0; i < types.size(); i++) {
                tables.add(new CsvWriter(writers.get(i), types.get(i)));
            }
        }

        @Override
        public int write(Input input, Extraction x) throws IOException {
            int n = 0;
            for (CsvWriter t : tables) {
                n += t.write(x);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            @Nullable IOException first = null;
            for (Writer w : writers) {
                try {
                    if (ownsWriters) {
                        w.close();
                    } else {
                        w.flush();
                    }
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
