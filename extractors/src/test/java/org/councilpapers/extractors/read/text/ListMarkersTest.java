package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ListMarkersTest {

    @ParameterizedTest
    @ValueSource(strings = {"-", "*", "+", "•", "◦", "▪", "o", "\uF0B7", "●", "➢", "\uF0A8", "\uF06E", "∙", "⦁", "❖"})
    void bulletGlyphIsTheMarker(String glyph) {
        ListMarkers.Match m = ListMarkers.match(glyph + " Access the app");
        assertNotNull(m);
        assertEquals(glyph, m.marker());
        assertEquals("Access the app", m.text());
        assertEquals(0, m.indent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. Recommendation(s)|1.|Recommendation(s)",
        "1) Recommendation|1)|Recommendation",
        "(12) Minutes|(12)|Minutes",
        "13. Children who are electively home educated|13.|Children who are electively home educated",
        "(a) Complete the review|(a)|Complete the review",
        "a) Developing a dashboard|a)|Developing a dashboard",
        "A) Increase capacity|A)|Increase capacity",
        "i. caseworkers|i.|caseworkers",
        "(iv) SENCOs|(iv)|SENCOs",
        "iii) health staff|iii)|health staff",
        "(IV) Governance|(IV)|Governance",
        "a. approves the draft policy|a.|approves the draft policy",
        "b. Raise all charges by 20p|b.|Raise all charges by 20p",
        "(i) safeguarding training|(i)|safeguarding training",
        "b) agrees the limits|b)|agrees the limits",
        "2.1 Thurrock Children's Services|2.1|Thurrock Children's Services",
        "3.2.1 Timeliness of initial health assessments|3.2.1|Timeliness of initial health assessments",
        "3.10 **Proposed Operating Model**|3.10|**Proposed Operating Model**",
        "1. **People** – a borough|1.|**People** – a borough",
        "4.1. 'Good' judgement|4.1.|'Good' judgement",
    })
    void orderedMarkersAsPrinted(String line, String marker, String text) {
        ListMarkers.Match m = ListMarkers.match(line);
        assertNotNull(m, line);
        assertEquals(marker, m.marker());
        assertEquals(text, m.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2019 was a good year",
        "2019. The year began well",
        "1.5 million pounds were saved",
        "7.00 pm start",
        "0.5 FTE posts",
        "29 Compliments",
        "5 March 2020, and the plan",
        "1.2.3.4 Too Deep",
        "100.5 Percent",
        "*Thurrock Plan* is attached",
        "**Inspection dates**",
        "-23 cases",
        "+28%",
        "o'clock",
        "ITEM: 9",
        "p. 12 of the plan",
        "e.g. the plan",
        "A. Smith attended",
        "1.",
        "- ",
    })
    void yearsAmountsAndProseAreNotMarkers(String line) {
        assertNull(ListMarkers.match(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- 2.1 Thurrock Children's Services|2.1|Thurrock Children's Services",
        "- 1. Judicious, targeted investment|1.|Judicious, targeted investment",
        "- (i) **Ensure relevant governing bodies**|(i)|**Ensure relevant governing bodies**",
        "- a) Developing a dashboard|a)|Developing a dashboard",
        "- ✓ Earlier transition planning|✓|Earlier transition planning",
        "- 29 Compliments|-|29 Compliments",
        "- 2019 was a year|-|2019 was a year",
    })
    void bulletBeforeAnotherMarkerYieldsTheInnerMarker(String line, String marker, String text) {
        ListMarkers.Match m = ListMarkers.match(line);
        assertNotNull(m);
        assertEquals(marker, m.marker());
        assertEquals(text, m.text());
    }

    @Test
    void indentationCountsSpacesAndTabs() {
        assertEquals(1, ListMarkers.match(" - High quality services").indent());
        assertEquals(4, ListMarkers.match("    • nested").indent());
        assertEquals(4, ListMarkers.match("\t(ii) social care staff").indent());
    }

    @Test
    void tabAfterMarkerCountsAsSpace() {
        ListMarkers.Match m = ListMarkers.match("1.\tFirst item");
        assertNotNull(m);
        assertEquals("1.", m.marker());
        assertEquals("First item", m.text());
    }

    @Test
    void symbolFontBulletFlushAgainstItsTextIsStillABullet() {
        ListMarkers.Match m = ListMarkers.match("      \uF0B7The quality of written plans");
        assertEquals("\uF0B7", m.marker());
        assertEquals("The quality of written plans", m.text());
        assertEquals(6, m.indent());
        assertEquals("The recording of views", ListMarkers.match("•The recording of views").text());
        assertNull(ListMarkers.match("•lower case after a dot is text"), "only a capital after a flush bullet starts an item");
    }
}
