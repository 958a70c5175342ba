package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Attendance of joint bodies and of Scottish and Welsh meetings, written after real fire authority, police and crime panel,
 * Scottish committee and town council minutes: members grouped under the constituent council they come from ("Ellerdale County
 * Council" over "County Councillors …", "Hawksmoor County Councillors:" with no "Present:" above), co-optees under their seat
 * ("Independent Co-opted Member (non-voting)", "Independent Members:", "Religious Representatives:"), officers listed post first
 * with the holder in brackets ("Treasurer (David Ormsby-Pratt)", "Police and Crime Commissioner (Ruth Gadsby)"); askers named by
 * surname resolve to the listed full name.
 */
class JointBodyAttendanceTest {
    private static final String FIRE = "minutes-fire-authority-present-grouped-by-constituent-council-officers-post-first.txt";
    private static final String PANEL = "minutes-police-crime-panel-councillors-by-council-colon-lines-independent-members.txt";
    private static final String SEDERUNT = "minutes-scottish-sederunt-religious-representatives-also-present-in-attendance.txt";
    private static final String HIGHLAND = "minutes-scottish-present-mr-mrs-religious-representatives-non-members-in-attendance-lines.txt";
    private static final String TOWN = "minutes-welsh-town-council-town-mayor-in-the-chair-cllrs.txt";

    @Test
    void membersGroupedByConstituentCouncilAreAllPresent() throws IOException {
        Extraction x = papers(FIRE);
        Meeting m = only(x.records(Meeting.class));
        assertEquals(List.of("Andrew Blamire", "Mary Bickerstaffe", "Lee Bunting", "Hazel Dewhirst", "Imran Farooqi", "Stephen Kenyon",
                "Sarah Mellor", "Jason Riley", "Brenda Oakroyd", "Eleanor Maudsley"), m.present(),
                "the councils' names are the groups' headings, 'County' before 'Councillors' no one's name");
        assertEquals(List.of("Trevor Haigh"), m.apologies());
        assertEquals(List.of(new Person("Paul Nightingale", "Chief Fire Officer"), new Person("Rachel Cunningham-Lowe", "Deputy Chief Fire Officer"),
                new Person("David Ormsby-Pratt", "Treasurer"), new Person("Janice Pell", "Committee Officer")), m.inAttendance(),
                "the post first, the holder in brackets: one post word ('Treasurer') is still the post");
    }

    @Test
    void askersNamedBySurnameResolveToTheJointBodysMembers() throws IOException {
        List<Question> qs = papers(FIRE).records(Question.class);
        assertEquals(List.of("Jason Riley", "Eleanor Maudsley"), qs.stream().map(q -> q.askedBy().name()).toList());
        assertEquals(new Person("Paul Nightingale", "Chief Fire Officer"), qs.get(0).answeredBy().get(0));
        List<Question> panel = papers(PANEL).records(Question.class);
        assertEquals(List.of("S Varley", "P Sandhu"), panel.stream().map(q -> q.askedBy().name()).toList());
    }

    @Test
    void councilGroupHeadingsWithNoPresentLabelStartTheList() throws IOException {
        Meeting m = only(papers(PANEL).records(Meeting.class));
        assertEquals(List.of("D Pellow", "R Tennant", "J Ashworth-Hale", "M Quayle", "T Okonjo", "S Varley", "K Lindqvist", "P Sandhu"),
                m.present(), "'Brackwell Borough' is the heading's, not a member");
        assertEquals(List.of("B Harwood"), m.apologies());
        assertEquals(List.of(new Person("Ruth Gadsby", "Police and Crime Commissioner"), new Person("Martin Yeoh", "Chief Executive, Office of the PCC"),
                new Person("Louise Fenwick", "Scrutiny Officer")), m.inAttendance(), "the 'and' and the comma inside a post part no one");
    }

    @Test
    void scottishListsKeepReligiousRepresentativesPresentAndOfficersInAttendance() throws IOException {
        Meeting s = only(papers(SEDERUNT).records(Meeting.class));
        assertEquals(List.of("Fiona MacAulay", "Ruaridh Gillies", "Catriona Munro", "Iain Sutherland", "Morag Buchanan", "Alasdair Kerr",
                "Donald MacSween", "Isobel Rennie", "Peter Carmichael"), s.present());
        assertEquals(List.of(new Person("Hamish Drummond", null), new Person("Shona Urquhart", "Executive Director of Education and Learning"),
                new Person("Kenneth Laing", "Head of Education (Secondary)"), new Person("Eilidh Morrison", "Committee Services Officer")),
                s.inAttendance());
        assertEquals(List.of("Jean Galbraith"), s.apologies());
        assertEquals("Isobel Rennie", only(papers(SEDERUNT).records(Question.class)).askedBy().name());

        Meeting h = only(papers(HIGHLAND).records(Meeting.class));
        assertEquals(List.of("A Ferguson", "D Guthrie", "K MacInnes", "R Nicolson", "S Urquhart", "J Wishart", "M Brodie", "G Tulloch"),
                h.present());
        assertEquals(List.of("H Crombie", "C Lumsden", "E Duthie"), h.inAttendance().stream().map(Person::name).toList());
        assertEquals(List.of("T Rennie"), h.apologies());
        assertEquals("M Brodie", only(papers(HIGHLAND).records(Question.class)).askedBy().name());
    }

    @Test
    void theTownMayorInTheChairIsPresentWithTheCouncillorsAfter() throws IOException {
        Meeting m = only(papers(TOWN).records(Meeting.class));
        assertEquals(List.of("Gareth Llewellin", "Sian Prothero", "Huw Bevan", "Carys Pugh", "Dafydd Rees", "Meinir Howells", "Owain Tudur"),
                m.present());
        assertEquals(List.of(new Person("Rhian Cadwaladr", "Town Clerk")), m.inAttendance());
        assertEquals(List.of("Nerys Powell"), m.apologies());
    }

    private static Extraction papers(String name) throws IOException {
        return CouncilPapers.builder().build().extract(TestPapers.path("variants/" + name));
    }

    private static <T> T only(List<T> xs) {
        assertEquals(1, xs.size(), xs.toString());
        return xs.get(0);
    }
}
