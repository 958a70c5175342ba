package org.councilpapers.extractors.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentClassifierTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("thurrock-2020-07-07-development-plan-report", DocumentKind.REPORT, "Thurrock", "2020-07-07"),
                Arguments.of("thurrock-2021-10-12-cs-scrutiny-agenda-pack", DocumentKind.AGENDA_PACK, "Thurrock", "2021-10-12"),
                Arguments.of("thurrock-2019-ofsted-ilacs-report", DocumentKind.INSPECTION_REPORT, "Thurrock", "2019-11-22"),
                Arguments.of("thurrock-2017-04-improvement-plan", DocumentKind.ACTION_PLAN, null, "2017-04-28"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySamplePaperIsClassifiedInTextForm(String base, DocumentKind kind, String council, String date) throws Exception {
        DocumentInfo info = PAPERS.extract(TestPapers.path(base + ".txt")).document();
        assertEquals(kind, info.kind());
        assertEquals(council, info.council());
        assertEquals(date, String.valueOf(info.date()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void andInWordForm(String base, DocumentKind kind, String council, String date) throws Exception {
        Path docx = TestPapers.path("docx/" + base + ".docx");
        assertEquals(kind, PAPERS.extract(docx).document().kind());
    }
}
