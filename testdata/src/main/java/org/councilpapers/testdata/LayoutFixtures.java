package org.councilpapers.testdata;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;

/**
 * Builds small {@link LayoutDocument}s in code, so extractor tests need no files and no reader:
 * {@code document(heading(1, "What needs to improve"), item("-", "Timeliness…"), table(row("Judgement", "Grade")))}.
 * A {@link #pageBreak(String)} ends a page with a printed number in its footer.
 */
public final class LayoutFixtures {
    private LayoutFixtures() {}

    /** A part of a fixture document: a block, or a page break. */
    public sealed interface Part permits BlockPart, PageBreak {}

    record BlockPart(Block block) implements Part {}

    record PageBreak(String printed) implements Part {}

    public static LayoutDocument document(Part... parts) {
        LayoutDocument.Builder b = LayoutDocument.builder();
        for (Part p : parts) {
            if (p instanceof BlockPart bp) {
                b.add(bp.block());
            } else if (p instanceof PageBreak pb) {
                if (!pb.printed().isEmpty()) {
                    b.add(Block.paragraph("Page " + pb.printed()).withLayer(Layer.FOOTER));
                    b.printedNumber(pb.printed());
                }
                b.page();
            }
        }
        return b.build();
    }

    public static Part heading(int level, String text) {
        return new BlockPart(Block.heading(level, text));
    }

    public static Part para(String text) {
        return new BlockPart(Block.paragraph(text));
    }

    public static Part bold(String text) {
        return new BlockPart(Block.paragraph(text).withStyle(org.councilpapers.core.layout.Style.BOLD));
    }

    public static Part item(String marker, String text) {
        return new BlockPart(Block.listItem(marker, 0, text));
    }

    public static Part pageBreak(String printed) {
        return new PageBreak(printed);
    }

    /** A table; the first row is marked as the header row. */
    public static Part table(Row... rows) {
        return new BlockPart(Block.table(tableOf(true, List.of(rows))));
    }

    /** A table with no header row. */
    public static Part plainTable(Row... rows) {
        return new BlockPart(Block.table(tableOf(false, List.of(rows))));
    }

    /** A table block from a ready-made table (spans, fills). */
    public static Part table(Table t) {
        return new BlockPart(Block.table(t));
    }

    /** The cell texts of one table row. */
    public record Row(List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public static Row row(String... cells) {
        return new Row(List.of(cells));
    }

    /** A cell with a background fill given as CSS colour text ("#92d050", "yellow"). */
    public static Cell filled(int row, int col, String text, String css) {
        return Cell.of(row, col, text).withFill(Rgb.parse(css).orElseThrow(() -> new IllegalArgumentException(css)));
    }

    private static Table tableOf(boolean header, List<Row> rows) {
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r).cells();
            cols = Math.max(cols, row.size());
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                List<Block> blocks = text.isBlank() ? List.of() : List.of(Block.paragraph(text));
                cells.add(Cell.of(r, c, 1, 1, header && r == 0, blocks, null));
            }
        }
        return new Table(cells, rows.size(), cols, null);
    }
}
