package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.councilpapers.CouncilPapers;
import org.councilpapers.PagePictures;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.export.Printable;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.layout.Box;
import org.councilpapers.index.Hit;
import org.councilpapers.index.IndexedDocument;
import org.councilpapers.index.PaperIndex;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show}: one record and where it came from, as text or as a picture of its page. */
@Command(name = "show",
        header = "Show a record and where it came from: its page, printed page, text span and box, its words in their context, "
                + "and with --png a picture of its page region with the record outlined.",
        description = {"ID is a record's id as 'search', 'export' and 'trace' print it (judgement-8387da883781581b), or a passage's.",
            "The record is read from the index; its paper is read again from where it was indexed, so the words",
            "around the record can be shown and, for a PDF, its page drawn. The file must still be there and",
            "unchanged (its bytes are checked): a moved, deleted or edited paper is a one-line error.",
            "",
            "Papers read from Word, HTML or text have no page geometry: the record's words are shown in their",
            "context, marked [[like this]], and --png says it cannot draw.",
            "",
            "--png draws at 150 dpi (8-point print stays legible), the record's box outlined in magenta: the band of",
            "the page across its full width from two-thirds of an inch above the box to as far below (so a table row",
            "is seen whole, its grade or status beside it); --page draws the whole page instead."},
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an unexpected internal failure",
            "2:no such record, no index, an index that does not know where the paper is, a paper moved, deleted or changed since"
                    + " it was indexed, a picture asked of a paper without page geometry, or the picture cannot be written"},
        footerHeading = "%n",
        footer = {"Examples:",
            "  councilpapers search \"overall effectiveness\" --type judgement      find an id",
            "  councilpapers show judgement-8387da883781581b                      the record, its page and box",
            "  councilpapers show judgement-8387da883781581b --png grade.png      its page region, outlined",
            "  councilpapers show judgement-8387da883781581b --png page.png --page",
            "  councilpapers show action-1c0e6f2a9b3d4e57 --context 400           a Word paper's row, in its text"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The record's id, as search, export and trace print it.")
    private String id;

    @Option(names = "--png", paramLabel = "FILE", description = "Draw the record's page region (a PDF's) into FILE, the record outlined.")
    private @Nullable Path png;

    @Option(names = "--page", description = "With --png: draw the whole page, not just the region around the record.")
    private boolean page;

    @Option(names = "--context", paramLabel = "N", defaultValue = "240",
            description = "Characters of the paper's text shown either side of the record's words (default ${DEFAULT-VALUE}).")
    private int context;

    @Option(names = "--json", description = "Print the record (and its paper's location) as JSON.")
    private boolean json;

    @Mixin
    private IndexReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        if (page && png == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--page says how much --png draws: give --png FILE too");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PaperIndex open = IndexCommands.openForReading(reading, err);
        if (open == null) {
            return RunLog.INPUT_ERROR;
        }
        Hit hit;
        @Nullable String location;
        try (PaperIndex index = open) {
            Optional<Hit> found = index.record(id);
            if (found.isEmpty()) {
                err.println("councilpapers: no record or passage " + Printable.text(id) + " in " + Printable.text(reading.dir())
                        + " (ids are as 'search' prints them)");
                return RunLog.INPUT_ERROR;
            }
            hit = found.get();
            location = index.document(hit.document().id()).map(IndexedDocument::location).orElse(null);
        } catch (IOException e) {
            return IndexCommands.readFailed(reading, e, err);
        }
        Provenance p = provenance(hit);
        if (json) {
            var node = PaperJson.objectNode();
            node.set(hit.isPassage() ? "passage" : "record", PaperJson.tree(hit.isPassage() ? hit.passage() : hit.record()));
            node.set("document", PaperJson.tree(hit.document()));
            node.put("location", location);
            out.println(PaperJson.pretty().writeValueAsString(node));
        } else {
            printRecord(out, hit, p, location);
        }
        out.flush();
        if (location == null) {
            err.println("councilpapers: the index does not say where " + Printable.text(hit.source())
                    + " was read from: rebuild the index to use show (councilpapers index PATH...)");
            return RunLog.INPUT_ERROR;
        }
        Path file = Path.of(location);
        try {
            PagePictures.requireSame(file, hit.document().id());
        } catch (NoSuchFileException e) {
            err.println("councilpapers: " + Printable.text(location) + ": not found: the paper was moved or deleted since it was indexed"
                    + " (index it again where it is now)");
            return RunLog.INPUT_ERROR;
        } catch (PagePictures.SourceChangedException e) {
            err.println("councilpapers: " + Printable.text(location) + ": changed since it was indexed (index it again)");
            return RunLog.INPUT_ERROR;
        } catch (IOException e) {
            err.println("councilpapers: " + Printable.text(location) + ": cannot read (" + Printable.text(InputFiles.reason(e)) + ")");
            return RunLog.INPUT_ERROR;
        }
        if (p.bbox() == null && !json) {
            // Without geometry the words are the evidence: show them in place.
            PagePictures.TextSpan span = PagePictures.text(CouncilPapers.builder().build(), file, p.start(), p.end(), Math.max(0, context));
            out.println();
            out.println("In its text (the record's words [[marked]]):");
            out.println("  " + (System.console() != null ? span.marked("\u001b[1;7m", "\u001b[0m") : span.marked("[[", "]]")));
            out.flush();
        }
        if (png == null) {
            return RunLog.OK;
        }
        if (p.bbox() == null) {
            err.println("councilpapers: cannot draw " + Printable.text(hit.source()) + ": it was read from "
                    + kind(hit.document().mediaType()) + ", which has no page geometry; the record's words are shown as text instead");
            return RunLog.INPUT_ERROR;
        }
        byte[] bytes = PagePictures.png(file, p, page ? PagePictures.View.PAGE : PagePictures.View.REGION);
        try {
            Files.write(png, bytes);
        } catch (IOException e) {
            err.println("councilpapers: " + Printable.text(png) + ": cannot write (" + Printable.text(InputFiles.reason(e)) + ")");
            return RunLog.INPUT_ERROR;
        }
        err.println("councilpapers: " + (page ? "page " + p.page() : "page " + p.page() + " region") + " of "
                + Printable.text(hit.source()) + " drawn to " + Printable.text(png));
        err.flush();
        return RunLog.OK;
    }

    private static Provenance provenance(Hit hit) {
        if (!hit.isPassage()) {
            return hit.record().provenance();
        }
        return new Provenance(hit.passage().page(), hit.passage().printedPage(), hit.passage().start(), hit.passage().end(), null);
    }

    private static void printRecord(PrintWriter out, Hit hit, Provenance p, @Nullable String location) throws IOException {
        out.println(hit.kind() + " " + Printable.text(hit.id()));
        String paper = Printable.text(hit.source());
        String facts = String.join(", ", java.util.stream.Stream.of(hit.document().council(),
                hit.document().date() == null ? null : hit.document().date().toString()).filter(s -> s != null).toList());
        out.println("  paper:  " + paper + (facts.isEmpty() ? "" : " (" + Printable.text(facts) + ")"));
        out.println("  file:   " + (location == null ? "(not recorded)" : Printable.text(location)));
        out.println("  page:   " + p.page() + (p.printedPage() == null ? "" : " (printed " + Printable.text(p.printedPage()) + ")"));
        out.println("  text:   characters " + p.start() + "-" + p.end());
        Box b = p.bbox();
        out.println("  box:    " + (b == null ? "none (no page geometry in this format)"
                : String.format(Locale.ROOT, "x %.1f-%.1f, y %.1f-%.1f points from the page's top left", b.x0(), b.x1(), b.y0(), b.y1())));
        out.println();
        out.println(PaperJson.pretty().writeValueAsString(hit.isPassage() ? hit.passage() : hit.record()));
    }

    private static String kind(String mediaType) {
        if (mediaType.contains("word") || mediaType.contains("officedocument") || mediaType.contains("opendocument")) {
            return "a word-processor file";
        }
        if (mediaType.contains("html")) {
            return "HTML";
        }
        return "text (" + mediaType + ")";
    }
}
