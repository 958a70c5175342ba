package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilpapers.core.Warnings;

/**
 * Ruled tables first, then stream tables in the text the ruled ones leave: a page may hold both, and ruling
 * lines are the stronger evidence where they are drawn.
 */
final class CombinedTableFinder implements TableFinder {
    private final TableFinder ruled = new RulingTableFinder();
    private final TableFinder aligned = new AlignmentTableFinder();

    @Override
    public List<GridTable> find(PageGeometry page, int pageNumber, Warnings warnings) {
        List<GridTable> found = new ArrayList<>(ruled.find(page, pageNumber, warnings));
        List<Glyph> rest = found.isEmpty() ? page.glyphs()
                : page.glyphs().stream().filter(g -> found.stream().noneMatch(t -> t.holds(g))).toList();
        PageGeometry left = new PageGeometry(page.width(), page.height(), rest, page.rulings(), page.fills());
        for (GridTable t : aligned.find(left, pageNumber, warnings)) {
            // a stream table must not straddle a ruled one (text above and below a ruled table lining up)
            if (found.stream().noneMatch(r -> overlaps(r, t))) {
                found.add(t);
            }
        }
        found.sort(Comparator.comparingDouble((GridTable t) -> t.box().y0()).thenComparingDouble(t -> t.box().x0()));
        return List.copyOf(found);
    }

    private static boolean overlaps(GridTable a, GridTable b) {
        return a.box().x0() < b.box().x1() && b.box().x0() < a.box().x1()
                && a.box().y0() < b.box().y1() && b.box().y0() < a.box().y1();
    }
}
