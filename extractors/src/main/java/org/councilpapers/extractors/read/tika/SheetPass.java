package org.councilpapers.extractors.read.tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.read.Source;
import org.jspecify.annotations.Nullable;

/**
 * Reads what Tika's XHTML drops from an .xlsx or .xls: each sheet's cell fills (solid pattern
 * foreground, theme and palette colours resolved, tint applied; a matching conditional formatting
 * rule's fill over the cell's own), font colours and merged regions,
 * with POI, which Tika uses for the same files. {@link SheetTables} puts them on Tika's tables.
 */
final class SheetPass {
    private SheetPass() {}

    /** A sheet's non-empty or coloured cells by (row, col), and its merged regions. */
    record SheetGrid(String name, Map<Integer, Map<Integer, SheetCell>> rows, List<Merge> merges) {
        SheetGrid {
            Map<Integer, Map<Integer, SheetCell>> copy = new LinkedHashMap<>();
            rows.forEach((r, cells) -> copy.put(r, Map.copyOf(cells)));
            rows = java.util.Collections.unmodifiableMap(copy);
            merges = List.copyOf(merges);
        }
    }

    /** One cell: its text as the sheet shows it, its fill and its font colour (null for none, white or black). */
    record SheetCell(String text, @Nullable Rgb fill, @Nullable Rgb textColor) {}

    /** A merged region, inclusive bounds, in sheet coordinates. */
    record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {}

    /** Sheets in workbook order; throws where POI cannot open the file. */
    static List<SheetGrid> read(Source workbook) throws IOException {
        List<SheetGrid> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new BufferedInputStream(workbook.open()))) {
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            format.setUseCachedValuesForFormulaCells(true);
            Map<Integer, @Nullable Rgb> fontColours = new HashMap<>();
            Conditional conditional = new Conditional(wb);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<CellRangeAddress> ruled = Conditional.ranges(sheet);
                Map<Integer, Map<Integer, SheetCell>> rows = new TreeMap<>();
                for (Row row : sheet) {
                    Map<Integer, SheetCell> cells = new TreeMap<>();
                    for (Cell cell : row) {
                        String text = XhtmlLayoutHandler.normalise(format.formatCellValue(cell));
                        CellStyle style = cell.getCellStyle();
                        Rgb fill = style == null ? null : fill(style);
                        if (inside(ruled, cell)) {
                            Rgb ruledFill = conditional.fill(cell);
                            fill = ruledFill != null ? ruledFill : fill; // Excel shows a rule's fill over the cell's own
                        }
                        Rgb colour = style == null ? null
                                : fontColours.computeIfAbsent(style.getFontIndex(), i -> fontColour(wb, i));
                        if (!text.isEmpty() || fill != null || colour != null) {
                            cells.put(cell.getColumnIndex(), new SheetCell(text, fill, text.isEmpty() ? null : colour));
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.put(row.getRowNum(), cells);
                    }
                }
                List<Merge> merges = new ArrayList<>();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    merges.add(new Merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
                }
                out.add(new SheetGrid(sheet.getSheetName(), rows, merges));
            }
        } catch (RuntimeException e) {
            // POI signals damaged records with unchecked exceptions; the reader reports them as one problem
            throw new IOException(Messages.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private static boolean inside(List<CellRangeAddress> ranges, Cell cell) {
        for (CellRangeAddress r : ranges) {
            if (r.isInRange(cell)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fills conditional formatting gives cells: councils often colour a RAG column by rules (value equals "R",
     * text contains "Amber", a formula) rather than by hand. POI's own evaluator finds the rules that match; only cells
     * inside a rule's range are asked, at most {@value #MAX_EVALUATIONS} in a workbook, as a formula rule costs an
     * evaluation each.
     */
    private static final class Conditional {
        static final int MAX_EVALUATIONS = 20_000;
        private final Workbook wb;
        private @Nullable ConditionalFormattingEvaluator evaluator;
        private int evaluations;

        Conditional(Workbook wb) {
            this.wb = wb;
        }

        static List<CellRangeAddress> ranges(Sheet sheet) {
            SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
            List<CellRangeAddress> out = new ArrayList<>();
            for (int i = 0; i < scf.getNumConditionalFormattings(); i++) {
                out.addAll(List.of(scf.getConditionalFormattingAt(i).getFormattingRanges()));
            }
            return out;
        }

        /** The fill of the first matching rule that has one, or null. */
        @Nullable Rgb fill(Cell cell) {
            if (evaluations++ >= MAX_EVALUATIONS) {
                return null;
            }
            ConditionalFormattingEvaluator e = evaluator;
            if (e == null) {
                e = new ConditionalFormattingEvaluator(wb, (WorkbookEvaluatorProvider) wb.getCreationHelper().createFormulaEvaluator());
                evaluator = e;
            }
            List<EvaluationConditionalFormatRule> rules;
            try {
                rules = e.getConditionalFormattingForCell(cell);
            } catch (RuntimeException unsupported) {
                return null; // a rule POI cannot evaluate (a function it lacks) leaves the cell's own fill
            }
            for (EvaluationConditionalFormatRule r : rules) {
                PatternFormatting p = r.getRule().getPatternFormatting();
                if (p == null) {
                    continue;
                }
                // a rule's solid fill is kept as its background colour (Excel's dxf), a patterned one's as the foreground
                Rgb fill = visible(rgb(p.getFillBackgroundColorColor()));
                if (fill == null) {
                    fill = visible(rgb(p.getFillForegroundColorColor()));
                }
                if (fill != null) {
                    return fill;
                }
            }
            return null;
        }
    }

    private static @Nullable Rgb fill(CellStyle style) {
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        return visible(rgb(style.getFillForegroundColorColor()));
    }

    private static @Nullable Rgb fontColour(Workbook wb, int fontIndex) {
        Color c;
        if (wb instanceof HSSFWorkbook h) {
            HSSFFont font = h.getFontAt(fontIndex);
            c = font.getColor() == HSSFFont.COLOR_NORMAL ? null : font.getHSSFColor(h);
        } else {
            c = wb.getFontAt(fontIndex) instanceof org.apache.poi.xssf.usermodel.XSSFFont x ? x.getXSSFColor() : null;
        }
        Rgb rgb = rgb(c);
        return rgb == null || rgb.equals(new Rgb(0, 0, 0)) ? null : rgb;
    }

    /** RGB of a POI colour with theme and tint resolved, or null for automatic or unresolvable. */
    static @Nullable Rgb rgb(@Nullable Color c) {
        if (c instanceof XSSFColor x) {
            if (x.isAuto()) {
                return null;
            }
            if (x.isIndexed() && x.getIndex() >= 64) {
                return null; // 64 and 65 are the system's foreground and background, not colours of the paper
            }
            // getRGBWithTint knows only colours given as RGB (or resolved from the theme); an indexed
            // colour comes from the palette through getRGB
            byte[] v = x.getRGBWithTint();
            if (v == null) {
                v = x.getRGB();
            }
            return v == null || v.length < 3 ? null : new Rgb(v[0] & 0xff, v[1] & 0xff, v[2] & 0xff);
        }
        if (c instanceof HSSFColor h) {
            // index 64 is the system's automatic colour, which POI reports as black
            if (h.getIndex() == HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) {
                return null;
            }
            short[] t = h.getTriplet();
            return new Rgb(t[0], t[1], t[2]);
        }
        return null;
    }

    private static @Nullable Rgb visible(@Nullable Rgb fill) {
        return Rgb.WHITE.equals(fill) ? null : fill;
    }
}
