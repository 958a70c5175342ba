package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

/**
 * A numbered "Recommendations" section near the end of a report, its list numbered afresh from 1 ("8. Recommendations"
 * over "1.", "2.", …): the list is the section's, and only the next section's heading ends it. Each layout in a council's
 * style of its own: a district's, a county council's full Council report, a London borough's, a unitary's read from PDF
 * (where one item came out as a numbered heading).
 */
class RecommendationSectionNumberingTest {
    private final RecommendationExtractor extractor = new RecommendationExtractor();

    private List<Recommendation> run(LayoutDocument doc) {
        return Harness.run(extractor, DocumentKind.REPORT, doc).records(Recommendation.class);
    }

    private static List<String> numbers(List<Recommendation> rs) {
        return rs.stream().map(Recommendation::number).toList();
    }

    @Test
    void aListNumberedAfreshUnderANumberedHeadingIsTheSectionsOwn() {
        // A district's report: "6. RECOMMENDATIONS", a lead-in, items 1–3, then "7. Financial Implications".
        List<Recommendation> district = run(document(heading(2, "5. Consultation"), para("5.1 Parish councils were consulted."),
                heading(2, "6. RECOMMENDATIONS"), para("Members are recommended to:"),
                item("1.", "Approve the Statement of Community Involvement for adoption."),
                item("2.", "Note the responses to the consultation."),
                item("3.", "Delegate minor editorial changes to the Head of Planning."),
                heading(2, "7. Financial Implications"), para("7.1 There are none.")));
        assertEquals(List.of("1", "2", "3"), numbers(district));
        assertEquals("Approve the Statement of Community Involvement for adoption.", district.get(0).text());

        // A county council's report to full Council: the heading is a plain numbered paragraph, the items plain numbered lines.
        List<Recommendation> county = run(document(para("8. Recommendations"), para("The County Council is asked to:"),
                item("1.", "To NOTE the work of the constitution review group"),
                item("2.", "APPROVE the revised Members' Allowances Scheme at Appendix A."),
                para("Appendices"), para("Appendix A – Members' Allowances Scheme")));
        assertEquals(List.of("1", "2"), numbers(county));
    }

    @Test
    void theListGoesOnPastTheHeadingsOwnNumberAndEndsAtTheNextSection() {
        // A London borough's: "4. Recommendations" over five items, the fifth numbered as the next section would be; then
        // "5. Background" (a heading in the list's numbering, but a heading by its words) ends it.
        List<Recommendation> borough = run(document(heading(2, "4. Recommendations"), para("Cabinet is asked to:"),
                item("1.", "agree the fees and charges for 2025/26;"), item("2.", "note the benchmarking with neighbouring boroughs;"),
                item("3.", "agree the concessions set out in Appendix 2;"), item("4.", "note the equalities assessment;"),
                item("5.", "delegate annual uprating to the Strategic Director of Resources."),
                item("5.", "Background"), para("5.1 Fees were last reviewed in 2023.")));
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(borough));

        // A section heading in a list item's place after fewer items ends the list all the same.
        List<Recommendation> panel = run(document(heading(2, "2. Recommendation"), item("1.", "That the Panel notes the report."),
                item("3.", "Background to the Panel's review"), para("3.1 The Panel met four times.")));
        assertEquals(List.of("1"), numbers(panel));
    }

    @Test
    void anItemAReadingTookForAHeadingStaysInItsList() {
        // A unitary's report read from PDF: item 3 is short enough that the layout called it a numbered heading.
        List<Recommendation> rs = run(document(heading(1, "7. Recommendations"), para("Council is asked to:"),
                item("1.", "NOTE the annual governance statement"), item("2.", "APPROVE the code of corporate governance"),
                heading(1, "3. If recommendation 2 is approved, AGREE its publication on the website"),
                item("4.", "DELEGATE minor changes to the Monitoring Officer."), heading(1, "Appendices"),
                para("Appendix 1 – Code of corporate governance")));
        assertEquals(List.of("1", "2", "3", "4"), numbers(rs));
        assertEquals("If recommendation 2 is approved, AGREE its publication on the website", rs.get(2).text());
    }
}
