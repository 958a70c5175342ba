package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decision notices that give each decision's item by label: "Agenda item: 9 – Family Hubs …" over "Decision made:" and lettered
 * decisions (a county's record of executive decision), and "Decision No. 14" over "Subject: …" or "Report title: …" and "Decision(s):"
 * with numbered decisions (a metropolitan borough's notice of several decisions), and tables of labels ("Item | 6", "Title of
 * decision | …", "Decision | RESOLVED that …"), one a decision (a unitary's notice in a CMIS-like layout). Every decision carries its item's number and title,
 * and the notice gives the items as its meeting's, whatever the paper is taken for.
 */
class DecisionNoticeLabelsTest {
    private static List<Resolution> resolutions(DocumentKind kind, String paper) {
        return Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class);
    }

    private static List<AgendaItem> items(DocumentKind kind, String paper) {
        return Harness.run(new AgendaItemExtractor(), kind, Variants.read(paper)).records(AgendaItem.class);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "REPORT", "OTHER"})
    void aLabelledAgendaItemOverLetteredDecisions(DocumentKind kind) {
        String paper = "decision-notice-county-labelled-agenda-item-lettered.txt";
        List<Resolution> rs = resolutions(kind, paper);
        assertEquals(List.of("a", "b"), rs.stream().map(Resolution::number).toList(), kind + " " + rs);
        assertTrue(rs.stream().allMatch(r -> "9".equals(r.itemNumber())), rs.toString());
        assertEquals("Family Hubs and Start for Life Programme", rs.get(0).itemTitle());
        assertEquals("2024-03-12", String.valueOf(rs.get(0).meetingDate()));
        List<AgendaItem> items = items(kind, paper);
        assertEquals(List.of("9"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "REPORT", "OTHER"})
    void aDecisionNumberOverItsSubjectAndNumberedDecisions(DocumentKind kind) {
        String paper = "decision-notice-metropolitan-decision-no-subject-numbered.txt";
        List<Resolution> rs = resolutions(kind, paper);
        assertEquals(List.of("14", "14", "15"), rs.stream().map(Resolution::itemNumber).toList(), kind + " " + rs);
        assertEquals(List.of("1", "2"), rs.subList(0, 2).stream().map(Resolution::number).toList());
        assertEquals("To note the treasury management outturn for 2023/24.", rs.get(0).text());
        assertEquals("Annual Treasury Management Report 2023/24", rs.get(0).itemTitle());
        assertEquals("Highways Asset Management Plan 2024-2029", rs.get(2).itemTitle());
        assertTrue(rs.get(2).text().startsWith("The Executive approved the Highways Asset Management Plan"), rs.get(2).text());
        assertTrue(rs.stream().noneMatch(r -> r.text().contains("Reasons for decision")), "the reasons are no part of a decision");
        List<AgendaItem> items = items(kind, paper);
        assertEquals(List.of("14", "15"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Annual Treasury Management Report 2023/24", items.get(0).title());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "REPORT", "OTHER"})
    void aNoticeSetOutAsTablesOfLabels(DocumentKind kind) {
        String paper = "decision-notice-unitary-label-table-several-decisions.txt";
        List<Resolution> rs = resolutions(kind, paper);
        assertEquals(List.of("6", "7"), rs.stream().map(Resolution::itemNumber).toList(), kind + " " + rs);
        assertEquals("Waste Collection Contract Extension", rs.get(0).itemTitle());
        assertEquals("that the waste collection contract be extended to 31 March 2026.", rs.get(0).text(),
                "the value beside 'Decision', without the word that leads it; the reasons and options are no decision");
        assertEquals("Local Council Tax Support Scheme 2025-26", rs.get(1).itemTitle());
        assertEquals("2024-06-04", String.valueOf(rs.get(1).meetingDate()));
        List<AgendaItem> items = items(kind, paper);
        assertEquals(List.of("6", "7"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
    }
}
