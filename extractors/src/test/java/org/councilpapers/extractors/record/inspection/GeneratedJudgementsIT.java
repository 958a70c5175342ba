package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.testdata.RecordAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The judgement variants set as a PDF (PDFBox, ruled tables) and as a Word document (POI), written in code from the text
 * variant as {@link GeneratedFindingsIT} sets its papers: each form must give the judgements the text gives, which
 * {@link JudgementVariantsTest} checks against what a reader takes from the paper.
 */
class GeneratedJudgementsIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    @ParameterizedTest
    @ValueSource(strings = {"inspection-2011-slac-record-of-main-findings-question-rows.txt", "inspection-2016-sif-headline-and-lscb-in-prose.txt",
            "inspection-2013-child-protection-arrangements.txt", "judgement-committee-report-neighbours-year-column.txt",
            "judgement-committee-report-authorities-as-dated-columns.txt", "judgement-committee-report-three-level-header-region.txt",
            "judgement-committee-report-neighbours-continued-repeated-header.txt"})
    void pdfAndWordFormsGiveTheTextsJudgements(String name) throws IOException {
        GeneratedFindingsIT.Forms forms = GeneratedFindingsIT.forms(PAPERS, name, "generated-judgements");
        Extraction pdf = forms.pdf();
        Extraction docx = forms.docx();
        List<String> expected = keys(forms.text());
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
