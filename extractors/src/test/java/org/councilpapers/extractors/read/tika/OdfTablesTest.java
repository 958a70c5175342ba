package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;

class OdfTablesTest {
    @Test
    void cellBackgroundsFromTheAutomaticStylesLandOnTikasCells() throws IOException {
        List<Block> body = new TikaLayoutReader().read(Source.of(OfficeFixtures.odtShadedPlan(), "plan.odt"), new Warnings()).body();
        Table t = body.stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(List.of("Action and owner", "", "RAG"), t.rowTexts(0), "the merged header spans two columns");
        assertEquals(Rgb.parse("#92d050").orElseThrow(), t.cellAt(1, 2).fill(), "green, after a cell holding a nested table");
        assertEquals(Rgb.parse("#ffc000").orElseThrow(), t.cellAt(2, 2).fill(), "amber, upper-case hex in the file");
        assertNull(t.cellAt(1, 0).fill(), "a white background is no fill");
        assertNull(t.cellAt(1, 1).fill(), "the nested table's red is its own, not its cell's");
        Cell header = t.cellAt(0, 2);
        assertNull(header.fill(), "the cell after a covered cell keeps its own (no) shading");
    }

    @Test
    void anOdtWithoutShadingReadsAsBefore() throws IOException {
        List<Block> body = new TikaLayoutReader().read(Source.of(OfficeFixtures.odt(), "report.odt"), new Warnings()).body();
        Table t = body.stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(List.of("Overall effectiveness", "Good"), t.rowTexts(1));
        assertNull(t.cellAt(1, 1).fill());
    }
}
