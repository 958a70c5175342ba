package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.Rgb;
import org.junit.jupiter.api.Test;

class FurnitureTest {
    private static TextItem item(String text, float y) {
        return new TextItem(text, null, 0, new Box(50, y, 300, y + 10), 1, 10, false, false, new Rgb(0, 0, 0), false);
    }

    private static PageDraft page(TextItem... items) {
        return new PageDraft(600, 800, List.of(items));
    }

    @Test
    void pageNumberFormsAreRecognised() {
        assertEquals("86", Furniture.wholePageNumber("86"));
        assertEquals("86", Furniture.wholePageNumber("Page 86"));
        assertEquals("3", Furniture.wholePageNumber("Page 3 of 12"));
        assertEquals("7", Furniture.wholePageNumber("- 7 -"));
        assertEquals("4", Furniture.wholePageNumber("4 | Page"));
        assertEquals("iv", Furniture.wholePageNumber("iv"));
        assertNull(Furniture.wholePageNumber("civil"));
        assertNull(Furniture.wholePageNumber("Page 86 of the report says"));
    }

    @Test
    void repeatedHeaderAndPageNumberFooterAreFurnitureAndBodyIsNot() {
        List<PageDraft> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pages.add(page(item("Children's Services Committee 12 October 2021", 30), item("Body text on page " + p, 300),
                    item("Page " + (p + 4), 770)));
        }
        List<Furniture.PageFurniture> f = Furniture.detect(pages);
        for (int p = 0; p < 3; p++) {
            assertEquals(Layer.HEADER, f.get(p).layers().get(0));
            assertNull(f.get(p).layers().get(1));
            assertEquals(Layer.FOOTER, f.get(p).layers().get(2));
            assertEquals(String.valueOf(p + 5), f.get(p).printedNumber());
        }
    }

    @Test
    void numberChangingAtTheEndOfARepeatedFooterIsThePageNumberButAFixedYearIsNot() {
        List<PageDraft> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pages.add(page(item("Inspection of Birmingham 2019", 30), item("Body " + p, 300), item("Inspection report: Birmingham " + (10 + p), 770)));
        }
        List<Furniture.PageFurniture> f = Furniture.detect(pages);
        assertEquals("12", f.get(1).printedNumber());
        assertEquals(Layer.HEADER, f.get(1).layers().get(0));
    }

    @Test
    void agendaItemNumberInARunningHeaderIsNotAPageNumber() {
        List<PageDraft> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            pages.add(page(item("Agenda Item " + (p <= 2 ? 5 : 6), 30), item("Body " + p, 300)));
        }
        List<Furniture.PageFurniture> f = Furniture.detect(pages);
        assertEquals(Layer.HEADER, f.get(0).layers().get(0));
        assertNull(f.get(0).printedNumber());
        assertNull(f.get(2).printedNumber());
    }

    @Test
    void textInTheBandThatNeitherRepeatsNorIsANumberStaysBody() {
        List<Furniture.PageFurniture> f = Furniture.detect(List.of(page(item("A last line of body text", 765)),
                page(item("Something else entirely", 765))));
        assertTrue(f.get(0).layers().isEmpty());
        assertNull(f.get(0).printedNumber());
    }

    @Test
    void headingThatTopsSeveralPagesButAlsoStandsInTheBodyIsNotARunningHeader() {
        List<PageDraft> pages = List.of(page(item("Activity indicators", 40), item("text", 300)),
                page(item("Activity indicators", 40), item("text", 300)), page(item("intro", 300), item("Activity indicators", 400)));
        List<Furniture.PageFurniture> f = Furniture.detect(pages);
        assertTrue(f.get(0).layers().isEmpty());
    }

    @Test
    void blankPageNoticeIsNeverFurniture() {
        List<PageDraft> pages = List.of(page(item("This page is intentionally left blank", 775)),
                page(item("This page is intentionally left blank", 775)));
        assertTrue(Furniture.detect(pages).get(0).layers().isEmpty());
    }
}
