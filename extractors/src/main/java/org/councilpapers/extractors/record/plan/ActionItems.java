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

    private static final int HEADING_WORDS = 10;
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
                lines.add(new Line(l, null, null));
            }
        } else {
            for (Block b : cell.blocks()) {
                String[] parts = b.text().split("\n");
                for (String l : parts) {
                    lines.add(new Line(l, b.kind() == BlockKind.LIST_ITEM && l == parts[0] ? b.marker() : null, parts.length == 1 ? b : null));
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
            } else if (!s.endsWith(":")) {
                lead.add(s);
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
