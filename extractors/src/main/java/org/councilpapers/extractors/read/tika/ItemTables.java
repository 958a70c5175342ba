package org.councilpapers.extractors.read.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Style;
import org.councilpapers.extractors.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A web page's table of agenda items ("Agenda and minutes" of ModernGov and its kind): a row per item, its number in the first
 * cell ("14.") and in the second the item's title, the agenda's description and, once the meeting is held, "Minutes:" and the
 * minute. Read as a grid, no item, decision or question under it is found; read as the page prints it, each row is a heading
 * "14. Title" over the item's text, as minutes set in paragraphs are.
 */
final class ItemTables {
    /** An item's number alone in its cell: "14.", "6a", "CW 112/25", "AM119". */
    private static final Pattern NUMBER = Pattern.compile("(?:\\p{Lu}{1,6}[ /.]?)?\\d{1,3}(?:[./]\\d{1,4}){0,2}(?:\\([a-z]\\)|[a-z])?\\.?");
    /** A header cell of the number or item column: "No.", "Item", "Item No.", "Items". */
    private static final Pattern HEADER = Pattern.compile("(?i)(?:(?:agenda\\s+)?item\\s*)?(?:no\\.?|number)|(?:agenda\\s+)?items?|title|subject");
    /** The minute of a held meeting under the item's agenda text: "Minutes:", "Minute:", "Decision:". */
    private static final Pattern MINUTES_LABEL = Pattern.compile("(?i)(?:minutes?|decisions?)\\s*:.*");

    private ItemTables() {}

    /**
     * The blocks a table of agenda items reads as, or null for another table.
     *
     * @param rows the table's rows, each its cells' blocks in order, and whether each row is of header cells
     * @param headerRows which rows are header rows
     * @return a heading paragraph per item ("14. Declarations of Interest") followed by the item's own blocks, or null
     */
    static @Nullable List<Block> unroll(List<List<List<Block>>> rows, List<Boolean> headerRows) {
        int first = 0;
        boolean labelled = false;
        if (!rows.isEmpty() && (headerRows.get(0) || isHeader(rows.get(0)))) {
            labelled = isHeader(rows.get(0));
            first = 1;
        }
        int items = 0;
        boolean minutes = false;
        for (int r = first; r < rows.size(); r++) {
            List<List<Block>> row = rows.get(r);
            if (row.size() < 2 || row.size() > 3) {
                return null;
            }
            String number = only(row.get(0));
            if (number == null || !NUMBER.matcher(number).matches()) {
                return null;
            }
            List<Block> item = row.get(row.size() - 1);
            if (item.isEmpty() || item.get(0).kind() == BlockKind.TABLE) {
                return null;
            }
            for (Block b : item) {
                if (b.kind() != BlockKind.TABLE && b.text().length() < 20 && MINUTES_LABEL.matcher(b.text()).matches()) {
                    minutes = true;
                }
            }
            items++;
        }
        // A report's numbered list of points in a table ("1. | The budget is …") is no agenda: the page's own labels, or the
        // minute under an item, say it is one.
        if (items < 2 || !labelled && !minutes) {
            return null;
        }
        List<Block> out = new ArrayList<>();
        for (int r = first; r < rows.size(); r++) {
            List<List<Block>> row = rows.get(r);
            List<Block> item = row.get(row.size() - 1);
            String title = Texts.FILE_LINK.matcher(item.get(0).text().strip()).replaceFirst("");
            String number = Objects.requireNonNull(only(row.get(0)));
            out.add(Block.paragraph((number.endsWith(".") ? number : number + ".") + " " + title).withStyle(Style.BOLD));
            out.addAll(item.subList(1, item.size()));
        }
        return out;
    }

    /**
     * Whether a text is an item's number alone.
     *
     * @param text the text, stripped
     * @return whether it is an item's number as printed ("14.", "6a", "CW 112/25")
     */
    static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() <= 14 && NUMBER.matcher(text).matches();
    }

    private static boolean isHeader(List<List<Block>> row) {
        if (row.size() < 2) {
            return false;
        }
        for (List<Block> cell : row) {
            String text = only(cell);
            if (text == null || !HEADER.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The text of a cell holding one block of text, else null. */
    private static @Nullable String only(List<Block> cell) {
        if (cell.size() != 1 || cell.get(0).kind() == BlockKind.TABLE) {
            return null;
        }
        return cell.get(0).text().strip();
    }
}
