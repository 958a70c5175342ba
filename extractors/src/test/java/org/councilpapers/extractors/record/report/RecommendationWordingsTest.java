package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.tika.TikaLayoutReader;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * What a report asks, in the wordings of several councils' templates: headings that carry who is asked ("Recommendations to
 * the Committee:", "Decision(s) required", "Action required of the Board"), lead-ins over lists ("Members are asked to:",
 * "Cabinet is asked to approve the following changes to the Capital Budget:"), a recommendation as one paragraph under its
 * heading with no list, and one sentence with no heading at all. Each layout is built in code in a style of its own (a
 * district's, a county's, a health board's, a London borough's, a Welsh county's, a metropolitan borough's); the format
 * case reads the committed HTML, RTF and ODT renderings of one report.
 */
class RecommendationWordingsTest {
    private final RecommendationExtractor extractor = new RecommendationExtractor();

    private List<Recommendation> run(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(extractor, kind, doc).records(Recommendation.class);
    }

    private static List<String> texts(List<Recommendation> rs) {
        return rs.stream().map(Recommendation::text).toList();
    }

    @Test
    void aHeadingThatNamesWhoIsAskedHeadsTheListUnderIt() {
        // A district's paragraph heading with a colon, then a bulleted list (as HTML and RTF readings give it).
        List<Recommendation> district = run(DocumentKind.OTHER, document(heading(2, "Housing repairs performance"),
                para("Recommendations to the committee:"), item("•", "Note the repairs completed in the quarter"),
                item("•", "Agree the revised target for emergency repairs"), para("Background"),
                para("The service completed 4,210 repairs in the quarter.")));
        assertEquals(List.of("Note the repairs completed in the quarter", "Agree the revised target for emergency repairs"), texts(district));

        // A health board's "Action required of the Board" and a county's "Decision(s) required", each over a numbered list.
        List<Recommendation> board = run(DocumentKind.REPORT, document(heading(2, "Action required of the Board"),
                item("1.", "To endorse the joint local health and wellbeing strategy refresh."),
                item("2.", "To agree the three priorities for 2025/26."), heading(2, "Introduction"), para("The strategy ran to 2024.")));
        assertEquals(List.of("1", "2"), board.stream().map(Recommendation::number).toList());
        List<Recommendation> county = run(DocumentKind.REPORT, document(heading(2, "Decision(s) required"),
                item("(a)", "approve the highways asset management plan;"), item("(b)", "delegate the annual programme to the Director."),
                heading(2, "1. Background"), para("The plan was adopted in 2019.")));
        assertEquals(List.of("approve the highways asset management plan;", "delegate the annual programme to the Director."), texts(county));
    }

    @Test
    void aLeadInNamingWhatIsAskedOverAListInTheBody() {
        // A metropolitan borough's finance report: the recommendation sits in the body, its lead-in longer than a heading.
        List<Recommendation> rs = run(DocumentKind.REPORT, document(heading(2, "5. Capital programme"),
                para("5.1 The programme is forecast to spend £84.2m against a budget of £91.0m."),
                para("Members are asked to approve the following changes to the capital programme:"),
                item("•", "£1.2m added for the Leisure Centre roof, funded by prudential borrowing"),
                item("•", "£0.4m moved from 2024-25 to 2025-26 for the depot scheme"),
                heading(2, "6. Risks"), para("6.1 Inflation remains the main risk.")));
        assertEquals(List.of("£1.2m added for the Leisure Centre roof, funded by prudential borrowing",
                "£0.4m moved from 2024-25 to 2025-26 for the depot scheme"), texts(rs));
    }

    @Test
    void aBodysListIsNoSecondRecommendationWhereTheReportHasItsOwn() {
        // A county's monitoring report: the cover's recommendation asks for the capital changes, the body lists them.
        List<Recommendation> rs = run(DocumentKind.REPORT, document(heading(2, "Recommendations"),
                item("2.1", "Agree the changes to the capital budget set out in section 5."), heading(2, "5. Capital programme"),
                para("Cabinet is asked to approve the following changes to the capital budget:"),
                item("•", "£1.2m added for the Leisure Centre roof"), item("•", "£0.4m moved to 2025-26 for the depot scheme"),
                heading(2, "6. Risks"), para("6.1 Inflation remains the main risk.")));
        assertEquals(List.of("2.1"), rs.stream().map(Recommendation::number).toList(), texts(rs).toString());
    }

    @Test
    void aParagraphUnderItsHeadingIsTheRecommendationWhereNoListFollows() {
        // A borough's "Recommendation" over one "That …" paragraph; a Welsh county's over two of them; prose after them is not one.
        List<Recommendation> one = run(DocumentKind.OTHER, document(para("Title of report: Annual report of the fostering panel"),
                heading(2, "Recommendation"), para("That the Committee notes the annual report."), heading(2, "Background"),
                para("The panel met twelve times.")));
        assertEquals(List.of("That the Committee notes the annual report."), texts(one));
        assertEquals(null, one.get(0).number());

        List<Recommendation> two = run(DocumentKind.REPORT, document(heading(2, "RECOMMENDATIONS"),
                para("That Cabinet approves the draft Welsh Language Promotion Strategy for consultation."),
                para("That Cabinet notes the results of the language census."),
                para("The strategy is required by the Welsh Language Standards."), heading(2, "REASONS FOR THE RECOMMENDATIONS"),
                para("The council must publish a strategy every five years.")));
        assertEquals(List.of("That Cabinet approves the draft Welsh Language Promotion Strategy for consultation.",
                "That Cabinet notes the results of the language census."), texts(two));
    }

    @Test
    void aSentenceThatAsksIsARecommendationWithNoHeadingOrList() {
        // A partnership's briefing ends "3.1 The board is asked to note the briefing."; a London borough's report says
        // "It is recommended that …" in its summary; a sentence telling what a meeting was asked is not one.
        List<Recommendation> note = run(DocumentKind.OTHER, document(heading(1, "Shared lives scheme: briefing"),
                para("2.1 Twenty-two carers were approved in the year."), para("3. Next steps"), para("3.1 The board is asked to note the briefing.")));
        assertEquals(1, note.size());
        assertEquals("3.1", note.get(0).number());
        assertEquals("The board is asked to note the briefing.", note.get(0).text());

        List<Recommendation> london = run(DocumentKind.REPORT, document(heading(1, "Summary"),
                para("It is recommended that the Cabinet Member approves the parking charges set out in Appendix 1."),
                para("In March the Committee was asked to comment on the consultation, and it did so."),
                para("Residents are asked to report potholes online.")));
        assertEquals(List.of("It is recommended that the Cabinet Member approves the parking charges set out in Appendix 1."), texts(london));
    }

    @Test
    void aSentenceInTheSummaryIsNoSecondRecommendationBesideItsSection() {
        List<Recommendation> rs = run(DocumentKind.REPORT, document(heading(2, "1. Summary"),
                para("1.1 The Panel is asked to note the outturn for 2024/25."), heading(2, "2. Recommendation"),
                item("2.1", "That the Panel notes the outturn for 2024/25."), heading(2, "3. Outturn"), para("3.1 Spending was on budget.")));
        assertEquals(1, rs.size(), texts(rs).toString());
        assertEquals("2.1", rs.get(0).number(), "the sentence in the summary is not read where the report has a recommendations section");
    }

    @Test
    void aNumberedSectionAfterALetteredListEndsTheList() {
        // "a)", "b)" then "1. Introduction" and "1.1 …" as list items: the report's sections, not more recommendations.
        List<Recommendation> rs = run(DocumentKind.OTHER, Variants.read("cover-county-report-from-to-subject-wrapped.txt"));
        assertEquals(List.of("a", "b"), rs.stream().map(Recommendation::number).toList(), texts(rs).toString());
        List<Recommendation> headed = run(DocumentKind.REPORT, document(heading(2, "Recommendations"), item("1.1", "That the Board notes the plan."),
                item("1.2", "That the Board agrees the targets."), item("2.", "Background"), item("2.1", "The plan was agreed in 2022.")));
        assertEquals(List.of("1.1", "1.2"), headed.stream().map(Recommendation::number).toList(), texts(headed).toString());
    }

    @Test
    void minutesRecordingWhatWasAskedGiveNoRecommendation() {
        List<Recommendation> rs = run(DocumentKind.MINUTES, document(heading(1, "Minutes of the Licensing Committee"),
                para("The Committee was asked to note the report."), para("RESOLVED: That the report be noted.")));
        assertTrue(rs.isEmpty(), texts(rs).toString());
    }

    @Test
    void theHtmlRtfAndOdtRenderingsOfOneReportGiveItsRecommendations() {
        List<String> html = texts(run(DocumentKind.OTHER, format("performance-report.html")));
        List<String> rtf = texts(run(DocumentKind.OTHER, format("performance-report.rtf")));
        assertEquals(List.of("Note the progress made", "Agree the revised plan"), html, "the paragraph 'Recommendations to the committee:'");
        assertEquals(html, rtf, "the same report in RTF");
        assertEquals(2, run(DocumentKind.OTHER, format("performance-report.odt")).size(), "the ODT rendering, headed 'Recommendations'");
    }

    @Test
    void variantsWithARecommendationInOneParagraphOrSentence() {
        assertEquals(List.of("That the Committee comments on the proposed changes."),
                texts(run(DocumentKind.OTHER, Variants.read("classify-report-purpose-recommendations-no-cover-labels.txt"))));
        assertEquals(List.of("That the Committee notes the annual report."),
                texts(run(DocumentKind.OTHER, Variants.read("cover-borough-meeting-title-lead-member.txt"))));
        assertEquals(List.of("The board is asked to note the briefing."),
                texts(run(DocumentKind.OTHER, Variants.read("council-identity-no-council-named.txt"))));
    }

    private static LayoutDocument format(String name) {
        Path p = TestPapers.path("formats/" + name);
        try {
            Source s = Source.of(Files.readAllBytes(p), name);
            return new TikaLayoutReader().read(s, new Warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
