package org.councilpapers.extractors.read.pdf.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulingsTest {
    @Test
    void collinearPiecesMergeAndGapsSplit() {
        List<Ruling> merged = Rulings.merge(List.of(
                Ruling.horizontal(100, 50, 150), Ruling.horizontal(100.6f, 150.5f, 250), // one line, drawn per cell
                Ruling.horizontal(100, 300, 400),                                     // same height, far along: another
                Ruling.vertical(50, 100, 130), Ruling.vertical(50, 130, 160)), 2f);
        assertEquals(3, merged.size());
        Ruling first = merged.get(0);
        assertEquals(50, first.start());
        assertEquals(250, first.end());
        assertEquals(100.3f, first.position(), 0.01f);
        assertEquals(Ruling.horizontal(100, 300, 400), merged.get(1));
        assertEquals(Ruling.vertical(50, 100, 160), merged.get(2));
    }

    @Test
    void crossingRulingsAreConnectedAndDistantOnesAreNot() {
        List<List<Ruling>> groups = Rulings.connected(List.of(
                Ruling.horizontal(100, 50, 150), Ruling.vertical(60, 90, 200),
                Ruling.horizontal(500, 50, 150)), 2f);
        assertEquals(2, groups.size());
        assertEquals(2, groups.get(0).size());
    }

    @Test
    void closePositionsClusterToTheirMean() {
        assertArrayEquals(new float[] {51, 150}, Rulings.cluster(List.of(50f, 52f, 150f), 4f), 0.001f);
    }
}
