package org.councilpapers.extractors.read.tika;

import static org.councilpapers.extractors.read.tika.TikaLayoutReaderTest.read;
import static org.councilpapers.extractors.read.tika.TikaLayoutReaderTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.core.layout.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 1.5 MB agenda pack as Word: read in {@code mvn verify} rather than the unit run, because it
 * takes a second or two on a cold JVM.
 */
class TikaLayoutReaderIT {
    private static final String AGENDA_PACK = "docx/thurrock-2021-10-12-cs-scrutiny-agenda-pack.docx";
    private static LayoutDocument pack;

    @BeforeAll
    static void readPack() throws IOException {
        pack = read(AGENDA_PACK);
    }

    @Test
    void agendaPackFooterIsFurnitureAndItsRagKeyIsATable() {
        LayoutDocument doc = pack;
        Page page = doc.page(1);
        assertEquals(List.of("Page"), page.footer().stream().map(Block::text).toList(),
                "footer1.xml holds 'Page ' and a PAGE field whose cached value is a stale 0");
        assertTrue(doc.body().stream().noneMatch(b -> b.layer() != Layer.BODY));
        Table key = tables(doc).stream().filter(t -> t.colCount() == 2 && t.rowTexts(0).get(0).equals("RED"))
                .findFirst().orElseThrow();
        assertEquals(List.of("RED", "AMBER", "GREEN", "BLUE"),
                IntStream.range(0, key.rowCount()).mapToObj(r -> key.rowTexts(r).get(0)).toList());
        // The RAG date grids survived the HTML -> Word conversion, flattened and without their fills
        // (the .docx has no w:shd at all), so they are checked for shape only.
        assertTrue(tables(doc).stream().anyMatch(t -> t.colCount() == 4
                && t.rowTexts(0).equals(List.of("Oct 2019", "Jan 2020", "April 2020", "July 2020"))
                && t.rowTexts(2).equals(List.of("Oct 2020", "Jan 2021", "April 2021", "July 2021"))));
    }

    @Test
    void agendaPackAgendaTableAndBulletsAreRead() {
        LayoutDocument doc = pack;
        assertEquals(54, tables(doc).size(), "54 w:tbl, none nested, none in a content control");
        Table agenda = tables(doc).get(0);
        assertEquals(List.of("", "Page"), agenda.rowTexts(0));
        assertEquals(List.of("2 Minutes", "5 - 16"), agenda.rowTexts(2));
        assertTrue(doc.body().stream().anyMatch(b -> b.is(BlockKind.LIST_ITEM) && b.marker().equals("\u2022")
                && b.text().equals("Is your register of interests up to date?")));
    }

    @Test
    void agendaPackReadsTheSameTwice() throws IOException {
        LayoutDocument again = read(AGENDA_PACK);
        assertEquals(pack.text(), again.text());
        assertEquals(pack.pages(), again.pages());
    }
}
