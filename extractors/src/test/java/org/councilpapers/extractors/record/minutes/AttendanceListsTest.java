package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who was present and who attended, in the layouts councils print them: a "Present:" list wrapped over lines, a "Councillors present:"
 * heading over one councillor a line (which a reader runs together with no comma between them), "(Chair)", "(Vice-Chair)" and
 * "(substitute for …)" beside names, a table of members under "Present:", "In attendance:" as "name, title" entries set apart by
 * semicolons where one entry has its title in brackets, and "The Mayor (Councillor …) in the Chair". Four councils' minutes in
 * {@code testdata/papers/variants}, each read under every document kind: the kind never switches the reading off.
 */
class AttendanceListsTest {
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aPresentListWrappedOverTwoLines(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-borough-health-board-present-wrapped-board-noted.txt");
        assertEquals(List.of("R Ashworth", "E Carver", "N Pearce", "T Sandhu", "W Oduya", "H Bright"), m.present());
        assertEquals(List.of("K Moss"), m.apologies());
        assertEquals(List.of(new Person("P Lund", "Cabinet Member for Adult Social Care"), new Person("Sarah Quill", "Director of Public Health"),
                new Person("Mark Ellison", "Head of Commissioning"), new Person("Jo Baines", "Democratic Services Officer")), m.inAttendance());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aPostWithItsServiceInBracketsIsThePostInFull(DocumentKind kind) {
        Meeting comma = Variants.meeting(kind, "minutes-scottish-committee-officials-post-and-service-bracketed.txt");
        assertEquals(List.of(new Person("Karen Laing", "Chief Education Officer"), new Person("Peter Orr", "Service Manager (Finance)"),
                new Person("Rhona Weir", "Committee Officer")), comma.inAttendance());
        Meeting nested = Variants.meeting(kind, "minutes-district-panel-in-attendance-nested-brackets.txt");
        assertEquals(List.of(new Person("D Kerr", "Team Leader (Legal Services)"), new Person("N Shaw", "Licensing Manager (Regulatory Services)"),
                new Person("L Frew", "Democratic Services Officer")), nested.inAttendance());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void councillorsPresentOneALineWithChairAndSubstituteNotes(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-district-panel-councillors-present-heading-panel-agreed.txt");
        assertEquals(List.of("Alan Tye", "Megan Rhodes", "Priya Desai", "Tom Fairley", "Vera Osei"), m.present(),
                "every councillor of the run-on list, not the first alone");
        assertEquals(List.of(new Person("Tom Fairley", "Substitute")), m.substitutes(),
                "the substitute note is said of Tom Fairley only, and the one he sat for is not present");
        assertEquals(List.of("Gail Norris"), m.apologies());
        assertEquals(List.of(new Person("Lucy Harmer", "Head of Housing Services"), new Person("Ben Okoro", "Community Safety Manager"),
                new Person("Claire Venn", "Scrutiny Officer")), m.inAttendance());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aTableOfMembersAndSemicolonEntriesWithABracketedTitle(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-county-committee-decision-labels-cabinet-approved.txt");
        assertEquals(List.of("Isla Grant", "Hugh Penrose", "Nadia Baig", "Colin Wray"), m.present());
        assertEquals(List.of(new Person("Sue Hale", "Leader of the Opposition"), new Person("Martin Drey", "Chief Executive"),
                new Person("Anya Kaur", "Director of Children's Services")), m.inAttendance(),
                "one entry's bracketed title does not cost the others theirs");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theMayorInTheChairIsPresent(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "questions-borough-council-response-name-line.txt");
        assertEquals(List.of("Brian Lomas", "Ada Finch", "Carl Morton", "Dina Vos", "Ellis Hart", "Farah Quraishi"), m.present());
    }

    @Test
    void aRunOnListGetsCommasOnlyBetweenPeople() {
        assertEquals("Councillor A Tye (Chair), Councillor B Rhodes (substitute for Councillor C Norris), Councillor D Osei",
                MinutesParser.separateRunOnNames(
                        "Councillor A Tye (Chair) Councillor B Rhodes (substitute for Councillor C Norris) Councillor D Osei"));
        assertEquals("Mr A Tye (Chairman), Mrs B Rhodes, Councillor Mrs C Norris, Dr D Osei",
                MinutesParser.separateRunOnNames("Mr A Tye (Chairman) Mrs B Rhodes Councillor Mrs C Norris Dr D Osei"),
                "courtesy titles start people too, but not after the 'Councillor' they go with");
        // Already separated, or joined by "and": left as printed.
        assertEquals("Councillor A Tye, B Rhodes and Councillor D Osei",
                MinutesParser.separateRunOnNames("Councillor A Tye, B Rhodes and Councillor D Osei"));
    }
}
