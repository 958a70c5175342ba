package org.councilpapers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.eval.Evaluation;
import org.councilpapers.testdata.RecordMatcher;
import org.councilpapers.eval.TypeScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Measures extraction accuracy against hand-checked expected records: precision, recall and F1 per record type. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {"Extract the sample papers and score the records against hand-checked expected records:",
            "precision, recall and F1 per record type, and over all types."},
        footer = {"",
            "An expected record matches an extracted one of the same type when every field it gives",
            "matches (see testdata/expected-records/README.md). ragTable is not annotated yet and not scored.",
            "",
            "Examples:",
            "  councilpapers eval                         score testdata/papers",
            "  councilpapers eval --verbose               and list each missed and extra record",
            "  councilpapers eval --json                  the scores as JSON"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Option(names = "--papers", paramLabel = "DIR", defaultValue = "testdata/papers",
            description = "Folder of sample papers (default: ${DEFAULT-VALUE}).")
    private Path papersDir;

    @Option(names = "--expected", paramLabel = "DIR", defaultValue = "testdata/expected-records",
            description = "Folder of expected-record files, one <paper>.json per paper (default: ${DEFAULT-VALUE}).")
    private Path expectedDir;

    @Option(names = "--forms", paramLabel = "FORM", split = ",", defaultValue = "text", converter = FormConverter.class,
            description = "Which forms of the papers to score, comma-separated: text, pdf, docx, real, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, kent-cabinet, kent-march (default: ${DEFAULT-VALUE}); "
                    + "pdf and docx are read from <papers>/pdf and <papers>/docx; real scores the published reports under <papers>/real against <expected>/real; "
                    + "heldout scores the held-out papers under <papers>/heldout against <expected>/heldout, heldout2 the second held-out set under <papers>/heldout2 against <expected>/heldout2, heldout3 the third under <papers>/heldout3 against <expected>/heldout3, heldout4 the fourth under <papers>/heldout4 against <expected>/heldout4, heldout5 the fifth under <papers>/heldout5 against <expected>/heldout5, and so on for heldout6 to heldout9; "
                    + "kent-cabinet scores the real, blind set of one Kent Cabinet meeting's papers under <papers>/real/kent/cabinet-2025-01-30 against <expected>/kent-cabinet "
                    + "and kent-march two more real Kent papers (March 2025) against <expected>/kent-march (out of sample: never tune to them).")
    private List<Evaluation.Form> forms;

    @Option(names = {"-v", "--verbose"}, description = "List, per paper, the expected records not found and the extracted records that matched none.")
    private boolean verbose;

    @Option(names = "--json", description = "Print the scores as JSON.")
    private boolean json;

    private final CouncilPapers papers;

    EvalCommand() {
        this(CouncilPapers.builder().build());
    }

    EvalCommand(CouncilPapers papers) {
        this.papers = papers;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : new Path[] {papersDir, expectedDir}) {
            if (!Files.isDirectory(dir)) {
                err.println("councilpapers: " + dir + ": no such folder (run from the checkout, or give --papers and --expected)");
                return RunLog.INPUT_ERROR;
            }
        }
        ArrayNode all = PaperJson.mapper().createArrayNode();
        for (Evaluation.Form form : new LinkedHashSet<>(forms)) {
            Evaluation.Report report;
            try {
                report = new Evaluation(papers).run(papersDir, expectedDir, form);
            } catch (IOException e) {
                err.println("councilpapers: " + e.getMessage());
                if (debug.enabled()) {
                    e.printStackTrace(err);
                }
                return RunLog.INPUT_ERROR;
            }
            if (json) {
                all.add(toJson(report).put("form", form.cliName()));
            } else {
                print(out, report, form);
            }
        }
        if (json) {
            out.println(PaperJson.pretty().writeValueAsString(all.size() == 1 ? all.get(0) : all));
        }
        out.flush();
        return RunLog.OK;
    }

    private void print(PrintWriter out, Evaluation.Report report, Evaluation.Form form) {
        out.printf("Accuracy on %d papers (%s form) against hand-checked records%n%n", report.papers().size(), form.cliName());
        out.printf("%-20s %8s %9s %7s %9s %7s %6s%n", "type", "expected", "extracted", "matched", "precision", "recall", "F1");
        for (TypeScore s : report.totals().values()) {
            row(out, s);
        }
        out.println("-".repeat(72));
        row(out, report.overall());
        out.println();
        if (verbose) {
            for (Evaluation.PaperResult p : report.papers()) {
                out.printf("%n%s%n", p.paper());
                for (Map.Entry<String, TypeScore> e : p.scores().entrySet()) {
                    TypeScore s = e.getValue();
                    out.printf("  %-20s expected %3d  extracted %3d  matched %3d%n", s.type(), s.expected(), s.extracted(), s.matched());
                }
                for (JsonNode m : p.missed()) {
                    out.println("  missed: " + brief(m));
                    nearest(m, p.extra()).ifPresent(line -> out.println("          " + line));
                }
                for (JsonNode x : p.extra()) {
                    out.println("  extra:  " + brief(x));
                }
            }
        }
    }

    private static void row(PrintWriter out, TypeScore s) {
        out.printf(Locale.ROOT, "%-20s %8d %9d %7d %9.3f %7.3f %6.3f%n", s.type(), s.expected(), s.extracted(), s.matched(),
                s.precision(), s.recall(), s.f1());
    }

    // The unmatched extracted record of the same type that is closest, and what differs: what a developer needs to fix the miss.
    private static java.util.Optional<String> nearest(JsonNode missed, java.util.List<JsonNode> extra) {
        JsonNode best = null;
        java.util.List<String> bestDiff = null;
        for (JsonNode x : extra) {
            if (!x.path("type").equals(missed.path("type"))) {
                continue;
            }
            java.util.List<String> diff = RecordMatcher.mismatches(missed, x);
            if (bestDiff == null || diff.size() < bestDiff.size()) {
                best = x;
                bestDiff = diff;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        StringBuilder s = new StringBuilder("nearest extracted differs in:");
        for (String f : bestDiff) {
            s.append(' ').append(f).append(" (expected ").append(clip(missed.get(f))).append(", got ").append(clip(best.get(f))).append(')');
        }
        return java.util.Optional.of(s.toString());
    }

    private static String clip(JsonNode n) {
        String s = n == null ? "absent" : n.toString();
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }

    // One line per record: its type and the first few fields that identify it, without provenance.
    private static String brief(JsonNode r) {
        ObjectNode copy = r.deepCopy();
        copy.remove("id");
        copy.remove("provenance");
        String s = copy.toString();
        return s.length() > 220 ? s.substring(0, 217) + "..." : s;
    }

    private static ObjectNode toJson(Evaluation.Report report) {
        ObjectNode root = PaperJson.mapper().createObjectNode();
        root.put("papers", report.papers().size());
        ArrayNode types = root.putArray("types");
        for (TypeScore s : report.totals().values()) {
            types.add(score(s));
        }
        root.set("overall", score(report.overall()));
        return root;
    }

    private static ObjectNode score(TypeScore s) {
        ObjectNode n = PaperJson.mapper().createObjectNode();
        n.put("type", s.type());
        n.put("expected", s.expected());
        n.put("extracted", s.extracted());
        n.put("matched", s.matched());
        n.put("precision", s.precision());
        n.put("recall", s.recall());
        n.put("f1", s.f1());
        return n;
    }

    /** Reads a form as users type it: {@code pdf}, {@code heldout2}, {@code kent-cabinet} (or {@code KENT_CABINET}). */
    static final class FormConverter implements ITypeConverter<Evaluation.Form> {
        @Override
        public Evaluation.Form convert(String value) {
            return Evaluation.Form.find(value).orElseThrow(() -> new TypeConversionException("unknown form '" + value + "' (expected one of "
                    + String.join(", ", Stream.of(Evaluation.Form.values()).map(Evaluation.Form::cliName).toList()) + ")"));
        }
    }
}
