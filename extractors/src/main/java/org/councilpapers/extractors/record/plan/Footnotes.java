package org.councilpapers.extractors.record.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;

/**
 * The footnote markers a table's cells end with ("Annual Report 2024/25 *", "Flood Strategy †", "Highways Contract (1)",
 * "Corporate Plan [2]"), which point to a note under the table and are no part of the cell's words. A symbol ("*", "†", "‡",
 * "§") is never part of a title and is always a marker; a figure in brackets or raised ("(1)", "[2]", "¹") may be part of
 * one, and is a marker only where a note under the table opens with it.
 */
final class Footnotes {
    private static final Pattern SYMBOL_MARKER = Pattern.compile("\\s*[*†‡§]+$");
    private static final Pattern FIGURE_MARKER = Pattern.compile("\\s*(\\(\\d{1,2}\\)|\\[\\d{1,2}\\]|[¹²³⁴⁵⁶⁷⁸⁹]+)$");
    private static final Pattern NOTE_OPENING = Pattern.compile("(?:^|[.!?]\\s+|\\n\\s*)(\\(\\d{1,2}\\)|\\[\\d{1,2}\\]|[¹²³⁴⁵⁶⁷⁸⁹]+)\\s");
    // How far under a table its notes are looked for: a few lines, before the next table or heading.
    private static final int NOTES_WINDOW = 6;

    private Footnotes() {}

    /** The figure markers ("(1)", "[2]", "¹") that open the notes under the table at {@code table}. */
    static Set<String> markersBelow(List<Block> blocks, int table) {
        Set<String> out = new HashSet<>();
        for (int k = table + 1; k < Math.min(blocks.size(), table + 1 + NOTES_WINDOW); k++) {
            Block b = blocks.get(k);
            if (b.table() != null || b.kind() == BlockKind.HEADING) {
                break;
            }
            String line = b.marker() != null ? b.marker() + " " + b.text() : b.text();
            if (line.indexOf('(') < 0 && line.indexOf('[') < 0 && !hasRaised(line)) {
                continue; // no figure marker anywhere: a cheap look before the pattern
            }
            // Notes printed one after another may be read as one paragraph: each opens a line or follows a sentence's end.
            Matcher m = NOTE_OPENING.matcher(line);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static boolean hasRaised(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("¹²³⁴⁵⁶⁷⁸⁹".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A cell's text without the footnote marker it ends with, where it ends with one. */
    static String withoutMarker(String text, Set<String> notes) {
        if (text.isEmpty()) {
            return text;
        }
        char last = text.charAt(text.length() - 1);
        if ("*†‡§".indexOf(last) >= 0) {
            return SYMBOL_MARKER.matcher(text).replaceFirst("");
        }
        if (notes.isEmpty() || last != ')' && last != ']' && "¹²³⁴⁵⁶⁷⁸⁹".indexOf(last) < 0) {
            return text;
        }
        Matcher m = FIGURE_MARKER.matcher(text);
        return m.find() && notes.contains(m.group(1)) && m.start() > 0 ? text.substring(0, m.start()) : text;
    }
}
