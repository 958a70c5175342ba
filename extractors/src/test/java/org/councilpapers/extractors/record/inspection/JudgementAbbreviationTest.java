package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * A judgement area printed with its abbreviation in brackets ("The effectiveness of the Local Safeguarding Children Board
 * (LSCB)") and stated again in prose, in full or by the abbreviation alone ("The LSCB is good"): one judgement, read
 * from the table.
 */
class JudgementAbbreviationTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static List<Judgement> judgements(String name) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + name)).records(Judgement.class);
    }

    @Test
    void theLscbInTheGradeTableAndAgainInProseIsOneJudgementFromTheTable() throws IOException {
        List<Judgement> js = judgements("table-sif-2015-summary-lscb-abbreviation-table-and-prose.txt");
        List<Judgement> lscb = js.stream().filter(j -> j.area().contains("Safeguarding Children Board") || j.area().contains("LSCB")).toList();
        assertEquals(1, lscb.size(), js.toString());
        assertEquals(JudgementBasis.TABLE, lscb.get(0).basis());
        assertEquals(Grade.GOOD, lscb.get(0).grade());
        assertEquals("The effectiveness of the Local Safeguarding Children Board (LSCB)", lscb.get(0).area(), "the area as printed");
        assertEquals(7, js.size(), "the table's seven rows; the summary's sentences repeat them: " + js);
    }

    @Test
    void aCommitteeReportsTableAndItsParagraphsNamingTheBoardInFullAndByItsLettersAreOneJudgementEach() throws IOException {
        List<Judgement> js = judgements("table-sif-2017-report-summary-abbreviated-areas.txt");
        List<Judgement> lscb = js.stream().filter(j -> j.area().contains("Safeguarding Children Board") || j.area().contains("LSCB")).toList();
        assertEquals(1, lscb.size(), js.toString());
        assertEquals(JudgementBasis.TABLE, lscb.get(0).basis());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, lscb.get(0).grade());
        assertEquals("Local Safeguarding Children Board (LSCB)", lscb.get(0).area());
        assertEquals(1, js.stream().filter(j -> j.area().equals("Adoption performance")).count(), js.toString());
        assertEquals(1, js.stream().filter(j -> j.area().equals("Overall effectiveness")).count(), js.toString());
        assertEquals(7, js.size(), js.toString());
    }
}
