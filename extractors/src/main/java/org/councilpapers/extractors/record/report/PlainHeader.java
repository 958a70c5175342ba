package org.councilpapers.extractors.record.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.segment.CoverTable;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * A report's header printed as plain lines above its title, with no labels: the committee's name, the meeting's date and the
 * item's number each on a line of their own, in whatever order the council prints them ("Children and Young People Scrutiny
 * Committee" / "5 November 2024" / "Agenda Item 7"; "Agenda Item" over a right-aligned "4"; "Part I – Item 12"; "Agenda item
 * number: 5"; "Report No. 7"), then the title over the report's first section ("Purpose of the report", "Summary",
 * "Recommendations"). The item's line alone is no cover (an agenda prints one for every item, and ModernGov stamps one over
 * covers of every kind): the header is one only where its title stands over a first section and it names the committee or
 * the date too.
 *
 * <p>A report a pack's agenda or covering letter lists, printed with no header at all (its title over "Purpose of the
 * report"), is read the same way: its part's item, as the list gives it, stands for the item's line.
 */
final class PlainHeader {
    // "Agenda Item 7", "Agenda item number: 7", "Agenda Item No. 7": the forms the report extractor's "ITEM 7" does not take.
    private static final Pattern AGENDA_ITEM = ReportExtractor.AGENDA_ITEM;
    // Compiled once: String.split, String.matches and their kin compile their pattern on every call, and these run on every line.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FULL_COUNCIL = Pattern.compile("(?:full\\s+)?council");
    private static final Pattern COUNCIL_NAME = Pattern.compile(
            "(?i).*\\b(?:county|borough|district|city|metropolitan|unitary|town|parish)?\\s*council$");
    private static final Pattern KIND_OF_COUNCIL = Pattern.compile(
            "(?i).*\\b(?:county|borough|district|city|metropolitan borough|unitary)\\s+council$");
    // "Part I – Item 12", "Part 1 - Agenda Item 3", "Part A: Item 4": the access-to-information part printed with the item.
    private static final Pattern PART_ITEM = Pattern.compile("(?i)^part\\s+(?:i{1,2}|[12ab]|one|two)\\s*[–—:-]?\\s*(?:agenda\\s+)?item"
            + "\\s*(?:no\\.?|number)?\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?$");
    // "Report No. 7", "Report number: 7": a report numbered in the meeting's order; a reference ("Report No. CAB/24/118") is no item.
    private static final Pattern REPORT_NO = Pattern.compile("(?i)^report\\s+(?:no\\.?|number)\\s*:?\\s*(\\d{1,3}[a-z]?)\\.?$");
    // "Agenda Item" with its number on the next line, as a right-aligned box prints it.
    private static final Pattern BARE_MARK = Pattern.compile("(?i)^(?:agenda\\s+)?item\\s*(?:no\\.?|number)?\\s*:?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3}[a-z]?)\\.?$");
    // A committee's name printed alone, ending in the body's word ("Licensing and Regulatory Committee", "Cabinet").
    private static final Pattern COMMITTEE_NAME = Pattern.compile("(?i)^(?:the\\s+)?[\\w'’&,() -]{0,80}\\b(?:committee|cabinet|board|panel|"
            + "forum|executive|sub-committee|commission|assembly|partnership|council)$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;!?]$");
    // How far the header's lines stand from the item's line, in blocks, and how long a header line may be.
    private static final int BEFORE = 4;
    private static final int AFTER = 6;
    private static final int LONG_LINE = 160;
    private static final int MAX_WORDS = 24;
    // A covering letter's list stands in its first blocks.
    private static final int OPENING = 40;

    private PlainHeader() {}

    /** What such a header says, and the blocks it spans. */
    record Read(int firstBlock, int lastBlock, @Nullable String itemNumber, @Nullable String title, @Nullable String committee,
            @Nullable PartialDate meetingDate) {}

    /**
     * The item number an item's line in a plain header gives ({@code lines.get(l)}), with the line after it for a number
     * printed under "Agenda Item"; null where the line is none of those forms.
     */
    static @Nullable String itemMark(List<String> lines, int l) {
        String line = lines.get(l);
        for (Pattern p : List.of(AGENDA_ITEM, PART_ITEM, REPORT_NO)) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        if (BARE_MARK.matcher(line).matches() && l + 1 < lines.size()) {
            Matcher n = BARE_NUMBER.matcher(lines.get(l + 1));
            return n.matches() ? n.group(1) : null;
        }
        return null;
    }

    /** The item number the block's item line gives, or null; the header's lines may run into the next block. */
    static @Nullable String blockItemMark(List<Block> body, int at) {
        List<String> lines = new ArrayList<>(ReportExtractor.lines(body.get(at)));
        int own = lines.size();
        if (at + 1 < body.size() && body.get(at + 1).table() == null) {
            lines.addAll(ReportExtractor.lines(body.get(at + 1)));
        }
        for (int l = 0; l < own; l++) {
            String item = itemMark(lines, l);
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    /**
     * The header around block {@code at}, which holds its item line (or, where {@code listedItem} is given, is the first block
     * of a report the pack lists under that item), read up to the report's first section and not past {@code until}; null
     * where the blocks are no such header.
     */
    static @Nullable Read read(List<Block> body, int at, int until, @Nullable String listedItem) {
        return read(body, at, until, listedItem, false);
    }

    /**
     * A header that prints no item at all, starting at block {@code at} with the committee's name: the committee, the
     * meeting's date and the title over the report's first section ("Purpose of the report", "Summary", "Recommendations").
     * With no item's line to say so, it takes all three and a report's first section to be a report's header: minutes and
     * agendas print the committee and date too, but not over a title and a "Purpose of the report". Null where the blocks
     * are no such header.
     */
    static @Nullable Read unnumbered(List<Block> body, int at, int until) {
        Block b = body.get(at);
        // Cheap first: the committee's line opens the header, as a short block of its own.
        if (b.table() != null || b.kind() == BlockKind.LIST_ITEM || b.text().length() > 2 * LONG_LINE) {
            return null;
        }
        List<String> lines = ReportExtractor.lines(b);
        if (lines.isEmpty() || !committeeLine(lines.get(0))) {
            return null;
        }
        return read(body, at, until, null, true);
    }

    private static @Nullable Read read(List<Block> body, int at, int until, @Nullable String listedItem, boolean unnumbered) {
        String item = listedItem;
        String committee = null;
        PartialDate date = null;
        List<String> titles = new ArrayList<>();
        int first = at;
        int last = at;
        boolean sectionFollows = false;
        int from = listedItem != null || unnumbered ? at : Math.max(0, at - BEFORE);
        // Above the item's line the header reaches back only over its own short lines: prose or a list is the page before.
        for (int k = at - 1; k >= from; k--) {
            if (!headerBlock(body.get(k))) {
                from = k + 1;
                break;
            }
        }
        boolean stackedNumber = false;
        for (int k = from; k < Math.min(until, at + AFTER); k++) {
            Block b = body.get(k);
            String text = Texts.squash(b.text());
            if (k > at && ReportExtractor.COVER_END.matcher(text).matches()) {
                // With no item's line, "Introduction" is too common a heading (a minute's, a strategy's) to stand for a report's.
                sectionFollows = !unnumbered || !text.toLowerCase(Locale.ROOT).contains("introduction");
                break;
            }
            if (!headerBlock(b)) {
                if (b.table() != null && !CoverTable.read(b).isEmpty()) {
                    return null; // a cover table: read as one
                }
                break;
            }
            List<String> lines = ReportExtractor.lines(b);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                if (stackedNumber) {
                    stackedNumber = false;
                    continue; // the number under "Agenda Item", already read
                }
                CoverLabels.Labelled lab = CoverLabels.read(line);
                if (lab != null && lab.colon() && lab.field() != CoverLabels.Field.ITEM) {
                    return null; // a labelled cover: the report extractor reads its labels
                }
                if (ReportExtractor.ITEM.matcher(line).matches()) {
                    return null; // an "ITEM 7" cover: read as one
                }
                List<String> around = new ArrayList<>(lines);
                if (l + 1 == lines.size() && k + 1 < body.size()) {
                    around.addAll(ReportExtractor.lines(body.get(k + 1)));
                }
                String mark = itemMark(around, l);
                if (unnumbered && mark != null) {
                    return null; // an item's line: the numbered header's reading takes it
                }
                if (UnlabelledCover.reportOfLine(line) != null || UnlabelledCover.reportToLine(line) != null) {
                    return null; // "Report of the Director of Place": a cover the unlabelled cover's reading takes
                }
                Optional<PartialDate> d = UkDates.parse(line);
                if (mark != null) {
                    item = item != null ? item : mark;
                    if (BARE_MARK.matcher(line).matches()) {
                        stackedNumber = l + 1 < lines.size();
                        if (!stackedNumber) {
                            k++; // the number stands in the next block
                            last = Math.max(last, k);
                            break;
                        }
                    }
                } else if (committeeLine(line)) {
                    String name = CoverLabels.committee(line);
                    committee = committee != null ? committee : name;
                    date = date != null ? date : CoverLabels.date(line);
                } else if (d.isPresent() && d.get().isFullDate() && line.length() <= 60) {
                    date = date != null ? date : d.get();
                } else if (councilName(line) || !ReportExtractor.titleLike(line) || SENTENCE_END.matcher(line).matches()
                        || SPACES.split(line).length > MAX_WORDS) {
                    continue;
                } else {
                    titles.add(line);
                    // A title wrapped over two lines of one block reads as one.
                    if (l > 0 && titles.size() > 1 && lines.get(l - 1).equals(titles.get(titles.size() - 2))) {
                        titles.set(titles.size() - 2, titles.get(titles.size() - 2) + " " + line);
                        titles.remove(titles.size() - 1);
                    }
                }
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        // The title is the line over the first section; the header's lines are what stands above it.
        String title = titles.isEmpty() ? null : titles.get(titles.size() - 1);
        if (unnumbered) {
            return committee == null || date == null || title == null || !sectionFollows ? null
                    : new Read(first, last, null, title, committee, date);
        }
        // A listed paper's title is the list's ("Better Care Fund Plan 2024-25" reads as a date to a header's reading).
        if (item == null || title == null && listedItem == null || !sectionFollows || listedItem == null && committee == null && date == null) {
            return null;
        }
        return new Read(first, last, item, title, committee, date);
    }

    /**
     * The items a pack lists for the papers it brings: the late items its covering letter or sheet lists, else its front
     * sheets' agenda; each with the index, in the body, of the block after the list (a paper the list brings stands after it).
     */
    static List<Listed> listed(List<Block> body, ExtractContext ctx) {
        List<AgendaReader.Entry> entries = AgendaReader.readSupplement(body.subList(0, Math.min(body.size(), OPENING)));
        if (entries.isEmpty()) {
            List<Block> front = new ArrayList<>();
            ctx.parts(PartKind.FRONT_SHEET).forEach(p -> front.addAll(p.blocks()));
            entries = AgendaReader.read(front);
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        int after = -1;
        Block last = entries.get(entries.size() - 1).block();
        for (int i = 0; i < body.size() && after < 0; i++) {
            after = body.get(i) == last ? i + 1 : -1;
        }
        if (after < 0) {
            return List.of();
        }
        List<Listed> out = new ArrayList<>();
        for (AgendaReader.Entry e : entries) {
            out.add(new Listed(e.number(), e.title(), after));
        }
        return out;
    }

    /** An item a pack lists, and the first block after the list. */
    record Listed(String number, String title, int after) {}

    /**
     * Where, from the list on, a listed item's paper starts: the first block that prints its title (alone, or wrapped over two
     * blocks) over the paper's first section; -1 where none does.
     */
    static int titled(List<Block> body, Listed item, int until) {
        String want = words(item.title());
        if (want.isEmpty()) {
            return -1;
        }
        // words() keeps exactly the letters and figures, so a block (or two) whose count differs cannot match: counting is
        // cheap, normalising every paragraph of a long pack once per listed item is not.
        int wanted = letters(item.title());
        for (int i = item.after(); i < until; i++) {
            Block b = body.get(i);
            if (b.table() != null || b.kind() == BlockKind.LIST_ITEM) {
                continue;
            }
            int here = letters(b.text());
            if (here > wanted) {
                continue;
            }
            boolean alone = here == wanted && words(b.text()).equals(want);
            boolean wrapped = !alone && i + 1 < until && body.get(i + 1).table() == null
                    && here + letters(body.get(i + 1).text()) == wanted
                    && (words(b.text()) + " " + words(body.get(i + 1).text())).equals(want);
            if (alone || wrapped) {
                return i;
            }
        }
        return -1;
    }

    // How many letters and figures words() would keep.
    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c) || isFigure(c)) {
                n += Character.charCount(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return n;
    }

    private static boolean isFigure(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    // A title's words, for matching a list's wording with the paper's: case, punctuation and spacing aside.
    static String words(String s) {
        return Texts.squash(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " "));
    }

    // A header's block: a short heading or paragraph of a few short lines, not a list's item, a table or prose.
    private static boolean headerBlock(Block b) {
        if (b.table() != null || b.kind() == BlockKind.LIST_ITEM) {
            return false;
        }
        String text = Texts.squash(b.text());
        if (text.length() > 2 * LONG_LINE) {
            return false;
        }
        for (String line : ReportExtractor.lines(b)) {
            if (line.length() > LONG_LINE) {
                return false;
            }
        }
        return true;
    }

    // "Licensing and Regulatory Committee", "Cabinet – 11 December 2024"; the council's own name is not a committee.
    static boolean committeeLine(String line) {
        if (line.length() > 120 || SENTENCE_END.matcher(line).matches() || councilName(line)) {
            return false;
        }
        String name = CoverLabels.committee(line);
        return COMMITTEE_NAME.matcher(name).matches() && SPACES.split(name).length <= 12;
    }

    // "Fenmoor County Council", "HARTLEY VALE BOROUGH COUNCIL": the paper's publisher, printed over its header.
    static boolean councilName(String line) {
        String t = line.strip();
        // Both patterns below end in "council": a line that does not is passed over without them (most lines).
        if (t.length() < 7 || !t.regionMatches(true, t.length() - 7, "council", 0, 7)) {
            return false;
        }
        if (FULL_COUNCIL.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        return COUNCIL_NAME.matcher(t).matches()
                && (Authorities.find(t).isPresent() || KIND_OF_COUNCIL.matcher(t).matches());
    }
}
