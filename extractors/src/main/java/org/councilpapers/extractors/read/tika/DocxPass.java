package org.councilpapers.extractors.read.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.tika.DocxHints.CellHint;
import org.councilpapers.extractors.read.tika.DocxHints.NumberedParagraph;
import org.councilpapers.extractors.read.tika.DocxHints.TableHint;
import org.jspecify.annotations.Nullable;

/**
 * Reads what Tika's XHTML drops from a .docx straight from its XML parts: cell shading
 * ({@code w:shd}), merges ({@code w:gridSpan}, {@code w:vMerge}), header rows ({@code w:tblHeader}),
 * run colours ({@code w:color}), list levels ({@code w:numPr}) and the running header and footer
 * parts. It walks the parts with StAX in document order, so its tables come in the order Tika opens
 * them (outer table first, then the tables nested in its cells).
 */
final class DocxPass {
    private static final Set<String> WORD_NS = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MARKUP_COMPATIBILITY_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /**
     * Content Tika does not show where it stands (text boxes are emitted apart, tracked deletions and
     * property-change records are left out), so it must not count towards cell text or tables here.
     */
    private static final Set<String> IGNORED = Set.of("txbxContent", "del", "moveFrom", "pPrChange", "rPrChange",
            "tblPrChange", "tcPrChange", "trPrChange", "sectPrChange", "tblGridChange", "numberingChange");
    /** Fields whose cached result is a stale page count in a header or footer ("Page 0"). */
    private static final Set<String> PAGE_FIELDS = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES");
    /** Guards against zip bombs: XML parts beyond this are not read (Tika has its own limits). */

    /** One factory per read: StAX factories are not promised to be thread-safe, and making one is cheap. */
    private final XMLInputFactory xml;

    private DocxPass() {
        xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /** Reads the hints of a .docx package; throws when its main document part cannot be found or parsed. */
    static DocxHints read(Source docx) throws IOException {
        return new DocxPass().hints(docx);
    }

    private DocxHints hints(Source docx) throws IOException {
        Map<String, byte[]> parts = ZipCheck.xmlParts(docx);
        try {
            String main = officeDocument(parts);
            byte[] body = parts.get(main.toLowerCase(Locale.ROOT));
            if (body == null) {
                throw new IOException("no main document part " + main);
            }
            Map<String, String> rels = relationships(parts, main);
            byte[] numberingPart = rels.containsKey(NUMBERING) ? parts.get(rels.get(NUMBERING).toLowerCase(Locale.ROOT)) : null;
            Walker w = new Walker(false, numberingPart == null ? null : WordNumbering.parse(xml, numberingPart));
            w.walk(body);
            return new DocxHints(w.tables, w.numbered, furniture(parts, rels, w.headerRefs), furniture(parts, rels, w.footerRefs));
        } catch (XMLStreamException e) {
            throw new IOException("unreadable XML in the document part: " + Messages.firstLine(e.getMessage()), e);
        }
    }


    private String officeDocument(Map<String, byte[]> parts) throws XMLStreamException {
        byte[] rels = parts.get("_rels/.rels");
        if (rels != null) {
            for (String[] rel : relationshipList(rels)) {
                if (rel[1].endsWith("/officeDocument")) {
                    return resolve("", rel[2]);
                }
            }
        }
        return "word/document.xml";
    }

    /** The key under which {@link #relationships} gives the numbering part. */
    private static final String NUMBERING = "#numbering";

    /** Header and footer relationship ids of the main part, mapped to part names, and the numbering part. */
    private Map<String, String> relationships(Map<String, byte[]> parts, String main) throws XMLStreamException {
        int slash = main.lastIndexOf('/');
        String dir = slash < 0 ? "" : main.substring(0, slash + 1);
        byte[] rels = parts.get((dir + "_rels/" + main.substring(slash + 1) + ".rels").toLowerCase(Locale.ROOT));
        Map<String, String> out = new HashMap<>();
        if (rels != null) {
            for (String[] rel : relationshipList(rels)) {
                if (rel[1].endsWith("/header") || rel[1].endsWith("/footer")) {
                    out.put(rel[0], resolve(dir, rel[2]));
                } else if (rel[1].endsWith("/numbering")) {
                    out.put(NUMBERING, resolve(dir, rel[2]));
                }
            }
        }
        return out;
    }

    /** (Id, Type, Target) of each internal relationship. */
    private List<String[]> relationshipList(byte[] rels) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(rels));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                        && !"External".equals(attr(r, "TargetMode"))) {
                    String id = attr(r, "Id");
                    String type = attr(r, "Type");
                    String target = attr(r, "Target");
                    if (id != null && type != null && target != null) {
                        out.add(new String[] {id, type, target});
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        Deque<String> segs = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                segs.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segs.addLast(s);
            }
        }
        return String.join("/", segs);
    }

    /** The distinct paragraph texts of the header (or footer) parts, in the order the sections name them. */
    private List<String> furniture(Map<String, byte[]> parts, Map<String, String> rels, List<String> refs)
            throws XMLStreamException {
        Set<String> texts = new LinkedHashSet<>();
        for (String id : new LinkedHashSet<>(refs)) {
            String part = rels.get(id);
            byte[] data = part == null ? null : parts.get(part.toLowerCase(Locale.ROOT));
            if (data != null) {
                Walker w = new Walker(true, null);
                w.walk(data);
                texts.addAll(w.paragraphs);
            }
        }
        return List.copyOf(texts);
    }

    private static @Nullable String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A Word colour attribute: six hex digits, or "auto" (none). */
    static @Nullable Rgb wordColour(@Nullable String v) {
        if (v == null || v.length() != 6 || v.equalsIgnoreCase("auto")) {
            return null;
        }
        return Rgb.parse(v).orElse(null);
    }

    private static boolean on(@Nullable String v) {
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** One pass over one part. In furniture mode it collects paragraph texts, else tables and numbered paragraphs. */
    private final class Walker {
        final boolean furniture;
        private final @Nullable WordNumbering numbering;
        final List<@Nullable TableHint> tables = new ArrayList<>();
        final List<NumberedParagraph> numbered = new ArrayList<>();
        final List<String> headerRefs = new ArrayList<>();
        final List<String> footerRefs = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();

        private final Deque<String> names = new ArrayDeque<>();
        private final Deque<TableState> open = new ArrayDeque<>();
        private final Deque<Field> fields = new ArrayDeque<>();
        private int ignore;
        private int sdt;
        private boolean inText;
        private boolean inInstr;
        private @Nullable Rgb runColour;
        private @Nullable Para para;

        Walker(boolean furniture, @Nullable WordNumbering numbering) {
            this.furniture = furniture;
            this.numbering = numbering;
        }

        void walk(byte[] part) throws XMLStreamException {
            XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(part));
            try {
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> start(r);
                        case XMLStreamConstants.END_ELEMENT -> end(r);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text(r.getText());
                        default -> { }
                    }
                }
            } finally {
                r.close();
            }
        }

        private boolean isWord(XMLStreamReader r) {
            return WORD_NS.contains(Objects.requireNonNullElse(r.getNamespaceURI(), ""));
        }

        private @Nullable String parent() {
            return names.peek();
        }

        private void start(XMLStreamReader r) {
            String name = r.getLocalName();
            boolean word = isWord(r);
            String parent = parent();
            names.push(word ? name : "");
            if (!word) {
                if (name.equals("Fallback") && MARKUP_COMPATIBILITY_NS.equals(r.getNamespaceURI())) {
                    ignore++; // a copy of the mc:Choice content for old readers
                }
                return;
            }
            if (IGNORED.contains(name)) {
                ignore++;
            }
            if (ignore > 0) {
                return;
            }
            switch (name) {
                case "p" -> para = new Para(sdt > 0);
                case "ilvl" -> {
                    if ("numPr".equals(parent) && para != null) {
                        para.level = parseInt(attr(r, "val"), 0);
                    }
                }
                case "numId" -> {
                    if ("numPr".equals(parent) && para != null) {
                        para.numId = parseInt(attr(r, "val"), 0);
                    }
                }
                case "r" -> runColour = null;
                case "color" -> {
                    if ("rPr".equals(parent) && names.size() > 2 && "r".equals(grandparent())) {
                        runColour = wordColour(attr(r, "val"));
                    }
                }
                case "t" -> inText = true;
                case "tab", "ptab", "br", "cr" -> append(" ");
                case "noBreakHyphen" -> append("-");
                case "instrText" -> inInstr = true;
                case "fldChar" -> fieldChar(attr(r, "fldCharType"));
                case "fldSimple" -> {
                    Field f = new Field();
                    f.instr.append(Objects.requireNonNullElse(attr(r, "instr"), ""));
                    f.result = true;
                    fields.push(f);
                }
                case "sdt" -> {
                    sdt++;
                    if (("tr".equals(parent) || "tbl".equals(parent)) && !open.isEmpty()) {
                        open.peek().matchable = false;
                    }
                }
                case "tbl" -> {
                    TableState t = new TableState(!furniture && sdt == 0 ? tables.size() : -1);
                    if (t.index >= 0) {
                        tables.add(null); // placeholder: tables are listed in the order they open
                    }
                    open.push(t);
                }
                case "tr" -> {
                    if ("tbl".equals(parent) && !open.isEmpty()) {
                        open.peek().rows.add(new RowState());
                    }
                }
                case "gridBefore" -> {
                    RowState row = currentRow();
                    if ("trPr".equals(parent) && row != null) {
                        row.nextCol += Math.max(0, parseInt(attr(r, "val"), 0));
                    }
                }
                case "tblHeader" -> {
                    RowState row = currentRow();
                    if ("trPr".equals(parent) && row != null) {
                        row.header = on(attr(r, "val"));
                    }
                }
                case "tc" -> {
                    RowState row = currentRow();
                    if ("tr".equals(parent) && row != null) {
                        row.cells.add(new CellState(row.nextCol));
                    }
                }
                case "gridSpan" -> {
                    CellState c = currentCell();
                    if ("tcPr".equals(parent) && c != null) {
                        c.colSpan = Math.max(1, parseInt(attr(r, "val"), 1));
                    }
                }
                case "vMerge" -> {
                    CellState c = currentCell();
                    if ("tcPr".equals(parent) && c != null) {
                        c.merge = "restart".equals(attr(r, "val")) ? Merge.RESTART : Merge.CONTINUE;
                    }
                }
                case "shd" -> {
                    CellState c = currentCell();
                    if ("tcPr".equals(parent) && c != null) {
                        Rgb fill = wordColour(attr(r, "fill"));
                        if (fill == null && "solid".equals(attr(r, "val"))) {
                            fill = wordColour(attr(r, "color")); // solid pattern: the pattern colour is the fill
                        }
                        c.fill = Rgb.WHITE.equals(fill) ? null : fill;
                    }
                }
                case "headerReference" -> reference(r, headerRefs);
                case "footerReference" -> reference(r, footerRefs);
                default -> { }
            }
        }

        private @Nullable String grandparent() {
            var it = names.iterator();
            it.next();
            it.next();
            return it.hasNext() ? it.next() : null;
        }

        private void reference(XMLStreamReader r, List<String> refs) {
            String id = attr(r, "id");
            if (id != null) {
                refs.add(id);
            }
        }

        private void fieldChar(@Nullable String type) {
            if ("begin".equals(type)) {
                fields.push(new Field());
            } else if ("separate".equals(type) && !fields.isEmpty()) {
                fields.peek().result = true;
            } else if ("end".equals(type) && !fields.isEmpty()) {
                fields.pop();
            }
        }

        private void end(XMLStreamReader r) {
            String name = names.pop();
            if (name.isEmpty()) {
                if (r.getLocalName().equals("Fallback") && MARKUP_COMPATIBILITY_NS.equals(r.getNamespaceURI())) {
                    ignore--;
                }
                return;
            }
            if (IGNORED.contains(name)) {
                ignore--;
                return;
            }
            if (ignore > 0) {
                return;
            }
            switch (name) {
                case "t" -> inText = false;
                case "instrText" -> inInstr = false;
                case "fldSimple" -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                }
                case "sdt" -> sdt--;
                case "p" -> endParagraph();
                case "tc" -> {
                    RowState row = currentRow();
                    if (row != null && !row.cells.isEmpty() && "tr".equals(parent())) {
                        CellState c = row.cells.get(row.cells.size() - 1);
                        row.nextCol = c.col + c.colSpan;
                    }
                }
                case "tbl" -> {
                    if (!open.isEmpty()) {
                        TableState t = open.pop();
                        if (t.index >= 0) {
                            tables.set(t.index, t.finish());
                        }
                    }
                }
                default -> { }
            }
        }

        private void endParagraph() {
            Para p = para;
            para = null;
            if (p == null) {
                return;
            }
            String text = XhtmlLayoutHandler.normalise(p.text);
            if (furniture) {
                if (!text.isBlank()) {
                    paragraphs.add(text);
                }
            } else if (p.numId != 0) {
                // every numbered paragraph counts, even those not listed, so later numbers come out right
                String marker = numbering == null ? null : numbering.next(p.numId, p.level);
                if (!p.inSdt && !text.isBlank()) {
                    numbered.add(new NumberedParagraph(p.level, text, marker));
                }
            }
        }

        private void text(String s) {
            if (ignore > 0) {
                return;
            }
            if (inInstr) {
                if (!fields.isEmpty() && !fields.peek().result) {
                    fields.peek().instr.append(s);
                }
                return;
            }
            if (inText) {
                append(s);
            }
        }

        /** Visible text of the current paragraph (and cell). */
        private void append(String s) {
            if (ignore > 0 || furniture && suppressed()) {
                return;
            }
            if (para != null) {
                para.text.append(s);
            }
            CellState c = currentCell();
            if (c != null) {
                int visible = (int) s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0xa0).count();
                if (visible > 0) {
                    c.colours.merge(Objects.requireNonNullElse(runColour, AUTO), visible, Integer::sum);
                }
            }
        }

        private boolean suppressed() {
            for (Field f : fields) {
                if (f.result && PAGE_FIELDS.contains(f.keyword())) {
                    return true;
                }
            }
            return false;
        }

        private @Nullable RowState currentRow() {
            TableState t = open.peek();
            return t == null || t.rows.isEmpty() ? null : t.rows.get(t.rows.size() - 1);
        }

        private @Nullable CellState currentCell() {
            RowState row = currentRow();
            return row == null || row.cells.isEmpty() ? null : row.cells.get(row.cells.size() - 1);
        }
    }

    private static int parseInt(@Nullable String v, int fallback) {
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Stands for "no explicit colour" in a cell's colour counts. */
    private static final Rgb AUTO = new Rgb(0, 0, 0);

    private enum Merge { NONE, RESTART, CONTINUE }

    private static final class Para {
        final boolean inSdt;
        final StringBuilder text = new StringBuilder();
        int numId;
        int level;

        Para(boolean inSdt) {
            this.inSdt = inSdt;
        }
    }

    private static final class Field {
        final StringBuilder instr = new StringBuilder();
        boolean result;

        String keyword() {
            String s = instr.toString().strip();
            int sp = s.indexOf(' ');
            return (sp < 0 ? s : s.substring(0, sp)).toUpperCase(Locale.ROOT);
        }
    }

    private static final class CellState {
        final int col;
        int colSpan = 1;
        Merge merge = Merge.NONE;
        @Nullable Rgb fill;
        final Map<Rgb, Integer> colours = new LinkedHashMap<>();

        CellState(int col) {
            this.col = col;
        }

        /** The one colour all the cell's visible text has, where it is not black or automatic. */
        @Nullable Rgb textColour() {
            if (colours.size() != 1) {
                return null;
            }
            Rgb only = colours.keySet().iterator().next();
            return only.equals(AUTO) ? null : only;
        }
    }

    private static final class RowState {
        final List<CellState> cells = new ArrayList<>();
        int nextCol;
        boolean header;
    }

    private static final class TableState {
        final int index;
        final List<RowState> rows = new ArrayList<>();
        boolean matchable = true;

        TableState(int index) {
            this.index = index;
        }

        TableHint finish() {
            // A continuation cell joins the cell above it at the same grid column; the owner's rowSpan grows.
            Map<Integer, int[]> owners = new HashMap<>(); // grid column -> {row, index in row} of the open merge
            int[][] spans = new int[rows.size()][];
            boolean[][] cont = new boolean[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                List<CellState> cells = rows.get(r).cells;
                spans[r] = new int[cells.size()];
                cont[r] = new boolean[cells.size()];
                Map<Integer, int[]> next = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    CellState c = cells.get(i);
                    spans[r][i] = 1;
                    int[] owner = owners.get(c.col);
                    if (c.merge == Merge.CONTINUE && owner != null
                            && rows.get(owner[0]).cells.get(owner[1]).colSpan == c.colSpan) {
                        cont[r][i] = true;
                        spans[owner[0]][owner[1]]++;
                        next.put(c.col, owner);
                    } else if (c.merge != Merge.NONE) {
                        next.put(c.col, new int[] {r, i}); // a restart, or a continuation with nothing above to join
                    }
                }
                owners = next;
            }
            List<List<CellHint>> out = new ArrayList<>(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                RowState row = rows.get(r);
                List<CellHint> cells = new ArrayList<>(row.cells.size());
                for (int i = 0; i < row.cells.size(); i++) {
                    CellState c = row.cells.get(i);
                    cells.add(new CellHint(c.col, c.colSpan, spans[r][i], cont[r][i], row.header, c.fill, c.textColour()));
                }
                out.add(cells);
            }
            return new TableHint(out, matchable);
        }
    }
}
