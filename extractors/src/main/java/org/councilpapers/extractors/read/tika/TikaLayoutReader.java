package org.councilpapers.extractors.read.tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.internal.Lazy;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads Word (.docx, .doc), OpenDocument text and spreadsheets, RTF, Excel (.xlsx, .xls) and HTML into a
 * {@link LayoutDocument}. Office formats go through Tika's {@code AutoDetectParser} into an
 * {@link XhtmlLayoutHandler}; for .docx a {@link DocxPass} over the package adds what Tika's XHTML
 * leaves out (merged cells, cell shading, text colour, list levels, headers and footers); for RTF,
 * {@link RtfTables} puts back the tables Tika flattens into paragraphs.
 *
 * <p>HTML is parsed with jsoup, not Tika: Tika's HTML parser passes on only a whitelist of attributes
 * and drops {@code style}, {@code bgcolor}, {@code colspan} and {@code rowspan} from table cells (and
 * {@code <b>}), which is exactly where RAG tables keep their status; and style-sheet class rules need
 * the {@code <style>} elements, which Tika discards.
 *
 * <p>Word files have no physical pages, so they read as one page; formats whose XHTML marks pages
 * ({@code div class="page"}) or sheets get one page each. Stateless and thread-safe; Tika is loaded
 * on the first office file.
 */
public final class TikaLayoutReader implements LayoutReader {
    private static final Set<String> TYPES = Set.of(MediaTypes.DOCX, MediaTypes.DOC, MediaTypes.ODT, MediaTypes.RTF,
            MediaTypes.HTML, MediaTypes.XLSX, MediaTypes.XLS, MediaTypes.ODS);
    private static final Set<String> ZIPPED = Set.of(MediaTypes.DOCX, MediaTypes.XLSX, MediaTypes.ODT, MediaTypes.ODS);

    private final Lazy<TikaParsing> tika = new Lazy<>(TikaParsing::new);

    @Override
    public Set<String> mediaTypes() {
        return TYPES;
    }

    @Override
    public LayoutDocument read(Source source, Warnings warnings) throws IOException {
        return read(source, warnings, PaperBudget.standard(source.name()));
    }

    /**
     * Reads within the budget: a zip-based file passes {@link ZipGuard} before anything opens it, and Tika's
     * parse is stopped at the deadline.
     */
    @Override
    public LayoutDocument read(Source source, Warnings warnings, PaperBudget budget) throws IOException {
        return budget.keepPages(readWithin(source, warnings, budget), warnings);
    }

    private LayoutDocument readWithin(Source source, Warnings warnings, PaperBudget budget) throws IOException {
        String type = source.mediaType();
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not an office or HTML media type: " + type);
        }
        if (source.size() == 0) {
            throw new UnreadablePaperException(source.name(), "empty file");
        }
        if (ZIPPED.contains(type)) {
            ZipGuard.check(source, budget);
        }
        budget.checkTime();
        if (type.equals(MediaTypes.HTML)) {
            return readHtml(source, warnings);
        }
        if (type.equals(MediaTypes.ODS)) {
            return readOds(source, warnings);
        }
        DocxHints hints = null;
        String passProblem = null;
        if (type.equals(MediaTypes.DOCX)) {
            try {
                hints = DocxPass.read(source);
            } catch (IOException e) {
                passProblem = Messages.firstLine(e.getMessage());
            }
        }
        boolean docx = type.equals(MediaTypes.DOCX);
        Warnings tableWarnings = new Warnings();
        XhtmlLayoutHandler handler = new XhtmlLayoutHandler(hints, tableWarnings);
        List<String> problems;
        try {
            problems = tika().parse(source, handler, docx, false, budget);
        } catch (TikaParsing.Failure f) {
            if (!docx || f.encrypted || f.empty || ZipCheck.problem(source) != null) {
                throw unreadable(source, f);
            }
            // Tika's standard Word extractor loads every part up front and gives up on one broken
            // side part (styles, app properties); its streaming extractor reads the body regardless.
            tableWarnings = new Warnings();
            handler = new XhtmlLayoutHandler(hints, tableWarnings);
            try {
                problems = tika().parse(source, handler, true, true, budget);
            } catch (TikaParsing.Failure again) {
                throw unreadable(source, f);
            }
            warnings.add(WarningCode.DAMAGED, "part of the Word file is damaged (" + f.getMessage()
                    + "); its text was read with Tika's streaming extractor", null);
        }
        budget.checkTime();
        tableWarnings.toList().forEach(warnings::add);
        if (ZIPPED.contains(type) && !ZipCheck.hasEndRecord(source)) {
            warnings.add(WarningCode.DAMAGED, "the file is truncated (its zip directory is missing); "
                    + "read what could be recovered", null);
        }
        if (passProblem != null) {
            warnings.add(WarningCode.DAMAGED, "the Word XML could not be read for merged cells, shading, list levels, "
                    + "headers and footers (" + passProblem + ")", null);
        }
        for (String p : problems) {
            warnings.add(WarningCode.DAMAGED, "part of the document could not be read: " + p, null);
        }
        List<List<Block>> pages = handler.pages();
        if (type.equals(MediaTypes.XLSX) || type.equals(MediaTypes.XLS)) {
            try {
                pages = SheetTables.place(pages, SheetPass.read(source));
            } catch (IOException e) {
                warnings.add(WarningCode.DAMAGED, "the workbook's cell fills and merged cells could not be read ("
                        + Messages.firstLine(e.getMessage()) + ")", null);
            }
        }
        if (type.equals(MediaTypes.ODT)) {
            try {
                pages = OdfTables.place(pages, OdfTables.shading(source));
            } catch (IOException e) {
                warnings.add(WarningCode.DAMAGED, "the document's cell shading could not be read ("
                        + Messages.firstLine(e.getMessage()) + ")", null);
            }
        }
        if (type.equals(MediaTypes.RTF)) {
            List<RtfTables.RtfTable> rtfTables = RtfTables.read(source);
            pages = pages.stream().map(blocks -> RtfTables.place(blocks, rtfTables)).toList();
        }
        return assemble(pages, hints == null ? DocxHints.NONE : hints, warnings);
    }

    private LayoutDocument readHtml(Source source, Warnings warnings) throws IOException {
        // charset from a BOM or <meta>, else UTF-8; jsoup never fails on malformed markup
        Document doc = Jsoup.parse(new BufferedInputStream(source.open()), null, "");
        XhtmlLayoutHandler handler = new XhtmlLayoutHandler(null, warnings);
        HtmlEvents.replay(doc, handler);
        // A web page's <title> ("Minutes - Overview and Scrutiny Committee, Tuesday 21 October 2025 - Kelmarsh District Council")
        // is what a browser prints over the page: its running header, so the council it names marks the page as a header does.
        String title = doc.title().strip();
        DocxHints furniture = title.isEmpty() ? DocxHints.NONE : new DocxHints(List.of(), List.of(), List.of(title), List.of());
        return assemble(handler.pages(), furniture, warnings);
    }

    /** An .ods from its {@code content.xml}, without Tika (see {@link OdsSheets}). */
    private static LayoutDocument readOds(Source source, Warnings warnings) throws IOException {
        String kind = MediaTypes.describe(source.mediaType());
        String zip = ZipCheck.problem(source);
        OdsSheets.Sheets sheets;
        try {
            sheets = OdsSheets.read(source);
        } catch (IOException e) {
            if (ZipCheck.encrypted(source)) {
                throw new UnreadablePaperException(source.name(), "encrypted (password required)", e);
            }
            String why = zip != null ? "damaged or truncated " + kind + " file (" + zip + ")"
                    : "cannot be read as " + kind + ": " + Messages.firstLine(e.getMessage());
            throw new UnreadablePaperException(source.name(), why, e);
        }
        if (zip != null) {
            warnings.add(WarningCode.DAMAGED, "the file is damaged (" + zip + "); read what could be recovered", null);
        }
        if (sheets.cut()) {
            warnings.add(WarningCode.OTHER, "the spreadsheet holds more than " + OdsSheets.MAX_CELLS
                    + " cells; only the first were read", null);
        }
        return assemble(sheets.pages(), DocxHints.NONE, warnings);
    }

    private static LayoutDocument assemble(List<List<Block>> pages, DocxHints hints, Warnings warnings) {
        LayoutDocument.Builder b = LayoutDocument.builder();
        boolean text = false;
        for (int i = 0; i < pages.size(); i++) {
            b.page();
            if (i == 0) {
                hints.headers().forEach(h -> b.add(Block.paragraph(h).withLayer(Layer.HEADER)));
            }
            for (Block block : pages.get(i)) {
                Block placed = b.add(block);
                text |= !placed.layer().isFurniture() && !placed.text().isBlank();
            }
            if (i == pages.size() - 1) {
                hints.footers().forEach(f -> b.add(Block.paragraph(f).withLayer(Layer.FOOTER)));
            }
        }
        if (!text) {
            warnings.add(WarningCode.NO_TEXT_LAYER, "no text found (the file may hold only pictures)", null);
        }
        return b.build();
    }

    private static UnreadablePaperException unreadable(Source source, TikaParsing.Failure f) throws IOException {
        String kind = MediaTypes.describe(source.mediaType());
        if (f.encrypted) {
            return new UnreadablePaperException(source.name(), "encrypted (password required)", f);
        }
        if (f.empty) {
            return new UnreadablePaperException(source.name(), "empty file", f);
        }
        String zip = ZIPPED.contains(source.mediaType()) ? ZipCheck.problem(source) : null;
        if (zip != null) {
            return new UnreadablePaperException(source.name(), "damaged or truncated " + kind + " file (" + zip + ")", f);
        }
        if (f.endedEarly) {
            return new UnreadablePaperException(source.name(), "damaged or truncated " + kind + " file (" + f.getMessage() + ")", f);
        }
        return new UnreadablePaperException(source.name(), "cannot be read as " + kind + ": " + f.getMessage(), f);
    }

    private TikaParsing tika() {
        return tika.get();
    }
}
