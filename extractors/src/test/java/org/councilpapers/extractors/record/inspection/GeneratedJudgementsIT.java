package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.extractors.record.PlanFiles;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The judgement variants set as a PDF (PDFBox, ruled tables) and as a Word document (POI), written in code from the text
 * variant as {@link GeneratedFindingsIT} sets its papers: each form must give the judgements the text gives, which
 * {@link JudgementVariantsTest} checks against what a reader takes from the paper.
 */
class GeneratedJudgementsIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();
    private static final int LINE_CHARS = 120;

    @ParameterizedTest
    @ValueSource(strings = {"inspection-2011-slac-record-of-main-findings-question-rows.txt", "inspection-2016-sif-headline-and-lscb-in-prose.txt",
            "inspection-2013-child-protection-arrangements.txt", "judgement-committee-report-neighbours-year-column.txt",
            "judgement-committee-report-authorities-as-dated-columns.txt"})
    void pdfAndWordFormsGiveTheTextsJudgements(String name) throws IOException {
        String source = Files.readString(TestPapers.path("variants/" + name), StandardCharsets.UTF_8);
        Extraction text = PAPERS.extract(TestPapers.path("variants/" + name));
        byte[] pdfBytes = PlanFiles.pdf(GeneratedFindingsIT.pages(source, LINE_CHARS));
        byte[] docxBytes = PlanFiles.docx(GeneratedFindingsIT.pages(source, Integer.MAX_VALUE));
        // Kept where a failure can be looked at: the generated files are the evidence of what the readers were given.
        Path kept = Path.of("target", "generated-judgements");
        Files.createDirectories(kept);
        Files.write(kept.resolve(name.replace(".txt", ".pdf")), pdfBytes);
        Files.write(kept.resolve(name.replace(".txt", ".docx")), docxBytes);
        Extraction pdf = PAPERS.extract(new ByteArrayInputStream(pdfBytes), name.replace(".txt", ".pdf"));
        Extraction docx = PAPERS.extract(new ByteArrayInputStream(docxBytes), name.replace(".txt", ".docx"));
        List<String> expected = keys(text);
        assertFalse(expected.isEmpty(), name);
        assertEquals(expected, keys(pdf), name + " as PDF");
        assertEquals(expected, keys(docx), name + " as Word");
        RecordAssertions.assertWellFormed(pdf);
        RecordAssertions.assertWellFormed(docx);
    }

    /** What each judgement says, without where it sits. */
    private static List<String> keys(Extraction x) {
        return x.records(Judgement.class).stream()
                .map(j -> String.join("|", j.authority(), j.inspectorate(), j.framework(), String.valueOf(j.inspectionStart()),
                        String.valueOf(j.inspectionEnd()), String.valueOf(j.year()), j.group(), j.area(), String.valueOf(j.grade()),
                        j.gradeText(), String.valueOf(j.basis()), String.valueOf(j.inherited())))
                .toList();
    }
}
