package org.councilpapers.extractors.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The items of an agenda, however it is laid out: table rows ("6 | Report title | 17 - 22", or the
 * number and title in one cell), numbered list items and numbered lines, with the printed pages
 * in a column of their own, after the title ("Minutes 5 - 16") or in brackets ("(Pages 11 - 84)").
 * Only a run of items numbered upwards from 1, under a line that calls it an agenda or with the
 * items' pages listed, is an agenda; notes under an item, which carry no number, are passed over.
 */
public final class AgendaReader {
    // "6", "Item 6", and a supplementary pack's "Agenda Item No 9" (a column's heading read into its first row). A PDF whose heading
    // sets its first letter apart, as a drop capital or by wide kerning, gives "A genda".
    private static final String ITEM_LABEL = "(?:(?:a\\s?genda\\s+)?item\\s*(?:no\\.?\\s*)?)?";
    private static final Pattern NUMBER_CELL = Pattern.compile("(?i)^" + ITEM_LABEL + "(\\d{1,3}[a-z]?)[.)]?$");
    private static final Pattern NUMBERED = Pattern.compile("(?i)^" + ITEM_LABEL + "\\(?(\\d{1,3}[a-z]?)[.):]?\\s+(\\S.*)$");
    /**
     * "Supplementary agenda", "Supplementary pack", "Additional papers", "Reports to follow": a list of only the items whose papers
     * came late, so its numbers start anywhere and skip the rest of the agenda. It opens with a look-ahead at its words' first
     * letters, so find() passes over most places of a line without \b's costly test.
     */
    private static final Pattern SUPPLEMENT = Pattern.compile("(?i)(?=[salrpiunt])(?:\\bsupplementary\\s+(?:agenda|pack|papers?|information|reports?)\\b"
            + "|\\b(?:additional|late)\\s+(?:agenda\\s+)?(?:papers|items|reports)\\b|\\b(?:reports?|papers?|items?)\\s+to\\s+follow\\b"
            // The covering letter of papers sent after the agenda: "I am now able to enclose … the following reports that were
            // unavailable when the agenda was printed", "Please find attached the following papers, which were not available at the
            // time the agenda was published".
            + "|\\b(?:unavailable|not available|not ready|to hand)\\s+(?:when|at the time)\\s+(?:the\\s+)?(?:agenda|of (?:publication|despatch|dispatch))"
            + "|\\b(?:now able to|pleased to)\\s+(?:enclose|attach|circulate|send)\\b)");
    private static final int SUPPLEMENT_GAP = 30;
    private static final Pattern MARKER = Pattern.compile("^\\(?(\\d{1,3}[a-z]?)[.)]?$");
    private static final Pattern PAGES_CELL = Pattern.compile("(?i)^(?:pages?|pp?\\.?)?\\s*(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?$");
    private static final Pattern TO_FOLLOW_CELL = Pattern.compile("(?i)^\\(?(?:papers?\\s+|reports?\\s+)?to\\s+follow\\)?$");
    private static final Pattern INLINE_PAGES = Pattern.compile("(?i)\\s*\\(\\s*(?:pages?|pp?\\.?)\\s*(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?\\s*\\)");
    private static final Pattern TRAILING_RANGE = Pattern.compile("^(.*\\S)\\s+(\\d{1,4})\\s*[-–]\\s*(\\d{1,4})$");
    // "Minutes … Pages 1 - 8", "… pp. 47-60", "… Page 61": the pages set after the title without brackets, in a column a rendering
    // has run into the title's line. A bare number is no page ("Work Programme 2024"): only a range, or a number the word "Page" leads.
    private static final Pattern TRAILING_PAGES = Pattern.compile("(?i)^(.*\\S)\\s+(?:pages?|pp?\\.)\\s*(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?$");
    // "(To Follow)", "To follow" in the pages' place: the item's papers were not ready when the agenda went out, so it has no pages.
    private static final Pattern TO_FOLLOW = Pattern.compile("(?i)^(.*\\S)\\s*(?:[-–]\\s*)?\\(?(?:papers?\\s+|reports?\\s+)?to\\s+follow\\)?$");
    // A line under the title that says whose paper it is or what the item is for ("Report of the Scrutiny Officer.", "To approve the
    // minutes of the meeting held on …"), run into the title by a rendering that joins lines: a sentence, so it ends in a full stop.
    // A title's own "Annual Report of the Director of Public Health" is kept: the word before "Report" makes it the title's.
    private static final Pattern DESCRIPTION = Pattern.compile("^(.*?\\p{L}\\S*)(?<!Annual|Final|Interim|Quarterly|Progress|Monitoring"
            + "|Performance|Inspection|Draft|Independent|Review|Statutory|Outturn|Audit|Update|Scrutiny)\\s+(?:(?:Joint )?Reports? (?:of|by|from) |To (?:consider|receive|note|approve|agree|"
            + "confirm|review|sign|elect|appoint|discuss) )[^.]*\\.$");
    private static final Pattern AGENDA_WORD = Pattern.compile("(?i)^\\W*(?:the )?agenda\\b|\\bagenda items?\\b|^items? of business\\b");
    private static final int MAX_GAP = 3;
    private static final Pattern FIGURE = Pattern.compile("[-–(£$€]*\\d[\\d,.]*%?\\)?[km]?");
    // An item's title is a title; a numbered sentence this long ending in a full stop is a paragraph.
    private static final int SENTENCE_WORDS = 12;

    private AgendaReader() {}

    /**
     * An agenda item as printed.
     *
     * @param number the item's number as printed
     * @param title the item's title
     * @param from the first printed page of its papers, null where none are listed
     * @param to   the last printed page, null where none are listed
     * @param block the block it was read from
     * @param row   the table row it was read from, or -1 when the block is not a table
     */
    public record Entry(String number, String title, @Nullable Integer from, @Nullable Integer to, Block block, int row) {}

    /**
     * The items a supplement to an agenda lists ("Supplementary agenda" over "Agenda Item No 9 … (Pages 1 - 4)"), wherever the
     * paper was taken to start: none where no line above the list calls it a supplement.
     *
     * @param blocks the blocks of the paper, from wherever it was taken to start
     * @return the supplement's items, empty where there is no supplement
     */
    public static List<Entry> readSupplement(List<Block> blocks) {
        // Most papers are no supplement: where no line calls one so, reading every block for items would find none to keep.
        if (!callsSupplement(blocks)) {
            return List.of();
        }
        List<Entry> entries = read(blocks);
        return !entries.isEmpty() && supplement(blocks, entries.get(0).block()) ? entries : List.of();
    }

    /**
     * The agenda items among the blocks, in order.
     *
     * @param blocks the blocks of an agenda
     * @return the items, in order, empty where none is listed
     */
    public static List<Entry> read(List<Block> blocks) {
        List<Entry> candidates = new ArrayList<>();
        Block previous = null;
        for (Block b : blocks) {
            if (b.table() != null) {
                Table t = b.table();
                for (int r = 0; r < t.rowCount(); r++) {
                    add(candidates, fromCells(t.rowTexts(r), b, r));
                }
            } else if (b.kind() == BlockKind.LIST_ITEM && b.marker() != null) {
                Matcher m = MARKER.matcher(b.marker());
                if (m.matches()) {
                    add(candidates, entry(m.group(1), b.text(), null, b, -1));
                }
            } else if (b.kind() != BlockKind.TABLE && b.text().length() <= 300) {
                Entry wrapped = continued(candidates, previous, b);
                if (wrapped != null) {
                    candidates.set(candidates.size() - 1, wrapped);
                } else {
                    add(candidates, fromCells(List.of(b.text()), b, -1));
                }
            }
            previous = b;
        }
        boolean supplement = !candidates.isEmpty() && supplement(blocks, candidates.get(0).block());
        List<Entry> agenda = inSequence(candidates, supplement);
        if (agenda.isEmpty()) {
            return agenda;
        }
        if (supplement && agenda.get(0).from() == null) {
            return List.of(); // a supplement lists the pages of the papers it brings; numbered lines without them are something else
        }
        // Numbered lists are everywhere; an agenda says so above its first item, or lists its items' pages.
        boolean named = false;
        for (Block b : blocks) {
            if (b.table() == null && AGENDA_WORD.matcher(b.text()).find()
                    || b.table() != null && b.table().rowCount() > 0 && String.join(" ", b.table().rowTexts(0)).matches("(?is).*\\bpages?\\b.*")) {
                named = true;
                break;
            }
            if (b == agenda.get(0).block()) {
                break;
            }
        }
        return named || pagesGoUp(agenda) ? agenda : List.of();
    }

    /**
     * An item's title wrapped onto a line of its own that ends in the item's pages ("24/00109 - Transfer the 18-25 section of the" over
     * "Service from … Directorate (Pages 1 - 20)"), or the pages alone under the title ("(Pages 1 - 4)"): the item read whole. Only a
     * line straight under an item that has no pages yet, which no number starts, continues it.
     */
    private static @Nullable Entry continued(List<Entry> candidates, @Nullable Block previous, Block b) {
        if (candidates.isEmpty()) {
            return null;
        }
        Entry last = candidates.get(candidates.size() - 1);
        String text = squash(b.text());
        Matcher pages = INLINE_PAGES.matcher(text);
        boolean endsInPages = pages.find() && pages.end() == text.length()
                || TRAILING_PAGES.matcher(text).matches() || PAGES_CELL.matcher(text).matches() && text.matches("(?i)^p.*");
        if (last.from() != null || last.row() >= 0 || previous != last.block() || NUMBERED.matcher(text).matches() || !endsInPages) {
            return null;
        }
        return entry(last.number(), last.title() + " " + text, null, last.block(), -1);
    }

    // An agenda's page ranges run on through the pack: each item's papers start at or after the last item's. A table of figures
    // whose last column is read as pages ("250", "0", "3,903") does not.
    private static boolean pagesGoUp(List<Entry> agenda) {
        int last = -1;
        boolean any = false;
        for (Entry e : agenda) {
            if (e.from() == null) {
                continue;
            }
            if (e.from() < last) {
                return false;
            }
            last = e.to() == null ? e.from() : e.to();
            any = true;
        }
        return any;
    }

    private static void add(List<Entry> out, @Nullable Entry e) {
        if (e != null) {
            out.add(e);
        }
    }

    private static @Nullable Entry fromCells(List<String> row, Block b, int r) {
        List<String> cells = row.stream().map(AgendaReader::squash).filter(s -> !s.isEmpty()).toList();
        if (cells.isEmpty()) {
            return null;
        }
        String pages = null;
        if (cells.size() > 1 && PAGES_CELL.matcher(cells.get(cells.size() - 1)).matches()) {
            pages = cells.get(cells.size() - 1);
            cells = cells.subList(0, cells.size() - 1);
        } else if (cells.size() > 2 && TO_FOLLOW_CELL.matcher(cells.get(cells.size() - 1)).matches()) {
            cells = cells.subList(0, cells.size() - 1); // the pages column says the papers are to follow: no pages yet
        }
        // A row of figures ("Home Support Fund | 2,500 | 250 | 250"): a capital programme's or a register's line, not an agenda item.
        if (cells.stream().skip(1).filter(c -> FIGURE.matcher(c).matches()).count() >= 2) {
            return null;
        }
        String number;
        String title;
        if (cells.size() >= 2 && NUMBER_CELL.matcher(cells.get(0)).matches()) {
            Matcher n = NUMBER_CELL.matcher(cells.get(0));
            n.matches();
            number = n.group(1);
            title = String.join(" ", cells.subList(1, cells.size()));
        } else {
            Matcher m = NUMBERED.matcher(String.join(" ", cells));
            if (!m.matches()) {
                return null;
            }
            number = m.group(1);
            title = m.group(2);
        }
        return entry(number, title, pages, b, r);
    }

    private static @Nullable Entry entry(String number, String rawTitle, @Nullable String pagesCell, Block b, int row) {
        String title = squash(rawTitle);
        Integer from = null;
        Integer to = null;
        if (pagesCell != null) {
            Matcher p = PAGES_CELL.matcher(pagesCell);
            p.matches();
            from = Integer.valueOf(p.group(1));
            to = p.group(2) != null ? Integer.valueOf(p.group(2)) : from;
        }
        Matcher inline = INLINE_PAGES.matcher(title);
        Matcher printed = TRAILING_PAGES.matcher(title);
        if (inline.find()) {
            from = Integer.valueOf(inline.group(1));
            to = inline.group(2) != null ? Integer.valueOf(inline.group(2)) : from;
            title = squash(title.substring(0, inline.start()) + " " + title.substring(inline.end()));
        } else if (from == null && printed.matches() && (printed.group(3) == null
                || Integer.parseInt(printed.group(2)) <= Integer.parseInt(printed.group(3)))) {
            title = printed.group(1);
            from = Integer.valueOf(printed.group(2));
            to = printed.group(3) != null ? Integer.valueOf(printed.group(3)) : from;
        } else if (from == null) {
            Matcher trailing = TRAILING_RANGE.matcher(title);
            if (trailing.matches() && Integer.parseInt(trailing.group(2)) <= Integer.parseInt(trailing.group(3))) {
                title = trailing.group(1);
                from = Integer.valueOf(trailing.group(2));
                to = Integer.valueOf(trailing.group(3));
            }
        }
        // Only a title ending in "follow" or "follow)" can end in the words; the pattern itself backtracks over the whole line.
        String end = title.length() > 8 ? title.substring(title.length() - 8).toLowerCase(Locale.ROOT) : title.toLowerCase(Locale.ROOT);
        if (from == null && (end.endsWith("follow") || end.endsWith("follow)"))) {
            Matcher toFollow = TO_FOLLOW.matcher(title);
            if (toFollow.matches()) {
                title = toFollow.group(1);
            }
        }
        // The item's heading is its title; what the line under it says of the paper is not ("… Report of the Scrutiny Officer.").
        // The pattern backtracks over the whole line, and every numbered line of every paper comes here: only a short
        // sentence that names a report or says "To …" can hold such a description.
        if (title.length() <= 2 * 250 && title.endsWith(".") && (title.contains("Report") || title.contains("To "))) {
            Matcher description = DESCRIPTION.matcher(title);
            if (description.matches()) {
                title = description.group(1);
            }
        }
        if (title.isEmpty() || title.length() > 250 || !Character.isLetterOrDigit(title.codePointAt(0))
                || title.endsWith(".") && title.split(" ").length > SENTENCE_WORDS || !isWords(title)) {
            return null;
        }
        return new Entry(number, title, from, to, b, row);
    }

    // A title is words ("24/00108 - Revenue Budget" is; "2 1 4" and "to 9 231 235", read from a table of figures, are not).
    private static boolean isWords(String title) {
        long letters = title.codePoints().filter(Character::isLetter).count();
        long others = title.codePoints().filter(c -> !Character.isLetter(c) && !Character.isWhitespace(c)).count();
        return title.matches("(?s).*\\p{L}{3,}.*") && letters * 2 >= others;
    }

    // Whether any line calls the paper a supplement to an agenda, as supplement() asks of the lines above the first item.
    private static boolean callsSupplement(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.table() == null && b.text().length() <= 300 && SUPPLEMENT.matcher(b.text()).find()) {
                return true;
            }
        }
        return false;
    }

    // Whether a line above the first item calls the list a supplement to an agenda.
    private static boolean supplement(List<Block> blocks, Block first) {
        for (Block b : blocks) {
            if (b == first) {
                return false;
            }
            if (b.table() == null && b.text().length() <= 300 && SUPPLEMENT.matcher(b.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agenda is the run starting at item 1 whose numbers go up a step or two at a time ("5", "5a", "6"); a supplement's run
     * starts at its first item, may be that one item, and skips the items it does not bring ("6", "9", "11").
     */
    private static List<Entry> inSequence(List<Entry> candidates, boolean supplement) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : candidates) {
            int n = integer(e.number());
            if (out.isEmpty()) {
                if (n == 1 || supplement && e.from() != null) {
                    out.add(e);
                }
                continue;
            }
            Entry last = out.get(out.size() - 1);
            int prev = integer(last.number());
            boolean subItem = n == prev && e.number().compareTo(last.number()) > 0;
            if (subItem || n > prev && n <= prev + (supplement ? SUPPLEMENT_GAP : MAX_GAP)) {
                out.add(e);
            }
        }
        return out.size() >= 2 || supplement && out.size() == 1 ? List.copyOf(out) : List.of();
    }

    private static int integer(String number) {
        return Integer.parseInt(number.replaceAll("\\D", ""));
    }

    // As replace('\u00a0', ' ').replaceAll("\\s+", " ").strip(), without compiling a regex for every line read.
    private static String squash(String s) {
        return Texts.collapse(s).strip();
    }
}
