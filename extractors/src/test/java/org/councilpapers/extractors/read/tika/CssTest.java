package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.councilpapers.core.layout.Rgb;
import org.junit.jupiter.api.Test;

class CssTest {
    private static Rgb rgb(String css) {
        return Rgb.parse(css).orElseThrow();
    }

    @Test
    void backgroundFromLonghandShorthandOrNothing() {
        assertEquals(rgb("#92d050"), Css.background(Css.declarations("color: red; background-color: #92D050 !important")));
        assertEquals(rgb("#ffc000"), Css.background(Css.declarations("background: url(a.png) #ffc000 no-repeat")));
        assertEquals(new Rgb(0, 176, 80), Css.background(Css.declarations("background:rgb(0, 176, 80) none")));
        assertNull(Css.background(Css.declarations("background: transparent")));
        assertNull(Css.background(Css.declarations(null)));
    }

    @Test
    void aBackgroundColourThatNamesNoColourGivesWayToTheShorthand() {
        // Both readers of HTML once had a parser each, and only the text reader's fell through like this.
        assertEquals(rgb("#ff0000"), Css.background(Css.declarations("background-color: inherit; background: #ff0000 none")));
        assertEquals(rgb("#ffc000"), Css.background(Css.declarations("background: rgb(300, 0, 0) #ffc000")));
    }

    @Test
    void importantIsNotPartOfTheValue() {
        assertTrue(Css.bold(Css.declarations("font-weight: 600 !important")));
        assertEquals(rgb("#0000ff"), Css.colour(Css.declarations("color: #0000FF!important").get("color")).orElseThrow());
    }

    @Test
    void laterDeclarationsWin() {
        Map<String, String> d = Css.declarations("background-color:#ff0000;BACKGROUND-COLOR: #00ff00");
        assertEquals(rgb("#00ff00"), Css.background(d));
    }

    @Test
    void boldAndItalic() {
        assertTrue(Css.bold(Css.declarations("font-weight: 700")));
        assertTrue(Css.bold(Css.declarations("font-weight:bold")));
        assertFalse(Css.bold(Css.declarations("font-weight: 400")));
        assertTrue(Css.italic(Css.declarations("font-style: italic")));
    }

    @Test
    void classRulesFromSheetsWithCommentsMediaBlocksAndSelectorLists() {
        Map<String, String> rules = Css.classRules(List.of("""
                /* RAG colours */ .green, td.g2 { background: #92d050 }
                @media print { .red { background-color: #ff0000 } }
                table td > .ignored { color: blue }
                #id { color: blue }
                """));
        assertEquals(rgb("#92d050"), Css.background(Css.declarations(rules.get("green"))));
        assertEquals(rgb("#92d050"), Css.background(Css.declarations(rules.get("g2"))));
        assertEquals(rgb("#ff0000"), Css.background(Css.declarations(rules.get("red"))));
        assertFalse(rules.containsKey("ignored"), "descendant selectors are not understood");
        assertEquals(3, rules.size());
    }
}
