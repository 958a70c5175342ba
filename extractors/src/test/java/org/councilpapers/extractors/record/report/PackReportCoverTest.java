package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

/**
 * A report inside a pack, printed after the agenda that lists it, with no cover labels: its title, then "Report of …",
 * then its first section. The title's being one of the agenda's numbered items is what makes the lines a report's cover
 * however deep in the paper they stand (a borough's supplementary agenda; a county's pack, built here); an agenda that
 * prints "Report of the Director …" under each item gives no report.
 */
class PackReportCoverTest {
    private static List<Report> reports(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(new ReportExtractor(), kind, doc).records(Report.class);
    }

    @Test
    void aSupplementaryAgendasReportUnderTheTitleTheAgendaLists() {
        for (DocumentKind kind : List.of(DocumentKind.AGENDA_PACK, DocumentKind.REPORT, DocumentKind.OTHER)) {
            List<Report> rs = reports(kind, Variants.read("agenda-borough-supplementary-agenda-late-items.txt"));
            assertEquals(1, rs.size(), kind + ": " + rs);
            assertEquals("Housing Revenue Account Business Plan 2024-2054", rs.get(0).title());
            assertEquals("Director of Resources", rs.get(0).reportOf());
        }
    }

    @Test
    void aCountyPacksJointReportAfterItsAgenda() {
        LayoutDocument pack = document(para("Fenshire County Council"), para("Corporate Scrutiny Committee"),
                para("Wednesday 9 October 2024 at 10.00 am"), para("Agenda"), item("1.", "Apologies for absence"),
                item("2.", "Declarations of interest"), item("3.", "Minutes of the meeting held on 4 September 2024 (Pages 1 - 6)"),
                item("4.", "Quarterly performance and risk report (Pages 7 - 22)"), para("Contact: Committee Services"),
                para("Quarterly performance and risk report"),
                para("Joint report of the Chief Executive and the Executive Director of Finance"),
                para("Purpose of the report"), para("To report performance against the council plan for the first quarter."));
        List<Report> rs = reports(DocumentKind.AGENDA_PACK, pack);
        assertEquals(List.of("Quarterly performance and risk report"), rs.stream().map(Report::title).toList());
        assertEquals("Chief Executive and the Executive Director of Finance", rs.get(0).reportOf());
    }

    @Test
    void anAgendaThatNamesEachItemsReportGivesNone() {
        LayoutDocument agenda = document(para("Fenshire County Council"), para("Cabinet"), para("Tuesday 15 October 2024"),
                para("Agenda"), item("1.", "Apologies for absence"), item("2.", "Household waste recycling centres"),
                para("Report of the Executive Director of Place"), item("3.", "Medium term financial plan update"),
                para("Report of the Executive Director of Finance"), item("4.", "Exclusion of the press and public"));
        assertEquals(List.of(), reports(DocumentKind.AGENDA_PACK, agenda));
    }
}
