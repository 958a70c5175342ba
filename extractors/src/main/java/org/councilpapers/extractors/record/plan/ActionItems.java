package org.councilpapers.extractors.record.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.ActionVerbs;
import org.jspecify.annotations.Nullable;

/**
 * The items a plan cell lists, where one cell holds several actions ("1.1 Publish the offer / 1.2 Train partners",
 * bullets, "a) … b) …"), or the matching lines of an owner or date cell beside it. An item starts at a list item
 * the reader found, or at a line that starts with a number or bullet; a line without one continues the item above
 * (a wrapped line). A lead-in line before the first item ("Actions:") is no item. Fewer than two items is no list. Under a
 * heading ("Research", "Technology Enhanced Lives (TELS)") the items are actions where at least half of them start
 * with something to do ("Develop …", "Embed …"); items naming things (trainings, placements) under a heading, or a
 * list that completes the sentence before it, are one action with its points.
 */
final class ActionItems {
    // "1.1", "2.3a", "A1.2": a sub-action's own number; "a)", "(b)", "i)", "1)", "2.": a list's letters and numbers; bullets.
    private static final Pattern MARKER = Pattern.compile(
            "^(?:(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?[a-z]?|[A-Z]{1,2}\\d{1,2}\\.\\d{1,2})\\.?|\\(?[a-z]\\)|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\)"
                    + "|\\d{1,2}[.)]|[•▪●◦·*‣⁃–-])\\s+(?=\\S)");

    // "Digital front door • Raise awareness … • Embed …": bullets inside one line, where a writer (text with pipes or tabs) or a
    // reader (a page that joins a cell's lines) left a cell's points on one line.
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s+(?=[•▪●◦‣⁃]\\s+\\S)");
    private static final String BULLETS = "•▪●◦‣⁃";
    // " 2. Train …", " 3) Report …": a numbered point inside one line, its number then a capital.
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?<=\\S)\\s+(?=(\\d{1,2})[.)]\\s+\\p{Lu})");
    private static final Pattern FIRST_NUMBER = Pattern.compile("^1[.)]\\s+(?=\\S)");

    private static final int HEADING_WORDS = 10;
    private static final int LABEL_WORDS = 4;
    // A lead-in that runs on into its list: it ends in punctuation or a word that wants what follows.
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i)(?:[.,;–-]|\\b(?:with|including|includes?|and|or|of|for|to|the|a|an|such as|e\\.g\\.?|by|in|on|from|through|via))$");

    private ActionItems() {}

    /**
     * One item: its own number where it prints one ("1.2"; null for a bullet or a letter), its text without the
     * marker, and the block it came from where a block holds just this item (for its place on the page).
     */
    record Item(@Nullable String number, String text, @Nullable Block block) {}

    /** The items a cell lists, or an empty list where it lists fewer than two. */
    static List<Item> of(@Nullable Cell cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        if (cell.blocks().isEmpty()) {
            for (String l : cell.text().split("\n")) {
                inline(l).forEach(part -> lines.add(new Line(part, null, null)));
            }
        } else {
            for (Block b : cell.blocks()) {
                String[] parts = b.text().split("\n");
                for (String l : parts) {
                    List<String> points = inline(l);
                    for (String point : points) {
                        boolean first = l == parts[0] && point == points.get(0);
                        lines.add(new Line(point, b.kind() == BlockKind.LIST_ITEM && first ? b.marker() : null,
                                parts.length == 1 && points.size() == 1 ? b : null));
                    }
                }
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> text = new ArrayList<>();
        String number = null;
        Block block = null;
        boolean started = false;
        List<String> lead = new ArrayList<>();
        for (Line line : lines) {
            String s = Texts.squash(line.text());
            if (s.isEmpty()) {
                continue;
            }
            String marker = line.marker();
            String rest = s;
            if (marker == null) {
                Matcher m = MARKER.matcher(s);
                if (m.lookingAt()) {
                    marker = m.group().strip();
                    rest = s.substring(m.end());
                }
            }
            if (marker != null) {
                if (started) {
                    items.add(new Item(number, String.join(" ", text), block));
                }
                started = true;
                text = new ArrayList<>(List.of(rest));
                Matcher own = MARKER.matcher(marker + " x");
                number = own.lookingAt() && own.group(1) != null ? own.group(1) : null;
                block = line.block();
            } else if (started) {
                text.add(rest);
                block = null; // the item runs over more than one block
            } else if (!isLabel(s)) {
                lead.add(s); // "Continue the scheme with:" is a sentence the list completes; "Actions:" only labels it
            }
        }
        if (started) {
            items.add(new Item(number, String.join(" ", text), block));
        }
        if (items.size() < 2) {
            return List.of();
        }
        if (!lead.isEmpty() && !(isHeading(String.join(" ", lead)) && mostlyToDo(items))) {
            return List.of(); // prose before the list, or a heading over the things one action names: one action written out
        }
        return List.copyOf(items);
    }

    /**
     * A line's points where it prints several on one line: cut before each inline bullet where there are two or more, or
     * before each number of a run 1, 2, 3… ("1. Publish the offer. 2. Train partners."); else the line itself. A number
     * out of the run ("by 2. March", "Phase 2.") cuts nothing.
     */
    static List<String> inline(String line) {
        List<String> out = new ArrayList<>();
        int bullets = 0;
        for (int i = 0; i < line.length(); i++) {
            bullets += BULLETS.indexOf(line.charAt(i)) >= 0 ? 1 : 0;
        }
        if (bullets >= 2) {
            for (String part : INLINE_BULLET.split(line)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            if (out.size() >= 2) {
                return out;
            }
            out.clear();
        }
        if (line.indexOf(". ") < 0 && line.indexOf(") ") < 0) {
            return List.of(line);
        }
        int next = FIRST_NUMBER.matcher(line.stripLeading()).lookingAt() ? 2 : 1;
        List<Integer> cuts = new ArrayList<>();
        Matcher m = INLINE_NUMBER.matcher(line);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == next) {
                cuts.add(m.start());
                next++;
            }
        }
        if (next < 3) {
            return List.of(line);
        }
        int from = 0;
        for (int cut : cuts) {
            if (!line.substring(from, cut).isBlank()) {
                out.add(line.substring(from, cut).strip());
            }
            from = cut;
        }
        out.add(line.substring(from).strip());
        return out;
    }

    /**
     * A cell's text as printed, each list item with its marker ("• Trauma informed practice training"): a reader takes a
     * point's bullet or number for its marker, and keeps it apart from the words, where a page's text (Word, HTML) keeps it
     * in them. An action that is the whole cell reads the same from either.
     */
    static String printed(Cell cell) {
        if (cell.blocks().stream().noneMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.marker() != null)) {
            return cell.text().strip();
        }
        List<String> lines = new ArrayList<>();
        for (Block b : cell.blocks()) {
            String text = b.text().strip();
            lines.add(b.kind() == BlockKind.LIST_ITEM && b.marker() != null && !text.startsWith(b.marker()) ? b.marker() + " " + text : text);
        }
        return String.join("\n", lines).strip();
    }

    // A label over a list: a few words and a colon ("Actions:", "Key actions:"), not a sentence run on into the list.
    private static boolean isLabel(String s) {
        if (!s.endsWith(":")) {
            return false;
        }
        String words = s.substring(0, s.length() - 1).strip();
        return words.split(" ").length <= LABEL_WORDS && !OPEN_END.matcher(words).find();
    }

    /**
     * Whether the text before a list heads it ("Research", "Technology Enhanced Lives (TELS)"): a few words, no sentence,
     * not a phrase the list completes ("Continue current training placements with").
     */
    private static boolean isHeading(String lead) {
        String s = Texts.squash(lead);
        return s.split(" ").length <= HEADING_WORDS && !OPEN_END.matcher(s).find();
    }

    // At least half the items start with something to do ("Develop …", "Raise awareness …"), not a thing's name.
    private static boolean mostlyToDo(List<Item> items) {
        long verbs = items.stream().filter(i -> ActionVerbs.leads(i.text())).count();
        return verbs * 2 >= items.size();
    }

    /**
     * The lines of a cell beside a list (owners, dates), each without a marker of its own: one a line, or one a list item
     * where the cell lists them. Blank lines are skipped.
     */
    static List<String> lines(@Nullable Cell cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<Item> items = of(cell);
        if (!items.isEmpty()) {
            return items.stream().map(Item::text).toList();
        }
        List<String> out = new ArrayList<>();
        for (String l : cell.text().split("\n")) {
            String s = Texts.squash(l);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private record Line(String text, @Nullable String marker, @Nullable Block block) {}
}
