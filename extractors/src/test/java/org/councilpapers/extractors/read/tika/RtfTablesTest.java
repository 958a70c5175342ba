package org.councilpapers.extractors.read.tika;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RtfTablesTest {
    private static final String TWO_TABLES = "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}"
            + "{\\colortbl;\\red255\\green0\\blue0;\\red255\\green255\\blue255;}"
            + "{\\*\\generator Word;}\\pard Intro\\par"
            + "\\trowd\\clcbpat1\\cellx2000\\clcbpat2\\cellx4000"
            + "\\pard\\intbl Late \\'96 see note\\par second line\\cell\\pard\\intbl Caf\\'e9 \\{ok\\}\\cell\\row"
            + "\\pard Between\\par"
            + "\\trowd\\cellx2000\\pard\\intbl Only\\cell\\row\\pard\\par}";

    @Test
    void rowsCellsEscapesAndShadingFromTheColourTable() throws IOException {
        List<RtfTables.RtfTable> tables = RtfTables.read(Source.of(TWO_TABLES.getBytes(StandardCharsets.ISO_8859_1), "two.rtf"));
        assertEquals(2, tables.size());
        RtfTables.RtfTable first = tables.get(0);
        assertEquals(List.of(List.of("Late \u2013 see note\nsecond line", "Caf\u00e9 {ok}")), first.rows());
        assertEquals(new Rgb(255, 0, 0), first.fills().get(0).get(0));
        assertNull(first.fills().get(0).get(1), "white is no shading");
        assertEquals(List.of(List.of("Only")), tables.get(1).rows());
    }

    @Test
    void tableReplacesTheParagraphsTikaMadeOfItsCells() throws IOException {
        List<RtfTables.RtfTable> tables = RtfTables.read(Source.of(TWO_TABLES.getBytes(StandardCharsets.ISO_8859_1), "two.rtf"));
        List<Block> tika = List.of(Block.paragraph("Intro"), Block.paragraph("Late \u2013 see note"), Block.paragraph("second line"),
                Block.paragraph("Caf\u00e9 {ok}"), Block.paragraph("Between"), Block.paragraph("Only"));
        List<Block> placed = RtfTables.place(tika, tables);
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH, BlockKind.TABLE),
                placed.stream().map(Block::kind).toList());
        assertEquals(List.of("Late \u2013 see note\nsecond line", "Caf\u00e9 {ok}"), placed.get(1).table().rowTexts(0));
    }
}
