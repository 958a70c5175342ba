package org.councilpapers.cli;

import java.io.PrintWriter;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.core.export.Printable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An exception a command did not expect is a bug: one line saying so (exit 1), and the stack
 * trace only with {@code --debug}, on whichever command it was given.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("councilpapers: internal error: " + Printable.text(describe(ex))
                + (debugRequested(parseResult) ? "" : " (run again with --debug for the stack trace)"));
        if (debugRequested(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DebugOption.NAME)) {
                return true;
            }
        }
        return false;
    }
}
