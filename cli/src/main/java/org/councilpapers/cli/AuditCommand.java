package org.councilpapers.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.councilpapers.CouncilPapers;
import org.councilpapers.audit.AuditSummary;
import org.councilpapers.audit.AuditText;
import org.councilpapers.audit.CoverageAudit;
import org.councilpapers.audit.PaperAudit;
import org.councilpapers.cli.InputFiles.Input;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit}: the evidence each paper holds for each record type, against the records extracted. */
@Command(name = "audit",
        header = "Show what papers may hold that was not extracted: evidence per record type against records.",
        description = {
            "Reads each paper as extract does, and scans its text on its own, with a small broad vocabulary that "
                    + "shares nothing with the extractors: decision lines (RESOLVED, AGREED, \"It was resolved\") for "
                    + "resolutions, attendance lines for meetings, recommendations headings, Ofsted grades in tables "
                    + "and in \"was judged good\", RAG words and red/amber/green cell fills, \"Question from\", "
                    + "numbered agenda lines, work programme tables, report cover lines.",
            "",
            "Per paper and record type it prints the evidence found, the records extracted and a verdict: "
                    + "ok; evidence-no-records (evidence, no records: the paper is flagged); "
                    + "records-no-evidence (the scan missed a wording: worth a look, not a loss); "
                    + "by-design (every marker is of a kind the record contract gives no record for, so nothing is flagged: "
                    + "a standalone report's own \"Agenda item 5\" line, as a report gives no agenda items; a decision "
                    + "record's cover labels (\"Report of:\", \"Key decision:\"), as a decision notice gives no report; the "
                    + "decision lines of a proposed decision, which are recommendations, not resolutions; an impact "
                    + "assessment form's \"Responsible Officer\" fields; a work programme's title with no table after it, "
                    + "an agenda's item or a minute's heading). --markers shows each explained marker's reason. "
                    + "A line said again (a report's recommendations repeated in its closing section) is answered by the "
                    + "record read where it was first said, and a report's closing author or contact block by the report "
                    + "before it. "
                    + "A gap is a stretch of pages where evidence of a type sits and no record of that type "
                    + "comes from within " + PaperAudit.NEAR_PAGES + " pages: the place to look. "
                    + "Evidence is what a record may come from, not proof one should: a council report quoting its "
                    + "last Ofsted grade is evidence of a judgement it may rightly not hold."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, flagged papers or not (papers skipped in a folder and warnings are reported, but do not fail a run)",
            "1:an unexpected internal failure on some paper (the others are still audited)",
            "2:a usage error, or a path named on the command line could not be read"},
        footerHeading = "%n",
        footer = {
            "Output: a block per paper (its kind, pages, a row per type, its gaps with page and snippet),",
            "then the run's summary: papers, papers flagged, and per type the evidence and records in total",
            "and the papers flagged, with records but no evidence, and by design. --json prints one JSON document: {papers: [...], summary: {...}}.",
            "Unreadable files and warnings go to stderr as with extract.",
            "",
            "Examples:",
            "  councilpapers audit minutes.pdf",
            "  councilpapers audit papers/ --flagged            only the papers to look at",
            "  councilpapers audit papers/ --markers            every line of evidence, with its page",
            "  councilpapers audit papers/ --json | jq '.papers[] | select(.flagged) | .source'"})
final class AuditCommand implements Callable<Integer> {
    /** Null for the standard library (NLP plays no part in an audit, so it is left off). */
    private final @Nullable Supplier<CouncilPapers> library;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Papers to audit: files, or folders to walk (recursively, in name order, skipping hidden files).")
    private List<Path> paths;

    @Option(names = "--json", description = "Print one JSON document (every paper, its markers and gaps, and the summary).")
    private boolean json;

    @Option(names = "--flagged", description = "In the text output, list only flagged papers (the summary still counts all).")
    private boolean flaggedOnly;

    @Option(names = "--markers", description = "In the text output, list every marker (type, page, cue, snippet) under its paper.")
    private boolean markers;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DebugOption debug;

    AuditCommand() {
        this.library = null;
    }

    /** With another library set-up, built only when the command runs. */
    AuditCommand(Supplier<CouncilPapers> library) {
        this.library = library;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RunLog log = new RunLog(spec.commandLine().getErr(), debug.enabled());
        try {
            List<Input> inputs = InputFiles.expand(paths, null, log);
            CoverageAudit audit = new CoverageAudit(library != null ? library.get() : CouncilPapers.builder().build());
            List<PaperAudit> audits = new ArrayList<>();
            for (Input input : inputs) {
                PaperAudit a = audit(audit, input, log);
                if (a == null) {
                    continue;
                }
                audits.add(a);
                if (!json && (a.flagged() || !flaggedOnly)) {
                    out.print(AuditText.paper(a, markers));
                    out.println();
                    out.flush();
                }
            }
            AuditSummary summary = AuditSummary.of(audits);
            if (json) {
                ObjectNode root = PaperJson.mapper().createObjectNode();
                root.set("papers", PaperJson.mapper().valueToTree(audits));
                root.set("summary", PaperJson.mapper().valueToTree(summary));
                out.println(PaperJson.pretty().writeValueAsString(root));
            } else {
                out.print(AuditText.summary(summary));
            }
            out.flush();
            if (paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory)) {
                log.summary();
            }
            return log.exitCode();
        } finally {
            log.flush();
        }
    }

    private static @Nullable PaperAudit audit(CoverageAudit audit, Input input, RunLog log) {
        try {
            CoverageAudit.Audited a = audit.extractAndAudit(input.path());
            log.read(input, a.extraction());
            log.wrote(a.extraction().records().size());
            return a.audit();
        } catch (UnreadablePaperException e) {
            log.failed(input, e.reason(), e);
        } catch (IOException e) {
            log.failed(input, InputFiles.reason(e), e);
        } catch (RuntimeException | Error e) {
            // As extract does: one paper's failure (even out of memory) is that paper's, and the run goes on.
            log.unexpected(input, e);
        }
        return null;
    }
}
