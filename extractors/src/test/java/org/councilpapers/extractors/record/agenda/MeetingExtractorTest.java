package org.councilpapers.extractors.record.agenda;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

class MeetingExtractorTest {
    private final MeetingExtractor extractor = new MeetingExtractor();

    private List<Meeting> run(DocumentKind kind, org.councilpapers.core.layout.LayoutDocument doc) {
        return Harness.run(extractor, kind, doc).records(Meeting.class);
    }

    @Test
    void paddedLabelBlockAndMembershipSentenceReadLineByLine() {
        // The same family as the padded-label variants, as a reading that keeps each printed line (a PDF's) gives it.
        List<Meeting> ms = run(DocumentKind.AGENDA_PACK, document(
                para("Ashcombe Metropolitan Borough Council"), para("NOTICE OF MEETING"), para("ADULT SOCIAL CARE SCRUTINY PANEL"),
                para("Date:      Tuesday, 10 February 2026"), para("Time:      2.00 pm"),
                para("Venue:     Room 4, Ashcombe Town Hall, Market Place, Ashcombe AB2 7TT"),
                para("Contact:   Bronwen Tate, Scrutiny Officer"), para("Tel: 01632 960955  Email: scrutiny@ashcombe.gov.uk"),
                para("Membership"), para("Councillors Eleanor Vance (Chair), Rashid Mahmood (Vice-Chair), Colette Harper,"),
                para("Dermot Quayle and Sunita Rao"), para("Co-opted members (non-voting)"),
                para("Fr. Tomasz Nowak      Catholic Diocese representative"), para("Mr Owen Gallagher      Carers' Forum representative"),
                para("Agenda"), table(row("", "Page"), row("1 Apologies for Absence", ""), row("2 Minutes", "5 - 16"))));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("ADULT SOCIAL CARE SCRUTINY PANEL", m.committee());
        assertEquals("2026-02-10", m.date().toString());
        assertEquals("2.00 pm", m.time());
        assertEquals("Room 4, Ashcombe Town Hall, Market Place, Ashcombe AB2 7TT", m.venue());
        assertEquals("Bronwen Tate", m.contactOfficer());
        assertEquals(List.of(new Person("Eleanor Vance", "Chair"), new Person("Rashid Mahmood", "Vice-Chair"), new Person("Colette Harper", null),
                new Person("Dermot Quayle", null), new Person("Sunita Rao", null), new Person("Tomasz Nowak", "Co-opted"),
                new Person("Owen Gallagher", "Co-opted")), m.members());
    }

    @Test
    void frontSheetMeetingWithMembersRolesCoOptedTitlesAndSubstitutes() {
        List<Meeting> ms = run(DocumentKind.AGENDA_PACK, document(
                para("Borough - A place to be proud of"), para("Children's Services Overview and Scrutiny Committee"),
                para("The meeting will be held at 7.00 pm on 12 October 2021"),
                para("Training Room, The Beehive Community Resource Centre, West Street, Grays, RM17 6XP"), para("Membership:"),
                para("Councillors Sara Muldowney (Chair), Graham Snell (Vice-Chair), Abbie Akinbohun and Lee Watson"),
                para("Sarah Barlow, Church of England Representative Kim James, Chief Operating Officer, HealthWatch Thurrock"),
                para("Substitutes:"), para("Councillors Augustine Ononaji and Lynn Worrall"), para("Agenda"),
                table(row("", "Page"), row("1 Apologies for Absence", ""), row("2 Minutes", "5 - 16")),
                para("Queries regarding this Agenda or notification of apologies:"),
                para("Please contact Grace Le, Senior Democratic Services Officer by sending an email to democracy@example.gov.uk"),
                para("Agenda published on: 4 October 2021"),
                para("Information for members of the public and councillors"),
                para("The meeting of the council on 1 November 2021 will be held at 6.00 pm in the Council Chamber, Civic Offices")));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("Thurrock", m.council());
        assertEquals("Children's Services Overview and Scrutiny Committee", m.committee());
        assertEquals("2021-10-12", m.date().toString());
        assertEquals("7.00 pm", m.time());
        assertEquals("Training Room, The Beehive Community Resource Centre, West Street, Grays, RM17 6XP", m.venue());
        assertEquals(List.of(new Person("Sara Muldowney", "Chair"), new Person("Graham Snell", "Vice-Chair"), new Person("Abbie Akinbohun", null),
                new Person("Lee Watson", null), new Person("Sarah Barlow", "Church of England Representative"),
                new Person("Kim James", "Chief Operating Officer, HealthWatch Thurrock")), m.members());
        assertEquals(List.of(new Person("Augustine Ononaji", "Substitute"), new Person("Lynn Worrall", "Substitute")), m.substitutes());
        assertEquals("2021-10-04", m.published().toString());
        assertEquals("Grace Le", m.contactOfficer());
        assertTrue(m.present().isEmpty() && m.apologies().isEmpty() && m.inAttendance().isEmpty(), "an agenda says who is called, not who came");
    }

    @Test
    void minutedMeetingWithPresentSubstituteApologiesAndOfficersInAttendance() {
        List<Meeting> ms = run(DocumentKind.AGENDA_PACK, document(
                para("Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 13 July 2021 at 7.00 pm"),
                para("Present: Councillors Sara Muldowney (Chair), Lee Watson and James Thandi (Substitute) (substitute for Susan Little)"),
                para("Sarah Barlow, Church of England Representative Nicola Cranch, Parent Governor Representative"),
                para("Apologies: Councillor Susan Little"), para("In attendance:"),
                para("Sheila Murphy, Corporate Director of Children's Services Priscilla Bruce-Annan, Local Safeguarding Children's "
                        + "Partnership Business Manager Youth Cabinet Wendy Le, Senior Democratic Services Officer"),
                para("Before the start of the meeting, Members were advised that the meeting was being recorded, Councillor Smith."),
                item("1.", "Minutes"), para("The minutes were approved.")));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("Children's Services Overview and Scrutiny Committee", m.committee());
        assertEquals("2021-07-13", m.date().toString());
        assertEquals("7.00 pm", m.time());
        assertNull(m.venue());
        assertEquals(List.of("Sara Muldowney", "Lee Watson", "James Thandi", "Sarah Barlow", "Nicola Cranch"), m.present());
        assertEquals(List.of(new Person("James Thandi", "Substitute")), m.substitutes());
        assertEquals(List.of("Susan Little"), m.apologies());
        assertEquals(List.of(new Person("Sheila Murphy", "Corporate Director of Children's Services"),
                new Person("Priscilla Bruce-Annan", "Local Safeguarding Children's Partnership Business Manager"),
                new Person("Wendy Le", "Senior Democratic Services Officer")), m.inAttendance());
        assertTrue(m.members().isEmpty());
    }

    @Test
    void aReportOnItsOwnGivesOnlyTheMeetingItsCoverNames() {
        List<Meeting> ms = run(DocumentKind.REPORT, document(plainTable(row("7 July 2020", "ITEM: 9"), row("Cabinet", "")),
                para("The meeting will be held at 7.00 pm on 12 October 2021"), para("Report of: Jo Bloggs, Director")));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("Cabinet", m.committee());
        assertEquals("2020-07-07", m.date().toString(), "the cover's date, not a date its text mentions");
        assertNull(m.time(), "a cover prints no time: none is guessed from the text");
        assertNull(m.venue());
        assertTrue(m.members().isEmpty() && m.present().isEmpty() && m.apologies().isEmpty() && m.inAttendance().isEmpty());
    }

    @Test
    void aReportWhoseCoverNamesNoCommitteeGivesItsMeetingByDate() {
        // The meeting a researcher finds by its date: the cover names no committee, so none is given (decided in session 10).
        List<Meeting> ms = run(DocumentKind.REPORT, document(plainTable(row("7 July 2020", "ITEM: 9")),
                para("Report of: Jo Bloggs, Director"), para("1. Recommendations")));
        assertEquals(1, ms.size());
        assertNull(ms.get(0).committee());
        assertEquals("2020-07-07", ms.get(0).date().toString());
        assertNull(ms.get(0).time());
    }

    @Test
    void aReportWhoseCoverNamesNeitherCommitteeNorDateGivesNoMeeting() {
        assertTrue(run(DocumentKind.REPORT, document(plainTable(row("Agenda", "ITEM: 9")),
                para("Report of: Jo Bloggs, Director"), para("1. Recommendations"))).isEmpty());
    }

    @Test
    void moderngovFrontSheetWithTabFieldsAndTheDespatchDateAfterTheAgenda() {
        List<Meeting> ms = run(DocumentKind.AGENDA_PACK, Variants.read("moderngov-cabinet-agenda-frontsheet.txt"));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("CABINET", m.committee());
        assertEquals("2025-02-06", m.date().toString());
        assertEquals("10.00 am", m.time());
        assertEquals("Council Chamber, County Hall, Barchester", m.venue());
        assertEquals("Harriet Oduya", m.contactOfficer());
        assertEquals("2025-01-29", m.published().toString(), "the date printed alone under the General Counsel's name");
    }

    @Test
    void moderngovMinutesWithCapitalLabelsBracketedTitlesAndApologiesInAMinute() {
        List<Meeting> ms = run(DocumentKind.MINUTES, Variants.read("moderngov-cabinet-minutes.txt"));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("Barsetshire", m.council(), "the council printed over the minutes");
        assertEquals("Cabinet", m.committee());
        assertEquals("2025-02-06", m.date().toString());
        assertNull(m.time());
        assertEquals("Council Chamber, County Hall, Barchester", m.venue());
        assertEquals(List.of("A Hardy", "B Lowe", "C Oakes", "D Patel", "E Quinn"), m.present());
        assertEquals(List.of("K Vance"), m.apologies());
        assertEquals(List.of(new Person("F Rahman", "Director of Public Health"),
                new Person("G Singh", "Corporate Director Children, Young People and Education"), new Person("H Taylor", "General Counsel"),
                new Person("J Unwin", "Director of Technology")), m.inAttendance());
    }

    @Test
    void districtMinutesWithSemicolonsAlsoPresentOfficersAndAnApologiesSentence() {
        List<Meeting> ms = run(DocumentKind.MINUTES, Variants.read("district-planning-minutes-it-was-resolved.txt"));
        Meeting m = ms.get(0);
        assertEquals("Planning Committee", m.committee());
        assertEquals("6.30pm", m.time());
        assertEquals("Civic Centre, Station Road, Anytown, AN1 2BC", m.venue());
        assertEquals(List.of("P Green", "R Black", "S White", "T Brown", "U Grey"), m.present());
        assertEquals(List.of(new Person("U Grey", "Substitute")), m.substitutes());
        assertEquals(List.of("Z Amber", "A Jade"), m.apologies());
        assertEquals(List.of(new Person("V Pink", null), new Person("W Silver", "Head of Planning"), new Person("X Gold", "Senior Solicitor"),
                new Person("Y Bronze", "Democratic Services Officer")), m.inAttendance());
    }

    @Test
    void labelledFrontSheet() {
        Meeting m = run(DocumentKind.AGENDA_PACK, Variants.read("unitary-health-board-agenda.txt")).get(0);
        assertEquals("Health and Wellbeing Board", m.committee());
        assertEquals("2024-03-05", m.date().toString());
        assertEquals("2.00 pm", m.time());
        assertEquals("Committee Room 1, Town Hall, High Street, Anytown AN1 1AA", m.venue());
        assertEquals(List.of(new Person("J Doe", "Chair"), new Person("K Roe", "Vice-Chair"), new Person("L Poe", null),
                new Person("M Moe", null), new Person("Nadia Coe", "Director of Public Health")), m.members());
        assertEquals(List.of(new Person("O Hoe", "Substitute"), new Person("P Joe", "Substitute")), m.substitutes());
        assertEquals("Quentin Loe", m.contactOfficer());
        assertEquals("2024-02-26", m.published().toString());
    }

    @Test
    void aRenderingThatJoinsTheHeadingAndTheAttendanceIntoOneParagraph() {
        List<Meeting> ms = run(DocumentKind.MINUTES, document(para("BARSETSHIRE COUNTY COUNCIL"),
                para("CABINET MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall, Barchester on Thursday, "
                        + "6 February 2025. PRESENT: Mr A Hardy (Chairman), Mrs B Lowe and Mr C Oakes, OBE IN ATTENDANCE: Dr F Rahman "
                        + "(Director of Public Health) UNRESTRICTED ITEMS The meeting opened at 10.00 am."),
                item("101.", "Apologies")));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("Cabinet", m.committee());
        assertEquals("2025-02-06", m.date().toString());
        assertNull(m.time(), "a time later in the paragraph is not the heading's");
        assertEquals("Council Chamber, County Hall, Barchester", m.venue());
        assertEquals(List.of("A Hardy", "B Lowe", "C Oakes"), m.present());
        assertEquals(List.of(new Person("F Rahman", "Director of Public Health")), m.inAttendance());
    }

    @Test
    void anAttendanceListWithOneLineABlockGoesOnPastABodyNamedAlone() {
        Meeting m = run(DocumentKind.MINUTES, document(
                para("Minutes of the Meeting of the Corporate Parenting Panel held on 2 March 2022 at 6.00 pm"),
                para("Present: Councillors Ann Lee (Chair) and Bob Hill"), para("In attendance:"),
                para("Sheila Murphy, Corporate Director of Children's Services"), para("Youth Cabinet"),
                para("Wendy Le, Senior Democratic Services Officer"),
                para("Before the start of the meeting, Members were reminded that it was being recorded."),
                item("1.", "Apologies for Absence"))).get(0);
        assertEquals(List.of(new Person("Sheila Murphy", "Corporate Director of Children's Services"),
                new Person("Wendy Le", "Senior Democratic Services Officer")), m.inAttendance());
    }

    @Test
    void aPackWhoseMinutesAreHeadedByTheCommitteeAndDateAndWhoseMembersIncludeAnIndependentPerson() {
        List<Meeting> ms = run(DocumentKind.AGENDA_PACK, Variants.read("barset-audit-committee-pack-page-ranges.txt"));
        assertEquals(2, ms.size());
        Meeting called = ms.get(0);
        assertEquals("Barset", called.council());
        assertEquals(new Person("Mark Fir", "Independent Person"), called.members().get(called.members().size() - 1));
        assertEquals(6, called.members().size());
        assertEquals("2022-09-13", called.published().toString());
        Meeting minuted = ms.get(1);
        assertEquals("Audit and Governance Committee", minuted.committee());
        assertEquals("2022-07-20", minuted.date().toString());
        assertEquals(List.of("Lena Elm"), minuted.apologies());
        assertEquals(List.of(new Person("Nora Gum", "Chief Internal Auditor"), new Person("Oscar Hazel", "Democratic Services Officer")),
                minuted.inAttendance());
    }

    @Test
    void coOptedMembersUnderTheirOwnLabelAreCoOpted() {
        Meeting m = run(DocumentKind.AGENDA_PACK, document(para("Children and Young People Scrutiny Committee"),
                para("Date: Monday, 7 March 2022"), para("Membership: Councillors Ann Lee (Chair) and Bob Hill"),
                para("Co-opted Members: Carol Ivy and Dan Oak"), para("Agenda"), item("1.", "Apologies"), item("2.", "Minutes"))).get(0);
        assertEquals(List.of(new Person("Ann Lee", "Chair"), new Person("Bob Hill", null), new Person("Carol Ivy", "Co-opted"),
                new Person("Dan Oak", "Co-opted")), m.members());
    }

    @Test
    void kentCabinetFrontSheetPdf() {
        Meeting m = run(DocumentKind.AGENDA_PACK, Variants.readPdf("real/kent/kent-cabinet-2025-01-30-agenda-frontsheet.pdf")).get(0);
        assertEquals("CABINET", m.committee());
        assertEquals("2025-01-30", m.date().toString());
        assertEquals("10.00 am", m.time());
        assertEquals("Georgina Little", m.contactOfficer(), "'Ask for:' read where the two columns run into one line");
        assertEquals("2025-01-22", m.published().toString(), "the date under the General Counsel's name on page 2");
    }

    @Test
    void kentCabinetMinutesPdf() {
        Meeting m = run(DocumentKind.MINUTES, Variants.readPdf("real/kent/kent-cabinet-2025-01-30-minutes.pdf")).get(0);
        assertEquals("Kent", m.council());
        assertEquals("Cabinet", m.committee());
        assertEquals("2025-01-30", m.date().toString());
        assertEquals("Council Chamber, Sessions House, County Hall, Maidstone", m.venue());
        assertEquals(List.of("R W Gough", "N Baker", "S Chandler", "D Jeffrey", "R C Love", "D Murphy", "P J Oakford", "D Watkins",
                "R J Thomas"), m.present());
        assertEquals(List.of("C Bell"), m.apologies());
        assertEquals(14, m.inAttendance().size(), "ten in the room and four virtually");
        assertTrue(m.inAttendance().contains(new Person("C Head", "Head of Finance Operations")));
        assertTrue(m.inAttendance().contains(new Person("McKay", "Acting Chief Accountant")));
        assertEquals(new Person("L Gannon", "Director of Technology"), m.inAttendance().get(13));
    }

    @Test
    void kentPublicReportsPackPdfWhereTheColumnsRunTogether() {
        Meeting m = run(DocumentKind.AGENDA_PACK, Variants.readPdf("real/kent/kent-cabinet-2025-03-13-public-reports-pack.pdf")).get(0);
        assertEquals("2025-03-13", m.date().toString());
        assertEquals("3.00 pm", m.time());
        assertEquals("Georgina Little", m.contactOfficer(), "'(or on the rising of Full Council …)' after the name is not part of it");
        assertEquals("Thurrock", m.council(), "'Full Council' names no place, so the paper's council (the harness's Thurrock) stands");
        assertEquals("Council Chamber, Sessions House, County Hall, Maidstone", m.venue(),
                "beside the 'Ask for' column, after the time and its note '(or on the rising of Full Council …)' (checked in the PDF)");
        assertEquals("2025-03-05", m.published().toString());
    }

    @Test
    void aReportFromACabinetMemberGivesOnlyTheMeetingItsToLineNames() {
        // Read as an agenda pack by mistake: the kind is no gate, and the cover's "To:" line is the meeting the report is for
        // (SCHEMA: a standalone report gives the meeting it is written for), with nothing the paper does not state.
        List<Meeting> ms = run(DocumentKind.AGENDA_PACK, document(para("From: Roger Gough, Leader of the Council"),
                para("Dylan Jeffrey, Cabinet Member for Communications and Democratic Services"), para("To: County Council, 13 March 2025"),
                para("Subject: Governance Update"), heading(2, "1. Introduction"), item("a)", "The working party met."),
                heading(2, "2. Committees"), item("a)", "Cabinet Committees should review their agenda planning.")));
        assertEquals(1, ms.size(), "the cabinet members who wrote it call no meeting of their own");
        Meeting m = ms.get(0);
        assertEquals("County Council", m.committee());
        assertEquals("2025-03-13", m.date().toString());
        assertNull(m.time());
        assertNull(m.venue());
        assertTrue(m.members().isEmpty() && m.present().isEmpty() && m.apologies().isEmpty() && m.inAttendance().isEmpty());
    }

    @Test
    void frontSheetWithMembersInATableAQuorumAndThePlaceBeforeTheAgenda() {
        Meeting m = run(DocumentKind.AGENDA_PACK, Variants.read("county-front-sheet-membership-table-quorum.txt")).get(0);
        assertEquals("Health and Adult Social Care Scrutiny Committee", m.committee());
        assertEquals("Northshire", m.council());
        assertEquals("2022-03-14", m.date().toString());
        assertEquals("10.30 am", m.time());
        assertEquals("Room 4, Shire Hall, Northtown NT1 2AB", m.venue());
        assertEquals(List.of(new Person("Priya Shah", "Chair"), new Person("Tom Booth", "Vice-Chair"), new Person("Anne Clarke", null),
                new Person("David Moore", "Co-opted Member (Healthwatch Northshire)")), m.members(), "the quorum is no member");
        assertEquals(List.of(new Person("Omar Farouk", "Substitute"), new Person("Jill Price", "Substitute")), m.substitutes());
        assertEquals("Sam Reed", m.contactOfficer());
        assertEquals("2022-03-04", m.published().toString());
    }

    @Test
    void minutesWithAChairInTheLeadersRoleAndASubstituteAlsoPresent() {
        Meeting m = run(DocumentKind.MINUTES, Variants.read("borough-cabinet-minutes-recommended-not-carried-decision-table.txt")).get(0);
        assertEquals("Cabinet", m.committee());
        assertEquals("2022-11-09", m.date().toString());
        assertEquals("6.30 pm", m.time());
        assertTrue(m.present().containsAll(List.of("Kate Lowe", "Mo Aziz", "Fran Bell", "Gus Park")), m.present().toString());
        assertEquals(List.of(new Person("Hal Ives", "Substitute")), m.substitutes());
        assertEquals(List.of("Ian Jay"), m.apologies());
        assertEquals(List.of(new Person("Lucy Fenn", "Chief Executive"), new Person("Ravi Dutt", "Head of Finance")), m.inAttendance());
    }

    @Test
    void headingInCapitalsOverAHeldOnLineAndAttendanceByLabel() {
        Meeting m = run(DocumentKind.MINUTES, Variants.read("unitary-corporate-parenting-minutes-lettered-parts.txt")).get(0);
        assertEquals("Corporate Parenting Panel", m.committee());
        assertEquals("2023-03-14", m.date().toString());
        assertEquals("6.30 pm", m.time());
        assertEquals("Council Chamber, Town Hall, High Street, Anytown AN1 1AA", m.venue());
        assertEquals(List.of("A Smith", "B Jones", "Clare Marsh", "D Patel", "E Okafor"), m.present(), "councillors, then the co-opted member");
        assertEquals(List.of("G Hill"), m.apologies());
        assertEquals(List.of(new Person("F Green", null), new Person("Jane Doe", "Director of Children's Services"),
                new Person("Kim Lee", "Head of the Virtual School"), new Person("Sam Ray", "Democratic Services Officer")), m.inAttendance(),
                "other members present come, as also-present members do, without a role");
    }

    @Test
    void minutesOfAMeetingOfTheCabinetOverAHeldOnLineAndOfficersPresentAreNotMembers() {
        Meeting cabinet = run(DocumentKind.MINUTES, Variants.read("metropolitan-cabinet-minutes-slash-numbers.txt")).get(0);
        assertEquals("Cabinet", cabinet.committee());
        assertEquals("2016-06-07", cabinet.date().toString());
        assertEquals("10.00 am", cabinet.time());
        assertEquals("Committee Room 1, Civic Hall, Market Street, Northville", cabinet.venue());
        assertEquals(List.of("R Khan", "S Booth", "T Walsh", "U Wright"), cabinet.present());
        Meeting district = run(DocumentKind.MINUTES, Variants.read("district-scrutiny-minutes-short-minute-numbers.txt")).get(0);
        assertEquals("Overview and Scrutiny Committee", district.committee());
        assertEquals("Council Chamber, District Offices, Hall Lane, Southby", district.venue());
        assertEquals(List.of("H Field", "J Moss", "K Reed", "L Stone"), district.present());
        assertEquals(List.of(new Person("Ann Vale", "Head of Housing"), new Person("Ben Cole", "Scrutiny Officer")), district.inAttendance());
    }

    @Test
    void attendanceLabelsRunTogetherInOneParagraphAndTheWordCouncillorsAgainMidList() {
        Meeting m = run(DocumentKind.MINUTES, Variants.read("county-scrutiny-panel-minutes-lines-run-together.txt")).get(0);
        assertEquals("Children and Young People Scrutiny Panel", m.committee());
        assertEquals("2023-02-02", m.date().toString());
        assertEquals("County Hall, Newtown", m.venue());
        assertEquals(List.of("A Smith", "B Jones", "C Marsh"), m.present());
        assertEquals(List.of(new Person("Jane Doe", "Director of Children's Services")), m.inAttendance());
    }
}
