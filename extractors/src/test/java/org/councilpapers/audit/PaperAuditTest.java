package org.councilpapers.audit;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.junit.jupiter.api.Test;

class PaperAuditTest {
    private static final String MINUTES = """
            Minutes of the meeting of the Cabinet held on 3 March 2024

            Present: Councillors Able (Chair), Baker and Cole

            4. Fostering Fees

            RESOLVED that the fostering fees rise by 3% from April 2024.

            5. School Transport

            RESOLVED that the revised policy be adopted.
            """;

    private static PaperAudit audit(LayoutDocument doc, PaperRecord... records) {
        DocumentInfo info = new DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain", DocumentKind.MINUTES, null, null, null,
                doc.pageCount());
        Extraction x = new Extraction(info, List.of(records), List.of());
        return new CoverageAudit(CouncilPapers.builder().build()).audit(x, doc, TextRanges.none());
    }

    private static Resolution resolutionOn(int page, LayoutDocument doc, String text) {
        int start = doc.text().indexOf(text);
        return new Resolution("r" + page, null, null, null, null, ResolutionOutcome.RESOLVED, null, text,
                new Provenance(page, null, start, start + text.length(), null), Mentions.NONE);
    }

    @Test
    void decisionLinesWithResolutionsNearThemAreOk() {
        LayoutDocument doc = document(para("RESOLVED that the plan be approved."));
        PaperAudit a = audit(doc, resolutionOn(1, doc, "RESOLVED that the plan be approved."));
        assertEquals(new TypeCoverage(RecordType.RESOLUTION, 1, 1, Verdict.OK), a.coverage(RecordType.RESOLUTION));
        assertFalse(a.flagged());
    }

    @Test
    void decisionLinesWithoutResolutionsFlagThePaperWithThePage() {
        LayoutDocument doc = document(para("Introduction"), pageBreak("2"), para("RESOLVED that the plan be approved."));
        PaperAudit a = audit(doc);
        assertEquals(Verdict.EVIDENCE_NO_RECORDS, a.coverage(RecordType.RESOLUTION).verdict());
        assertTrue(a.flagged());
        assertEquals(List.of(new Gap(RecordType.RESOLUTION, 2, 2, null, 1, "decision line", "RESOLVED that the plan be approved.")),
                a.gaps());
    }

    @Test
    void aDecisionFarFromEveryResolutionIsAGapThoughTheTypeIsOk() {
        LayoutDocument doc = document(para("RESOLVED that the plan be approved."), pageBreak(""), para("a"), pageBreak(""), para("b"),
                pageBreak(""), para("c"), pageBreak(""), para("RESOLVED that the fees rise."), para("It was agreed to meet again."));
        PaperAudit a = audit(doc, resolutionOn(1, doc, "RESOLVED that the plan be approved."));
        assertEquals(Verdict.OK, a.coverage(RecordType.RESOLUTION).verdict());
        assertEquals(1, a.gaps().size());
        Gap g = a.gaps().get(0);
        assertEquals(5, g.fromPage());
        assertEquals(2, g.markers());
        assertEquals("p.5", g.pages());
    }

    @Test
    void recordsTheScanSawNoEvidenceForAreSaidSo() {
        LayoutDocument doc = document(para("The board noted the plan."));
        PaperAudit a = audit(doc, resolutionOn(1, doc, "The board noted the plan."));
        assertEquals(Verdict.RECORDS_NO_EVIDENCE, a.coverage(RecordType.RESOLUTION).verdict());
        assertFalse(a.flagged(), "records without evidence are the scan's miss, not the dataset's");
    }

    @Test
    void theLibraryAuditsAPaperItReadsEndToEnd() throws IOException {
        CoverageAudit audit = new CoverageAudit(CouncilPapers.builder().build());
        PaperAudit a = audit.audit(new ByteArrayInputStream(MINUTES.getBytes(StandardCharsets.UTF_8)), "cabinet-minutes.txt");
        assertEquals("cabinet-minutes.txt", a.source());
        assertEquals(2, a.coverage(RecordType.RESOLUTION).evidence());
        assertEquals(2, a.coverage(RecordType.RESOLUTION).records());
        assertEquals(Verdict.OK, a.coverage(RecordType.RESOLUTION).verdict());
        assertTrue(a.gaps().stream().noneMatch(g -> g.type() == RecordType.RESOLUTION));
    }

    @Test
    void withNoExtractorsEveryTypeWithEvidenceIsFlagged() throws IOException {
        CoverageAudit audit = new CoverageAudit(CouncilPapers.builder().extractors(List.of()).build());
        PaperAudit a = audit.audit(new ByteArrayInputStream(MINUTES.getBytes(StandardCharsets.UTF_8)), "cabinet-minutes.txt");
        assertEquals(Verdict.EVIDENCE_NO_RECORDS, a.coverage(RecordType.RESOLUTION).verdict());
        assertEquals(Verdict.EVIDENCE_NO_RECORDS, a.coverage(RecordType.MEETING).verdict());
        assertTrue(a.flagged(RecordType.RESOLUTION));
        AuditSummary s = AuditSummary.of(List.of(a));
        assertEquals(1, s.flagged());
        AuditSummary.TypeSummary resolutions = s.types().get(RecordType.RESOLUTION.ordinal());
        assertEquals(RecordType.RESOLUTION, resolutions.type());
        assertEquals(2, resolutions.evidence());
        assertEquals(0, resolutions.records());
        assertEquals(1, resolutions.papersFlagged());
    }
}
