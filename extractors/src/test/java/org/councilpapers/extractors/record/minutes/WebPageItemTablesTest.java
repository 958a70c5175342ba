package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * A council web page of "Agenda and minutes": each item a row of a table ("14." beside the title, the agenda's text, "Minutes:"
 * and the minute) or a block of its own (the number and the title in elements side by side, the minute under them). Each item is
 * an agenda item numbered as printed, and its minute's decisions and questions are filed under it; a link to the item's paper
 * ("PDF 180 KB") is no part of its title. Two made-up councils' pages in {@code testdata/papers/variants}.
 */
class WebPageItemTablesTest {
    private static Extraction paper(String name) throws IOException {
        return CouncilPapers.builder().build().extract(TestPapers.path("variants/" + name));
    }

    private static List<String> items(Extraction x) {
        return x.records(AgendaItem.class).stream().map(a -> a.number() + " " + a.title()).toList();
    }

    private static List<String> resolutions(Extraction x) {
        return x.records(Resolution.class).stream().map(r -> r.itemNumber() + " " + r.itemTitle() + ": " + r.text()).toList();
    }

    private static List<String> questions(Extraction x) {
        return x.records(Question.class).stream().map(q -> q.itemNumber() + " " + (q.askedBy() == null ? null : q.askedBy().name())).toList();
    }

    @Test
    void aModernGovItemTablesRowsAreItemsWithTheirMinutes() throws IOException {
        Extraction x = paper("minutes-moderngov-agenda-and-minutes-item-table.html");
        assertEquals(List.of("13 Apologies for Absence", "14 Declarations of Interest", "15 Public Questions",
                "16 Medium Term Financial Strategy 2026/27 to 2028/29", "17 Housing Allocations Policy"), items(x),
                "the number without its full stop, the title without the link to its paper");
        assertEquals(List.of(
                "16 Medium Term Financial Strategy 2026/27 to 2028/29: That the Medium Term Financial Strategy be approved for consultation.",
                "17 Housing Allocations Policy: That the revised Housing Allocations Policy be adopted with effect from 1 January 2026."),
                resolutions(x));
        assertEquals(List.of("15 Colin Ashdown", "15 Ruth Ellery"), questions(x));
    }

    @Test
    void anItemBlockWithItsNumberInASpanIsAnItem() throws IOException {
        Extraction x = paper("minutes-web-page-item-divs-number-span.html");
        assertEquals(List.of("31 Apologies and Substitutions", "32 Questions from the Public", "33 Hackney Carriage Fare Tariff Review",
                "34 Street Trading Consent Policy"), items(x), "'31' and the title in spans side by side are not run together");
        assertEquals(List.of(
                "33 Hackney Carriage Fare Tariff Review: That the revised hackney carriage fare tariff be adopted from 1 December 2025.",
                "34 Street Trading Consent Policy: That the draft Street Trading Consent Policy be approved for public consultation."),
                resolutions(x));
        assertEquals(List.of("32 Janet Ollerton"), questions(x));
    }
}
