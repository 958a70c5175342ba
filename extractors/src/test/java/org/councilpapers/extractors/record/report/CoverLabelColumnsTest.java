package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

/**
 * A cover whose labels stand in a column without colons, as a PDF reading of aligned text gives it: the director's name on
 * the label's line and the post printed under it ("Relevant Director   Sam Ode" over "Interim Corporate Director Finance"),
 * which the record joins as "name, post". A county's cover and a metropolitan borough's.
 */
class CoverLabelColumnsTest {
    private static Report only(org.councilpapers.core.layout.LayoutDocument doc) {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, doc).records(Report.class);
        assertEquals(1, rs.size(), rs.toString());
        return rs.get(0);
    }

    @Test
    void aPostPrintedUnderTheDirectorsNameJoinsItAsNameAndPost() {
        Report r = only(document(para("From   Councillor Ann Lee, Cabinet Member for Finance"), para("To   Cabinet – 12 March 2024"),
                para("Subject: Treasury Management Strategy 2024-25"), para("Classification   Unrestricted"),
                para("Relevant Director   Sam Ode"), para("Interim Corporate Director Finance"), para("Report Author   Jo Pike"),
                para("Electoral Division   All"), heading(2, "1. Introduction"), para("1.1 The strategy is set each year.")));
        assertEquals("Sam Ode, Interim Corporate Director Finance", r.accountableDirector());
        assertEquals("Jo Pike", r.author());
        assertEquals("Cabinet", r.committee());
        assertEquals("2024-03-12", String.valueOf(r.meetingDate()));
        assertEquals(Classification.PUBLIC, r.classification());
        assertEquals("Treasury Management Strategy 2024-25", r.title());
    }

    @Test
    void aDirectorsPostOnItsOwnLineIsNotJoinedToAnotherPost() {
        // "Lead director   Director of Place" over "Strategic Lead, Highways": two posts, no name; the value stays as printed.
        Report r = only(document(para("Report to   Executive – 4 June 2024"), para("Title of report: Highway verges policy"),
                para("Accountable Director   Director of Place"), para("Wards affected   All"), para("Key decision   No"),
                heading(2, "Summary"), para("The policy sets how verges are cut.")));
        assertEquals("Director of Place", r.accountableDirector());
        assertEquals("Executive", r.committee());
        assertNull(r.author());
    }
}
