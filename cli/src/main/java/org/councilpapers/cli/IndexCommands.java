package org.councilpapers.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.export.Printable;
import org.councilpapers.index.BadQueryException;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.councilpapers.index.Hit;
import org.councilpapers.index.IndexJson;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Snippet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands over an index share: opening it for reading, one-line errors, and hits as text and JSON. */
final class IndexCommands {
    private IndexCommands() {}

    /**
     * The index {@code --index} names, opened read-only (so searches work while {@code index} runs),
     * or null after a one-line error when there is none.
     */
    static @Nullable PaperIndex openForReading(IndexReadingOptions reading, PrintWriter err) {
        Path dir = reading.dir();
        boolean debug = reading.debug();
        if (reading.solr().given()) {
            return reading.solr().open();
        }
        try {
            if (!PaperIndex.exists(dir)) {
                err.println("councilpapers: " + Printable.text(dir) + ": no index here (build one with 'councilpapers index PATH...', or give --index DIR)");
                return null;
            }
            return PaperIndex.openReadOnly(dir);
        } catch (FileNotFoundException e) {
            err.println("councilpapers: " + Printable.text(dir) + ": no index here");
            trace(err, debug, e);
        } catch (IOException e) {
            err.println("councilpapers: " + Printable.text(dir) + ": cannot open the index (" + Printable.text(InputFiles.reason(e)) + ")");
            trace(err, debug, e);
        }
        return null;
    }

    /** What a command asks of the index. */
    interface Question<T> {
        T ask(PaperIndex index) throws IOException;
    }

    /** How a command prints the answer. */
    interface Printer<T> {
        void print(PrintWriter out, T answer) throws IOException;
    }

    /**
     * The one way the reading commands run: open the index read-only, ask, print, and turn every
     * failure (no index, a bad query, a read error) into one line and an exit code.
     */
    static <T> int answer(CommandSpec spec, IndexReadingOptions reading, Question<T> question, Printer<T> printer) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PaperIndex open = openForReading(reading, err);
        if (open == null) {
            return RunLog.INPUT_ERROR;
        }
        try (PaperIndex index = open) {
            printer.print(out, question.ask(index));
            out.flush();
            return RunLog.OK;
        } catch (BadQueryException e) {
            return badQuery(e, err);
        } catch (IOException e) {
            return readFailed(reading, e, err);
        }
    }

    /** A query that does not parse: one line, and the usage-error exit code. */
    static int badQuery(BadQueryException e, PrintWriter err) {
        err.println("councilpapers: " + Printable.text(e.getMessage()));
        return RunLog.INPUT_ERROR;
    }

    /** A failure reading the index while answering. */
    static int readFailed(IndexReadingOptions reading, IOException e, PrintWriter err) {
        err.println("councilpapers: " + Printable.text(reading.dir()) + ": cannot read the index (" + Printable.text(InputFiles.reason(e)) + ")");
        trace(err, reading.debug(), e);
        return RunLog.INPUT_ERROR;
    }

    /** Query text from the words of the command line: {@code search return home} is {@code "return home"}. */
    static String text(@Nullable List<String> words) {
        return words == null ? "" : String.join(" ", words).strip();
    }

    /**
     * A snippet for a terminal: matches in bold where the output is a terminal, else in brackets
     * (a pipe or a file gets no escape codes).
     */
    static String marked(@Nullable Snippet s) {
        if (s == null) {
            return "";
        }
        String line = System.console() != null ? s.marked("\u001b[1m", "\u001b[0m") : s.marked("[", "]");
        return line.replaceAll("\\s+", " ");
    }

    /** Where a hit is: {@code file p.5} (and the printed page where it differs). */
    static String where(Hit h) {
        String printed = h.printedPage();
        return Printable.text(h.source()) + " p." + h.page() + (printed == null || printed.equals(Integer.toString(h.page())) ? "" : " (printed " + printed + ")");
    }

    /** An answer of the index (or a tree built from one) as the library writes it: see {@link IndexJson}. */
    static void printJson(PrintWriter out, Object answer) throws JsonProcessingException {
        out.println(IndexJson.writer().writeValueAsString(answer));
    }

    /** Facet counts as a few short lines: {@code type: finding 12, judgement 4}. */
    static void printFacets(PrintWriter out, Map<Facet, List<FacetCount>> facets) {
        for (Map.Entry<Facet, List<FacetCount>> e : facets.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-12s", e.getKey().label()));
            for (int i = 0; i < e.getValue().size(); i++) {
                FacetCount c = e.getValue().get(i);
                line.append(i == 0 ? " " : ", ").append(c.value()).append(' ').append(c.count());
            }
            out.println(line);
        }
    }

    private static void trace(PrintWriter err, boolean debug, Throwable t) {
        if (debug) {
            t.printStackTrace(err);
        }
    }
}
