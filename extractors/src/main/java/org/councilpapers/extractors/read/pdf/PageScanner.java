package org.councilpapers.extractors.read.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.pdf.table.FilledRect;
import org.councilpapers.extractors.read.pdf.table.Glyph;
import org.councilpapers.extractors.read.pdf.table.PageGeometry;
import org.councilpapers.extractors.read.pdf.table.Ruling;
import org.jspecify.annotations.Nullable;

/**
 * Turns one PDF page into plain geometry: glyphs from PDFBox's text positions, ruling lines and filled
 * rectangles from the page's paths, all in display space (points, top-left origin, page rotation applied).
 * The page's content stream is read once, for text and paths together.
 */
final class PageScanner {
    /** A filled rectangle no thicker than this is a drawn rule, not a shading. */
    static final float THIN = 3f;

    private static final Rgb BLACK = new Rgb(0, 0, 0);

    private PageScanner() {}

    /**
     * What one page holds, whether it draws any image (a scan, when it has no glyphs), and the forms (drawn
     * objects) left out because they inflate past the budget's per-stream limit, each a line for a warning.
     */
    record Scan(PageGeometry geometry, boolean hasImages, List<String> skipped, Unmapped unmapped) {}

    /**
     * The glyphs of a page that could not be read as text: drawn in a font with no Unicode map (a composite font
     * without ToUnicode, which PDFBox passes over) or mapped to control characters, as an encoding-less simple font
     * gives. {@code drawn} counts every glyph the page showed, so the share lost can be told.
     */
    record Unmapped(int lost, int drawn, List<String> fonts) {
        Unmapped {
            fonts = List.copyOf(fonts);
        }
    }

    /**
     * Scans {@code page}, one of {@code doc}'s. The page's content streams are counted against the budget (see
     * {@link StreamSizes#counted}), and the clock is read as its operators run.
     */
    static Scan scan(PDDocument doc, PDPage page, PaperBudget budget) throws IOException {
        PDPage counted = StreamSizes.counted(page, "the page's content stream", budget);
        Frame frame = Frame.of(page);
        PageEngine engine = new PageEngine(frame, budget, counted);
        engine.writeText(doc, Writer.nullWriter());
        // A time-out inside a form is logged and passed over by PDFBox's Do; the clock says so again here.
        budget.checkTime();
        PageGeometry g = new PageGeometry(frame.width(), frame.height(), engine.glyphs, engine.paths.rulings,
                engine.paths.fills);
        return new Scan(g, engine.images > 0, List.copyOf(engine.skipped),
                new Unmapped(engine.lost, engine.drawn, List.copyOf(engine.lostFonts)));
    }

    /**
     * Maps default user space to display space: shift by the crop box, turn by the page rotation and flip
     * y, the same way PDFBox places text positions, so glyphs and paths line up.
     */
    record Frame(float llx, float lly, float cropWidth, float cropHeight, int rotation) {
        static Frame of(PDPage page) {
            PDRectangle crop = page.getCropBox();
            int rot = ((page.getRotation() % 360) + 360) % 360;
            return new Frame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), rot);
        }

        float width() {
            return rotation == 90 || rotation == 270 ? cropHeight : cropWidth;
        }

        float height() {
            return rotation == 90 || rotation == 270 ? cropWidth : cropHeight;
        }

        float[] map(double ux, double uy) {
            float x = (float) (ux - llx);
            float y = (float) (uy - lly);
            return switch (rotation) {
                case 90 -> new float[] {y, x};
                case 180 -> new float[] {cropWidth - x, y};
                case 270 -> new float[] {cropHeight - y, cropWidth - x};
                default -> new float[] {x, cropHeight - y};
            };
        }
    }

    /** Colour of a paint, as sRGB; device spaces are converted directly, others through PDFBox. */
    static Rgb rgb(@Nullable PDColor color) {
        if (color == null) {
            return BLACK;
        }
        float[] c = color.getComponents();
        PDColorSpace space = color.getColorSpace();
        try {
            if (space instanceof PDDeviceRGB && c.length >= 3) {
                return Rgb.ofFloats(c[0], c[1], c[2]);
            }
            if (space instanceof PDDeviceGray && c.length >= 1) {
                return Rgb.ofFloats(c[0], c[0], c[0]);
            }
            if (space instanceof PDDeviceCMYK && c.length >= 4) {
                // The naive conversion: no ICC profile, but close enough to tell red from green.
                float k = 1 - c[3];
                return Rgb.ofFloats((1 - c[0]) * k, (1 - c[1]) * k, (1 - c[2]) * k);
            }
            if (color.isPattern()) {
                return BLACK;
            }
            int v = color.toRGB();
            return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
        } catch (IOException | RuntimeException e) {
            return BLACK; // an odd colour space must not cost the page
        }
    }

    /** A see-through paint as it shows on a white page: a half-transparent red fill reads pink, as a reader sees it. */
    static Rgb onWhite(Rgb c, double alpha) {
        if (alpha >= 1 || alpha < 0) {
            return c;
        }
        return new Rgb((int) Math.round(255 - alpha * (255 - c.r())), (int) Math.round(255 - alpha * (255 - c.g())),
                (int) Math.round(255 - alpha * (255 - c.b())));
    }

    /**
     * Reads the page's content stream once: glyphs come from PDFTextStripper's text positions (its own
     * text assembly is skipped), and the path operators it would ignore are handled here too, feeding a
     * {@link PathCollector}. Parsing the stream twice, once per concern, was nearly half of extraction's
     * CPU time.
     */
    /**
     * The glyphs of a page by their text and where it is drawn to the nearest point, for finding a glyph drawn again in
     * its place: a hash table of glyph indices, open addressing. A map keyed by a record of the three, a box and a node for
     * every glyph of every page, was a hot spot of the whole extraction; so was reading each probed slot's key back from
     * its glyph object, and then from three arrays beside the slots. Each slot now keeps its glyph, rounded x, baseline and
     * text's hash side by side in one array, so a probe reads one cache line; the text itself is compared only when all
     * four agree.
     */
    private static final class Places {
        // Four ints a slot: index + 1 of the glyph last put under the key (0 for an empty slot), x, baseline, the text's
        // hash. Sized for a full page of text, kept under half full.
        private static final int STRIDE = 4;
        private int[] table = new int[8192 * STRIDE];
        private String[] texts = new String[8192];
        private int used;

        /** The glyph last put under this text and place, or -1. */
        int get(String text, int x, int baseline) {
            int th = text.hashCode();
            int mask = texts.length - 1;
            int[] t = table;
            for (int i = hash(th, x, baseline) & mask; t[i * STRIDE] != 0; i = (i + 1) & mask) {
                int o = i * STRIDE;
                if (t[o + 1] == x && t[o + 2] == baseline && t[o + 3] == th && texts[i].equals(text)) {
                    return t[o] - 1;
                }
            }
            return -1;
        }

        /** Puts glyph {@code index} under its text and place, in place of any put there before. */
        void put(String text, int x, int baseline, int index) {
            int th = text.hashCode();
            int mask = texts.length - 1;
            int i = hash(th, x, baseline) & mask;
            for (; table[i * STRIDE] != 0; i = (i + 1) & mask) {
                int o = i * STRIDE;
                if (table[o + 1] == x && table[o + 2] == baseline && table[o + 3] == th && texts[i].equals(text)) {
                    table[o] = index + 1;
                    return;
                }
            }
            int o = i * STRIDE;
            table[o] = index + 1;
            table[o + 1] = x;
            table[o + 2] = baseline;
            table[o + 3] = th;
            texts[i] = text;
            if (++used * 2 > texts.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldTable = table;
            String[] oldTexts = texts;
            int n = oldTexts.length * 2;
            table = new int[n * STRIDE];
            texts = new String[n];
            int mask = n - 1;
            for (int k = 0; k < oldTexts.length; k++) {
                int ko = k * STRIDE;
                if (oldTable[ko] != 0) {
                    int i = hash(oldTable[ko + 3], oldTable[ko + 1], oldTable[ko + 2]) & mask;
                    while (table[i * STRIDE] != 0) {
                        i = (i + 1) & mask;
                    }
                    System.arraycopy(oldTable, ko, table, i * STRIDE, STRIDE);
                    texts[i] = oldTexts[k];
                }
            }
        }

        private static int hash(int textHash, int x, int baseline) {
            int h = textHash * 0x9E3779B1 + x * 0x85EBCA77 + baseline * 0xC2B2AE3D;
            return h ^ (h >>> 15);
        }
    }

    private static final class PageEngine extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();
        private final Map<PDFont, FontInfo> fonts = new IdentityHashMap<>();
        // Glyphs drawn twice in one place (fake bold, or shadowed text) count once: found by text and position.
        private final Places seen = new Places();
        private final PathCollector paths;
        private final PaperBudget budget;
        private final List<String> skipped = new ArrayList<>();
        private final PDPage page;
        private int images;
        private int drawn;
        private int positioned;
        private int lost;
        private final Set<String> lostFonts = new LinkedHashSet<>();
        private @Nullable PDColor lastPaint;
        private @Nullable Rgb lastRgb;
        // The page's rotation and crop box, as PDFTextStripper's engine takes them from the page to place glyphs.
        private final int pageRotation;
        private final float cropWidth;
        private final float cropHeight;
        private final float cropLowerLeftX;
        private final float cropLowerLeftY;
        private final @Nullable Matrix translateMatrix;

        PageEngine(Frame frame, PaperBudget budget, PDPage page) {
            paths = new PathCollector(frame);
            this.budget = budget;
            this.page = page;
            pageRotation = page.getRotation();
            PDRectangle crop = page.getCropBox();
            cropWidth = crop.getWidth();
            cropHeight = crop.getHeight();
            cropLowerLeftX = crop.getLowerLeftX();
            cropLowerLeftY = crop.getLowerLeftY();
            translateMatrix = Float.compare(cropLowerLeftX, 0) == 0 && Float.compare(cropLowerLeftY, 0) == 0 ? null
                    : Matrix.getTranslateInstance(-cropLowerLeftX, -cropLowerLeftY);
            // PDFTextStripper ignores colour operators; text colour can carry RAG status, and fills need it.
            addOperator(new SetStrokingColorSpace(this));
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetStrokingColor(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetStrokingColorN(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetStrokingDeviceCMYKColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
            // ... nor paths, which give ruling lines and cell fills. Clipping (W, W*) and shadings (sh) are
            // left out: the clip is approximated by the forms' boxes, and gradients are no cell shading we can name.
            for (String op : List.of(OperatorName.MOVE_TO, OperatorName.LINE_TO, OperatorName.CURVE_TO,
                    OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
                    OperatorName.APPEND_RECT, OperatorName.CLOSE_PATH, OperatorName.ENDPATH,
                    OperatorName.STROKE_PATH, OperatorName.CLOSE_AND_STROKE, OperatorName.FILL_NON_ZERO,
                    OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD,
                    OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE,
                    OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE)) {
                addOperator(new PathOperator(op));
            }
            // The text stripper's Do runs forms and skips images; count the images, a hint that a textless page is a scan.
            DrawObject forms = new DrawObject(this);
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) throws IOException {
                    if (!operands.isEmpty() && operands.get(0) instanceof COSName name && getResources() != null
                            && getResources().isImageXObject(name)) {
                        images++;
                    }
                    forms.process(operator, operands);
                }

                @Override
                public String getName() {
                    return OperatorName.DRAW_OBJECT;
                }
            });
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) {
                    byte[] data = operator.getImageData();
                    if (data != null && data.length > 0) {
                        images++;
                    }
                }

                @Override
                public String getName() {
                    return OperatorName.BEGIN_INLINE_IMAGE;
                }
            });
        }

        /**
         * Only the page asked for, as the first: PDFTextStripper would walk the whole page tree to find a page by its number
         * (every page of a long pack walked once per page), and it would read the tree's page, not the counted one.
         */
        @Override
        protected void processPages(PDPageTree pages) throws IOException {
            if (page.hasContents()) {
                processPage(page);
            }
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.tick();
            super.processOperator(operator, operands);
        }

        /** A form is measured before PDFBox decodes it; one that inflates too far is left out, and said so. */
        @Override
        public void showForm(PDFormXObject form) throws IOException {
            try {
                StreamSizes.check(form.getCOSObject(), "a drawn form's content stream", budget);
            } catch (PaperOverBudgetException e) {
                if (e.limit() != PaperOverBudgetException.Limit.STREAM_BYTES) {
                    throw e;
                }
                skipped.add(e.reason());
                return;
            }
            super.showForm(form);
        }

        /** One path operator, with PDFBox's own semantics (its graphics operators need a PDFGraphicsStreamEngine). */
        private final class PathOperator extends OperatorProcessor {
            private final String name;

            PathOperator(String name) {
                super(PageEngine.this);
                this.name = name;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                switch (name) {
                    case OperatorName.MOVE_TO -> {
                        float[] v = numbers(operands, 2);
                        if (v != null) {
                            Point2D.Float p = transformedPoint(v[0], v[1]);
                            paths.moveTo(p.x, p.y);
                        }
                    }
                    case OperatorName.LINE_TO -> {
                        float[] v = numbers(operands, 2);
                        if (v != null) {
                            Point2D.Float p = transformedPoint(v[0], v[1]);
                            paths.lineTo(p.x, p.y);
                        }
                    }
                    case OperatorName.CURVE_TO -> curve(operands, 6);
                    case OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT ->
                        curve(operands, 4);
                    case OperatorName.APPEND_RECT -> {
                        float[] v = numbers(operands, 4);
                        if (v != null) {
                            float x = v[0];
                            float y = v[1];
                            float x2 = v[2] + x;
                            float y2 = v[3] + y;
                            paths.appendRectangle(transformedPoint(x, y), transformedPoint(x2, y), transformedPoint(x2, y2),
                                    transformedPoint(x, y2));
                        }
                    }
                    case OperatorName.CLOSE_PATH -> paths.closePath();
                    case OperatorName.ENDPATH -> paths.endPath();
                    case OperatorName.STROKE_PATH -> paths.strokePath();
                    case OperatorName.CLOSE_AND_STROKE -> {
                        paths.closePath();
                        paths.strokePath();
                    }
                    case OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD ->
                        paths.fillPath(getGraphicsState());
                    case OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE ->
                        paths.fillAndStrokePath(getGraphicsState());
                    default -> { // b, b*: close, then fill and stroke
                        paths.closePath();
                        paths.fillAndStrokePath(getGraphicsState());
                    }
                }
            }

            /** A curve counts only by its end point: a curved subpath is never a ruling or a cell. */
            private void curve(List<COSBase> operands, int arity) {
                float[] v = numbers(operands, arity);
                if (v != null) {
                    Point2D.Float p = transformedPoint(v[arity - 2], v[arity - 1]);
                    paths.curveTo(p.x, p.y);
                }
            }
        }

        /** The first {@code n} operands as numbers, or null where PDFBox would skip the operator. */
        private static float @Nullable [] numbers(List<COSBase> operands, int n) {
            if (operands.size() < n) {
                return null;
            }
            float[] v = new float[n];
            for (int i = 0; i < operands.size(); i++) {
                if (!(operands.get(i) instanceof COSNumber number)) {
                    return null;
                }
                if (i < n) {
                    v[i] = number.floatValue();
                }
            }
            return v;
        }

        /**
         * Counts every glyph shown. PDFBox drops a composite font's glyph that has no Unicode mapping before it positions
         * it, so a glyph shown and never positioned is text lost.
         *
         * <p>Where it can, the glyph is placed here, not by PDFTextStripper's engine: that builds a {@link TextPosition} for
         * every glyph and works out for it what the layout never reads (the font's space width, the glyph's height, an
         * individual width), and looks each code of a simple font up in its glyph list again. The position is worked out
         * here by the same arithmetic, in the same order, so every glyph lands where PDFBox would put it; a simple font's
         * code is mapped once a page. Vertical fonts, and fonts whose metrics PDFBox cannot read, go through PDFBox's own
         * path, unchanged.
         */
        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            drawn++;
            FontInfo info = fontInfo(font);
            if (!info.direct) {
                int before = positioned;
                super.showGlyph(textRenderingMatrix, font, code, displacement);
                if (positioned == before) {
                    lostGlyph(font);
                }
                return;
            }
            PDGraphicsState state = getGraphicsState();
            Matrix ctm = state.getCurrentTransformationMatrix();
            float fontSize = state.getTextState().getFontSize();
            float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
            Matrix textMatrix = getTextMatrix();
            // As LegacyPDFStreamEngine: the advance without character and word spacing, for the glyph's width.
            float tx = displacement.getX() * fontSize * horizontalScaling;
            float ty = displacement.getY() * fontSize;
            Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(textMatrix).multiply(ctm);
            float nextX = next.getTranslateX();
            float nextY = next.getTranslateY();
            String unicode = info.unicode(font, code);
            if (unicode == null) {
                lostGlyph(font); // a composite font's code with no mapping: PDFBox skips it
                return;
            }
            Matrix m = textRenderingMatrix;
            if (translateMatrix != null) {
                m = Matrix.concatenate(translateMatrix, textRenderingMatrix);
                nextX -= cropLowerLeftX;
                nextY -= cropLowerLeftY;
            }
            positioned++;
            // TextPosition's x, y and width for the page's rotation.
            float mx = m.getTranslateX();
            float my = m.getTranslateY();
            float x;
            float yLowerLeft;
            switch (pageRotation) {
                case 0 -> {
                    x = mx;
                    yLowerLeft = my;
                }
                case 90 -> {
                    x = my;
                    yLowerLeft = cropWidth - mx;
                }
                case 180 -> {
                    x = cropWidth - mx;
                    yLowerLeft = cropHeight - my;
                }
                case 270 -> {
                    x = cropHeight - my;
                    yLowerLeft = mx;
                }
                default -> {
                    x = 0;
                    yLowerLeft = 0;
                }
            }
            float y = pageRotation == 0 || pageRotation == 180 ? cropHeight - yLowerLeft : cropWidth - yLowerLeft;
            float width = pageRotation == 90 || pageRotation == 270 ? Math.abs(nextY - my) : Math.abs(nextX - mx);
            place(unicode, m, (int) (fontSize * textMatrix.getScalingFactorX()), x, y, width, font, info);
        }

        private FontInfo fontInfo(PDFont font) {
            FontInfo info = fonts.get(font);
            if (info == null) {
                info = FontInfo.of(font, direct(font));
                fonts.put(font, info);
            }
            return info;
        }

        /**
         * Whether a font's glyphs can be placed here: not a vertical font (PDFBox works their width out otherwise), and one
         * whose height PDFBox can compute (else its engine fails on each glyph, as it did before, and still does).
         */
        private boolean direct(PDFont font) {
            if (font.isVertical()) {
                return false;
            }
            try {
                computeFontHeight(font); // what PDFBox does on the font's first glyph, its bounding box mended included
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        private void lostGlyph(PDFont font) {
            lost++;
            if (lostFonts.size() < 8) {
                lostFonts.add(fontInfo(font).name);
            }
        }

        @Override
        protected void processTextPosition(TextPosition tp) {
            positioned++;
            place(tp.getUnicode(), tp.getTextMatrix(), tp.getFontSizeInPt(), tp.getX(), tp.getY(), tp.getWidth(), tp.getFont(),
                    fontInfo(tp.getFont()));
        }

        private void place(String unicode, Matrix m, float fontSizeInPt, float x0, float baseline, float rawWidth, PDFont pdFont,
                FontInfo font) {
            String text = GlyphText.readable(unicode);
            if (text == null) {
                lostGlyph(pdFont);
                return;
            }
            float size = (float) Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
            if (size <= 0.1f) {
                size = Math.max(1f, fontSizeInPt);
            }
            float width = Math.max(0, rawWidth);
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            boolean bold = font.bold || mode == RenderingMode.FILL_STROKE;
            Rgb color = paint(mode == RenderingMode.STROKE ? getGraphicsState().getStrokingColor()
                    : getGraphicsState().getNonStrokingColor());
            int x = Math.round(x0);
            int y = Math.round(baseline);
            int earlier = seen.get(text, x, y);
            if (earlier >= 0 && !text.isBlank()) {
                Glyph e = glyphs.get(earlier);
                if (Math.abs(e.x0() - x0) < 1.5f && Math.abs(e.baseline() - baseline) < 1.5f) {
                    if (!e.bold()) {
                        glyphs.set(earlier, new Glyph(e.text(), e.x0(), e.top(), e.x1(), e.bottom(), e.baseline(), e.size(),
                                true, e.italic(), e.color(), e.font()));
                    }
                    return;
                }
            }
            glyphs.add(new Glyph(text, x0, baseline - 0.75f * size, x0 + width, baseline + 0.22f * size, baseline,
                    Math.round(size * 10) / 10f, bold, font.italic, color, font.name));
            seen.put(text, x, y, glyphs.size() - 1);
        }

        /**
         * The colour of a paint, converted once while the paint stays the same object (a colour operator sets a new one):
         * a run of glyphs in one colour shares one {@link Rgb}, instead of a conversion and an object a glyph.
         */
        private Rgb paint(@Nullable PDColor c) {
            if (c != lastPaint || lastRgb == null) {
                lastRgb = rgb(c);
                lastPaint = c;
            }
            return lastRgb;
        }

        @Override
        protected void writePage() {
            // positions are all we want; PDFTextStripper's own text is not needed
        }
    }

    /**
     * What the layout takes from a font: its name without the subset prefix, bold, italic; whether its glyphs are placed
     * without PDFBox's text positions; and a simple font's codes mapped to Unicode as PDFTextStripper maps them (its glyph
     * list, then the code itself), each once.
     */
    private static final class FontInfo {
        // PDFTextStripper's glyph list: Adobe's, with PDFBox's additional names.
        private static final GlyphList GLYPHS = glyphList();

        final String name;
        final boolean bold;
        final boolean italic;
        final boolean direct;
        private final String @Nullable [] simple;
        private final boolean[] mapped;

        private FontInfo(String name, boolean bold, boolean italic, boolean direct, boolean simpleFont) {
            this.name = name;
            this.bold = bold;
            this.italic = italic;
            this.direct = direct;
            this.simple = simpleFont ? new String[256] : null;
            this.mapped = new boolean[simpleFont ? 256 : 0];
        }

        static FontInfo of(PDFont font, boolean direct) {
            String name = font.getName() == null ? "" : font.getName();
            int plus = name.indexOf('+');
            if (plus == 6) {
                name = name.substring(plus + 1); // subset prefix ABCDEF+
            }
            String lower = name.toLowerCase(Locale.ROOT);
            boolean bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
                    || lower.contains("demi");
            boolean italic = lower.contains("italic") || lower.contains("oblique");
            PDFontDescriptor fd = font.getFontDescriptor();
            if (fd != null) {
                bold |= fd.getFontWeight() >= 600 || fd.isForceBold();
                italic |= fd.isItalic() || Math.abs(fd.getItalicAngle()) > 1;
            }
            return new FontInfo(name, bold, italic, direct, font instanceof PDSimpleFont);
        }

        /** The text of a code, or null where PDFTextStripper would skip the glyph (a composite font's unmapped code). */
        @Nullable String unicode(PDFont font, int code) throws IOException {
            String[] memo = simple;
            if (memo != null && code >= 0 && code < memo.length) {
                if (!mapped[code]) {
                    memo[code] = map(font, code);
                    mapped[code] = true;
                }
                return memo[code];
            }
            return map(font, code);
        }

        private static @Nullable String map(PDFont font, int code) throws IOException {
            String unicode = font.toUnicode(code, GLYPHS);
            if (unicode == null && font instanceof PDSimpleFont) {
                return new String(new char[] {(char) code}); // as Acrobat, and PDFBox, coerce it
            }
            return unicode;
        }

        private static GlyphList glyphList() {
            try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
                return new GlyphList(GlyphList.getAdobeGlyphList(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Collects ruling lines and filled rectangles from the page's paths, given in device space. */
    private static final class PathCollector {
        private final Frame frame;
        final List<Ruling> rulings = new ArrayList<>();
        final List<FilledRect> fills = new ArrayList<>();
        // The current path: subpaths of display-space points; a subpath with a curve is flagged.
        private final List<List<float[]>> subpaths = new ArrayList<>();
        private final List<Boolean> curved = new ArrayList<>();
        private final List<Boolean> closed = new ArrayList<>();

        PathCollector(Frame frame) {
            this.frame = frame;
        }

        void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            startSubpath(p0.getX(), p0.getY());
            add(p1.getX(), p1.getY());
            add(p2.getX(), p2.getY());
            add(p3.getX(), p3.getY());
            closePath();
        }

        void moveTo(float x, float y) {
            startSubpath(x, y);
        }

        void lineTo(float x, float y) {
            if (subpaths.isEmpty()) {
                startSubpath(x, y);
                return;
            }
            add(x, y);
        }

        void curveTo(float x3, float y3) {
            if (subpaths.isEmpty()) {
                startSubpath(x3, y3);
                return;
            }
            add(x3, y3);
            curved.set(curved.size() - 1, true);
        }

        void closePath() {
            if (!closed.isEmpty()) {
                closed.set(closed.size() - 1, true);
            }
        }

        void endPath() {
            clear();
        }

        void strokePath() {
            stroke();
            clear();
        }

        void fillPath(PDGraphicsState state) {
            fill(state);
            clear();
        }

        void fillAndStrokePath(PDGraphicsState state) {
            fill(state);
            stroke();
            clear();
        }

        private void startSubpath(double x, double y) {
            List<float[]> pts = new ArrayList<>();
            pts.add(frame.map(x, y));
            subpaths.add(pts);
            curved.add(false);
            closed.add(false);
        }

        private void add(double x, double y) {
            subpaths.get(subpaths.size() - 1).add(frame.map(x, y));
        }

        private void clear() {
            subpaths.clear();
            curved.clear();
            closed.clear();
        }

        private void stroke() {
            for (int s = 0; s < subpaths.size(); s++) {
                if (curved.get(s)) {
                    continue;
                }
                List<float[]> pts = subpaths.get(s);
                int n = pts.size();
                int segments = closed.get(s) ? n : n - 1;
                for (int i = 0; i < segments; i++) {
                    float[] a = pts.get(i);
                    float[] b = pts.get((i + 1) % n);
                    addRuling(a[0], a[1], b[0], b[1]);
                }
            }
        }

        private void addRuling(float ax, float ay, float bx, float by) {
            if (Math.abs(ay - by) < 1f && Math.abs(ax - bx) >= 1f) {
                rulings.add(Ruling.horizontal((ay + by) / 2, ax, bx));
            } else if (Math.abs(ax - bx) < 1f && Math.abs(ay - by) >= 1f) {
                rulings.add(Ruling.vertical((ax + bx) / 2, ay, by));
            }
        }

        private void fill(PDGraphicsState state) {
            Rgb color = null;
            for (int s = 0; s < subpaths.size(); s++) {
                Box r = curved.get(s) ? null : rectangle(subpaths.get(s));
                if (r == null) {
                    continue;
                }
                r = clipped(r, state);
                if (r == null) {
                    continue;
                }
                if (color == null) {
                    color = onWhite(rgb(state.getNonStrokingColor()), state.getNonStrokeAlphaConstant());
                }
                // A pattern paint has no one colour to name; it may still draw a rule.
                boolean pattern = state.getNonStrokingColor().isPattern();
                float w = r.width();
                float h = r.height();
                if (h <= THIN && w > THIN) {
                    rulings.add(Ruling.horizontal((r.y0() + r.y1()) / 2, r.x0(), r.x1()));
                } else if (w <= THIN && h > THIN) {
                    rulings.add(Ruling.vertical((r.x0() + r.x1()) / 2, r.y0(), r.y1()));
                } else if (w > THIN && h > THIN && !pattern) {
                    fills.add(new FilledRect(r, color));
                }
            }
        }

        /** The box of a subpath that is an axis-aligned rectangle, else null. */
        private static @Nullable Box rectangle(List<float[]> pts) {
            int n = pts.size();
            if (n == 5 && Math.abs(pts.get(0)[0] - pts.get(4)[0]) < 0.01f && Math.abs(pts.get(0)[1] - pts.get(4)[1]) < 0.01f) {
                n--; // closed explicitly by a line back to the start
            }
            if (n != 4) {
                return null;
            }
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                float[] a = pts.get(i);
                float[] b = pts.get((i + 1) % 4);
                if (Math.abs(a[0] - b[0]) > 0.5f && Math.abs(a[1] - b[1]) > 0.5f) {
                    return null; // a slanted side
                }
                minX = Math.min(minX, a[0]);
                minY = Math.min(minY, a[1]);
                maxX = Math.max(maxX, a[0]);
                maxY = Math.max(maxY, a[1]);
            }
            return new Box(minX, minY, maxX, maxY);
        }

        /** The part of a box inside the current clip, approximated by the clip paths' bounds. */
        private @Nullable Box clipped(Box b, PDGraphicsState state) {
            float x0 = b.x0();
            float y0 = b.y0();
            float x1 = b.x1();
            float y1 = b.y1();
            for (Path2D clip : state.getCurrentClippingPaths()) {
                Rectangle2D r = clip.getBounds2D();
                float[] p = frame.map(r.getMinX(), r.getMinY());
                float[] q = frame.map(r.getMaxX(), r.getMaxY());
                x0 = Math.max(x0, Math.min(p[0], q[0]));
                y0 = Math.max(y0, Math.min(p[1], q[1]));
                x1 = Math.min(x1, Math.max(p[0], q[0]));
                y1 = Math.min(y1, Math.max(p[1], q[1]));
            }
            return x1 > x0 && y1 > y0 ? new Box(x0, y0, x1, y1) : null;
        }
    }
}
