package org.councilpapers.cli.option;

import org.councilpapers.extractors.read.PaperLimits;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The budget every paper is read within, for {@code extract} and {@code index}: a paper past it is a
 * one-line error or warning naming the file and the limit, and the run goes on with the next paper.
 */
public final class LimitOptions {
    @Option(names = "--max-pages", paramLabel = "N",
            description = "Read at most N pages of a PDF; the rest are left out with a PAGE_LIMIT warning (default: "
                    + PaperLimits.DEFAULT_MAX_PAGES + ").")
    private @Nullable Integer maxPages;

    @Option(names = "--max-seconds-per-paper", paramLabel = "S",
            description = "Give up on a paper after S seconds (decimals allowed) with a TIMEOUT error, and go on with the next "
                    + "(default: 300).")
    private @Nullable Double maxSeconds;

    /** The defaults with what the options set; a limit that is not positive is a usage error. */
    public PaperLimits limits(CommandLine cmd) {
        PaperLimits l = PaperLimits.defaults();
        if (maxPages != null) {
            if (maxPages < 1) {
                throw new ParameterException(cmd, "--max-pages must be at least 1, not " + maxPages);
            }
            l = l.withMaxPages(maxPages);
        }
        if (maxSeconds != null) {
            if (!(maxSeconds > 0) || maxSeconds > 1e9) {
                throw new ParameterException(cmd, "--max-seconds-per-paper must be a positive number of seconds, not " + maxSeconds);
            }
            l = l.withMaxTime(java.time.Duration.ofNanos((long) (maxSeconds * 1e9)));
        }
        return l;
    }
}
