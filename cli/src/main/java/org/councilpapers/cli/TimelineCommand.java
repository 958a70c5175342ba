package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.councilpapers.cli.option.FilterOptions;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.export.Printable;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Query;
import org.councilpapers.index.Timeline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline}: how the records matching a query spread over the years, and judgements' grades by year. */
@Command(name = "timeline",
        header = "Records matching a query, counted by year and type; judgements' grades by year and area.",
        description = {"QUERY is as for 'search'; no QUERY counts every record (with the filters).",
            "A record's year is a judgement's own year, else the year of the record's date, else its paper's.",
            "Passages of body text that match (paragraphs, list items, table rows no record holds) are counted",
            "in their own 'passages' column, by their paper's year; 'total' counts records only.",
            "A --type says what is counted: '--type finding' findings only, '--type finding,passage' findings and",
            "passages, '--type passage' passages only.",
            "",
            "--chart FILE.svg or FILE.png draws the timeline (besides printing it): judgements' grades per year,",
            "stacked by grade in fixed colours (Outstanding dark green, Good green, Requires improvement orange,",
            "Adequate yellow, Inadequate red), summed over areas, and records per year by type. Every year from the",
            "first to the last is drawn, so a gap shows; undated records and passages are not drawn."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an unexpected internal failure", "2:a usage error, a query that does not parse, or no index"},
        footerHeading = "%n",
        footer = {"Examples:",
            "  councilpapers timeline return home interviews --council thurrock",
            "      year       total  action finding passages",
            "      2019           0       0       0        3     said in the inspection report's text, no record",
            "  councilpapers timeline return home interviews --no-passages      records only",
            "  councilpapers timeline --type judgement --authority thurrock     grades over the years",
            "  councilpapers timeline return home interviews --type passage     what the papers' text says",
            "  councilpapers timeline care leavers --json",
            "  councilpapers timeline --type judgement --chart grades.svg       grades over the years, as a chart"})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to count (words may be given unquoted).")
    private @Nullable List<String> words;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--no-passages", description = "Leave out passages of body text: count records only.")
    private boolean noPassages;

    @Option(names = "--json", description = "Print the timeline as JSON.")
    private boolean json;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also draw it as a chart into FILE, .svg or .png.")
    private @Nullable Path chart;

    @Mixin
    private IndexReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        if (noPassages && filters.passagesNamed()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--no-passages leaves out what --type passage asks for");
        }
        if (chart != null) {
            try {
                TimelineChart.isSvg(chart);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Query q = filters.applyTo(Query.text(IndexCommands.text(words)), spec.commandLine())
                .scope(noPassages ? Query.Scope.RECORDS : filters.scope(Query.Scope.BOTH));
        int[] drawn = {-1};
        int code = IndexCommands.answer(spec, reading, idx -> idx.timeline(q), (out, t) -> {
            if (json) {
                IndexCommands.printJson(out, t);
            } else {
                print(out, t);
            }
            if (chart != null) {
                drawn[0] = draw(t);
            }
        });
        if (code == RunLog.OK && chart != null) {
            PrintWriter err = spec.commandLine().getErr();
            if (drawn[0] < 0) {
                err.println("councilpapers: " + Printable.text(chart) + ": cannot write the chart");
                return RunLog.INPUT_ERROR;
            }
            err.println(drawn[0] == 0 ? "councilpapers: nothing dated to draw; no chart written"
                    : "councilpapers: " + (drawn[0] == 2 ? "grades and records" : "records") + " by year drawn to " + Printable.text(chart));
            err.flush();
        }
        return code;
    }

    /** Draws the chart; -1 when the file cannot be written (the answer is printed all the same). */
    private int draw(Timeline t) {
        String what = t.query().text() == null ? "Records" : "Records matching '" + Printable.text(t.query().text()) + "'";
        try {
            return TimelineChart.write(t, what, chart);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void print(PrintWriter out, Timeline t) {
        String things = t.query().scope() == Query.Scope.PASSAGES ? "Passages" : "Records";
        String what = t.query().text() == null ? things : things + " matching '" + Printable.text(t.query().text()) + "'";
        if (t.years().isEmpty() && t.undated().total() == 0 && t.undated().passages() == 0) {
            String none = "No " + things.toLowerCase(Locale.ROOT);
            out.println(t.query().text() != null ? none + " match '" + Printable.text(t.query().text()) + "'." : none + ".");
            return;
        }
        // Only the types that occur, in schema order, so the table stays narrow.
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        t.years().forEach(y -> types.addAll(y.counts().byType().keySet()));
        types.addAll(t.undated().byType().keySet());
        // The column shows when passages were counted and some matched, so an index without passages keeps its old table.
        boolean passages = t.query().scope() != Query.Scope.RECORDS
                && (t.undated().passages() > 0 || t.years().stream().anyMatch(y -> y.counts().passages() > 0));
        out.println(what + ", by year:");
        out.println();
        StringBuilder head = new StringBuilder(String.format("%-8s %7s", "year", "total"));
        types.forEach(type -> head.append(String.format(" %" + width(type) + "s", type.jsonName())));
        if (passages) {
            head.append(String.format(" %8s", "passages"));
        }
        out.println(head);
        for (Timeline.Year y : t.years()) {
            out.println(row(Integer.toString(y.year()), y.counts(), types, passages));
        }
        if (t.undated().total() > 0 || t.undated().passages() > 0) {
            out.println(row("undated", t.undated(), types, passages));
        }
        if (!t.grades().isEmpty()) {
            Set<Grade> grades = EnumSet.noneOf(Grade.class);
            t.grades().forEach(g -> grades.addAll(g.grades().keySet()));
            int areaWidth = Math.min(60, t.grades().stream().mapToInt(g -> g.area().length()).max().orElse(4));
            out.println();
            out.println("Judgements' grades by year and area:");
            out.println();
            StringBuilder gh = new StringBuilder(String.format("%-8s %-" + areaWidth + "s", "year", "area"));
            grades.forEach(g -> gh.append(String.format(" %" + label(g).length() + "s", label(g))));
            out.println(gh);
            for (Timeline.AreaGrades g : t.grades()) {
                String area = g.area().length() > areaWidth ? g.area().substring(0, areaWidth - 1) + "…" : g.area();
                StringBuilder line = new StringBuilder(String.format("%-8s %-" + areaWidth + "s", g.year() == null ? "undated" : g.year(), area));
                grades.forEach(grade -> line.append(String.format(" %" + label(grade).length() + "s", g.of(grade) == 0 ? "." : g.of(grade))));
                out.println(line);
            }
        }
    }

    private static String row(String year, Timeline.Counts c, Set<RecordType> types, boolean passages) {
        StringBuilder line = new StringBuilder(String.format("%-8s %7d", year, c.total()));
        types.forEach(type -> line.append(String.format(" %" + width(type) + "d", c.of(type))));
        if (passages) {
            line.append(String.format(" %8d", c.passages()));
        }
        return line.toString();
    }

    private static int width(RecordType type) {
        return Math.max(6, type.jsonName().length());
    }

    /** {@code Requires improvement}, as the grade is printed. */
    private static String label(Grade g) {
        String s = g.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
