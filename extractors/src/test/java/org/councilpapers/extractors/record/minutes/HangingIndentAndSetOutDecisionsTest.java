package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minutes typed with a hanging indent (the minute's reference at the margin, its heading and text indented under the heading), as
 * Northern Irish borough councils ("CW 112/25   APOLOGIES") and town councils ("25/118    Apologies for Absence") print them: a
 * minute each, never a table of references and minutes; the body's decision after a lead clause ("After discussion, the Committee
 * agreed:" over its clauses (a)–(c), "Following debate, the Council agreed:"); a Welsh county's "RESOLVED that the recommendations
 * contained within the report be endorsed, namely that:" over its numbered clauses, which are the decisions without the stem; and
 * members named by initials run together ("Councillor M.A. Vaughan-Jones queried why …") or as aldermen asking questions, answered
 * by an officer whose post the attendance list gives with a comma ("Corporate Director, Communities").
 */
class HangingIndentAndSetOutDecisionsTest {
    private static List<String> items(DocumentKind kind, String paper) {
        return Harness.run(new AgendaItemExtractor(), kind, Variants.read(paper)).records(AgendaItem.class).stream()
                .map(a -> a.number() + " " + a.title()).toList();
    }

    private static List<String> decisions(DocumentKind kind, String paper) {
        return Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class).stream()
                .map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.text()).toList();
    }

    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aNorthernIrishBoroughsHangingIndentMinutes(DocumentKind kind) {
        String paper = "minutes-ni-borough-hanging-indent-refs-agreed-clauses.txt";
        assertEquals(List.of("LC 201/25 APOLOGIES", "LC 202/25 MINUTES OF MEETING HELD ON TUESDAY 9 SEPTEMBER 2025",
                "LC 203/25 PARKS AND OPEN SPACES STRATEGY – CONSULTATION FINDINGS", "LC 204/25 CONFIDENTIAL BUSINESS",
                "LC 205/25 RESUMPTION OF BUSINESS IN PUBLIC"), items(kind, paper), "the references and headings, not a table's cells");
        assertEquals(List.of(
                "LC 202/25 that the minutes of the meeting held on Tuesday 9 September 2025 be confirmed as a correct record.",
                "LC 203/25(a) to note the consultation findings;",
                "LC 203/25(b) that the bowling green at Mill Park be retained for a further season",
                "LC 203/25(c) that the final strategy be brought to the December meeting.",
                "LC 204/25 that the Committee moves \"In Committee\" to consider the following item.",
                "LC 205/25 that the Committee moves \"In Public\"."), decisions(kind, paper),
                "'After discussion, the Committee agreed:' leads its clauses as 'The Committee agreed:' does");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aTownCouncilsYearFirstReferencesWithAHangingIndent(DocumentKind kind) {
        String paper = "minutes-town-council-hanging-indent-year-first-refs.txt";
        assertEquals(List.of("25/118 Apologies for Absence", "25/119 Minutes of the Previous Meeting", "25/120 Christmas Lights 2025",
                "25/121 Date of Next Meeting"), items(kind, paper));
        assertEquals(List.of(
                "25/119 that the minutes of the meeting held on 8 September 2025 be approved and signed as a correct record.",
                "25/120(i) to accept the quotation of Teme Valley Electrical at £4,850",
                "25/120(ii) that the switch-on event be held on Saturday 29 November 2025."), decisions(kind, paper));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aWelshCountysStemThatSetsOutItsClauses(DocumentKind kind) {
        String paper = "minutes-welsh-county-scrutiny-namely-that-clauses.txt";
        assertEquals(List.of(
                "2(2.1) the Housing Revenue Account Business Plan 2015-2018 be commended to the Executive Board;",
                "2(2.2) the rent increase of 3.5% for 2015/16 be supported.",
                "3 that the forward work programme for 2015/16 be approved."), decisions(kind, paper),
                "'… be endorsed, namely that:' is no words the clauses go on from, nor a decision of its own");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES"})
    void initialsRunTogetherAldermenAndPostsWithACommaInQuestions(DocumentKind kind) {
        List<Question> welsh = questions(kind, "minutes-welsh-county-scrutiny-namely-that-clauses.txt");
        assertEquals(List.of("M.A. Vaughan-Jones", "T.W. Ellis"), welsh.stream().map(q -> q.askedBy().name()).toList(), welsh.toString());
        assertTrue(welsh.get(0).text().startsWith("Councillor M.A. Vaughan-Jones queried why"));
        assertEquals(List.of(new Person("P. Gruffydd", "Head of Housing Services")), welsh.get(0).answeredBy());
        assertEquals(List.of(new Person("H. Llewellyn", "Corporate Director, Communities")), welsh.get(1).answeredBy(),
                "the post as the attendance list gives it, comma and all");
        List<Question> ni = questions(kind, "minutes-ni-borough-hanging-indent-refs-agreed-clauses.txt");
        assertEquals(1, ni.size(), ni.toString());
        assertEquals("W. Patton", ni.get(0).askedBy().name(), "'Alderman Patton' is the Present list's 'W. Patton'");
        assertEquals(List.of(new Person("J. Rafferty", "Head of Parks")), ni.get(0).answeredBy());
        List<Question> town = questions(kind, "minutes-town-council-hanging-indent-year-first-refs.txt");
        assertEquals(1, town.size(), town.toString());
        assertEquals("25/120", town.get(0).itemNumber());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"REPORT", "MINUTES", "OTHER"})
    void anOfficersRecordWhoseFieldsAreAlignedAfterAGutter(DocumentKind kind) {
        // "Subject:               Variation of …" typed under "Reference:" with no blank line: each field a line of its own, so the
        // subject (its value wrapped onto an indented second line) is the decisions' title.
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, Variants.read("officer-decision-record-aligned-fields-subject.txt"))
                .records(Resolution.class);
        assertEquals(List.of("a", "b"), rs.stream().map(Resolution::number).toList(), rs.toString());
        rs.forEach(r -> assertEquals("Variation of the household waste recycling centre opening hours at Cwm Isaf and Heol Fawr", r.itemTitle()));
    }

    @Test
    void decisionNoneThenWhatTheBodyNotedDecidesNothing() {
        var doc = document(para("Record of decisions of the Executive"), para("EX/51 Treasury Management Mid-Year Review"),
                para("Decision: None. The Executive noted the mid-year position."), para("EX/52 Play Area Refurbishment"),
                para("Decision: That the refurbishment of Mill Green play area be approved."),
                para("EX/53 Quarterly Performance Report"), para("Decision: Nil. Noted."));
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class);
        assertEquals(List.of("EX/52 That the refurbishment of Mill Green play area be approved."),
                rs.stream().map(r -> r.itemNumber() + " " + r.text()).toList());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aYoungPersonsQuestionInWritingHasNoAskerAndAnOfficerNamedAfterHerRemitAnswers(DocumentKind kind) {
        List<Question> qs = questions(kind, "minutes-corporate-parenting-board-young-peoples-questions.txt");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Sami", qs.get(0).askedBy().name());
        assertEquals(List.of(new Person("Grace Emenike", "Head of Service, Looked After Children")), qs.get(0).answeredBy(),
                "the post's remit after its title, the holder's name after that: the post as the list gives it");
        assertNull(qs.get(1).askedBy(), "a care leaver the minutes do not name: no asker");
        assertTrue(qs.get(1).text().startsWith("A care leaver, who had sent a question in writing, asked"), qs.get(1).text());
        assertEquals(List.of(new Person("Tom Riddlesdale", "Participation Officer")), qs.get(1).answeredBy());
    }

    @Test
    void welshBilingualDecisionHeadingsGiveDecisions() {
        // Gwynedd- and Anglesey-style bilingual minutes: the Welsh word first, its English after a stroke, or the Welsh alone.
        var doc = document(para("MINUTES OF THE MEETING OF THE EDUCATION SCRUTINY COMMITTEE held on 5 March 2025"),
                para("5. SCHOOL ATTENDANCE"), para("PENDERFYNWYD / RESOLVED:"), para("To accept the report and note the progress made."),
                para("6. WELSH IN EDUCATION STRATEGIC PLAN"), para("PENDERFYNWYD: To support the plan's five outcomes."),
                para("7. FORWARD WORK PROGRAMME"), para("CYTUNWYD / AGREED – that the work programme be adopted."),
                para("8. SCHOOL MEALS"), para("RESOLVED / PENDERFYNWYD: To note the uptake figures."));
        List<String> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class).stream()
                .map(r -> r.itemNumber() + " " + r.outcome() + " " + r.text()).toList();
        assertEquals(List.of("5 RESOLVED To accept the report and note the progress made.", "6 RESOLVED To support the plan's five outcomes.",
                "7 RESOLVED that the work programme be adopted.", "8 RESOLVED To note the uptake figures."), rs);
    }
}
