package org.councilpapers.extractors.read.pdf;

import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph or list item drafted from a page's lines, before the whole document is seen: whether it is
 * a heading, and of which level, or running furniture, is decided once every page has been read.
 *
 * @param marker a list item's marker as printed, else null
 * @param depth  a list item's nesting depth
 * @param textX0 where a list item's text starts, right of its marker (the indent its wrapped lines keep to
 *        under a hanging indent); a paragraph's left edge
 * @param lastLineX1 where the item's last line ends, to tell a line that wrapped from one that stopped short
 * @param firstWordWidth the width of the first word of the item's text, which would have had to fit on the line before
 * @param continuesPrevious whether this is the rest of the item before it, kept apart only because one of
 *        the two lies in the page's header or footer band; it is joined back unless that one is furniture
 */
record TextItem(String text, @Nullable String marker, int depth, Box box, int lineCount, float size,
        boolean bold, boolean italic, Rgb color, boolean continuesPrevious, float textX0, float lastLineX1, float firstWordWidth) implements PageItem {

    TextItem(String text, @Nullable String marker, int depth, Box box, int lineCount, float size, boolean bold,
            boolean italic, Rgb color, boolean continuesPrevious) {
        this(text, marker, depth, box, lineCount, size, bold, italic, color, continuesPrevious, box.x0(), box.x1(), 0);
    }

    /** This item with {@code next} (which continues it) appended. */
    TextItem join(TextItem next) {
        int n = text.length();
        boolean hyphenated = n > 1 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && !next.text.isEmpty() && Character.isLowerCase(next.text.codePointAt(0));
        return new TextItem(text + (hyphenated ? "" : " ") + next.text, marker, depth, box.union(next.box),
                lineCount + next.lineCount, size, bold, italic, color, continuesPrevious, textX0, next.lastLineX1, firstWordWidth);
    }

    /** This item with {@code next} appended, from another page: the box stays this page's. */
    TextItem append(TextItem next) {
        TextItem joined = join(next);
        return new TextItem(joined.text, marker, depth, box, joined.lineCount, size, bold, italic, color,
                continuesPrevious, textX0, lastLineX1, firstWordWidth);
    }

    boolean isListItem() {
        return marker != null;
    }

    /** Whether the marker is a number or letter ("1.", "a)", "2.1") rather than a bullet. */
    boolean numbered() {
        return marker != null && marker.chars().anyMatch(Character::isLetterOrDigit);
    }
}
