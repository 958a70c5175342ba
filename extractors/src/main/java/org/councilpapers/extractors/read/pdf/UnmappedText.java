package org.councilpapers.extractors.read.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;

/**
 * Gathers, page by page, the glyphs of a PDF that could not be read as text, and says so once for the paper:
 * which pages, how much of each, in which fonts. A paper whose fonts carry no Unicode map loses words silently
 * otherwise, and no extractor can find what the reader dropped. One odd glyph (a logo's letter, a stray symbol)
 * is no damage: only a loss of {@link #MIN_LOST} glyphs or more is reported.
 */
final class UnmappedText {
    /** Fewer glyphs than this lost in the whole paper is noise, not damage. */
    static final int MIN_LOST = 10;

    private record PageLoss(int page, int lost, int drawn) {}

    private final List<PageLoss> pages = new ArrayList<>();
    private final Set<String> fonts = new LinkedHashSet<>();
    private int lost;

    void add(int page, PageScanner.Unmapped u) {
        if (u.lost() == 0) {
            return;
        }
        pages.add(new PageLoss(page, u.lost(), u.drawn()));
        fonts.addAll(u.fonts());
        lost += u.lost();
    }

    /** Adds one DAMAGED warning naming the file, the pages and the glyphs lost, where the loss is worth one. */
    void report(String file, Warnings warnings) {
        if (lost < MIN_LOST) {
            return;
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < pages.size() && i < 12; i++) {
            PageLoss p = pages.get(i);
            where.append(i == 0 ? "" : ", ").append(p.page()).append(" (").append(p.lost()).append(" of ")
                    .append(p.drawn()).append(')');
        }
        if (pages.size() > 12) {
            where.append(", and ").append(pages.size() - 12).append(" more");
        }
        List<String> named = fonts.stream().filter(f -> !f.isEmpty()).toList();
        warnings.add(WarningCode.DAMAGED, file + ": " + lost + " glyph" + (lost == 1 ? "" : "s") + " on "
                + (pages.size() == 1 ? "1 page" : pages.size() + " pages") + " could not be read as text"
                + (named.isEmpty() ? "" : " (font" + (named.size() == 1 ? " " : "s ") + String.join(", ", named)
                        + " without a Unicode map)")
                + "; page (glyphs lost of drawn): " + where, pages.get(0).page());
    }
}
