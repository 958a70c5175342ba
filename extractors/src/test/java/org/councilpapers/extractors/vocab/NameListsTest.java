package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.record.Person;
import org.junit.jupiter.api.Test;

class NameListsTest {
    @Test
    void councillorListWithBracketedRoles() {
        assertEquals(List.of(new Person("Sara Muldowney", "Chair"), new Person("Graham Snell", "Vice-Chair"),
                new Person("Abbie Akinbohun", null), new Person("Susan Little", null), new Person("Lee Watson", null)),
                NameLists.people("Councillors Sara Muldowney (Chair), Graham Snell (Vice-Chair), Abbie Akinbohun, Susan Little and Lee Watson"));
    }

    @Test
    void aPostWithItsServiceInBracketsIsKeptWholeAfterACommaOrInsideBrackets() {
        assertEquals(List.of(new Person("Peter Orr", "Service Manager (Finance)"), new Person("Rhona Weir", "Committee Officer")),
                NameLists.people("Peter Orr, Service Manager (Finance); Rhona Weir, Committee Officer"));
        assertEquals(List.of(new Person("D Kerr", "Team Leader (Legal Services)"), new Person("N Shaw", "Clerk")),
                NameLists.people("Mrs D Kerr (Team Leader (Legal Services)) and Mr N Shaw (Clerk)"));
    }

    @Test
    void substituteNoteWinsOverOtherBrackets() {
        assertEquals(List.of(new Person("Lee Watson", null), new Person("James Thandi", "Substitute")),
                NameLists.people("Councillors Lee Watson and James Thandi (Substitute) (substitute for Susan Little)"));
    }

    @Test
    void honorificsInitialsAndPostNominals() {
        assertEquals(List.of(new Person("R W Gough", "Chair"), new Person("S Chandler", null), new Person("R C Love", null),
                new Person("D Murphy", null)),
                NameLists.people("Mr R W Gough (Chairman), Mrs S Chandler, Mr R C Love, OBE, Mr D Murphy"));
    }

    @Test
    void bracketedTitlesKeepTheirCommas() {
        assertEquals(List.of(new Person("A Ghosh", "Director of Public Health"),
                new Person("S Hammond", "Corporate Director Children, Young People and Education")),
                NameLists.people("Dr A Ghosh (Director of Public Health), Mrs S Hammond (Corporate Director Children, Young People and Education)"));
    }

    @Test
    void semicolonsAndPartyGroups() {
        assertEquals(List.of("P Green", "R Black", "S White"),
                NameLists.names("Councillor P Green (Chairman); Councillors R Black (Vice-Chairman) and S White"));
        assertEquals(List.of("A Smith", "B Jones"), NameLists.names("Labour (2): Mr A Smith and Mrs B Jones"));
    }

    @Test
    void nameAndRoleLinesRunTogetherAreSplitAtEachName() {
        assertEquals(List.of(new Person("Sarah Barlow", "Church of England Representative"),
                new Person("Kim James", "Chief Operating Officer, HealthWatch Thurrock"),
                new Person("Nicola Cranch", "Parent Governor Representative")),
                NameLists.people("Sarah Barlow, Church of England Representative Kim James, Chief Operating Officer, HealthWatch Thurrock "
                        + "Nicola Cranch, Parent Governor Representative"));
    }

    @Test
    void aBodyBetweenTwoEntriesIsNoPersonAndNoPartOfARole() {
        assertEquals(List.of(new Person("Priscilla Bruce-Annan", "Business Manager"), new Person("Wendy Le", "Senior Democratic Services Officer")),
                NameLists.people("Priscilla Bruce-Annan, Business Manager Youth Cabinet Wendy Le, Senior Democratic Services Officer"));
    }

    @Test
    void aTitleWithACommaDoesNotStartANewEntry() {
        assertEquals(List.of(new Person("Janet Simon", "Interim Assistant Director, Children's Social Care and Early Help"),
                new Person("Catherine Wilson", "Strategic Lead Commissioning and Procurement")),
                NameLists.people("Janet Simon, Interim Assistant Director, Children's Social Care and Early Help Catherine Wilson, "
                        + "Strategic Lead Commissioning and Procurement"));
    }

    @Test
    void surnamesAloneCountOnlyInACouncillorList() {
        assertEquals(List.of("Watson", "Anderson"), NameLists.names("Councillors Watson and Anderson"));
        assertTrue(NameLists.names("Watson and Anderson").isEmpty());
    }

    @Test
    void proseAndBodiesNameNoOne() {
        assertTrue(NameLists.people("Before the start of the meeting, all present were advised that it was recorded").isEmpty());
        assertTrue(NameLists.people("Youth Cabinet").isEmpty());
        assertTrue(NameLists.people("UNRESTRICTED ITEMS").isEmpty());
    }

    @Test
    void namesAreCapitalisedWordsWithoutTitlesOrAcronyms() {
        assertTrue(NameLists.isName("Mary van der Berg", false));
        assertTrue(NameLists.isName("Priscilla Bruce-Annan", false));
        assertFalse(NameLists.isName("Assistant Director", false));
        assertFalse(NameLists.isName("SEND Board", false));
        assertFalse(NameLists.isName("Watson", false));
        assertTrue(NameLists.isName("Watson", true));
    }

    @Test
    void honorificsAreStrippedOneAfterAnother() {
        assertEquals("Jane Smith", NameLists.stripHonorifics("Councillor Mrs Jane Smith"));
        assertEquals("Jane Smith", NameLists.stripHonorifics("Jane Smith"));
    }

    @Test
    void aBracketedTitleVouchesForASurnameAloneOrOneThatIsATitleWord() {
        assertEquals(List.of(new Person("C Head", "Head of Finance Operations"), new Person("McKay", "Acting Chief Accountant")),
                NameLists.people("Mrs C Head (Head of Finance Operations) and McKay (Acting Chief Accountant)"));
        assertTrue(NameLists.people("Head of Finance (Operations)").isEmpty(), "without an honorific a title is no name");
    }

    @Test
    void whatTrailsTheBracketsIsNoPartOfTheName() {
        assertEquals(List.of(new Person("L Gannon", "Director of Technology")),
                NameLists.people("Mrs L Gannon (Director of Technology) UNRESTRICTED ITEMS"));
    }

    @Test
    void aCourtesyTitleStartsTheNextEntryNotTheRoleBeforeIt() {
        List<Person> two = List.of(new Person("A Patel", "Head of Service"), new Person("B Okafor", "Senior Solicitor"));
        assertEquals(two, NameLists.people("Ms A Patel, Head of Service, Mr B Okafor, Senior Solicitor"));
        assertEquals(two, NameLists.people("Ms A Patel, Head of Service Mr B Okafor, Senior Solicitor"), "one a line, the lines run together");
        assertEquals(two, NameLists.people("Ms A Patel (Head of Service), Mr B Okafor (Senior Solicitor)"));
        assertEquals(two, NameLists.people("A Patel (Head of Service) Mr B Okafor (Senior Solicitor)"), "no comma after the bracket");
    }

    @Test
    void clericalCivicAndAcademicTitlesAreNoPartOfTheName() {
        assertEquals(List.of(new Person("Tom Hale", "Chair"), new Person("Ann Lee", null), new Person("Joan Ivy", null),
                new Person("Ken Moss", null), new Person("Roy Hamill", null)),
                NameLists.people("Councillors Fr. Tom Hale (Chair), Prof Ann Lee, Dame Joan Ivy, Sir Ken Moss and Alderman Roy Hamill"));
        assertEquals(List.of(new Person("John Smith", "Diocesan Representative"), new Person("Jane Roe", "Designated Doctor")),
                NameLists.people("Revd Canon John Smith, Diocesan Representative, Dr Jane Roe, Designated Doctor"));
        assertEquals("Wyn Garside", NameLists.stripHonorifics("Rev. Wyn Garside"));
        assertEquals("Wyn Garside", PersonNames.stripHonorific("Revd Wyn Garside"));
    }

    @Test
    void aPostWithItsHolderInBrackets() {
        assertEquals(List.of(new Person("Declan Rafferty", "Director of Environment"), new Person("Una Kerr", "Head of Parks")),
                NameLists.people("Director of Environment (Mr Declan Rafferty), Head of Parks (Ms Una Kerr)"));
        assertEquals(List.of(), NameLists.people("Youth Council (Observers)"), "a body with a note in brackets names no one");
    }
}
