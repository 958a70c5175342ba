package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilpapers.cli.option.FilterOptions;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.export.Printable;
import org.councilpapers.index.Hit;
import org.councilpapers.index.Query;
import org.councilpapers.index.SearchResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: records matching a query, best first, with where each came from. */
@Command(name = "search",
        header = "Search the index: records matching a query, with their paper and page.",
        description = {"QUERY is Lucene syntax over the records' words, matched in English ('interviews' finds 'interview'):",
            "  return home interviews          all three words (in any order)",
            "  \"return home interviews\"        the phrase",
            "  missing OR absent               either word",
            "  leavers -housing                without a word",
            "  grade:inadequate, year:[2016 TO 2019], type:finding, council:thurrock   fields",
            "  person:\"Janet Simon\", organisation:ofsted    people and organisations named",
            "No QUERY lists every record (with the filters).",
            "Records are what the extractors found. With --passages the papers' body text is searched too: each",
            "paragraph, list item and table row no record holds is a 'passage', dated by its paper."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, whether or not anything matched", "1:an unexpected internal failure",
            "2:a usage error, a query that does not parse, or no index"},
        footerHeading = "%n",
        footer = {"Examples:",
            "  councilpapers search return home interviews",
            "  councilpapers search \"care leavers\" --type finding --from 2016 --to 2021",
            "  councilpapers search --type judgement --grade inadequate --council thurrock",
            "  councilpapers search --type question --person \"Cllr Watson\"",
            "                                    every question Councillor Watson asked",
            "  councilpapers search --type report --person \"Janet Simon\"",
            "                                    every report from or by Janet Simon",
            "  councilpapers search missing --organisation \"Essex Police\"",
            "  councilpapers search missing --facets     counts by type, year, person, ...",
            "  councilpapers search \"return home interviews\" --passages",
            "                                    also the report paragraphs that say it, with file and page",
            "  councilpapers search \"return home interviews\" --passages-only --from 2019 --to 2020",
            "  councilpapers search \"return home interviews\" --type finding,passage",
            "                                    findings and passages, no other records",
            "  councilpapers search missing --json | jq '.hits[].source'"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to look for (words may be given unquoted).")
    private @Nullable List<String> words;

    @Mixin
    private FilterOptions filters;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Show at most N records, 1 to " + Query.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N records, for the next page (up to " + Query.MAX_OFFSET + ").")
    private int offset;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default), date (oldest first), newest, or document (paper and reading order).")
    private String sort;

    @Option(names = "--facets", description = "Also count all matches by type, year, grade, status, authority, council, person and organisation.")
    private boolean facets;

    @Option(names = "--passages", description = "Also search passages of the papers' body text (paragraphs, list items, table rows) besides records.")
    private boolean passages;

    @Option(names = "--passages-only", description = "Search passages of body text only, no records (as --type passage).")
    private boolean passagesOnly;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Mixin
    private IndexReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > Query.MAX_LIMIT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be from 1 to " + Query.MAX_LIMIT
                    + ", not " + limit + " (see more with --offset, or every match with 'councilpapers export')");
        }
        if (offset < 0 || offset > Query.MAX_OFFSET) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--offset must be from 0 to " + Query.MAX_OFFSET
                    + ", not " + offset + " (every match is in 'councilpapers export')");
        }
        // --passages adds passages to what --type names (records when it names none); --passages-only leaves the records out.
        Query.Scope scope = filters.scope(Query.Scope.RECORDS);
        if (passagesOnly) {
            scope = Query.Scope.PASSAGES;
        } else if (passages && scope == Query.Scope.RECORDS) {
            scope = Query.Scope.BOTH;
        }
        Query q = filters.applyTo(Query.text(IndexCommands.text(words)), spec.commandLine())
                .orderBy(order(sort, spec)).limit(limit).offset(offset).withFacets(facets).scope(scope);
        return IndexCommands.answer(spec, reading, idx -> idx.search(q),
                json ? IndexCommands::printJson : SearchCommand::print);
    }

    static Query.Order order(String name, CommandSpec spec) {
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "relevance":
                return Query.Order.RELEVANCE;
            case "date":
            case "oldest":
                return Query.Order.DATE;
            case "newest":
                return Query.Order.DATE_DESCENDING;
            case "document":
                return Query.Order.DOCUMENT;
            default:
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown order '" + name + "' (expected relevance, date, newest or document)");
        }
    }

    private static void print(PrintWriter out, SearchResult r) {
        String what = r.query().text() == null ? "" : " '" + Printable.text(r.query().text()) + "'";
        Query.Scope scope = r.query().scopeOr(Query.Scope.RECORDS);
        String things = scope == Query.Scope.RECORDS ? "record" : scope == Query.Scope.PASSAGES ? "passage" : "record or passage";
        String many = scope == Query.Scope.RECORDS ? "records" : scope == Query.Scope.PASSAGES ? "passages" : "records and passages";
        if (r.total() == 0) {
            out.println("No " + many + " match" + what + ".");
            return;
        }
        String total = r.totalExact() ? Long.toString(r.total()) : "more than " + r.total();
        int from = r.query().offset() + 1;
        int to = r.query().offset() + r.hits().size();
        out.println(total + (r.total() == 1 ? " " + things + " matches" : " " + many + " match") + what
                + (r.hits().isEmpty() ? "" : " (" + (from == to ? "#" + from : from + "-" + to) + " shown)") + ".");
        int rank = from;
        for (Hit h : r.hits()) {
            out.println();
            out.printf(Locale.ROOT, "%3d  %-10s %-18s %s%s%n", rank++, h.date() == null ? "-" : h.date().toString(),
                    h.kind(), IndexCommands.where(h),
                    h.document().council() == null ? "" : "  [" + h.document().council() + "]");
            out.println("     " + IndexCommands.marked(h.snippet()));
        }
        if (!r.facets().isEmpty()) {
            out.println();
            out.println("All matches by:");
            IndexCommands.printFacets(out, r.facets());
        }
        if (to < r.total()) {
            out.println();
            out.println("More: --offset " + to + (r.query().limit() == Query.DEFAULT_LIMIT ? "" : " --limit " + r.query().limit()));
        }
    }

}
