package org.councilpapers.extractors.record.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * An agenda pack as {@code pdftotext -layout} prints it: a front sheet of "Date: / Time: / Venue:" over "Membership: Councillors …
 * (Chair), …" and "Contact: …, Democratic Services Officer", numbered items with "(Pages 37 - 48)" and an "Exempt report of the
 * Director of Place." note under a Part 2 item, then a report's cover under the "Agenda Item 7" stamp ("Report to: / Date of
 * meeting: / Report of: / Title: / Key decision: / Classification: Open / Wards affected: / Report author:"). The front sheet's
 * labels are no report's cover, so its membership is no report's title; and a report author whose post wraps after "and" is one
 * person.
 */
class FrontSheetThenCoverTest {
    @Test
    void theFrontSheetIsNoReportAndTheCoverIsItem7() throws IOException {
        Extraction x = CouncilPapers.builder().build().extract(TestPapers.path("variants/pack-pdftotext-front-sheet-membership-then-agenda-item-cover.txt"));
        List<Report> reports = x.records(Report.class);
        assertEquals(1, reports.size(), reports.toString());
        Report r = reports.get(0);
        assertEquals("Bus service support contracts", r.title(), "not the front sheet's 'Membership: Councillors …'");
        assertEquals("7", r.itemNumber());
        assertEquals("Director of Place", r.reportOf());
        assertEquals("Yes", String.valueOf(r.keyDecision()));
        assertEquals(Classification.PUBLIC, r.classification(), "the cover's 'Classification: Open', not the agenda's Part 2 note");
        assertEquals("All", r.wardsAffected());
        List<Recommendation> recs = x.records(Recommendation.class);
        assertEquals(List.of("a", "b", "c"), recs.stream().map(Recommendation::number).toList());
        assertTrue(recs.stream().allMatch(c -> "7".equals(c.itemNumber()) && "Bus service support contracts".equals(c.itemTitle())), recs.toString());
    }

    @Test
    void anAuthorsPostWrappedAfterAndIsOnePerson() {
        assertEquals("Mehmet Okwuosa", CoverLabels.personName("Mehmet Okwuosa, Head of Performance and Improvement, Children's Services"));
        assertEquals("Rhian Dowd", CoverLabels.personName("Rhian Dowd, Head of Finance and Assurance, Resources Directorate"));
        assertEquals(null, CoverLabels.personName("Jane Doe, Head of Finance and Sam Lee, Finance Manager"), "two people: no one author");
    }
}
