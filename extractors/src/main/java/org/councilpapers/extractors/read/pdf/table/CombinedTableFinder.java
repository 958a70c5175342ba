package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Box;
import org.jspecify.annotations.Nullable;

/**
 * Ruled tables first, then stream tables in the text the ruled ones leave: a page may hold both, and ruling
 * lines are the stronger evidence where they are drawn. A "ruled" table drawn by shading alone, with no line
 * in it, gives way to a stream table that holds it and reads more of the text around it as columns (the
 * unshaded label column beside a block of coloured status cells).
 */
final class CombinedTableFinder implements TableFinder {
    private final TableFinder ruled = new RulingTableFinder();
    private final TableFinder aligned = new AlignmentTableFinder();

    @Override
    public List<GridTable> find(PageGeometry page, int pageNumber, Warnings warnings) {
        return find(page, pageNumber, null, warnings);
    }

    @Override
    public List<GridTable> find(PageGeometry page, int pageNumber, @Nullable GridTable open, Warnings warnings) {
        List<GridTable> found = new ArrayList<>(ruled.find(page, pageNumber, warnings));
        if (found.stream().anyMatch(t -> shadedOnly(t, page.rulings()))) {
            List<GridTable> wider = aligned.find(page, pageNumber, new Warnings());
            for (int i = 0; i < found.size(); i++) {
                GridTable r = found.get(i);
                if (!shadedOnly(r, page.rulings())) {
                    continue;
                }
                for (GridTable s : wider) {
                    if (s.colCount() > r.colCount() && holdsText(s, r, page.glyphs())
                            && found.stream().noneMatch(o -> o != r && overlaps(o.box(), s.box()))) {
                        found.set(i, s);
                        break;
                    }
                }
            }
        }
        List<GridTable> taken = List.copyOf(found);
        List<Glyph> rest = taken.isEmpty() ? page.glyphs()
                : GridTable.outside(page.glyphs(), taken);
        PageGeometry left = new PageGeometry(page.width(), page.height(), rest, page.rulings(), page.fills());
        // Rows carried over from the page before are looked for only on a page with no ruled table: a ruled continuation is
        // found by its rules, and text left around a ruled table is no table's continuation.
        for (GridTable t : aligned.find(left, pageNumber, taken.isEmpty() ? open : null, warnings)) {
            // a stream table must not straddle a ruled one (text above and below a ruled table lining up)
            if (taken.stream().noneMatch(r -> overlaps(r.box(), t.box()))) {
                found.add(t);
            }
        }
        found.sort(Comparator.comparingDouble((GridTable t) -> t.box().y0()).thenComparingDouble(t -> t.box().x0()));
        return List.copyOf(found);
    }

    /** Whether no drawn ruling lies inside the table: its cells came from the edges of shaded boxes alone. */
    private static boolean shadedOnly(GridTable t, List<Ruling> rulings) {
        Box b = t.box();
        for (Ruling r : rulings) {
            boolean inside = r.horizontal()
                    ? r.position() >= b.y0() - 1 && r.position() <= b.y1() + 1 && r.end() > b.x0() && r.start() < b.x1()
                    : r.position() >= b.x0() - 1 && r.position() <= b.x1() + 1 && r.end() > b.y0() && r.start() < b.y1();
            if (inside) {
                return false;
            }
        }
        return true;
    }

    /** Whether the stream table holds all the text of the shaded one (its box hugs the text, not the shading). */
    private static boolean holdsText(GridTable stream, GridTable shaded, List<Glyph> glyphs) {
        List<Glyph> text = glyphs.stream().filter(g -> !g.isSpace() && shaded.holds(g)).toList();
        return !text.isEmpty() && text.stream().allMatch(stream::holds);
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x0() < b.x1() && b.x0() < a.x1() && a.y0() < b.y1() && b.y0() < a.y1();
    }
}
