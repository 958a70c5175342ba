package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.councilpapers.cli.option.FilterOptions;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.export.Printable;
import org.councilpapers.index.Hit;
import org.councilpapers.index.Query;
import org.councilpapers.index.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace}: one subject followed across papers and years, oldest first. */
@Command(name = "trace",
        header = "Follow a subject across papers and years: related findings, recommendations, actions, resolutions, judgements "
                + "and passages of body text, oldest first.",
        description = {"Besides records, a trace shows passages: paragraphs, list items and table rows of the papers' body text",
            "that no record holds (an inspection report's paragraph, a committee report's update), dated by their paper,",
            "so a subject can be followed from a plan row to the report paragraphs that came after it.",
            "From query words, a record is related when it has at least half of the words (stemmed:",
            "'interviews' is 'interview'); words joined with AND, quotes or + are taken as written.",
            "From a record id (as 'search --json' prints it), the words are the eight most telling words of what the",
            "record is about (a finding's text, a judgement's area; frequent in it, rare in the index), a related",
            "record has at least a third of them, and only papers of the record's council are searched unless",
            "--council or --authority says otherwise.",
            "The best --limit related records and passages are kept, and listed by date. A record found in several",
            "papers with the same words and date (a paper indexed as PDF and as Word, a report reprinted in a pack) is",
            "listed once, with 'also in' naming the other papers.",
            "A --type says what is followed: '--type action,passage' actions and passages, no other records."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, whether or not anything was found", "1:an unexpected internal failure",
            "2:a usage error, a query that does not parse, or no index"},
        footerHeading = "%n",
        footer = {"Examples:",
            "  councilpapers trace return home interviews --council thurrock",
            "      2017-.. action   thurrock-2017-...-plan.pdf p.4     the plan's row",
            "      2019-.. passage  thurrock-2019-ofsted-ilacs-report.txt p.6   'Return home interviews do not take place routinely'",
            "      2020-.. passage  thurrock-2020-07-07-development-plan-report.txt p.3",
            "      2021-.. finding  ...   the focused visit's finding",
            "  councilpapers trace return home interviews --no-passages      records only",
            "  councilpapers trace return home interviews --type finding,passage",
            "  councilpapers trace finding-3f2a9c0d41b7e655",
            "  councilpapers trace care leavers accommodation --from 2016 --json"})
final class TraceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY|ID", arity = "1..*", description = "Query words, or the id of a record to start from.")
    private List<String> words;

    @Mixin
    private FilterOptions filters;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "25", description = "Keep at most N related records, 1 to " + Query.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--no-passages", description = "Leave out passages of body text: records only.")
    private boolean noPassages;

    @Option(names = "--json", description = "Print the trace as JSON.")
    private boolean json;

    @Mixin
    private IndexReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > Query.MAX_LIMIT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be from 1 to " + Query.MAX_LIMIT + ", not " + limit);
        }
        String seed = IndexCommands.text(words);
        if (seed.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give query words or a record id to trace");
        }
        if (noPassages && filters.passagesNamed()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--no-passages leaves out what --type passage asks for");
        }
        Query q = filters.applyTo(Query.all(), spec.commandLine()).limit(limit)
                .scope(noPassages ? Query.Scope.RECORDS : filters.scope(Query.Scope.BOTH));
        return IndexCommands.answer(spec, reading, idx -> idx.trace(seed, q),
                json ? (out, t) -> IndexCommands.printJson(out, t) : TraceCommand::print);
    }

    private static void print(PrintWriter out, Trace t) {
        String from = t.seedRecord() == null ? "'" + Printable.text(t.seed()) + "'" : "record " + Printable.text(t.seed());
        if (t.terms().isEmpty()) {
            out.println("Nothing to trace from " + from + ": no words left to match once common words are dropped.");
            return;
        }
        String words = String.join(", ", t.terms()) + " (at least " + t.minimumMatch() + " of them)";
        if (t.steps().isEmpty()) {
            out.println("No related records for " + from + ". Matched on: " + words);
            return;
        }
        long passages = t.steps().stream().filter(Hit::isPassage).count();
        long records = t.steps().size() - passages;
        String found = passages == 0 ? IndexCommand.plural(records, "related record")
                : records == 0 ? IndexCommand.plural(passages, "related passage")
                : IndexCommand.plural(records, "related record") + " and " + IndexCommand.plural(passages, "passage");
        out.println("Trace of " + from + ": " + found + ", oldest first.");
        out.println("Matched on: " + words);
        for (Hit h : t.steps()) {
            out.println();
            boolean seed = t.seedRecord() != null && h.id().equals(t.seedRecord().id());
            out.printf(Locale.ROOT, "%-10s %-15s %s%s%s%n", h.date() == null ? "undated" : h.date().toString(), h.kind(),
                    IndexCommands.where(h), h.document().council() == null ? "" : "  [" + h.document().council() + "]", seed ? "  <- start" : "");
            out.println("           " + IndexCommands.marked(h.snippet()));
            List<Hit> copies = t.copiesOf(h);
            if (!copies.isEmpty()) {
                out.println("           also in " + copies.stream().map(IndexCommands::where).collect(Collectors.joining(", ")));
            }
        }
    }

}
