package org.councilpapers.extractors.read.tika;

import java.util.List;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * What a .docx says that Tika's XHTML leaves out, read from the package by {@link DocxPass}: cell
 * geometry, shading and text colour of every table Tika emits (in the order Tika opens them), the
 * list level of numbered paragraphs, and the running header and footer texts.
 */
record DocxHints(List<TableHint> tables, List<NumberedParagraph> numbered, List<String> headers, List<String> footers) {
    static final DocxHints NONE = new DocxHints(List.of(), List.of(), List.of(), List.of());

    DocxHints {
        tables = List.copyOf(tables);
        numbered = List.copyOf(numbered);
        headers = List.copyOf(headers);
        footers = List.copyOf(footers);
    }

    /**
     * One {@code w:tbl}: its rows of {@code w:tc} as Tika emits them, one {@code td} per {@code w:tc}.
     *
     * @param matchable false where the XML has a shape Tika does not mirror cell for cell (content controls in a row)
     */
    record TableHint(List<List<CellHint>> rows, boolean matchable) {
        TableHint {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** Whether Tika's rows (cells per row) line up with this table's {@code w:tc}s one to one. */
        boolean fits(List<Integer> cellsPerRow) {
            if (!matchable || cellsPerRow.size() != rows.size()) {
                return false;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).size() != cellsPerRow.get(r)) {
                    return false;
                }
            }
            return true;
        }

        int colCount() {
            int cols = 0;
            for (List<CellHint> row : rows) {
                for (CellHint c : row) {
                    cols = Math.max(cols, c.col() + c.colSpan());
                }
            }
            return cols;
        }
    }

    /**
     * One {@code w:tc}: its grid column, spans, header flag and colours.
     *
     * @param continuation true for a {@code w:vMerge} continuation cell, which belongs to the cell above
     * @param rowSpan rows the cell covers through vertical merging (1 for a continuation cell)
     */
    record CellHint(int col, int colSpan, int rowSpan, boolean continuation, boolean header,
                    @Nullable Rgb fill, @Nullable Rgb textColor) {}

    /**
     * A paragraph with Word numbering: its list level, its own text (without the number Word draws)
     * and the marker Word prints for it ("4.", "a)", "•", "" for none), or null where the numbering
     * definitions could not be read.
     */
    record NumberedParagraph(int level, String text, @Nullable String marker) {}
}
