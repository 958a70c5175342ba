package org.councilpapers.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line and exits with the command's exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CommandLine cli = CouncilPapersCommand.commandLine();
        // JSON and CSV are UTF-8 whatever the terminal's locale says; a POSIX locale would turn every "é" into "?".
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
