package org.councilpapers.extractors.read.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cell shading of an OpenDocument text (.odt), which Tika's XHTML leaves out. Plans kept in
 * LibreOffice carry their RAG status as cell backgrounds, so the colours are read from
 * {@code content.xml} (automatic cell styles and the cells that use them) and put on Tika's tables,
 * which come in the same order, one cell per {@code table:table-cell} (covered cells left out).
 */
final class OdtShading {
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private OdtShading() {}

    /** The fills of each top-level table's cells, by row and then by cell in the row; null where a cell has none. */
    static List<List<List<@Nullable Rgb>>> read(byte[] odt) throws IOException {
        byte[] content = ZipCheck.xmlParts(odt).get("content.xml");
        if (content == null) {
            throw new IOException("no content.xml in the OpenDocument package");
        }
        Reader reader = new Reader();
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newSAXParser().parse(new ByteArrayInputStream(content), reader);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("content.xml could not be parsed: " + e.getMessage(), e);
        }
        return reader.tables;
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

    private static final class Reader extends DefaultHandler {
        final List<List<List<@Nullable Rgb>>> tables = new ArrayList<>();
        private final Map<String, Rgb> cellStyles = new HashMap<>();
        private @Nullable String style;
        private int tableDepth;
        private @Nullable List<List<@Nullable Rgb>> table;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (STYLE_NS.equals(uri) && local.equals("style") && "table-cell".equals(atts.getValue(STYLE_NS, "family"))) {
                style = atts.getValue(STYLE_NS, "name");
            } else if (STYLE_NS.equals(uri) && local.equals("table-cell-properties") && style != null) {
                Rgb fill = colour(atts.getValue(FO_NS, "background-color"));
                if (fill != null) {
                    cellStyles.put(style, fill);
                }
            } else if (TABLE_NS.equals(uri) && local.equals("table")) {
                if (tableDepth++ == 0) {
                    table = new ArrayList<>();
                }
            } else if (TABLE_NS.equals(uri) && local.equals("table-row") && tableDepth == 1 && table != null) {
                table.add(new ArrayList<>());
            } else if (TABLE_NS.equals(uri) && local.equals("table-cell") && tableDepth == 1 && table != null && !table.isEmpty()) {
                String s = atts.getValue(TABLE_NS, "style-name");
                table.get(table.size() - 1).add(s == null ? null : cellStyles.get(s));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (STYLE_NS.equals(uri) && local.equals("style")) {
                style = null;
            } else if (TABLE_NS.equals(uri) && local.equals("table") && --tableDepth == 0 && table != null) {
                tables.add(table);
                table = null;
            }
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
