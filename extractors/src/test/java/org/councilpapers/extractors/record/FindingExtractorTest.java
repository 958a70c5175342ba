package org.councilpapers.extractors.record;

import static org.councilpapers.testdata.LayoutFixtures.bold;
import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.junit.jupiter.api.Test;

class FindingExtractorTest {
    private final FindingExtractor extractor = new FindingExtractor();

    @Test
    void whatNeedsToImproveItemsInAnInspectionReportCarryTheInspection() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(3, "Barset Council"), heading(3, "Inspection of children's social care services"),
                para("Inspection dates: 11 November 2019 to 22 November 2019"),
                heading(4, "What needs to improve"),
                item("-", "Planned transitions for disabled young people."),
                item("-", "Timeliness of initial health assessments."),
                heading(2, "The experiences and progress of children who need help and protection: Good"),
                item("1.", "Judicious, targeted investment in early help."))).records(Finding.class);
        assertEquals(2, fs.size());
        Finding f = fs.get(1);
        assertEquals(FindingKind.IMPROVEMENT, f.kind());
        assertEquals("Timeliness of initial health assessments.", f.text());
        assertEquals("Barset", f.authority());
        assertEquals("Ofsted ILACS 2019", f.source());
        assertEquals("2019-11-22", f.date().toString());
    }

    @Test
    void leadInSentenceWithColonInACommitteeReport() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("Specific areas for improvement identified within the Ofsted Report:"),
                item("-", "Timeliness of initial health assessments when all children come into care."),
                para("These areas for development are explored in more detail in Section 3, below."),
                item("-", "Not a finding: the list ended."))).records(Finding.class);
        assertEquals(1, fs.size());
        assertEquals("Ofsted", fs.get(0).source());
        assertEquals("Thurrock", fs.get(0).authority(), "the paper's council");
        assertNull(fs.get(0).date());
    }

    @Test
    void boldAreasOfConcernAndStrengthsInOtherLayouts() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_LETTER, document(
                bold("Areas of concern"), item("a)", "The quality of EHC plans is too variable."),
                heading(2, "Strengths"), item("•", "Leaders know their local area well."))).records(Finding.class);
        assertEquals(2, fs.size());
        assertEquals(FindingKind.IMPROVEMENT, fs.get(0).kind());
        assertEquals(FindingKind.STRENGTH, fs.get(1).kind());
    }

    @Test
    void aLongParagraphMentioningImprovementIsNotALeadIn() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("What needs to improve is discussed at length in the sections that follow this introduction, where the "
                        + "service sets out the context of each of the recommendations and how it will respond to each in turn, "
                        + "with named leads and dates."),
                item("-", "A bullet that follows a long paragraph."))).records(Finding.class);
        assertEquals(0, fs.size());
    }
}
