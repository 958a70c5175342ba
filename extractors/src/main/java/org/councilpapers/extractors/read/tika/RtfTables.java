package org.councilpapers.extractors.read.tika;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.Source;
import org.jspecify.annotations.Nullable;

/**
 * The tables of an RTF file, read from its source: Tika's RTF parser writes each table cell as a paragraph
 * of its own, losing the rows, the columns and the cell shading ({@code \clcbpat}) that RAG tables carry.
 * This reads the row structure ({@code \trowd ... \cellx ... \cell ... \row}) and the colour table, and puts
 * each table back in place of the run of paragraphs Tika made of its cells.
 */
final class RtfTables {
    /** Groups whose text is not body text. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "stylesheet", "info", "pict", "header", "footer",
            "headerl", "headerr", "headerf", "footerl", "footerr", "footerf", "pntext", "listtable",
            "listoverridetable", "generator", "object", "fldinst", "themedata", "datastore", "latentstyles");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private RtfTables() {}

    /** One table: its rows of cell texts, and each cell's fill (null where unshaded). */
    record RtfTable(List<List<String>> rows, List<List<@Nullable Rgb>> fills) {
        RtfTable {
            rows = List.copyOf(rows);
            fills = List.copyOf(fills);
        }

        Table table() {
            List<Cell> cells = new ArrayList<>();
            int cols = rows.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols; c++) {
                    String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    Rgb fill = c < fills.get(r).size() ? fills.get(r).get(c) : null;
                    cells.add(Cell.of(r, c, text).withFill(fill));
                }
            }
            return new Table(cells, rows.size(), cols, null);
        }

        /** The paragraphs Tika makes of the cells, in order: one for each line of each non-blank cell. */
        List<String> paragraphs() {
            List<String> out = new ArrayList<>();
            for (List<String> row : rows) {
                for (String cell : row) {
                    for (String line : cell.split("\n")) {
                        if (!line.isBlank()) {
                            out.add(squash(line));
                        }
                    }
                }
            }
            return out;
        }
    }

    /** The tables of an RTF file, in order. */
    static List<RtfTable> read(Source rtf) throws IOException {
        // RTF is 7-bit text with escapes; one byte is one char, decoded as it streams in.
        StringBuilder text = new StringBuilder((int) Math.min(rtf.size(), 1 << 20));
        try (Reader in = new InputStreamReader(rtf.open(), StandardCharsets.ISO_8859_1)) {
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0;) {
                text.append(buf, 0, n);
            }
        }
        String s = text.toString();
        Parser p = new Parser();
        p.run(s);
        p.endTable();
        return p.tables;
    }

    /** The page's blocks with each table's run of cell paragraphs replaced by the table. */
    static List<Block> place(List<Block> blocks, List<RtfTable> tables) {
        List<Block> out = new ArrayList<>(blocks);
        int from = 0;
        for (RtfTable t : tables) {
            List<String> want = t.paragraphs();
            if (want.isEmpty()) {
                continue;
            }
            for (int i = from; i + want.size() <= out.size(); i++) {
                if (runMatches(out, i, want)) {
                    for (int k = 0; k < want.size(); k++) {
                        out.remove(i);
                    }
                    out.add(i, Block.table(t.table()));
                    from = i + 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean runMatches(List<Block> blocks, int at, List<String> want) {
        for (int k = 0; k < want.size(); k++) {
            Block b = blocks.get(at + k);
            if (b.kind() == BlockKind.TABLE || !squash(b.text()).equals(want.get(k))) {
                return false;
            }
        }
        return true;
    }

    static String squash(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A single pass over the RTF source, tracking groups, the colour table and the table rows. */
    private static final class Parser {
        final List<RtfTable> tables = new ArrayList<>();
        private final List<@Nullable Rgb> colours = new ArrayList<>();
        private final Deque<Boolean> skipping = new ArrayDeque<>();
        private boolean skip;
        private boolean inColourTable;
        private int red;
        private int green;
        private int blue;
        private boolean colourSet;
        private boolean inTable;
        private int pendingShade = -1;
        private final List<Integer> rowShades = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private final List<String> rowTexts = new ArrayList<>();
        private List<List<String>> rows = new ArrayList<>();
        private List<List<@Nullable Rgb>> fills = new ArrayList<>();
        private boolean destinationNext;

        void run(String s) {
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '{') {
                    skipping.push(skip);
                    i++;
                } else if (c == '}') {
                    if (inColourTable && skipping.size() <= colourDepth) {
                        inColourTable = false;
                    }
                    skip = skipping.isEmpty() ? false : skipping.pop();
                    i++;
                } else if (c == '\\' && i + 1 < n) {
                    i = control(s, i + 1);
                } else if (c == '\r' || c == '\n') {
                    i++;
                } else {
                    text(c);
                    i++;
                }
            }
        }

        private int colourDepth = -1;

        /** Reads the control word or symbol after a backslash at {@code i}; returns where reading goes on. */
        private int control(String s, int i) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                text(c);
                return i + 1;
            }
            if (c == '\'') {
                if (i + 2 < s.length()) {
                    try {
                        byte b = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
                        text(new String(new byte[] {b}, CP1252).charAt(0));
                    } catch (NumberFormatException e) {
                        // a broken escape: skip it
                    }
                }
                return i + 3;
            }
            if (c == '*') {
                destinationNext = true;
                return i + 1;
            }
            if (c == '~') {
                text(' ');
                return i + 1;
            }
            if (!Character.isLetter(c)) {
                return i + 1; // \- \_ \| and the like
            }
            int j = i;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            String word = s.substring(i, j);
            int k = j;
            if (k < s.length() && (s.charAt(k) == '-' || Character.isDigit(s.charAt(k)))) {
                k++;
                while (k < s.length() && Character.isDigit(s.charAt(k))) {
                    k++;
                }
            }
            int param = k > j ? parse(s.substring(j, k)) : -1;
            if (k < s.length() && s.charAt(k) == ' ') {
                k++; // the delimiting space belongs to the control word
            }
            word(word, param);
            return k;
        }

        private static int parse(String n) {
            try {
                return Integer.parseInt(n);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private void word(String w, int param) {
            if (destinationNext) {
                destinationNext = false;
                skip = true; // an ignorable destination: {\*\name ...}
                return;
            }
            if (w.equals("colortbl")) {
                inColourTable = true;
                colourDepth = skipping.size();
                skip = true;
                return;
            }
            if (inColourTable) {
                switch (w) {
                    case "red" -> red = param;
                    case "green" -> green = param;
                    case "blue" -> blue = param;
                    default -> { }
                }
                colourSet = true;
                return;
            }
            if (SKIPPED.contains(w)) {
                skip = true;
                return;
            }
            if (skip) {
                return;
            }
            switch (w) {
                case "trowd" -> {
                    rowShades.clear();
                    pendingShade = -1;
                }
                case "clcbpat" -> pendingShade = param;
                case "cellx" -> {
                    rowShades.add(pendingShade);
                    pendingShade = -1;
                }
                case "intbl" -> inTable = true;
                case "pard" -> inTable = false;
                case "par" -> {
                    if (inTable) {
                        cell.append('\n');
                    } else {
                        endTable();
                    }
                }
                case "tab" -> text(' ');
                case "cell" -> {
                    rowTexts.add(cell.toString().strip());
                    cell.setLength(0);
                }
                case "row" -> endRow();
                default -> { }
            }
        }

        private void text(char c) {
            if (inColourTable && c == ';') {
                colours.add(colourSet ? new Rgb(red, green, blue) : null);
                colourSet = false;
                red = 0;
                green = 0;
                blue = 0;
                return;
            }
            if (skip || !inTable) {
                return;
            }
            cell.append(c);
        }

        private void endRow() {
            List<@Nullable Rgb> rowFills = new ArrayList<>();
            for (int k = 0; k < rowTexts.size(); k++) {
                int shade = k < rowShades.size() ? rowShades.get(k) : -1;
                Rgb fill = shade > 0 && shade < colours.size() ? colours.get(shade) : null;
                rowFills.add(fill == null || fill.equals(Rgb.WHITE) ? null : fill);
            }
            rows.add(List.copyOf(rowTexts));
            fills.add(rowFills);
            rowTexts.clear();
            cell.setLength(0);
        }

        void endTable() {
            if (!rows.isEmpty()) {
                tables.add(new RtfTable(rows, fills));
                rows = new ArrayList<>();
                fills = new ArrayList<>();
            }
        }
    }
}
