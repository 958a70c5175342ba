package org.councilpapers.extractors.record;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.junit.jupiter.api.Test;

/**
 * A shire county's memo cover ({@code cover-shire-from-two-people-call-in-question.txt}): two people under "From:", a
 * "Subject:" that wraps, "Unrestricted", "Is the decision eligible for call-in? Yes" after the electoral division, lettered
 * recommendations "A." "B." run into one paragraph under their lead-in, and the contact block in two columns.
 */
class ShireCoverVariantsTest {
    private static final String VARIANT = "cover-shire-from-two-people-call-in-question.txt";

    @Test
    void theCoversFieldsAndAQuestionLabelThatEndsTheWards() {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, Variants.read(VARIANT)).records(Report.class);
        assertEquals(1, rs.size());
        Report r = rs.get(0);
        assertEquals("Household Waste Recycling Centre Booking System and Opening Hours Review", r.title(), "the subject's lines joined");
        assertEquals("Cabinet", r.committee());
        assertEquals("2025-03-06", String.valueOf(r.meetingDate()));
        assertEquals(Classification.PUBLIC, r.classification(), "Unrestricted");
        assertEquals("All", r.wardsAffected(), "the call-in question is a label of its own, not the wards' second line");
        assertEquals("Yes", r.keyDecision());
    }

    @Test
    void aQuestionLabelSetsItsAnswerApart() {
        CoverLabels.Labelled l = CoverLabels.read("Is the decision eligible for call-in? Yes");
        assertEquals(CoverLabels.Field.OTHER, l.field());
        assertEquals("Yes", l.value());
        assertEquals(CoverLabels.Field.KEY_DECISION, CoverLabels.read("Key decision? No").field());
        assertEquals(null, CoverLabels.read("Why was the decision taken? To save money"), "a question that is no label");
    }

    @Test
    void lettersRunIntoOneParagraphAreOneRecommendationEachWithoutTheLeadIn() {
        List<Recommendation> rs = Harness.run(new RecommendationExtractor(), DocumentKind.OTHER, Variants.read(VARIANT))
                .records(Recommendation.class);
        assertEquals(List.of("A", "B"), rs.stream().map(Recommendation::number).toList(), "the letters as printed");
        assertEquals("DELEGATE authority to the Corporate Director to set the opening hours of each centre.", rs.get(1).text());
        assertEquals("Household Waste Recycling Centre Booking System and Opening Hours Review", rs.get(0).itemTitle());
    }

    @Test
    void aContactBlockInTwoColumnsGivesTheAuthorAndTheDirectorWithHisPost() {
        // As a reading that keeps the columns' gap gives it: the headings on one line, then names and posts side by side.
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, document(
                para("From: Councillor Miriam Holt, Cabinet Member for Environment"), para("To: Cabinet – 6 March 2025"),
                para("Subject: Household Waste Recycling Centre Booking System"), para("Classification: Unrestricted"),
                para("1. Introduction"), para("1.1 The booking system was introduced in 2020."),
                para("Report Author:        Relevant Director:\nMrs Priya Nair        Dr Tom Reeve\n"
                        + "Head of Waste Services        Corporate Director of Growth, Environment and Transport\n"
                        + "Telephone: 03000 410000        Telephone: 03000 410001"))).records(Report.class);
        assertEquals(1, rs.size());
        assertEquals("Priya Nair", rs.get(0).author());
        assertEquals("Tom Reeve, Corporate Director of Growth, Environment and Transport", rs.get(0).accountableDirector());
    }
}
