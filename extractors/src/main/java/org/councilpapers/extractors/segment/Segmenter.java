package org.councilpapers.extractors.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.DecisionWords;
import org.councilpapers.extractors.vocab.WorkProgrammeColumns;
import org.jspecify.annotations.Nullable;

/**
 * Splits a paper into its parts: an agenda pack into its front sheet, the notes for the public,
 * the minutes of earlier meetings, each report with its appendices, and the work programme; a
 * report or a set of minutes on its own is one part.
 *
 * <p>Two kinds of evidence cut the body. Where the agenda prints each item's pages and the pages
 * carry printed numbers, an item's part starts on the page that bears its first page number and
 * knows its item number from the agenda. Everywhere, the content marks where parts start: a report
 * cover's "ITEM 7", a "Minutes of the meeting of …" heading followed by who was present, a work
 * programme's table, the headings of the notes every pack repeats (access to meetings, filming,
 * Wi-Fi, evacuation, declaring interests, vision statements), an "Appendix 1" heading after a
 * report's author, and pages left blank on purpose. A part that such a mark does not name takes its
 * item from the page ranges, from the cover, or from the agenda item whose title says what it is
 * ("Minutes", "Work Programme").
 */
public final class Segmenter {
    private static final Pattern BLANK = Pattern.compile("(?i)\\W*this page (?:is )?(?:has been )?intentionally (?:been )?left blank\\W*");
    // "ITEM: 6" on a cover, the "Agenda Item 3" that ModernGov stamps on a report's first page, "Part I – Item 12".
    private static final Pattern ITEM_LINE = Pattern.compile("(?i)^(?:part\\s+(?:i{1,2}|[12ab])\\s*[–—:-]?\\s*)?(?:agenda\\s+)?item\\s*"
            + "(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?$");
    private static final Pattern MINUTES_HEADING = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{L}&',-]*|and|of|the)\\s+){0,6}?(?i:(?:draft |unconfirmed |confirmed |signed |public )?minutes?\\s+(?:of|from)\\s+.{0,160}?\\b(?:meeting|held)\\b.*)");
    private static final Pattern BARE_MINUTES = Pattern.compile("(?i)^(?:draft |unconfirmed |confirmed )?minutes\\s*:?$");
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?i)^(?:members |councillors |those )?(?:present|in attendance|attendance|apologies(?: for absence)?)\\b.{0,600}");
    private static final Pattern PUBLIC_INFO = Pattern.compile("(?i)^(?:information for (?:members of )?the public\\b.*|"
            + "access to (?:information|meetings)\\b.*|advice regarding public attendance.*|public attendance at meetings.*|"
            + "recording of (?:the )?meetings?.*|(?:guidelines|protocol) (?:on|for) (?:the )?filming.*|filming,? (?:and |photography).*|"
            + "webcasting.*|.{0,30}\\bwi-?fi\\b.{0,20}|(?:fire )?evacuation procedures?.*|in the event of (?:a )?fire.*|"
            + "how to view this agenda.*|declaring interests.*|.*\\binterests? flowchart.*|our vision and priorities.*|"
            + "(?:your|the council's) vision and priorities.*|mobile phones.*|accessibility (?:information|at meetings).*)");
    private static final Pattern AGENDA_MARK = Pattern.compile("(?i)^(?:the )?agenda(?: items)?:?$|^items? of business:?$|^business:?$");
    private static final Pattern WP_TITLE = Pattern.compile("(?i).*\\b(?:work ?programme|work plan|forward (?:work )?plan|"
            + "forward work programme|scrutiny programme)\\b.*");
    private static final Pattern APPENDIX = Pattern.compile(
            "(?i)^appendix\\s+(?:\\d{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4})\\b.*");
    private static final Pattern AUTHOR = Pattern.compile("(?i)^report authors?\\b.*|^contact officers?\\b.*|^author\\s*:.*");
    private static final int LOOK_AHEAD = 8;

    /**
     * The parts of the paper, in order, covering every body block.
     *
     * @param doc the paper's layout
     * @return the parts, in order
     */
    public List<Part> segment(LayoutDocument doc) {
        Objects.requireNonNull(doc, "doc");
        List<Block> body = doc.body();
        if (body.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, Cut> cuts = new TreeMap<>();
        List<AgendaReader.Entry> agenda = List.of();
        // The first pass reads the content marks; the front sheet's agenda is read from what comes before the first of them.
        markContent(body, cuts);
        int frontEnd = cuts.isEmpty() ? body.size() : cuts.firstKey();
        if (cuts.isEmpty() || cuts.firstKey() > 0 || cuts.firstEntry().getValue().kind() == PartKind.PUBLIC_INFORMATION) {
            agenda = AgendaReader.read(frontBlocks(body, cuts, frontEnd));
        }
        markPageRanges(doc, body, agenda, cuts);
        return build(body, cuts, agenda);
    }

    /**
     * The parts the pipeline extracts from: an agenda pack's parts as {@link #segment} finds them; any
     * other paper as one part of the kind the paper is (minutes, a report with the item its cover
     * names, else other), because a paper on its own is one thing and cutting it would only risk
     * dropping what it says.
     *
     * @param doc the paper's layout
     * @param kind the document's kind, as classified
     * @return the parts, in order
     */
    public List<Part> forDocument(LayoutDocument doc, DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind == DocumentKind.AGENDA_PACK) {
            return segment(doc);
        }
        List<Block> body = doc.body();
        if (body.isEmpty()) {
            return List.of();
        }
        String item = null;
        String title = null;
        PartKind as = kind == DocumentKind.MINUTES ? PartKind.MINUTES : kind == DocumentKind.REPORT ? PartKind.REPORT : PartKind.OTHER;
        if (as == PartKind.REPORT) {
            for (Part p : segment(doc)) {
                if (p.kind() == PartKind.REPORT && p.itemNumber() != null) {
                    item = p.itemNumber();
                    title = p.title();
                    break;
                }
            }
        }
        return List.of(new Part(as, item, title, 0, body.size(), body));
    }

    /**
     * The parts of the kinds asked for.
     *
     * @param doc the paper's layout
     * @param kinds the kinds wanted
     * @return those parts, in order
     */
    public List<Part> parts(LayoutDocument doc, PartKind... kinds) {
        List<PartKind> wanted = List.of(kinds);
        return segment(doc).stream().filter(p -> wanted.contains(p.kind())).toList();
    }

    /** Where a part starts, what it is (null: to be told from its item), and the item it belongs to (null: unknown). */
    private record Cut(@Nullable PartKind kind, @Nullable String itemNumber, @Nullable String title, boolean fromPages) {}

    private static void markContent(List<Block> body, TreeMap<Integer, Cut> cuts) {
        PartKind current = PartKind.OTHER;
        boolean authorSeen = false;
        boolean appendixNext = false;
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            String text = squash(b.text());
            PartKind starts = null;
            String item = null;
            int at = i;
            if (b.table() == null && BLANK.matcher(text).matches()) {
                starts = PartKind.BLANK;
            } else if (appendixNext && coverItem(b) == null && !isMinutesHeading(body, i) && !startsWorkProgramme(body, i)
                    && !PUBLIC_INFO.matcher(text).matches()) {
                starts = PartKind.APPENDIX; // what follows a blank page after the report's author is an appendix, titled or not
            } else if ((item = coverItem(b)) != null) {
                starts = PartKind.REPORT;
                at = coverStart(body, i);
            } else if (isMinutesHeading(body, i)) {
                starts = PartKind.MINUTES;
                at = i <= 3 ? 0 : i;
            } else if (current != PartKind.WORK_PROGRAMME && startsWorkProgramme(body, i)) {
                starts = PartKind.WORK_PROGRAMME;
            } else if (current == PartKind.PUBLIC_INFORMATION && b.table() == null && AGENDA_MARK.matcher(text).matches()) {
                starts = PartKind.FRONT_SHEET;
            } else if ((current == PartKind.FRONT_SHEET || current == PartKind.OTHER || startsPage(body, i)) && b.table() == null
                    && text.length() <= 120 && PUBLIC_INFO.matcher(text).matches()) {
                starts = PartKind.PUBLIC_INFORMATION;
            } else if (current == PartKind.REPORT && authorSeen && b.table() == null && text.length() <= 150
                    && APPENDIX.matcher(text).matches() && !text.endsWith(".") && !previousIsAppendixLine(body, i)) {
                starts = PartKind.APPENDIX;
            }
            if (current == PartKind.REPORT && AUTHOR.matcher(text).matches()) {
                authorSeen = true;
            }
            appendixNext = starts == PartKind.BLANK && current == PartKind.REPORT && authorSeen;
            if (starts == null) {
                continue;
            }
            at = Math.max(at, cuts.isEmpty() ? 0 : cuts.lastKey() + 1);
            cuts.put(at, new Cut(starts, item, null, false));
            if (starts != PartKind.BLANK) {
                current = starts == PartKind.APPENDIX ? PartKind.REPORT : starts;
                authorSeen = authorSeen && starts == PartKind.APPENDIX;
            }
            if (starts == PartKind.REPORT) {
                authorSeen = false;
            }
        }
    }

    // Notes for the public at the top of a page are the pack's back pages, whatever came before them.
    private static boolean startsPage(List<Block> body, int i) {
        return i > 0 && body.get(i - 1).page() < body.get(i).page();
    }

    /** The item number on a report cover: one "ITEM 7" line in the block (an agenda table that prints several is no cover). */
    private static @Nullable String coverItem(Block b) {
        String found = null;
        for (String line : lines(b)) {
            Matcher m = ITEM_LINE.matcher(line);
            if (m.matches()) {
                if (found != null) {
                    return null;
                }
                found = m.group(1);
            }
        }
        return found;
    }

    // The meeting date printed above "ITEM 9" belongs to the cover; a cover near the top starts the paper.
    private static int coverStart(List<Block> body, int i) {
        if (i <= 2) {
            return 0;
        }
        Block prev = body.get(i - 1);
        return prev.table() == null && squash(prev.text()).length() <= 40 && squash(prev.text()).matches(".*\\b(?:19|20)\\d{2}\\b.*") ? i - 1 : i;
    }

    private static boolean isMinutesHeading(List<Block> body, int i) {
        Block b = body.get(i);
        String text = squash(b.text());
        if (b.table() != null || text.length() > 400) {
            return false;
        }
        boolean heading = MINUTES_HEADING.matcher(text).matches() && !text.toLowerCase(Locale.ROOT).contains("(page")
                || b.kind() == BlockKind.HEADING && BARE_MINUTES.matcher(text).matches();
        // "161. Minutes of the Cabinet meeting held on 4 February 2019" heads a minute, and "That the minutes of the meeting held
        // on … be signed" is its decision: neither starts a set of minutes.
        if (!heading || isNumberedItem(b) || DECISION_START.matcher(text).lookingAt()) {
            return false;
        }
        for (int j = i; j < Math.min(body.size(), i + LOOK_AHEAD); j++) {
            if (j > i && isNumberedItem(body.get(j))) {
                continue; // "2. Apologies for absence" is an item's title, not who sent apologies
            }
            String t = squash(body.get(j).text());
            int colon = t.indexOf(':');
            if (ATTENDANCE.matcher(j == i && colon > 0 ? t.substring(t.lastIndexOf(". ", colon) + 1).strip() : t).matches()) {
                return true;
            }
        }
        return false;
    }

    // A decision's paragraph ("That …", "Resolved …", "It was agreed …") is no heading of a part.
    private static final Pattern DECISION_START = Pattern.compile("(?i)^(?:that|" + DecisionWords.alternation(DecisionWords.Setting.LEADING_THAT)
            + "|it was)\\b");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\d{1,3}[.)]?\\s+\\S.*");

    // A minute's or an agenda item's heading: a list item numbered with a figure, or a line that starts with one.
    private static boolean isNumberedItem(Block b) {
        return b.kind() == BlockKind.LIST_ITEM && b.marker() != null && b.marker().matches("\\(?\\d{1,3}[.)]?")
                || b.table() == null && NUMBERED_LINE.matcher(squash(b.text())).matches();
    }

    private static boolean startsWorkProgramme(List<Block> body, int i) {
        Block b = body.get(i);
        if (b.table() != null) {
            return isWorkProgrammeTable(b);
        }
        String text = squash(b.text());
        if (text.length() > 150 || !WP_TITLE.matcher(text).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(body.size(), i + 5); j++) {
            if (body.get(j).table() != null) {
                return isWorkProgrammeTable(body.get(j));
            }
        }
        return false;
    }

    /**
     * Whether a line titles a work programme or forward plan ("Work Programme 2022/23", "Forward Plan").
     *
     * @param text a line
     * @return true for a work programme's title
     */
    public static boolean isWorkProgrammeTitle(String text) {
        String t = squash(text);
        return t.length() <= 150 && WP_TITLE.matcher(t).matches();
    }

    /**
     * Whether the table's header row names a work programme's columns.
     *
     * @param b a block
     * @return true for a work programme's table
     */
    public static boolean isWorkProgrammeTable(Block b) {
        return b.table() != null && b.table().rowCount() > 1 && WorkProgrammeColumns.of(b.table().rowTexts(0)).isPresent();
    }

    private static boolean previousIsAppendixLine(List<Block> body, int i) {
        if (i == 0) {
            return false;
        }
        String prev = squash(body.get(i - 1).text());
        return APPENDIX.matcher(prev).matches() || prev.toLowerCase(Locale.ROOT).matches(".*appendices.*");
    }

    private static List<Block> frontBlocks(List<Block> body, TreeMap<Integer, Cut> cuts, int frontEnd) {
        List<Block> out = new ArrayList<>(body.subList(0, frontEnd));
        // The agenda may come after the notes for the public: take the front sheet's parts wherever they are, before the first other part.
        Integer from = null;
        for (var e : cuts.entrySet()) {
            PartKind k = e.getValue().kind();
            if (from != null) {
                out.addAll(body.subList(from, e.getKey()));
                from = null;
            }
            if (k == PartKind.FRONT_SHEET) {
                from = e.getKey();
            } else if (k != PartKind.PUBLIC_INFORMATION && k != PartKind.BLANK) {
                break;
            }
        }
        if (from != null) {
            out.addAll(body.subList(from, body.size()));
        }
        return out;
    }

    /**
     * Cuts where the agenda's page ranges say each item starts, when the pages carry the printed
     * numbers and those numbers agree with the covers found: a paper re-typeset since its agenda was
     * printed (a rendering, a pack cut out of a larger one) has page numbers that point elsewhere.
     */
    private static void markPageRanges(LayoutDocument doc, List<Block> body, List<AgendaReader.Entry> agenda, TreeMap<Integer, Cut> cuts) {
        int lastAgendaBlock = agenda.isEmpty() ? 0 : indexOf(body, agenda.get(agenda.size() - 1).block());
        TreeMap<Integer, Cut> ranged = new TreeMap<>();
        for (AgendaReader.Entry e : agenda) {
            if (e.from() == null) {
                continue;
            }
            int page = physicalPage(doc, e.from(), e.to());
            if (page < 1) {
                continue;
            }
            int at = firstBodyBlock(body, page);
            if (at <= lastAgendaBlock) {
                continue; // the range points back into the front sheet: the numbers do not match the pages
            }
            if (!agreesWithCover(body, cuts, e.number(), page)) {
                return;
            }
            ranged.put(at, new Cut(null, e.number(), e.title(), true));
        }
        for (var r : ranged.entrySet()) {
            Cut there = cuts.get(r.getKey());
            PartKind kind = there != null && there.kind() != null && there.kind() != PartKind.BLANK ? there.kind() : null;
            cuts.put(r.getKey(), new Cut(kind, r.getValue().itemNumber(), r.getValue().title(), true));
        }
    }

    // Where the item's cover was found, the range must start on its page or next to it.
    private static boolean agreesWithCover(List<Block> body, TreeMap<Integer, Cut> cuts, String item, int page) {
        for (var c : cuts.entrySet()) {
            if (c.getValue().kind() == PartKind.REPORT && item.equals(c.getValue().itemNumber())) {
                return Math.abs(body.get(c.getKey()).page() - page) <= 1;
            }
        }
        return true;
    }

    private static int physicalPage(LayoutDocument doc, int from, @Nullable Integer to) {
        int last = to == null ? from : to;
        for (Page p : doc.pages()) {
            Integer printed = parse(p.printedNumber());
            if (printed != null && printed >= from && printed <= last && !p.body().isEmpty()) {
                // The page printed "from" may be a cover without a number: step back while the pages before are unnumbered.
                int n = p.number() - (printed - from);
                return n >= 1 && n <= p.number() && (n == p.number() || unnumbered(doc, n, p.number())) ? n : p.number();
            }
        }
        return -1;
    }

    private static boolean unnumbered(LayoutDocument doc, int from, int to) {
        for (int n = from; n < to; n++) {
            if (doc.page(n).printedNumber() != null) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Integer parse(@Nullable String printed) {
        return printed != null && printed.matches("\\d{1,5}") ? Integer.valueOf(printed) : null;
    }

    private static int firstBodyBlock(List<Block> body, int page) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).page() >= page) {
                return i;
            }
        }
        return body.size();
    }

    private static int indexOf(List<Block> body, Block b) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).start() == b.start() && body.get(i).page() == b.page()) {
                return i;
            }
        }
        return 0;
    }

    private static List<Part> build(List<Block> body, TreeMap<Integer, Cut> cuts, List<AgendaReader.Entry> agenda) {
        if (!cuts.containsKey(0)) {
            cuts.put(0, new Cut(agenda.isEmpty() ? PartKind.OTHER : PartKind.FRONT_SHEET, null, null, false));
        }
        List<Part> out = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(cuts.keySet());
        PartKind lastKind = PartKind.OTHER;
        String lastItem = null;
        String lastTitle = null;
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : body.size();
            if (from >= body.size() || to <= from) {
                continue;
            }
            Cut c = cuts.get(from);
            PartKind kind = c.kind();
            String item = c.itemNumber();
            String title = c.title();
            if (kind == PartKind.BLANK) {
                out.add(new Part(kind, null, null, from, from + 1, body.subList(from, from + 1)));
                if (to - from == 1) {
                    continue;
                }
                kind = null; // what follows the blank page's notice goes on as before
                from++;
            }
            if (kind == null) {
                kind = c.fromPages() ? kindFromTitle(title) : lastKind;
                item = item != null ? item : c.fromPages() ? null : lastItem;
                title = title != null ? title : c.fromPages() ? null : lastTitle;
            } else if (item == null && (kind == PartKind.APPENDIX || kind == PartKind.WORK_PROGRAMME && lastKind == PartKind.REPORT)) {
                item = lastItem; // an appendix, or a work programme appended to a report, belongs to the report's item
                title = lastTitle;
            } else if (item == null && kind != PartKind.FRONT_SHEET && kind != PartKind.PUBLIC_INFORMATION && kind != PartKind.OTHER) {
                AgendaReader.Entry named = named(agenda, kind);
                if (named != null) {
                    item = named.number();
                    title = named.title();
                }
            }
            if (title == null && item != null) {
                for (AgendaReader.Entry e : agenda) {
                    if (e.number().equals(item)) {
                        title = e.title();
                    }
                }
            }
            out.add(new Part(kind, item, title, from, to, body.subList(from, to)));
            lastKind = kind == PartKind.APPENDIX ? PartKind.APPENDIX : kind;
            lastItem = item;
            lastTitle = title;
        }
        return merge(out);
    }

    // A part that goes on after a blank page, or that both a page range and its cover start, is one part: join neighbours of the same kind and item.
    private static List<Part> merge(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty()) {
                Part last = out.get(out.size() - 1);
                boolean sameItem = Objects.equals(last.itemNumber(), p.itemNumber())
                        && (p.itemNumber() != null || p.kind() != PartKind.REPORT && p.kind() != PartKind.MINUTES && p.kind() != PartKind.APPENDIX);
                if (last.kind() == p.kind() && p.kind() != PartKind.BLANK && sameItem && last.to() == p.from()) {
                    List<Block> blocks = new ArrayList<>(last.blocks());
                    blocks.addAll(p.blocks());
                    out.set(out.size() - 1, new Part(last.kind(), last.itemNumber(), last.title(), last.from(), p.to(), blocks));
                    continue;
                }
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private static PartKind kindFromTitle(@Nullable String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.startsWith("minutes")) {
            return PartKind.MINUTES;
        }
        if (WP_TITLE.matcher(t).matches()) {
            return PartKind.WORK_PROGRAMME;
        }
        return PartKind.REPORT;
    }

    // The agenda item that names a part found by its content: "Minutes" for minutes, "Work Programme" for the programme.
    private static AgendaReader.@Nullable Entry named(List<AgendaReader.Entry> agenda, PartKind kind) {
        for (AgendaReader.Entry e : agenda) {
            String t = e.title().toLowerCase(Locale.ROOT);
            if (kind == PartKind.MINUTES && t.startsWith("minutes") || kind == PartKind.WORK_PROGRAMME && WP_TITLE.matcher(t).matches()) {
                return e;
            }
        }
        return null;
    }

    /** A block's text lines: a table's cell lines in reading order, else its lines. */
    // Compiled once: String.split compiles a pattern of more than one character on every call, and this runs on every block.
    private static final Pattern LINE_OR_TAB = Pattern.compile("[\n\t]");

    static List<String> lines(Block b) {
        List<String> out = new ArrayList<>();
        if (b.table() != null) {
            for (Cell c : b.table().cells()) {
                for (String s : c.text().split("\n")) {
                    String t = squash(s);
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            }
        } else {
            for (String s : LINE_OR_TAB.split(b.text())) {
                String t = squash(s);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static String squash(String s) {
        return Texts.collapse(s).strip();
    }
}
