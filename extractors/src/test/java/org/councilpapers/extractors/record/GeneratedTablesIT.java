package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.record.PlanFiles.C;
import org.councilpapers.extractors.record.PlanFiles.Grid;
import org.councilpapers.extractors.record.PlanFiles.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables written in code in several forms (an unruled PDF, a ruled PDF, Word), each form read through the whole
 * pipeline: a plan whose status cells hold only a fill, and a grade matrix whose header has two rows with the upper
 * text printed once over its two columns. Every form must give the same records.
 */
class GeneratedTablesIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static List<C> row(C... cells) {
        return List.of(cells);
    }

    static Stream<Arguments> colourOnlyPlan() {
        Grid g = new Grid(new float[] {40, 220, 130, 80, 50}, Stream.of("Ref", "Action", "Lead officer", "Due", "RAG").map(C::of).toList(),
                List.of(row(C.of("1.1"), C.of("Publish the early help offer"), C.of("Head of Early Help"), C.of("Oct 2023"), C.filled("#00b050", "")),
                        row(C.of("1.2"), C.of("Train partners in the assessment"), C.of("Early Help Manager"), C.of("Dec 2023"),
                                C.filled("#ffc000", "")),
                        row(C.of("2.1"), C.of("Audit visits monthly"), C.of("Service Manager"), C.of("Jan 2024"), C.filled("#ff0000", ""))));
        Page page = Page.of("#Ashworth Borough Council", "#Early Help Improvement Plan", g);
        return Stream.of(Arguments.of("unruled.pdf", PlanFiles.unruledPdf(page)), Arguments.of("ruled.pdf", PlanFiles.pdf(page)),
                Arguments.of("plan.docx", PlanFiles.docx(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("colourOnlyPlan")
    void statusGivenOnlyByAFillIsReadInEveryForm(String name, byte[] bytes) throws IOException {
        Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(bytes), name);
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1.1", "1.2", "2.1"), actions.stream().map(Action::reference).toList(), name);
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED), actions.stream().map(Action::status).toList(), name);
        assertEquals("Early Help Manager", actions.get(1).owner());
        assertEquals("Audit visits monthly", actions.get(2).text());
    }

    static Stream<Arguments> gradeMatrix() {
        Grid g = new Grid(new float[] {110, 90, 110, 90, 110},
                Stream.of("Council", "Safeguarding", "", "Looked after children", "").map(C::of).toList(),
                List.of(row(C.of(""), C.of("Effectiveness"), C.of("Capacity to improve"), C.of("Effectiveness"), C.of("Capacity to improve")),
                        row(C.of("Wessex"), C.of("Adequate"), C.of("Good"), C.of("Good"), C.of("Good")),
                        row(C.of("Barset"), C.of("Inadequate"), C.of("Adequate"), C.of("Adequate"), C.of("Inadequate"))));
        Page page = Page.of("#Fenshire County Council", "Ofsted inspections of councils in our region: how we compare", g);
        return Stream.of(Arguments.of("matrix.pdf", PlanFiles.pdf(page)), Arguments.of("matrix.docx", PlanFiles.docx(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradeMatrix")
    void aTwoRowHeaderMatrixGivesOneJudgementPerGradedCellInEveryForm(String name, byte[] bytes) throws IOException {
        List<Judgement> js = PAPERS.extract(new java.io.ByteArrayInputStream(bytes), name).records(Judgement.class);
        assertEquals(8, js.size(), name + ": " + js);
        Judgement j = js.get(6);
        assertEquals("Barset", j.authority());
        assertEquals("Looked after children", j.group());
        assertEquals("Effectiveness", j.area());
        assertEquals("Capacity to improve", js.get(1).area());
        assertEquals("Safeguarding", js.get(1).group());
        assertEquals("Ofsted", j.inspectorate());
        assertEquals(List.of("inspectorate"), j.inherited(), "Ofsted is named in the line leading into the table, not in it");
    }
}
