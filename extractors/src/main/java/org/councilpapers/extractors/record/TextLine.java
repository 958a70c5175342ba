package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.HasBox;
import org.councilpapers.extractors.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * One line of a block as a front sheet or minutes are read: a table cell's line, or a line (or
 * tab-separated field) of a paragraph, with white space squashed and its span in the document
 * text kept for provenance.
 *
 * @param text the line, white space squashed
 * @param block the block it is a line of
 * @param start where it starts in the layout text
 * @param end where it ends, exclusive
 */
public record TextLine(String text, Block block, int start, int end) implements HasBox {
    private static final java.util.regex.Pattern WRAPPED_HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{Lu}\\p{Ll}{1,30})-\\s+(?=\\p{Lu}\\p{Ll})");

    @Override
    public @Nullable Box box() {
        return block.box();
    }

    /**
     * Every line of the blocks, in order.
     *
     * @param blocks blocks of the layout
     * @return the lines, without blank ones
     */
    public static List<TextLine> of(List<Block> blocks) {
        List<TextLine> out = new ArrayList<>();
        for (Block b : blocks) {
            out.addAll(of(b));
        }
        return out;
    }

    /**
     * Every line of a block, a table's cell by cell, in order.
     *
     * @param b a block
     * @return the lines, without blank ones
     */
    public static List<TextLine> of(Block b) {
        List<TextLine> out = new ArrayList<>();
        if (b.table() != null) {
            for (Cell c : b.table().cells()) {
                split(out, b, c.text(), c.start(), c.text().length() == c.end() - c.start());
            }
        } else {
            split(out, b, b.text(), b.start(), b.text().length() == b.end() - b.start());
        }
        return out;
    }

    // Offsets are exact when the text is the placed text; a block built without placing gets its own span.
    private static void split(List<TextLine> out, Block b, String text, int base, boolean exact) {
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\t') {
                String t = squash(text.substring(from, i));
                if (!t.isEmpty()) {
                    out.add(exact ? new TextLine(t, b, base + from, base + i) : new TextLine(t, b, b.start(), b.end()));
                }
                from = i + 1;
            }
        }
    }

    /**
     * A table cell's text on one line. A double-barrelled name that wrapped at its hyphen in a narrow
     * column ("Bruce-\nAnnan", read back as "Bruce- Annan") is joined again.
     *
     * @param s a cell's text
     * @return the text on one line
     */
    public static String cell(String s) {
        return WRAPPED_HYPHEN.matcher(squash(s)).replaceAll("-");
    }

    /**
     * A text with no-break spaces made plain, each run of white space one space, and the ends trimmed, as every line here is.
     *
     * @param s any text
     * @return the text squashed
     */
    public static String squash(String s) {
        return Texts.collapse(s).strip(); // as replace('\u00a0', ' ').replaceAll("\\s+", " ").strip(), without a regex compiled per call
    }
}
