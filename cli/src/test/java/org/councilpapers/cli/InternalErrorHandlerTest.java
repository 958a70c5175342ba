package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.councilpapers.cli.option.DebugOption;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class InternalErrorHandlerTest {
    @Command(name = "top", subcommands = Broken.class)
    static final class Top implements Runnable {
        @Override
        public void run() {}
    }

    @Command(name = "broken")
    static final class Broken implements Runnable {
        @Mixin
        DebugOption debug;

        @Override
        public void run() {
            throw new IllegalArgumentException("index out of step\nsecond line of detail");
        }
    }

    @Test
    void unexpectedExceptionIsOneLineAndExitOne() {
        StringWriter err = new StringWriter();
        int code = run(err, "broken");

        assertEquals(1, code);
        assertEquals(List.of("councilpapers: internal error: IllegalArgumentException: index out of step "
                + "(run again with --debug for the stack trace)"), err.toString().lines().toList());
    }

    @Test
    void debugOnTheSubcommandAddsTheStackTrace() {
        StringWriter err = new StringWriter();
        int code = run(err, "broken", "--debug");

        assertEquals(1, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals("councilpapers: internal error: IllegalArgumentException: index out of step", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("at org.councilpapers.cli.InternalErrorHandlerTest$Broken.run")), err.toString());
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Top());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
