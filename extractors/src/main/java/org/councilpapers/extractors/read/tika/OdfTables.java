package org.councilpapers.extractors.read.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.Source;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The top-level tables of an OpenDocument package's {@code content.xml}, cell by cell with the
 * background of each cell's style: what Tika's XHTML leaves out. Plans kept in LibreOffice carry
 * their RAG status as cell backgrounds. For a text document (.odt) only the fills are wanted, and
 * are put on Tika's tables, which come in the same order, one cell per {@code table:table-cell}
 * (covered cells left out); for a spreadsheet (.ods) the cells' text, spans and repeats are kept too,
 * and {@link OdsSheets} makes the tables from them.
 *
 * <p>Cells are kept as written, with their repeat counts, so a sheet whose last row is repeated to the
 * millionth costs one row here; whoever expands the repeats bounds them.
 */
final class OdfTables {
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    /** Most spaces one {@code text:s} may stand for: more carries no meaning in a cell. */
    private static final int MAX_SPACES = 16;
    /** How deep a style may inherit its background from its parents. */
    private static final int MAX_PARENTS = 8;

    private OdfTables() {}

    /**
     * One {@code table:table-cell} or {@code table:covered-table-cell} as written: its fill and text colour (its own
     * style's, else its column's default; null for none, white or black), its paragraphs (spreadsheets only), spans, and how many columns it repeats over.
     */
    record OdfCell(@Nullable Rgb fill, @Nullable Rgb textColor, List<String> paragraphs, int rowSpan, int colSpan, boolean covered, int repeat) {
        OdfCell {
            paragraphs = List.copyOf(paragraphs);
        }

        boolean hasText() {
            return paragraphs.stream().anyMatch(p -> !p.isBlank());
        }
    }

    /** A {@code table:table-row} and how many rows it repeats over. */
    record OdfRow(List<OdfCell> cells, int repeat) {
        OdfRow {
            cells = List.copyOf(cells);
        }
    }

    /** A top-level table (for a spreadsheet, a sheet) by its name. */
    record OdfTable(String name, List<OdfRow> rows) {
        OdfTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The top-level tables of the package, in document order. With {@code spreadsheet}, cells keep their text and the
     * fill of a cell without a style of its own comes from its column's default cell style, as a spreadsheet shows it.
     */
    static List<OdfTable> read(Source zip, boolean spreadsheet) throws IOException {
        Map<String, byte[]> parts = ZipCheck.xmlParts(zip);
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw new IOException("no content.xml in the OpenDocument package");
        }
        Reader reader = new Reader(spreadsheet);
        byte[] styles = parts.get("styles.xml");
        if (styles != null) {
            parse(styles, reader, "styles.xml"); // the named styles (LibreOffice's Good, Bad, Neutral) automatic ones inherit from
        }
        parse(content, reader, "content.xml");
        return reader.tables;
    }

    private static void parse(byte[] xml, Reader reader, String part) throws IOException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newSAXParser().parse(new ByteArrayInputStream(xml), reader);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(part + " could not be parsed: " + e.getMessage(), e);
        }
    }

    /** The fills of each top-level table's cells of a text document, by row and then by cell in the row; null where a cell has none. */
    static List<List<List<@Nullable Rgb>>> shading(Source odt) throws IOException {
        List<List<List<@Nullable Rgb>>> out = new ArrayList<>();
        for (OdfTable t : read(odt, false)) {
            List<List<@Nullable Rgb>> rows = new ArrayList<>();
            for (OdfRow r : t.rows()) {
                List<@Nullable Rgb> fills = new ArrayList<>();
                r.cells().stream().filter(c -> !c.covered()).forEach(c -> fills.add(c.fill()));
                rows.add(fills);
            }
            out.add(rows);
        }
        return out;
    }

    /** The blocks of a page with the shading put on its tables, the n-th table of the document taking the n-th fills. */
    static List<List<Block>> place(List<List<Block>> pages, List<List<List<@Nullable Rgb>>> fills) {
        int next = 0;
        List<List<Block>> out = new ArrayList<>();
        for (List<Block> page : pages) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : page) {
                if (b.is(BlockKind.TABLE) && next < fills.size()) {
                    blocks.add(Block.table(shade(b.table(), fills.get(next++))).withStyle(b.style()).withBox(b.box()).withLayer(b.layer()));
                } else {
                    blocks.add(b);
                }
            }
            out.add(blocks);
        }
        return out;
    }

    private static Table shade(Table t, List<List<@Nullable Rgb>> rows) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<Cell> row = t.row(r);
            List<@Nullable Rgb> fills = r < rows.size() ? rows.get(r) : List.of();
            for (int k = 0; k < row.size(); k++) {
                Cell c = row.get(k);
                Rgb fill = k < fills.size() ? fills.get(k) : null;
                cells.add(fill != null && c.fill() == null ? c.withFill(fill) : c);
            }
        }
        return new Table(cells, t.rowCount(), t.colCount(), t.box(), t.continuation());
    }

    private static int count(@Nullable String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static final class Reader extends DefaultHandler {
        final List<OdfTable> tables = new ArrayList<>();
        private final boolean spreadsheet;
        private final Map<String, Rgb> fills = new HashMap<>();
        private final Map<String, Rgb> textColours = new HashMap<>();
        /** Styles that say they have no background ("transparent", white), which hides a parent's. */
        private final Set<String> clear = new HashSet<>();
        private final Map<String, String> parents = new HashMap<>();
        private @Nullable String style;
        private int tableDepth;
        private @Nullable String tableName;
        private @Nullable List<OdfRow> rows;
        /** The default cell style of each column of the current table, one entry per repeat. */
        private final List<@Nullable String> columnStyles = new ArrayList<>();
        private @Nullable List<OdfCell> row;
        private int rowRepeat;
        // the cell being read (spreadsheets keep its text)
        private @Nullable Attributes cell;
        private boolean covered;
        private int column;
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int paragraphDepth;
        private int annotationDepth;

        Reader(boolean spreadsheet) {
            this.spreadsheet = spreadsheet;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (STYLE_NS.equals(uri) && local.equals("style") && "table-cell".equals(atts.getValue(STYLE_NS, "family"))) {
                style = atts.getValue(STYLE_NS, "name");
                String parent = atts.getValue(STYLE_NS, "parent-style-name");
                if (style != null && parent != null) {
                    parents.put(style, parent);
                }
            } else if (STYLE_NS.equals(uri) && local.equals("table-cell-properties") && style != null) {
                String value = atts.getValue(FO_NS, "background-color");
                Rgb fill = colour(value);
                if (fill != null) {
                    fills.put(style, fill);
                } else if (value != null) {
                    clear.add(style);
                }
            } else if (STYLE_NS.equals(uri) && local.equals("text-properties") && style != null) {
                Rgb colour = colour(atts.getValue(FO_NS, "color"));
                if (colour != null && !colour.equals(new Rgb(0, 0, 0))) {
                    textColours.put(style, colour);
                }
            } else if (TABLE_NS.equals(uri) && local.equals("table")) {
                if (tableDepth++ == 0) {
                    rows = new ArrayList<>();
                    columnStyles.clear();
                    tableName = atts.getValue(TABLE_NS, "name");
                }
            } else if (tableDepth == 1 && rows != null) {
                startInTable(uri, local, atts);
            }
        }

        private void startInTable(String uri, String local, Attributes atts) {
            if (TABLE_NS.equals(uri) && local.equals("table-column")) {
                String s = atts.getValue(TABLE_NS, "default-cell-style-name");
                int n = count(atts.getValue(TABLE_NS, "number-columns-repeated"));
                // the last columns repeat to the sheet's edge: no more are kept than a sheet is read to
                for (int i = 0; i < n && columnStyles.size() < OdsSheets.MAX_COLUMNS; i++) {
                    columnStyles.add(s);
                }
            } else if (TABLE_NS.equals(uri) && local.equals("table-row")) {
                row = new ArrayList<>();
                rowRepeat = count(atts.getValue(TABLE_NS, "number-rows-repeated"));
                column = 0;
            } else if (TABLE_NS.equals(uri) && (local.equals("table-cell") || local.equals("covered-table-cell")) && row != null) {
                cell = new org.xml.sax.helpers.AttributesImpl(atts);
                covered = local.equals("covered-table-cell");
                paragraphs.clear();
            } else if (OFFICE_NS.equals(uri) && local.equals("annotation")) {
                annotationDepth++; // a comment on the cell, not its text
            } else if (spreadsheet && cell != null && annotationDepth == 0 && TEXT_NS.equals(uri)) {
                switch (local) {
                    case "p", "h" -> {
                        if (paragraphDepth++ == 0) {
                            text.setLength(0);
                        }
                    }
                    case "s" -> text.append(" ".repeat(Math.min(MAX_SPACES, count(atts.getValue(TEXT_NS, "c")))));
                    case "tab" -> text.append('\t');
                    case "line-break" -> text.append('\n');
                    default -> { }
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (paragraphDepth > 0 && annotationDepth == 0) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (STYLE_NS.equals(uri) && local.equals("style")) {
                style = null;
            } else if (TABLE_NS.equals(uri) && local.equals("table")) {
                if (--tableDepth == 0 && rows != null) {
                    tables.add(new OdfTable(tableName == null ? "" : tableName, rows));
                    rows = null;
                }
            } else if (tableDepth != 1 || rows == null) {
                return;
            } else if (TABLE_NS.equals(uri) && local.equals("table-row") && row != null) {
                rows.add(new OdfRow(row, rowRepeat));
                row = null;
            } else if (TABLE_NS.equals(uri) && (local.equals("table-cell") || local.equals("covered-table-cell")) && cell != null
                    && row != null) {
                endCell(row, cell);
                cell = null;
            } else if (OFFICE_NS.equals(uri) && local.equals("annotation")) {
                annotationDepth--;
            } else if (TEXT_NS.equals(uri) && (local.equals("p") || local.equals("h")) && paragraphDepth > 0 && --paragraphDepth == 0) {
                paragraphs.add(text.toString());
            }
        }

        private void endCell(List<OdfCell> cells, Attributes atts) {
            int repeat = count(atts.getValue(TABLE_NS, "number-columns-repeated"));
            String s = atts.getValue(TABLE_NS, "style-name");
            if (s == null && spreadsheet && column < columnStyles.size()) {
                s = columnStyles.get(column);
            }
            cells.add(new OdfCell(s == null ? null : fill(s), s == null ? null : inherited(textColours, s), paragraphs, count(atts.getValue(TABLE_NS, "number-rows-spanned")),
                    count(atts.getValue(TABLE_NS, "number-columns-spanned")), covered, repeat));
            column += repeat;
        }

        /** The style's text colour, or its nearest parent's. */
        private @Nullable Rgb inherited(Map<String, Rgb> values, String name) {
            String s = name;
            for (int depth = 0; s != null && depth < MAX_PARENTS; depth++) {
                Rgb v = values.get(s);
                if (v != null) {
                    return v;
                }
                s = parents.get(s);
            }
            return null;
        }

        /** The style's background, or its parent's where it says nothing of its own. */
        private @Nullable Rgb fill(String name) {
            String s = name;
            for (int depth = 0; s != null && depth < MAX_PARENTS; depth++) {
                Rgb f = fills.get(s);
                if (f != null || clear.contains(s)) {
                    return f;
                }
                s = parents.get(s);
            }
            return null;
        }

        // White, "transparent" and unreadable values mean no fill, as they do for Word shading.
        private static @Nullable Rgb colour(@Nullable String value) {
            if (value == null || !value.matches("#[0-9a-fA-F]{6}") || value.equalsIgnoreCase("#ffffff")) {
                return null;
            }
            return Rgb.parse(value).orElse(null);
        }
    }
}
