package org.councilpapers.cli.option;

import picocli.CommandLine.Option;

/**
 * {@code --debug}: stack traces with error messages. Errors are one line by default because users
 * need the file and the reason, not our call stack; a bug report needs the stack.
 */
public final class DebugOption {
    /** The option name, which the error handler looks for in a parse result. */
    public static final String NAME = "--debug";

    @Option(names = NAME, description = "Print the stack trace with any error.")
    private boolean debug;

    public boolean enabled() {
        return debug;
    }
}
