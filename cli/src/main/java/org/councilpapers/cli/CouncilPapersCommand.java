package org.councilpapers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.councilpapers.core.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands and answers {@code --help} and {@code --version}. */
@Command(name = "councilpapers",
        mixinStandardHelpOptions = true,
        versionProvider = CouncilPapersCommand.Version.class,
        // Add a command here, one class each (DESIGN.md: extract, index, search, export, timeline, trace, eval).
        subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, ExportCommand.class, TimelineCommand.class, TraceCommand.class, ShowCommand.class, StatsCommand.class, SolrConfigCommand.class, EvalCommand.class, AuditCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        description = "Reads UK council committee papers (agenda packs, reports, minutes, Ofsted reports, "
                + "action plans) into typed records: meetings, agenda items, recommendations, resolutions, "
                + "judgements, findings, actions, RAG tables and work programme entries.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done; warnings about a paper do not fail a run",
            "1:an unexpected internal failure, which is a bug (--debug shows where)",
            "2:a usage error, or a file named on the command line could not be read"},
        footer = {"",
            "Examples:",
            "  councilpapers extract report.pdf              one paper's records, as JSON",
            "  councilpapers extract papers/ --format jsonl > records.jsonl",
            "  councilpapers extract papers/ --format csv --out tables/",
            "  councilpapers eval                            accuracy on the sample papers",
            "  councilpapers index papers/                   build ./councilpapers-index",
            "  councilpapers search \"return home interviews\" --type finding",
            "  councilpapers export --type judgement --format csv > judgements.csv",
            "  councilpapers show judgement-8387da883781581b --png grade.png   a record on its page",
            "  councilpapers help extract                    more about a command"})
public final class CouncilPapersCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The command line as {@link Main} runs it: short usage errors and one-line internal errors. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** As {@link #commandLine()}, with subcommands made by {@code factory} (tests give commands another library set-up). */
    static CommandLine commandLine(IFactory factory) {
        CommandLine cli = new CommandLine(new CouncilPapersCommand(), factory);
        cli.setCaseInsensitiveEnumValuesAllowed(true); // users type "pdf", enums are PDF
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        return cli;
    }

    /** With no command, say what there is to do; that is a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    /** The project version (put into version.properties by the build) and the record schema version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "councilpapers " + p.getProperty("version", "(unknown version)"),
                "record schema " + Extraction.SCHEMA_VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
