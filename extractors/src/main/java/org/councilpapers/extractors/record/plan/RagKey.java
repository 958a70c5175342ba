package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.table.StatusKey;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.RagColours;
import org.councilpapers.extractors.vocab.RagWords;
import org.jspecify.annotations.Nullable;

/**
 * A document's own RAG key ("RAG RATING KEY", "Key", "Legend"): what each status means, and the
 * colours and words it uses where they are not the usual ones ("Purple - completed", "Slipping -
 * some delay"). Statuses are read through the key first, then by the usual hues and words, so a
 * key that maps other colours or words is honoured. Immutable.
 *
 * @param definitions each status's definition as the key prints it, in the key's order
 * @param colours     the swatches of the key, each with the status it stands for
 * @param words       the key's own words (folded), each with its status
 * @param tables      the key's table blocks, which are not themselves RAG tables
 * @param palette     shades the paper names its rows by, which state no status in it (see {@link #withPalette})
 * @param greyNotStarted whether the key prints "Not started" as grey, outside the RAG scale: then a cell saying so has no
 *                    status, filled or not
 */
record RagKey(Map<RagStatus, String> definitions, List<Swatch> colours, Map<String, RagStatus> words, List<Block> tables, List<Rgb> palette,
        boolean greyNotStarted) implements StatusKey {
    static final RagKey NONE = new RagKey(Map.of(), List.of(), Map.of(), List.of(), List.of(), false);

    // "RAG RATING KEY", "Key:", "RAG status key", "Legend", "Key to KPI Ratings used": the label a key sits under.
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:b?rag\\s+)?(?:rating\\s+|status\\s+)?(?:key|legend)\\b(?:\\s*:|\\s+(?:to|for|of)\\b.{0,40})?$");
    // "Red – not started", "Green = on track", "Purple: complete": one key line outside a table.
    private static final Pattern LINE = Pattern.compile("^([A-Za-z][A-Za-z /]{0,20}?)\\s*[-–—=:]\\s*(\\S.{2,})$");
    // "Key:", "RAG key –": the label a key printed on one line opens with, its entries after it.
    private static final Pattern LABEL_THEN_ENTRIES = Pattern.compile("(?i)^(?:b?rag\\s+)?(?:rating\\s+|status\\s+)?(?:key|legend)\\s*[:\\-–—]\\s*");
    // Between a one-line key's entries: a semicolon or a bar, else a comma.
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("\\s*[;|]\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final int MAX_ONE_LINE_KEY = 300;
    // Compiled once: every cell of a RAG table is read through the key.
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.:;]+$");
    private static final Pattern FIGURES = Pattern.compile("[\\d.,%\\s]+");
    private static final int LOOK_AHEAD = 3;
    // The channel values between which a neutral fill is a grey.
    private static final int MIN_GREY = 0x40;
    private static final int MAX_GREY = 0xf0;
    // A key printed as one row: this many swatches, each of a few words.
    private static final int MIN_ROW_KEY = 3;
    private static final int MAX_ROW_KEY = 7;
    private static final int ROW_KEY_WORDS = 4;
    private static final Pattern GREY_WORD = Pattern.compile("gr[ae]y|white");

    RagKey {
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        colours = List.copyOf(colours);
        words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
        tables = List.copyOf(tables);
        palette = List.copyOf(palette);
    }

    /**
     * The key with the shades a paper names its rows by (a finance report's colour for each directorate, table after
     * table): in this paper they state no status, wherever they recur.
     */
    RagKey withPalette(List<Rgb> shades) {
        return shades.isEmpty() ? this : new RagKey(definitions, colours, words, tables, shades, greyNotStarted);
    }

    /** A key colour and its status. */
    record Swatch(Rgb colour, RagStatus status) {}

    /** The status a colour stands for: the key's swatch it matches, else its hue. */
    @Override
    public Optional<RagStatus> colour(@Nullable Rgb c) {
        if (c == null || palette.stream().anyMatch(p -> RagColours.sameShade(p, c))) {
            return Optional.empty();
        }
        for (Swatch s : colours) {
            if (RagColours.near(s.colour(), c)) {
                return Optional.of(s.status());
            }
        }
        return RagColours.classify(c);
    }

    /** The status a cell's words state: the key's own word, else a usual RAG word. */
    @Override
    public Optional<RagStatus> word(String text) {
        RagStatus own = words.get(END_PUNCTUATION.matcher(Texts.fold(text)).replaceAll(""));
        return own != null ? Optional.of(own) : RagWords.parse(text);
    }

    /**
     * The status a cell carries, as {@link StatusKey#status(Cell)} reads it, except that a grey cell saying "Not started"
     * has none: grey is the plan's colour for work not begun, kept apart from red's off track (the key above such trackers
     * prints grey beside "Not started"), where the same words in an uncoloured cell are red.
     */
    @Override
    public Optional<RagStatus> status(Cell c) {
        return unrated(c) ? Optional.empty() : StatusKey.super.status(c);
    }

    /** Whether a cell says "Not started" where the paper keeps that outside its scale: in grey, or under a key that prints it grey. */
    boolean unrated(Cell c) {
        return !c.isBlank() && (c.fill() != null && greyed(c.fill()) || greyNotStarted && (c.fill() == null || RagColours.isNeutral(c.fill())))
                && notStarted(c.text());
    }

    // A grey a writer chose: neither white (a page's own background, as some readers report it) nor black.
    private static boolean greyed(Rgb fill) {
        int max = Math.max(fill.r(), Math.max(fill.g(), fill.b()));
        return RagColours.isNeutral(fill) && max >= MIN_GREY && max <= MAX_GREY;
    }

    private static boolean notStarted(String text) {
        String folded = Texts.fold(text);
        return folded.startsWith("not started") || folded.startsWith("not yet started");
    }

    /** The status an update states in its prose ("Status: On track", "Completed in March"), the key's own words first. */
    Optional<RagStatus> inProse(String text) {
        return RagWords.inProse(text, words);
    }

    /** The status an update states after a label ("Status: On track"), in this key's words too. */
    Optional<RagStatus> labelledInProse(String text) {
        return RagWords.labelledInProse(text, words);
    }

    /** Whether a cell looks meant to carry a status we cannot read: an odd fill, or an unknown one-word status. */
    boolean unreadable(Cell c) {
        if (status(c).isPresent()) {
            return false;
        }
        return c.fill() != null && !RagColours.isNeutral(c.fill());
    }

    @Override
    public boolean printed() {
        return !isEmpty();
    }

    boolean isEmpty() {
        return definitions.isEmpty() && colours.isEmpty() && words.isEmpty();
    }

    /** Finds the document's key: a two-column table of statuses and definitions, or key lines under a "Key" label. */
    static RagKey find(List<Block> body, Warnings warnings) {
        Map<RagStatus, String> defs = new LinkedHashMap<>();
        List<Swatch> swatches = new ArrayList<>();
        Map<String, RagStatus> words = new LinkedHashMap<>();
        List<Block> tables = new ArrayList<>();
        boolean[] grey = new boolean[1];
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            // The label may stand a sentence above its table ("Key to KPI Ratings used", then what the ratings are for).
            boolean labelled = i > 0 && isLabel(body.get(i - 1)) || i > 1 && isLabel(body.get(i - 2)) && body.get(i - 1).table() == null;
            if (b.table() != null) {
                // A key is two or three columns wide: only such a table is read as a view.
                int cols = b.table().colCount();
                if (cols >= 2 && cols <= 3 && readTable(TableView.of(b.table()), labelled, defs, swatches, words, grey, b.page(), warnings)
                        || b.table().rowCount() == 1 && cols >= MIN_ROW_KEY && cols <= MAX_ROW_KEY
                        && readRow(b.table(), labelled, defs, swatches, words, grey)) {
                    tables.add(b);
                }
            } else if (mayBeOneLineKey(b) && readOneLine(Texts.squash(b.text()), defs, words, grey)) {
                continue;
            } else if (isLabel(b)) {
                for (int j = i + 1; j < body.size() && j <= i + 1 + 2 * LOOK_AHEAD && body.get(j).table() == null; j++) {
                    if (!readLine(Texts.squash(body.get(j).text()), defs, words, grey)) {
                        break;
                    }
                }
            }
        }
        return defs.isEmpty() && swatches.isEmpty() ? NONE : new RagKey(defs, swatches, words, tables, List.of(), grey[0]);
    }

    static boolean isLabel(Block b) {
        return b.kind() != BlockKind.TABLE && LABEL.matcher(Texts.squash(b.text())).matches();
    }

    // A key table: every row that is not a header names a status (by word or swatch) and defines it in a sentence.
    private static boolean readTable(TableView t, boolean labelled, Map<RagStatus, String> defs, List<Swatch> swatches,
            Map<String, RagStatus> words, boolean[] grey, int page, Warnings warnings) {
        if (t.colCount() < 2 || t.colCount() > 3 || t.rowCount() < 2) {
            return false;
        }
        record Row(Cell name, String definition) {}
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Cell name = t.cellAt(r, 0);
            List<String> texts = t.table().rowTexts(r);
            String definition = Texts.squash(texts.get(t.colCount() - 1).isBlank() && t.colCount() == 3 ? texts.get(1) : texts.get(t.colCount() - 1));
            if (r == 0 && (name == null || t.row(0).stream().anyMatch(Cell::header) || RagWords.parse(name.text()).isEmpty()
                    && name.fill() == null && definition.split(" ").length < 3)) {
                continue; // a header row: "Rating | Definition", "Key"
            }
            if (name == null || name.isBlank() && name.fill() == null) {
                if (labelled) {
                    continue; // a key also explains its arrows or symbols, drawn where we see no text
                }
                return false;
            }
            boolean named = RagWords.parse(name.text()).isPresent() || name.fill() != null && !RagColours.isNeutral(name.fill())
                    || labelled && RagWords.looksLikeStatusWord(name.text());
            if (!named) {
                return false;
            }
            if (definition.split(" ").length < 2 || FIGURES.matcher(definition).matches()) {
                return false; // a count table ("Red | 4"), not a key
            }
            rows.add(new Row(name, definition));
        }
        // Without a "Key" label, only a table naming three statuses is taken for one: "Red | 3 overdue actions" is a summary.
        if (rows.size() < 2 || !labelled && rows.stream().map(row -> statusOf(row.name(), row.definition())).distinct().count() < 3) {
            return false;
        }
        for (Row row : rows) {
            Cell name = row.name();
            if ((name.fill() != null && greyed(name.fill()) || GREY_WORD.matcher(Texts.fold(name.text())).matches())
                    && (notStarted(row.definition()) || notStarted(name.text()))) {
                grey[0] = true; // "Grey | Not started": outside the scale, not red
                continue;
            }
            Optional<RagStatus> byWord = RagWords.parse(name.text());
            // An unknown word or colour takes its meaning from the definition ("Purple | Action completed").
            RagStatus status = statusOf(name, row.definition()).orElse(null);
            if (status == null) {
                warnings.add(WarningCode.UNKNOWN_STATUS, "RAG key entry '" + Texts.squash(name.text()) + "' maps to no status", page);
                continue;
            }
            defs.putIfAbsent(status, row.definition());
            if (name.fill() != null && !RagColours.isNeutral(name.fill())) {
                // Blue "Complete": blue is the scale's done-and-embedded, whatever word the key puts on it (SCHEMA's BLUE).
                boolean blueDone = status == RagStatus.COMPLETED && RagColours.classify(name.fill()).orElse(null) == RagStatus.BLUE;
                swatches.add(new Swatch(name.fill(), blueDone ? RagStatus.BLUE : status));
            }
            if (!name.isBlank() && byWord.isEmpty()) {
                words.put(Texts.fold(name.text()), status);
            }
        }
        return true;
    }

    /**
     * A key printed as one row of swatches, each a fill with its word ("Complete | On track | Some slippage | Off track |
     * Not started" over blue, green, amber, red, grey), as trackers print it above the table. A fill of a RAG hue keeps
     * that hue's status (blue "Complete" is blue); another colour takes its word's ("Complete" in purple); grey "Not started"
     * is outside the scale. Without a "Key" label above it, only a row whose every swatch names a status, three in all, is taken for one.
     */
    private static boolean readRow(Table t, boolean labelled, Map<RagStatus, String> defs, List<Swatch> swatches,
            Map<String, RagStatus> words, boolean[] grey) {
        List<Cell> cells = t.row(0);
        if (cells.stream().anyMatch(c -> c.isBlank() || c.fill() == null || Texts.squash(c.text()).split(" ").length > ROW_KEY_WORDS)) {
            return false;
        }
        Map<Cell, RagStatus> read = new LinkedHashMap<>();
        boolean notStartedGrey = false;
        for (Cell c : cells) {
            if (greyed(c.fill()) && notStarted(c.text())) {
                notStartedGrey = true;
                continue;
            }
            Optional<RagStatus> worded = RagWords.parse(c.text()).or(() -> RagWords.find(c.text()));
            RagStatus status = RagColours.classify(c.fill()).or(() -> worded).orElse(null);
            // Unlabelled, each swatch's words must name a status: coloured directorates ("Adults | Place") are no key.
            if (status == null || !labelled && worded.isEmpty()) {
                return false; // a row of coloured labels that are no statuses: a legend of something else
            }
            read.put(c, status);
        }
        if (read.size() < 2 || !labelled && read.values().stream().distinct().count() < 3) {
            return false;
        }
        grey[0] |= notStartedGrey;
        for (Map.Entry<Cell, RagStatus> e : read.entrySet()) {
            Cell c = e.getKey();
            if (!RagColours.isNeutral(c.fill())) {
                swatches.add(new Swatch(c.fill(), e.getValue()));
            }
            defs.putIfAbsent(e.getValue(), Texts.squash(c.text()));
            if (RagWords.parse(c.text()).isEmpty()) {
                words.put(Texts.fold(c.text()), e.getValue()); // "Some slippage" over amber: the paper's word for amber
            }
        }
        return true;
    }

    private static Optional<RagStatus> statusOf(Cell name, String definition) {
        return RagWords.parse(name.text()).or(() -> RagColours.classify(name.fill())).or(() -> RagWords.find(definition));
    }

    private static boolean readLine(String line, Map<RagStatus, String> defs, Map<String, RagStatus> words, boolean[] grey) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        if (GREY_WORD.matcher(Texts.fold(m.group(1))).matches() && notStarted(m.group(2))) {
            grey[0] = true; // "Grey – not started": outside the scale, not red
            return true;
        }
        Optional<RagStatus> byWord = RagWords.parse(m.group(1));
        RagStatus status = byWord.or(() -> RagWords.find(m.group(2))).orElse(null);
        if (status == null) {
            return false;
        }
        defs.putIfAbsent(status, m.group(2).strip());
        if (byWord.isEmpty()) {
            words.put(Texts.fold(m.group(1)), status);
        } else if (status == RagStatus.BLUE) {
            // "Blue – complete": a key without swatches names the colour, so a status cell that says "Complete" is the key's blue.
            if (RagWords.inProse(m.group(2), Map.of()).orElse(null) == RagStatus.COMPLETED) {
                words.put("complete", RagStatus.BLUE);
                words.put("completed", RagStatus.BLUE);
            }
        }
        return true;
    }

    // The cheap test first: every block of a plan is asked.
    private static boolean mayBeOneLineKey(Block b) {
        String t = b.text();
        if (b.kind() == BlockKind.TABLE || t.length() > MAX_ONE_LINE_KEY || t.indexOf(':') < 0 && t.indexOf('–') < 0 && t.indexOf('-') < 0) {
            return false;
        }
        String s = t.stripLeading();
        return !s.isEmpty() && "KkRrBbLlSs".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * A key printed on one line after its label ("Key: Blue – complete; Green – on track; Amber – some delay; Red – off
     * track"): each entry read as a key line; only a line of two entries or more that all read is taken for one.
     */
    private static boolean readOneLine(String line, Map<RagStatus, String> defs, Map<String, RagStatus> words, boolean[] grey) {
        Matcher label = LABEL_THEN_ENTRIES.matcher(line);
        if (!label.lookingAt()) {
            return false;
        }
        String rest = line.substring(label.end()).strip();
        String[] entries = ENTRY_SEPARATOR.split(rest);
        if (entries.length < 2) {
            entries = COMMA.split(rest);
        }
        if (entries.length < 2 || !Arrays.stream(entries).allMatch(e -> LINE.matcher(e.strip()).matches())) {
            return false;
        }
        Map<RagStatus, String> d = new LinkedHashMap<>();
        Map<String, RagStatus> w = new LinkedHashMap<>();
        boolean[] g = new boolean[1];
        for (String e : entries) {
            if (!readLine(e.strip(), d, w, g)) {
                return false;
            }
        }
        d.forEach(defs::putIfAbsent);
        words.putAll(w);
        grey[0] |= g[0];
        return true;
    }
}
