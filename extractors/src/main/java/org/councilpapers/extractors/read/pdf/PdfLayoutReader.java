package org.councilpapers.extractors.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Style;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.extractors.read.pdf.table.Glyph;
import org.councilpapers.extractors.read.pdf.table.GridTable;
import org.jspecify.annotations.Nullable;
import org.councilpapers.extractors.read.pdf.table.PageGeometry;
import org.councilpapers.extractors.read.pdf.table.TableFinder;

/**
 * Reads PDFs with PDFBox. Each page is scanned into plain geometry, its ruled tables found, and the rest
 * of its text drafted into paragraphs and list items in reading order; the geometry is then dropped, so
 * memory stays flat on long packs. Once every page is drafted, running headers and footers, printed page
 * numbers and heading levels are decided across the document.
 */
public final class PdfLayoutReader implements LayoutReader {
    private static final Pattern LABELLED = Pattern.compile(".*\\S:\\s+\\S.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** PDFBox's scratch data kept on the heap before it spills to a temporary file. */
    private static final long SCRATCH_IN_MEMORY = 16L << 20;
    private final TableFinder tables = TableFinder.standard();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.PDF);
    }

    @Override
    public LayoutDocument read(Source source, Warnings warnings) throws IOException {
        return read(source, warnings, PaperBudget.standard(source.name()));
    }

    /**
     * Reads the pages the page tree holds, never more than the budget's {@code maxPages}. The page tree's
     * {@code /Count} is only a claim (a 400-byte file can claim two billion pages), so pages are counted by
     * walking the tree's page objects; the claim is only compared with them, to say pages are missing.
     *
     * <p>A file cut short (no {@code %%EOF} at its end) is read as far as it goes: PDFBox's lenient parser
     * finds the objects before the cut, and the pages whose content survived are read; the pages after the last
     * of them are left out, and a {@code TRUNCATED} warning says how many were read of how many the page tree
     * lists. Only a cut that leaves no page readable is refused.
     */
    @Override
    public LayoutDocument read(Source source, Warnings warnings, PaperBudget budget) throws IOException {
        boolean cut = PdfEnds.endsEarly(source);
        try (PDDocument doc = open(source, warnings, cut)) {
            int max = budget.limits().maxPages();
            List<PDPage> present = new ArrayList<>();
            int found = 0;
            for (PDPage page : doc.getPages()) {
                found++;
                if (present.size() < max) {
                    present.add(page);
                }
            }
            int claimed = doc.getNumberOfPages();
            if (present.isEmpty()) {
                throw new UnreadablePaperException(source.name(), cut
                        ? "damaged or truncated PDF: it ends early, without %%EOF, and no page survives the cut"
                        : "damaged or truncated PDF (no pages)");
            }
            if (cut) {
                // Pages after the last one whose content survived went with the cut: they are not pages of the paper read.
                int read = present.size();
                while (read > 0 && lost(present.get(read - 1))) {
                    read--;
                }
                if (read == 0) {
                    throw new UnreadablePaperException(source.name(), "damaged or truncated PDF: it ends early, without %%EOF, and the "
                            + "content of every one of its " + pages(found) + " went with the cut");
                }
                present = present.subList(0, read);
                long whole = present.stream().filter(p -> !lost(p)).count();
                // PDFBox drops the page tree's references to page objects past the cut as it loads: what is left lists the pages
                // whose objects survived, some of them without their content.
                int total = Math.max(claimed, found);
                warnings.add(WarningCode.TRUNCATED, "the file is truncated (it ends without %%EOF): " + (total > whole
                        ? whole + " of " + total + " pages read" : pages(whole) + " read"), null);
            } else if (claimed != found) {
                warnings.add(WarningCode.DAMAGED, "the page tree claims " + pages(claimed) + " but holds " + found
                        + "; read the " + pages(found) + " present", null);
            }
            if (found > max) {
                budget.pageLimitReached(found, warnings);
            }
            List<PageDraft> pages = new ArrayList<>(present.size());
            Map<Float, Integer> sizes = new LinkedHashMap<>();
            UnmappedText unmapped = new UnmappedText();
            for (int i = 0; i < present.size(); i++) {
                budget.checkTime();
                PDPage page = present.get(i);
                GridTable open = i == 0 ? null : pages.get(i - 1).openTable();
                pages.add(cut && lost(page) ? blank(page) : draft(doc, page, i, open, warnings, sizes, budget, unmapped));
            }
            unmapped.report(source.name(), warnings);
            return assemble(pages, bodySize(sizes));
        }
    }

    private static String pages(long n) {
        return n == 1 ? "1 page" : n + " pages";
    }

    /**
     * Whether a page's content is missing from the file: its content stream is named but not there (a truncated
     * file loses the objects after the cut, and the page tree, written first by many writers, still lists them).
     */
    private static boolean lost(PDPage page) {
        COSBase contents = page.getCOSObject().getItem(COSName.CONTENTS);
        if (contents == null) {
            return false; // a page with no content stream at all is a blank page, not a lost one
        }
        COSBase resolved = contents instanceof COSObject o ? o.getObject() : contents;
        if (resolved == null || resolved instanceof COSNull) {
            return true;
        }
        if (resolved instanceof COSArray parts) {
            for (COSBase part : parts) {
                COSBase r = part instanceof COSObject o ? o.getObject() : part;
                if (r instanceof COSStream) {
                    return false;
                }
            }
            return true;
        }
        return !(resolved instanceof COSStream);
    }

    /** A page kept only for its place: what follows keeps its page number. */
    private static PageDraft blank(PDPage page) {
        try {
            PDRectangle crop = page.getCropBox();
            return new PageDraft(crop.getWidth(), crop.getHeight(), List.of());
        } catch (RuntimeException e) {
            return new PageDraft(0, 0, List.of());
        }
    }

    private static PDDocument open(Source source, Warnings warnings, boolean cut) throws IOException {
        PDDocument doc;
        // The file is read by random access, never whole into the heap; bytes a caller already holds are wrapped.
        RandomAccessRead in = source.file().isPresent() ? new RandomAccessReadBufferedFile(source.file().get())
                : new RandomAccessReadBuffer(source.open());
        try {
            // Scratch data PDFBox makes beyond the file itself goes to a temporary file past 16 MB, not the heap.
            doc = Loader.loadPDF(in, "", null, null, MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            in.close();
            throw new UnreadablePaperException(source.name(), "encrypted (password required)", e);
        } catch (IOException | RuntimeException e) {
            in.close();
            // Many writers put the catalog and page tree last: a cut anywhere before them leaves nothing that says
            // which objects are pages, in what order, with what fonts.
            throw new UnreadablePaperException(source.name(), (cut ? "damaged or truncated PDF: it ends early, without %%EOF, "
                    + "and no page can be read from what is there (" : "damaged or truncated PDF (") + e.getMessage() + ")", e);
        }
        if (doc.isEncrypted()) {
            warnings.add(WarningCode.ENCRYPTED, "encrypted; opened with the empty user password", null);
        }
        return doc;
    }

    /**
     * @param open the table that ended the page before, whose columns a few rows at the top of this page may carry on
     */
    private PageDraft draft(PDDocument doc, PDPage page, int index, @Nullable GridTable open, Warnings warnings,
            Map<Float, Integer> sizes, PaperBudget budget, UnmappedText unmapped) throws PaperOverBudgetException {
        int pageNumber = index + 1;
        PageScanner.Scan scan;
        try {
            scan = PageScanner.scan(doc, page, budget);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PaperOverBudgetException over && over.limit() != PaperOverBudgetException.Limit.STREAM_BYTES) {
                throw over;
            }
            if (e instanceof PaperOverBudgetException over) {
                warnings.add(WarningCode.TOO_LARGE, "page skipped: " + over.reason(), pageNumber);
            } else {
                warnings.add(WarningCode.DAMAGED, "page could not be read (" + e.getMessage() + ")", pageNumber);
            }
            float w = 0;
            float h = 0;
            try {
                PDRectangle crop = page.getCropBox();
                w = crop.getWidth();
                h = crop.getHeight();
            } catch (RuntimeException ignored) {
                // no size either: the page stays, sizeless
            }
            return new PageDraft(w, h, List.of());
        }
        unmapped.add(pageNumber, scan.unmapped());
        for (String skipped : scan.skipped()) {
            warnings.add(WarningCode.TOO_LARGE, "part of the page skipped: " + skipped, pageNumber);
        }
        PageGeometry g = scan.geometry();
        if (g.glyphs().stream().allMatch(Glyph::isSpace)) {
            warnings.add(WarningCode.NO_TEXT_LAYER, scan.hasImages() ? "no text layer (a scanned page?)"
                    : "no text on the page", pageNumber);
            return new PageDraft(g.width(), g.height(), List.of());
        }
        List<GridTable> found = tables.find(g, pageNumber, open, warnings);
        List<Glyph> flow = found.isEmpty() ? g.glyphs() : GridTable.outside(g.glyphs(), found);
        List<TextItem> text = Paragraphs.build(ReadingOrder.order(TextLines.lines(flow)),
                Furniture.BAND * g.height(), (1 - Furniture.BAND) * g.height());
        for (TextItem t : text) {
            sizes.merge(t.size(), t.text().length(), Integer::sum);
        }
        // Tables go into the flow before the first text that starts below their top.
        List<PageItem> items = new ArrayList<>(text.size() + found.size());
        int next = 0;
        for (TextItem t : text) {
            while (next < found.size() && found.get(next).box().y0() <= t.box().y0()) {
                items.add(new TableItem(TableBlocks.block(found.get(next)), found.get(next).box()));
                next++;
            }
            items.add(t);
        }
        for (; next < found.size(); next++) {
            items.add(new TableItem(TableBlocks.block(found.get(next)), found.get(next).box()));
        }
        return new PageDraft(g.width(), g.height(), items, openTable(found, text, g.height()));
    }

    /** The last table of the page where only the footer band's text lies below it: a table the page break may have cut. */
    private static @Nullable GridTable openTable(List<GridTable> found, List<TextItem> text, float height) {
        if (found.isEmpty()) {
            return null;
        }
        GridTable last = found.get(found.size() - 1);
        float footer = (1 - Furniture.BAND) * height;
        boolean below = text.stream().anyMatch(t -> t.box().y0() >= last.box().y1() && t.box().y0() < footer);
        return below ? null : last;
    }

    /** The font size most of the document's running text has. */
    private static float bodySize(Map<Float, Integer> sizes) {
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** A page item with the layer it was given. */
    private record Placed(PageItem item, Layer layer) {}

    private static LayoutDocument assemble(List<PageDraft> pages, float body) {
        List<Furniture.PageFurniture> furniture = Furniture.detect(pages);
        List<List<Placed>> placed = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            placed.add(place(pages.get(p), furniture.get(p)));
        }
        for (int p = 1; p < pages.size(); p++) {
            joinAcrossPageBreak(placed.get(p - 1), pages.get(p - 1).height(), placed.get(p), pages.get(p).height(), body);
        }
        // Heading levels: one per distinct heading style, largest first, bold before regular at a size.
        TreeSet<Float> headingStyles = new TreeSet<>();
        for (List<Placed> items : placed) {
            for (Placed pl : items) {
                if (pl.layer() == Layer.BODY && pl.item() instanceof TextItem t && isHeading(t, body)) {
                    headingStyles.add(styleRank(t));
                }
            }
        }
        List<Float> levels = new ArrayList<>(headingStyles.descendingSet());
        Map<PageItem, Block> continued = TableContinuations.mark(placed.stream()
                .map(items -> items.stream().filter(pl -> pl.layer() == Layer.BODY).map(Placed::item).toList()).toList());
        LayoutDocument.Builder b = LayoutDocument.builder();
        for (int p = 0; p < pages.size(); p++) {
            b.page(pages.get(p).width(), pages.get(p).height());
            b.printedNumber(furniture.get(p).printedNumber());
            for (Placed pl : placed.get(p)) {
                if (pl.item() instanceof TableItem t) {
                    b.add(continued.getOrDefault(t, t.block()));
                } else if (pl.item() instanceof TextItem t) {
                    boolean heading = pl.layer() == Layer.BODY && isHeading(t, body);
                    int level = heading ? Math.min(6, levels.indexOf(styleRank(t)) + 1) : 0;
                    b.add(textBlock(t, heading, level).withLayer(pl.layer()));
                }
            }
        }
        return b.build();
    }

    /** A page's items with their layers; body text split only to look for furniture is joined again. */
    private static List<Placed> place(PageDraft page, Furniture.PageFurniture f) {
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            PageItem item = page.items().get(i);
            Layer layer = f.layers().getOrDefault(i, Layer.BODY);
            int last = out.size() - 1;
            if (item instanceof TextItem t && t.continuesPrevious() && layer == Layer.BODY && last >= 0
                    && out.get(last).layer() == Layer.BODY && out.get(last).item() instanceof TextItem prev) {
                out.set(last, new Placed(prev.join(t), Layer.BODY));
            } else {
                out.add(new Placed(item, layer));
            }
        }
        return out;
    }

    /**
     * Joins the first body text of a page to the last body text of the page before where it carries it on:
     * a paragraph or list item broken by the page break, the footer and header between them being furniture.
     * The joined item keeps the earlier page and box, where it starts.
     */
    private static void joinAcrossPageBreak(List<Placed> before, float beforeHeight, List<Placed> after,
            float afterHeight, float body) {
        int last = before.size() - 1;
        while (last >= 0 && before.get(last).layer() != Layer.BODY) {
            last--;
        }
        int first = 0;
        while (first < after.size() && after.get(first).layer() != Layer.BODY) {
            first++;
        }
        if (last < 0 || first >= after.size() || !(before.get(last).item() instanceof TextItem prev)
                || !(after.get(first).item() instanceof TextItem next)) {
            return;
        }
        float right = 0;
        for (Placed pl : before) {
            if (pl.layer() == Layer.BODY && pl.item() instanceof TextItem t && t.box().x0() < prev.lastLineX1()) {
                right = Math.max(right, t.box().x1());
            }
        }
        if (continuesAcrossPageBreak(prev, beforeHeight, right, next, afterHeight, body)) {
            before.set(last, new Placed(prev.append(next), Layer.BODY));
            after.remove(first);
        }
    }

    /**
     * Whether {@code next}, first on its page, carries on {@code prev}, last on the page before whose text
     * reaches {@code right}: same style, aligned with prev's margin or (for a list item) its text, prev's last
     * line full and not the end of a sentence.
     */
    static boolean continuesAcrossPageBreak(TextItem prev, float beforeHeight, float right, TextItem next,
            float afterHeight, float body) {
        if (next.isListItem() || isHeading(prev, body) || isHeading(next, body)
                || Math.abs(prev.size() - next.size()) >= 0.6f || prev.bold() != next.bold()) {
            return false;
        }
        // The break falls at the foot of one page's text and the head of the next's.
        if (prev.box().y1() < 0.6f * beforeHeight || next.box().y0() > 0.4f * afterHeight) {
            return false;
        }
        float tolerance = 0.8f * Math.max(prev.size(), next.size());
        float x = next.box().x0();
        boolean aligned = Math.abs(x - prev.box().x0()) <= tolerance
                || prev.isListItem() && x > prev.box().x0() && x <= prev.textX0() + tolerance;
        boolean full = Paragraphs.fills(prev.lastLineX1(), next.firstWordWidth(), right, prev.size());
        boolean midSentence = !Paragraphs.endsSentence(prev.text())
                || !next.text().isEmpty() && Character.isLowerCase(next.text().codePointAt(0));
        return aligned && full && midSentence;
    }

    /**
     * A heading is short text in a size clearly above the body's, or short bold text at body size that
     * does not end like a sentence or read as a label and its value ("Lead inspector: Pauline Higham").
     * A numbered item in heading style ("2. Introduction") is a heading.
     */
    static boolean isHeading(TextItem t, float body) {
        if (t.isListItem() && !t.numbered() || t.lineCount() > 3 || t.text().length() > 150
                || t.text().codePoints().noneMatch(Character::isLetter) || Furniture.isBlankNotice(t.text())) {
            return false;
        }
        boolean larger = body > 0 && t.size() >= body + Math.max(1f, 0.12f * body);
        boolean boldShort = t.bold() && t.size() >= body - 0.5f && t.lineCount() <= 2
                && SPACES.split(t.text()).length <= 14 && !t.text().endsWith(".") && !t.text().endsWith(",")
                && !LABELLED.matcher(t.text()).matches();
        return larger || boldShort;
    }

    /** Sorts heading styles: by size, and bold above regular at one size. */
    private static float styleRank(TextItem t) {
        return Math.round(t.size() * 2) / 2f + (t.bold() ? 0.25f : 0f);
    }

    static Block textBlock(TextItem t, boolean heading, int level) {
        Block b;
        if (heading) {
            b = Block.heading(Math.max(1, level), t.marker() == null ? t.text() : t.marker() + " " + t.text());
        } else if (t.isListItem()) {
            b = Block.listItem(t.marker(), t.depth(), t.text());
        } else {
            b = Block.paragraph(t.text());
        }
        Rgb color = nearBlack(t.color()) ? null : t.color();
        return b.withBox(t.box()).withStyle(new Style(t.size(), t.bold(), t.italic(), color));
    }

    static boolean nearBlack(Rgb c) {
        return c.r() <= 60 && c.g() <= 60 && c.b() <= 60;
    }
}
