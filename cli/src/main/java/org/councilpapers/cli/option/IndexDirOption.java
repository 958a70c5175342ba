package org.councilpapers.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}: where the index lives, for every command that reads or writes one. */
public final class IndexDirOption {
    /** Relative to the working directory, as DESIGN.md has it: an index beside the papers. */
    public static final String DEFAULT = "councilpapers-index";

    @Option(names = {"-i", "--index"}, paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The index folder (default: ./${DEFAULT-VALUE}).")
    private Path dir = Path.of(DEFAULT);

    public Path dir() {
        return dir;
    }
}
