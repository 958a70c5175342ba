package org.councilpapers.cli;

import java.io.PrintWriter;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Warning;
import org.jspecify.annotations.Nullable;

/**
 * What a run tells the user on stderr, and the exit code it earns. Errors are one line each,
 * {@code councilpapers: FILE: reason}; a paper's warnings are {@code FILE: warning: CODE message (page N)}.
 *
 * <p>Exit codes: 1 if anything failed in a way we did not expect (a bug), else 2 if a path named
 * on the command line could not be read, else 0. A file met while walking a folder that cannot be
 * read is reported and skipped: the folder was readable, and one bad file among hundreds should not
 * fail a batch.
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
            err.println("councilpapers: " + input + ": " + reason);
        } else {
            err.println("councilpapers: " + input + ": skipped: " + reason);
        }
        stackTrace(cause);
    }

    /** A problem that stops the run before or while writing (the output folder); returns the exit code for it. */
    int fatal(String subject, String reason, @Nullable Throwable cause) {
        err.println("councilpapers: " + subject + ": " + reason);
        stackTrace(cause);
        return INPUT_ERROR;
    }

    /** A failure inside the library or this command while on one paper: a bug, but the other papers still get read. */
    void internalError(Input input, RuntimeException e) {
        failed++;
        internal++;
        err.println("councilpapers: " + input + ": internal error: " + InternalErrorHandler.describe(e)
                + (debug ? "" : " (run again with --debug for the stack trace)"));
        stackTrace(e);
    }

    /** A paper read: its warnings are printed here, never mixed into the records on stdout. */
    void read(Input input, Extraction x) {
        read++;
        for (Warning w : x.warnings()) {
            warnings++;
            err.println(input + ": warning: " + w.code() + " " + w.message() + (w.page() == null ? "" : " (page " + w.page() + ")"));
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
