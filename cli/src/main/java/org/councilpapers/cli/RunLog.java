package org.councilpapers.cli;

import java.io.PrintWriter;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Warning;
import org.councilpapers.core.export.Printable;
import org.jspecify.annotations.Nullable;

/**
 * What a run tells the user on stderr, and the exit code it earns. Errors are one line each,
 * {@code councilpapers: FILE: reason}; a paper's warnings are {@code FILE: warning: CODE message (page N)}.
 *
 * <p>Exit codes: 1 if anything failed in a way we did not expect (a bug), else 2 if a path named
 * on the command line could not be read, else 0. A file met while walking a folder that cannot be
 * read is reported and skipped: the folder was readable, and one bad file among hundreds should not
 * fail a batch. A paper that runs out of memory or stack is a paper that could not be read; any other
 * unexpected failure is a bug (exit 1), but only that paper's: the run goes on. Names and reasons are
 * printed through {@link Printable}, so no file name can add a line of its own.
 */
final class RunLog {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INPUT_ERROR = 2;

    private final PrintWriter err;
    private final boolean debug;
    private int read;
    private int failed;
    private int namedFailed;
    private int internal;
    private int records;
    private int warnings;

    RunLog(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** A paper that could not be read at all. */
    void failed(Input input, String reason, @Nullable Throwable cause) {
        failed++;
        if (input.named()) {
            namedFailed++;
            err.println("councilpapers: " + Printable.text(input) + ": " + Printable.text(reason));
        } else {
            err.println("councilpapers: " + Printable.text(input) + ": skipped: " + Printable.text(reason));
        }
        stackTrace(cause);
    }

    /** A problem that stops the run before or while writing (the output folder); returns the exit code for it. */
    int fatal(String subject, String reason, @Nullable Throwable cause) {
        err.println("councilpapers: " + Printable.text(subject) + ": " + Printable.text(reason));
        stackTrace(cause);
        return INPUT_ERROR;
    }

    /**
     * What one paper threw that nothing expected. Running out of memory or stack on one paper is
     * that paper's failure, as an unreadable paper is (its objects are garbage once its work has
     * unwound, so the next paper has the heap again); anything else is a bug, but still only that
     * paper's: the other papers are read.
     */
    void unexpected(Input input, Throwable t) {
        if (t instanceof OutOfMemoryError) {
            failed(input, "ran out of memory reading this paper (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB of heap)", t);
        } else if (t instanceof StackOverflowError) {
            failed(input, "nested too deeply to read (the reader ran out of stack)", t);
        } else {
            failed++;
            internal++;
            err.println("councilpapers: " + Printable.text(input) + ": internal error: " + Printable.text(InternalErrorHandler.describe(t))
                    + (debug ? "" : " (run again with --debug for the stack trace)"));
            stackTrace(t);
        }
    }

    /** A paper read: its warnings are printed here, never mixed into the records on stdout. */
    void read(Input input, Extraction x) {
        read++;
        for (Warning w : x.warnings()) {
            warnings++;
            err.println(Printable.text(input) + ": warning: " + w.code() + " " + Printable.text(w.message())
                    + (w.page() == null ? "" : " (page " + w.page() + ")"));
        }
    }

    void wrote(int recordCount) {
        records += recordCount;
    }

    void summary() {
        err.println("councilpapers: " + plural(read, "file") + " read, " + failed + " failed, "
                + plural(records, "record") + ", " + plural(warnings, "warning"));
    }

    int exitCode() {
        return internal > 0 ? INTERNAL_ERROR : namedFailed > 0 ? INPUT_ERROR : OK;
    }

    void flush() {
        err.flush();
    }

    private void stackTrace(@Nullable Throwable t) {
        if (debug && t != null) {
            t.printStackTrace(err);
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
