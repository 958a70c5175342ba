package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.minutes.QuestionExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An answer the minutes give to a post alone ("The Town Clerk replied …", "The Service Manager explained …") is the answer of the
 * person the attendance lists as holding that post, with the post as the list prints it: "Officials in attendance: Name, Post;",
 * "In attendance: Name (Post)", "Officers present:" over "Post – Name" lines. A short post fits a longer listed one only when one
 * listed post fits; a post two listed people hold stays the post. Town-council apologies "received and accepted from Cllr X (work)"
 * give the names alone. Three councils' minutes, each read under every document kind.
 */
class AnswererByPostTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    private static List<List<Person>> answerers(List<Question> qs) {
        return qs.stream().map(Question::answeredBy).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void scottishOfficialsInAttendanceNameCommaPost(DocumentKind kind) {
        String paper = "questions-scottish-committee-officials-in-attendance-answered-by-post.txt";
        List<Question> qs = questions(kind, paper);
        assertEquals(List.of(
                List.of(new Person("Graeme Wallace", "Service Manager (Finance)")),
                List.of(new Person("Helen Petrie", "Chief Social Work Officer")),
                List.of(new Person("Laura Findlay", "Chief Education Officer")),
                // two Quality Improvement Officers are listed: which one answered the minute does not say
                List.of(new Person("The Quality Improvement Officer", "Quality Improvement Officer"))), answerers(qs), kind.name());
        assertEquals(List.of("Eilidh Cameron", "Gordon Fyfe", "Shona Kerr", "Neil Lamont"),
                qs.stream().map(q -> q.askedBy().name()).toList());
        Meeting m = Variants.meeting(kind, paper);
        assertEquals(List.of("Duncan Laird"), m.apologies());
        assertEquals(6, m.inAttendance().size(), m.inAttendance().toString());
        assertEquals(new Person("Janet Muir", "Committee Officer"), m.inAttendance().get(5));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void townCouncilClerkInBracketsAndApologiesWithReasons(DocumentKind kind) {
        String paper = "questions-town-council-in-attendance-clerk-brackets-public-questions.txt";
        List<Question> qs = questions(kind, paper);
        assertEquals(List.of(
                List.of(new Person("Deborah Kettering", "Town Clerk")),
                List.of(new Person("Martin Hale", "Deputy Town Clerk"))), answerers(qs), kind.name());
        Meeting m = Variants.meeting(kind, paper);
        assertEquals(List.of("G. Tennant", "E. Rowbotham"), m.apologies(), "the reasons in brackets are no part of the names");
        assertEquals(List.of(new Person("Deborah Kettering", "Town Clerk"), new Person("Martin Hale", "Deputy Town Clerk")),
                m.inAttendance().subList(0, 2));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void scrutinyOfficersPresentPostDashName(DocumentKind kind) {
        String paper = "questions-metropolitan-scrutiny-officers-present-post-dash-name.txt";
        List<Question> qs = questions(kind, paper);
        assertEquals(List.of(
                List.of(new Person("Simon Ashworth", "Director of Adult Social Care")),
                List.of(new Person("Karen Webb", "Team Manager (Reablement)")),
                List.of(new Person("The Scrutiny Officer", "Scrutiny Officer"))), answerers(qs), kind.name());
        assertEquals(List.of("F. Gill"), Variants.meeting(kind, paper).apologies());
    }
}
