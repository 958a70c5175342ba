package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.api.Test;

/**
 * Records of decisions head each decision with its agenda item rather than a minute number: "Item 5: Town centre car parking
 * charges", "Agenda item 12 – Local Plan review". Each is an item of the meeting, and its decisions belong to it.
 */
class DecisionItemHeadingsTest {
    @Test
    void aBoroughDecisionNoticeHeadsEachDecisionWithItsItem() {
        var doc = Variants.read("classify-decisions-taken-executive.txt");
        List<AgendaItem> items = Harness.run(new AgendaItemExtractor(), DocumentKind.MINUTES, doc).records(AgendaItem.class);
        assertEquals(List.of("5", "6", "7"), items.stream().map(AgendaItem::number).toList());
        assertEquals("Town centre car parking charges", items.get(0).title());
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class);
        assertEquals(List.of("5", "6", "7"), rs.stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void aDistrictRecordOfDecisionsWithAgendaItemAndADash() {
        var doc = document(para("Record of decisions taken by the Planning Policy Committee on 3 June 2024"),
                para("Agenda item 12 – Local Plan review timetable"),
                para("RESOLVED: That the revised timetable for the Local Plan review be approved."),
                para("Agenda item 13 – Community Infrastructure Levy charging schedule"),
                para("RESOLVED: That consultation on the draft charging schedule begin in July."));
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class);
        assertEquals(List.of("12", "13"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals("Local Plan review timetable", rs.get(0).itemTitle());
    }

    @Test
    void aSentenceAboutAnItemIsNoHeading() {
        var doc = document(para("Minutes of the meeting of the Licensing Committee held on 8 May 2024"),
                para("Present: Councillors Ann Reed (Chair) and Bob Lake"),
                para("4. Taxi Licensing Policy"),
                para("Item 8 on the agenda was taken before this item at the Chair's discretion."),
                para("RESOLVED: That the policy be adopted."));
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class);
        assertEquals(List.of("4"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
    }
}
