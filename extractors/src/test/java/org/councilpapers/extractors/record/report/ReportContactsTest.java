package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.vocab.CoverLabels;
import org.junit.jupiter.api.Test;

/**
 * Who wrote a report and which director answers for it, printed at the end of the report rather than on its cover, in the
 * shapes councils give them: a "Report Author | Relevant Director" table whose cells run name, post, telephone and e-mail
 * together; "Author" and "Relevant Director" as headings with the person in the paragraph under each; a labelled line whose
 * post sits in brackets after the name. And a title printed in two heading lines over a cover's label column. Each in a
 * style of its own: a district's, a county's, a metropolitan borough's, a London borough's, a unitary's and a city's.
 */
class ReportContactsTest {
    private static Report only(LayoutDocument doc) {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, doc).records(Report.class);
        assertEquals(1, rs.size(), rs.toString());
        return rs.get(0);
    }

    @Test
    void aContactTableWhoseCellsRunNamePostAndDetailsTogetherGivesAuthorAndDirector() {
        // A county: the contact table's one row holds each person's name, post, telephone and e-mail in a single cell.
        Report r = only(document(table(row("From:", "Cabinet Member for Highways, Cllr Ann Lee"), row("To:", "Cabinet, 6 March 2025"),
                        row("Subject:", "Highways Asset Management Plan 2025-30"), row("Classification:", "Unrestricted")),
                heading(2, "Recommendation(s):"), item("a)", "AGREE the Highways Asset Management Plan 2025-30."),
                heading(2, "1. Introduction"), para("1.1 The plan sets out how the network is kept safe."),
                heading(2, "6. Contact details"),
                table(row("Report Author", "Relevant Director"),
                        row("Priya Nair Acting Asset Manager 01632 960441 priya.nair@fenshire.gov.uk",
                                "Tom Hardy Interim Corporate Director Growth 01632 960112 tom.hardy@fenshire.gov.uk"))));
        assertEquals("Priya Nair", r.author());
        assertEquals("Tom Hardy, Interim Corporate Director Growth", r.accountableDirector());
        assertEquals("Highways Asset Management Plan 2025-30", r.title());
    }

    @Test
    void aContactLabelAsAHeadingTakesThePersonInTheParagraphUnderIt() {
        // A metropolitan borough: "Author" and "Relevant Director" as headings, name, post and e-mail in the paragraph under each.
        Report r = only(document(table(row("Report of:", "Director of Public Health"), row("Report to:", "Executive Board – 12 June 2024"),
                        row("Title of report:", "Tobacco Control Delivery Plan"), row("Wards affected:", "All")),
                heading(2, "1. Purpose of the report"), para("1.1 To set out the borough's tobacco control plan."),
                heading(2, "12. Contact details"), heading(3, "Author"),
                para("Dr Lena Okafor Consultant in Public Health lena.okafor@barsetmbc.gov.uk"), heading(3, "Relevant Director"),
                para("Mr Sam Weller Director of Public Health sam.weller@barsetmbc.gov.uk 01632 960777")));
        assertEquals("Lena Okafor", r.author());
        assertEquals("Sam Weller, Director of Public Health", r.accountableDirector());
    }

    @Test
    void anAuthorsPostInBracketsAfterTheNameIsNotPartOfTheName() {
        // A London borough: "Report Author" with no colon, the post in brackets, then telephone and e-mail.
        Report r = only(document(para("From: Cabinet Member for Resources"), para("To: Cabinet – 10 February 2025"),
                para("Subject: Council Tax Support Scheme 2025-26"), para("Classification: Open"),
                heading(2, "Summary"), para("The scheme is reviewed each year."),
                heading(2, "Contact details"),
                para("Report Author Ravi Patel (Head of Revenues, Benefits and Customer Services) 020 7946 0123, ravi.patel@lbbarchester.gov.uk"),
                para("Relevant Corporate Director: Helen Moss, Corporate Director of Resources 020 7946 0456")));
        assertEquals("Ravi Patel", r.author());
        assertEquals("Helen Moss, Corporate Director of Resources", r.accountableDirector());
    }

    @Test
    void aTitleSetInTwoHeadingLinesOverALabelColumnIsOneTitle() {
        // A district: the title and its period in two heading lines, then "By" and "To" without colons.
        Report r = only(document(heading(1, "Quarterly Performance Report"), heading(2, "Quarter 2 2024-25 – July to September"),
                para("By Director of Resources, Kim Cole"), para("To Executive – 14 November 2024"), para("Public"),
                para("Key decision No"), heading(2, "1. Introduction"), para("1.1 This report gives the second quarter's figures.")));
        assertEquals("Quarterly Performance Report Quarter 2 2024-25 – July to September", r.title());
        assertEquals("Executive", r.committee());
        assertEquals("2024-11-14", String.valueOf(r.meetingDate()));
    }

    @Test
    void aTitleOverLabelsIsNotJoinedToAHeadingFurtherUp() {
        // A unitary: the council's running title, a blank paragraph of prose, then the report's own title over the labels.
        Report r = only(document(heading(1, "Housing Revenue Account Business Plan"), para("This paper is published for the meeting below."),
                heading(2, "Refresh for 2025 to 2055"), para("Report of: Director of Housing"), para("Report to: Cabinet, 4 March 2025"),
                para("Wards affected: All"), para("Key decision: Yes"), heading(2, "1. Summary"), para("1.1 The plan is refreshed.")));
        assertEquals("Housing Revenue Account Business Plan", r.title());
    }

    @Test
    void aTitleOfThreeCapitalisedWordsIsNotAPerson() {
        assertFalse(CoverLabels.isPerson("Finance Monitoring Report"));
        assertFalse(CoverLabels.isPerson("Housing Strategy Update"));
        assertEquals(true, CoverLabels.isPerson("Sam Weller"));
    }

    @Test
    void aContactsNameAndPostAreSplitWithoutTheirDetails() {
        // A city: one line per person, as a two-column contact block flattens it.
        assertEquals("Jo Lee, Head of Finance Operations", CoverLabels.namePost("Dr Jo Lee Head of Finance Operations 01632 960001 jo.lee@x.gov.uk"));
        assertEquals("Jo Lee, Head of Finance", CoverLabels.namePost("Jo Lee, Head of Finance, Tel: 01632 960001"));
        assertEquals("Director of Place", CoverLabels.namePost("Director of Place"));
        assertEquals("Joe Bloggs", CoverLabels.personName("Joe Bloggs Acting Chief Accountant 01632 960441"));
        assertNull(CoverLabels.personName("Head of Housing Options"));
        assertEquals("Head of Finance", CoverLabels.withoutContactDetails("Head of Finance email: a@b.gov.uk"));
    }
}
