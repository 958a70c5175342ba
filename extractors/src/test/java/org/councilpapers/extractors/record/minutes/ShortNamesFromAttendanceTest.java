package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Members the minutes name by title and surname ("Councillor Lomax asked", "Mrs Swindlehurst asked", "Cllr Tattersall asked") or by
 * office with the member in brackets ("The Cabinet Member for Environment (Councillor Duckworth) replied", "Cabinet Member for
 * Highways (Councillor Mitchelmore)" in a written-answers table) are the people the attendance list at the top of the same minutes
 * prints, as it prints them (initials or given names), and only where one attendee has that surname; the office in brackets'
 * place is the role. A borough's prose members' questions under a "Councillors G Lomax, …" run, a metropolitan council's
 * "No. | Question from | Question to | Question | Written answer" table under full names, and an agenda's standing note that
 * questions received by noon will be answered, which is no question; a Welsh cabinet's web page ("County Councillor Gwenallt asked",
 * "(County Councillor Cadwaladr)") under a table of the members present; a county scrutiny committee's officers by the short form of their post ("The Director
 * replied"), a remit joined by "to" ("The Head of Access to Care advised") and a remit in brackets ("The Service Manager
 * (Commissioning) confirmed").
 */
class ShortNamesFromAttendanceTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @Test
    void aBoroughCouncilsMembersByTitleAndSurname() {
        List<Question> qs = questions(DocumentKind.MINUTES, "questions-borough-council-surnames-initials-attendance-office-brackets.txt");
        assertEquals(4, qs.size(), qs.toString());

        assertEquals("G Lomax", qs.get(0).askedBy().name(), "'Councillor Lomax' is the G Lomax of the 'Councillors' run, initial kept");
        assertEquals(List.of(new Person("L Duckworth", "Cabinet Member for Environment")), qs.get(0).answeredBy(),
                "the office before the bracket is the role, the member in the bracket the answerer");

        assertEquals("Pilkington", qs.get(1).askedBy().name(), "two attendees named Pilkington: the surname stays as printed");
        assertEquals(List.of(new Person("A Cropper", "Cabinet Member for Housing and Regeneration")), qs.get(1).answeredBy(),
                "the bracketed office after the member is the role, not 'Councillor'");

        assertEquals(new Person("E Swindlehurst", "Independent Member"), qs.get(2).askedBy(),
                "'Mrs Swindlehurst' is the independent member of the list, without 'Mrs', with the post the list gives her");
        assertEquals(List.of(new Person("K Openshaw", "Leader")), qs.get(2).answeredBy());

        assertEquals("S Tattersall", qs.get(3).askedBy().name(), "'Cllr' as 'Councillor'");
        assertEquals("L Duckworth", qs.get(3).answeredBy().get(0).name());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "AGENDA_PACK"})
    void aMetropolitanCouncilsWrittenAnswersTable(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-metropolitan-council-written-answers-table-surnames-full-names.txt");
        assertEquals(4, qs.size(), kind + " " + qs);

        assertEquals("Rachel Priestley", qs.get(0).askedBy().name(), "the 'Question from' cell's surname is the listed member's full name");
        assertEquals("How many potholes were repaired in the last quarter?", qs.get(0).text());
        assertEquals(List.of(new Person("Sandra Mitchelmore", "Cabinet Member for Highways")), qs.get(0).answeredBy(),
                "'Question to: Cabinet Member for Highways (Councillor Mitchelmore)': the member in the bracket, in the office");

        assertEquals("Claire Oddie", qs.get(1).askedBy().name());
        assertEquals(List.of(new Person("Imran Normanton", "Leader of the Council")), qs.get(1).answeredBy());

        assertEquals("Greenwood", qs.get(2).askedBy().name(), "Nicola and Peter Greenwood both attended: no guess");
        assertEquals(List.of(new Person("Anwar Brearley", "Cabinet Member for Adult Social Care")), qs.get(2).answeredBy());

        assertEquals("Tom Wilberforce", qs.get(3).askedBy().name(), "a supplementary in prose by surname");
        assertEquals(List.of(new Person("Sandra Mitchelmore", "Cabinet Member for Highways")), qs.get(3).answeredBy());
    }

    @Test
    void aWelshCabinetsWebPageByCountyCouncillorAndSurname() {
        List<Question> qs = questions(DocumentKind.MINUTES, "questions-welsh-county-cabinet-web-page-county-councillor-surnames.html");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Huw Gwenallt", qs.get(0).askedBy().name(), "'County Councillor Gwenallt' is the Huw Gwenallt of the table's list");
        assertEquals(List.of(new Person("Sioned Cadwaladr", "Cabinet Member for Education")), qs.get(0).answeredBy(),
                "'(County Councillor Cadwaladr)': the Welsh title is no part of the name");
        assertEquals("Alun Eilir", qs.get(1).askedBy().name());
        assertEquals(List.of(new Person("Emyr Tregaron", "Cabinet Member for Highways and Transport")), qs.get(1).answeredBy());
    }

    @Test
    void aCountyScrutinysOfficersByShortPostAndRemitInBrackets() {
        List<Question> qs = questions(DocumentKind.MINUTES, "questions-county-scrutiny-officers-by-short-post-remit-in-brackets.txt");
        assertEquals(4, qs.size(), qs.toString());
        assertEquals("Megan Colthouse", qs.get(0).askedBy().name());
        assertEquals(List.of(new Person("Karen Rusland", "Director of Adult Social Care")), qs.get(0).answeredBy(),
                "'The Director' is the one officer listed in a Director of … post, once the report has named it");
        assertEquals(List.of(new Person("Ian Birkrigg", "Head of Access to Care")), qs.get(1).answeredBy(),
                "'to' joins the words of a post's remit");
        assertEquals(List.of(new Person("Sian Torver", "Service Manager (Commissioning)")), qs.get(2).answeredBy(),
                "the bracket is the post's remit, not a post of its own");
        assertEquals("T Hawkshead", qs.get(3).askedBy().name(), "'Mr T Hawkshead asked': courtesy title, initial and surname; the name as listed");
        assertEquals(List.of(new Person("Karen Rusland", "Director of Adult Social Care")), qs.get(3).answeredBy());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void anAgendasStandingNoteOnPublicQuestionsIsNoQuestion(DocumentKind kind) {
        List<Question> qs = questions(kind, "agenda-district-council-public-questions-by-noon-standard-line.txt");
        assertTrue(qs.isEmpty(), "'Questions from the Public' over 'Any questions received by 12 noon … will be answered at the meeting' "
                + "asks nothing and names no asker: " + kind + " " + qs);
    }
}
