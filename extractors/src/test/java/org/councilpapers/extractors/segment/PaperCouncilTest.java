package org.councilpapers.extractors.segment;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.junit.jupiter.api.Test;

/** The publisher's marks, on papers built in code: where each mark stands decides what it is worth. */
class PaperCouncilTest {
    private static Optional<String> council(LayoutDocument doc) {
        return PaperCouncil.of(doc, doc.body().stream().limit(60).toList());
    }

    // A two-page paper whose running footer carries the given text on each page.
    private static LayoutDocument withFooter(String footer, String... body) {
        LayoutDocument.Builder b = LayoutDocument.builder();
        for (int page = 0; page < 2; page++) {
            for (String text : body) {
                b.add(Block.paragraph(text));
            }
            b.add(Block.paragraph(footer + " | Page " + (page + 1)).withLayer(Layer.FOOTER));
            b.printedNumber(String.valueOf(page + 1));
            b.page();
        }
        return b.build();
    }

    @Test
    void theCoverNamesThePublisherNotTheCouncilsTheReportComparesItselfWith() {
        LayoutDocument doc = document(heading(1, "Northdale Borough Council"), heading(2, "Cabinet, 9 September 2025"),
                heading(2, "Adoption performance"), para("1.1 Southdale County Council and the City of Eastford place more "
                        + "children for adoption than Northdale does. Southdale County Council's service was judged outstanding."),
                para("1.2 Southdale County Council also delivers these functions for West Fenmoor Council."));
        assertEquals(Optional.of("Northdale"), council(doc));
    }

    @Test
    void aWelshBilingualLetterheadNamesTheCouncilInEnglish() {
        // The Welsh and English names run into one line, as a reading of a letterhead printed over two lines gives them.
        assertEquals(Optional.of("Penrhos"), council(document(para("CYNGOR BWRDEISTREF SIROL PENRHOS PENRHOS COUNTY BOROUGH COUNCIL"),
                heading(1, "Executive Board"), para("Minutes of the meeting held on 9 July 2018"))));
        assertEquals(Optional.of("Carmarthenshire"), council(document(para("Cyngor Sir Gâr Carmarthenshire County Council"),
                heading(1, "Cabinet"), para("Report of the Director of Education"))));
        assertEquals(Optional.of("Wrexham"), council(document(para("Cyngor Bwrdeistref Sirol Wrecsam Wrexham County Borough Council"),
                heading(1, "Scrutiny Committee"))));
        assertEquals(Optional.of("Vale of Glamorgan"), council(document(para("Cyngor Bro Morgannwg Vale of Glamorgan Council"),
                heading(1, "Cabinet"))));
        // Printed on two lines, or with a slash between the names, and a Welsh name that is the council's only one.
        assertEquals(Optional.of("Dyfnant"), council(document(heading(1, "Cyngor Sir Dyfnant / Dyfnant County Council"),
                heading(2, "Cabinet"), para("1.1 Neighbouring Cwmafon County Borough Council runs the service."))));
        assertEquals(Optional.of("Gwynedd"), council(document(heading(1, "Cyngor Gwynedd Council"), heading(2, "Cabinet"))));
    }

    @Test
    void aRunningFooterNamesThePublisher() {
        LayoutDocument doc = withFooter("Northdale Council – Overview and Scrutiny",
                "Temporary accommodation: how we compare with our neighbours, the figures for each quarter of the year, and what "
                        + "Southdale County Council and Westford City Council report for the same dates. Each council counts alike.");
        assertEquals(Optional.of("Northdale"), council(doc));
    }

    @Test
    void anEmailAddressInTheFooterNamesThePublisher() {
        LayoutDocument doc = withFooter("Enquiries: democratic.services@northdale.gov.uk",
                "Our neighbours Southdale County Council and Westford City Council face the same pressures on temporary "
                        + "accommodation. Their figures are given for comparison with ours in the table below.");
        assertEquals(Optional.of("Northdale"), council(doc));
    }

    @Test
    void anAddressRunTogetherTakesThePapersOwnSpellingOfThePlace() {
        LayoutDocument doc = document(heading(1, "Cheshire East Council"), heading(2, "Cabinet"),
                para("Contact: democratic.services@cheshireeast.gov.uk"));
        assertEquals(Optional.of("Cheshire East"), council(doc));
        doc = document(heading(1, "Agenda"), para("Contact: committees@broadwater-vale.gov.uk"));
        assertEquals(Optional.of("Broadwater Vale"), council(doc), "a hyphenated address gives the place's words");
    }

    // A paper long enough that its body runs well past the opening the cover is read from.
    private static LayoutDocument longReport(String address, String late) {
        LayoutDocument.Builder b = LayoutDocument.builder();
        b.add(Block.heading(1, "Empty homes brought back into use"));
        b.add(Block.paragraph("1.1 How the district compares with Coldharbour Borough Council and Wenlow City Council."));
        for (int i = 2; i < 80; i++) {
            b.add(Block.paragraph("1." + i + " Homes empty for more than six months fell again in the quarter to " + i + " June."));
        }
        b.add(Block.paragraph(late));
        b.add(Block.paragraph("Further information: " + address).withLayer(Layer.FOOTER));
        b.page();
        return b.build();
    }

    @Test
    void anAddressTakesThePapersSpellingOfItsPlaceFromAnywhereInItsText() {
        // Only the web address marks the publisher; its name, spelled with a space, is printed once, deep in the body.
        LayoutDocument doc = longReport("www.eastmarsh.gov.uk",
                "9.1 Grants are paid under the empty homes policy that East Marsh District Council adopted in 2021.");
        assertEquals(Optional.of("East Marsh"), council(doc));
    }

    @Test
    void anAddressWhosePlaceThePaperNeverNamesKeepsTheAddressesSpelling() {
        LayoutDocument doc = longReport("www.eastmarsh.gov.uk", "9.1 Grants are paid under the district's empty homes policy of 2021.");
        assertEquals(Optional.of("Eastmarsh"), council(doc), "named from the address, not null and not a neighbour");
        doc = longReport("democratic.services@eastmarsh.gov.uk", "9.1 Wenlow City Council reported 1,130 empty homes at the same date.");
        assertEquals(Optional.of("Eastmarsh"), council(doc), "a neighbour named in the body is not the publisher");
    }

    @Test
    void aFooterOfTheCouncilsNameAndPageNumberNamesThePublisher() {
        LayoutDocument doc = withFooter("Kingsholm County Council",
                "Shared Lives: the scheme compared with those Northby City Council and Ashwell District Council commission.");
        assertEquals(Optional.of("Kingsholm"), council(doc));
    }

    @Test
    void aJointCommitteesHostIsTheCouncilWhoseAddressItGives() {
        LayoutDocument doc = document(heading(1, "Eastmoor District Council and Westmoor Borough Council"),
                heading(2, "Joint Planning Committee"), para("Contact: committee.services@westmoor.gov.uk"));
        assertEquals(Optional.of("Westmoor"), council(doc));
    }

    @Test
    void aCoverTableNamesThePublisher() {
        LayoutDocument doc = document(table(row("Report to", "Northdale County Council Cabinet"), row("Date", "4 March 2025"),
                row("Report title", "Highways maintenance"), row("Report by", "Director of Highways")));
        assertEquals(Optional.of("Northdale"), council(doc), "a committee named for its council names the council");
    }

    @Test
    void councilsNamedOnlyInThePapersProseAreNoPublisher() {
        LayoutDocument doc = document(heading(1, "Regional adoption: briefing note"),
                para("1.1 Pellham Borough Council, Oxley County Council and the City of Carrowby fund the agency. Pellham Borough "
                        + "Council's panel met eleven times in the year, and Oxley County Council's met nine times."),
                para("Oxley County Council"));
        assertEquals(Optional.empty(), council(doc), "a name after the prose begins is discussed, not a mark");
    }

    @Test
    void whoCameToTheMeetingIsNoMark() {
        LayoutDocument doc = document(heading(1, "Minutes of the meeting of the Cabinet held on 9 October 2024"),
                para("Present: Councillors A Ash and B Birch"), para("Also present: Councillor C Cedar (Greyhaven County Council)"),
                heading(2, "31. Joint waste contract with Greyhaven County Council"));
        assertEquals(Optional.empty(), council(doc));
    }

    @Test
    void aMinutesTitleNamingItsCouncilIsAMarkHoweverLong() {
        LayoutDocument doc = document(para("Minutes of a meeting of the Licensing Committee of Westshire Borough Council held in "
                + "the Council Chamber, Civic Centre, Westshire on Thursday 4 May 2023 at 10.00 am, the Chairman presiding"),
                para("Present: Councillors D Elm and F Fir (Eastshire County Council observer)"));
        assertEquals(Optional.of("Westshire"), council(doc));
    }
}
