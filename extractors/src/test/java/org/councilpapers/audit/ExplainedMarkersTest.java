package org.councilpapers.audit;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Markers the record contract gives no record for are shown as by design, not flagged; look-alikes still flag. */
class ExplainedMarkersTest {
    private static PaperAudit audit(LayoutDocument doc, PaperRecord... records) {
        DocumentInfo info = new DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain", DocumentKind.OTHER, null, null, null,
                doc.pageCount());
        return new CoverageAudit(CouncilPapers.builder().build()).audit(new Extraction(info, List.of(records), List.of()), doc,
                TextRanges.none());
    }

    @Test
    void aStandaloneReportsOwnItemLineIsByDesignInEitherWording() {
        PaperAudit dash = audit(document(para("Agenda item 6 – Empty Homes Strategy 2025-2030"), para("Report to: Cabinet"),
                para("1. Purpose of the report")));
        PaperAudit colon = audit(document(para("Item 9: Review of Allotment Rents and Tenancy Rules"),
                para("Report of: Head of Parks"), para("The rents were last reviewed in 2019.")));
        for (PaperAudit a : List.of(dash, colon)) {
            assertEquals(Verdict.BY_DESIGN, a.coverage(RecordType.AGENDA_ITEM).verdict());
            assertFalse(a.flagged(RecordType.AGENDA_ITEM));
            assertTrue(a.markers().stream().filter(m -> m.type() == RecordType.AGENDA_ITEM).allMatch(m -> m.byDesign() != null));
        }
    }

    @Test
    void anAgendasItemsWithNoRecordsStillFlag() {
        PaperAudit a = audit(document(para("AGENDA"), para("Item 4 Minutes of the last meeting"), para("Item 5 Budget Monitoring")));
        assertEquals(Verdict.EVIDENCE_NO_RECORDS, a.coverage(RecordType.AGENDA_ITEM).verdict());
        assertTrue(a.flagged(RecordType.AGENDA_ITEM));
    }

    @Test
    void aDecisionRecordsCoverLabelsNameTheReportItTookInEitherWording() {
        PaperAudit executive = audit(document(para("Record of executive decision"), para("Key decision: Yes"),
                para("Contact officer: Lena Ward, Contracts Manager")));
        PaperAudit leadMember = audit(document(para("RECORD OF A DECISION TAKEN BY THE LEAD MEMBER FOR ADULT SOCIAL CARE"),
                para("Report of: Director of Adult Social Care")));
        for (PaperAudit a : List.of(executive, leadMember)) {
            assertEquals(Verdict.BY_DESIGN, a.coverage(RecordType.REPORT).verdict());
            assertFalse(a.flagged(RecordType.REPORT));
        }
    }

    @Test
    void aProposedDecisionsDecisionLinesAreByDesignButATakenOnesFlag() {
        PaperAudit proposed = audit(document(para("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION"), para("Decision: Cabinet is asked to:")));
        PaperAudit toBeTaken = audit(document(para("Decision to be taken by: Cabinet Member for Housing"),
                para("Decision: The Cabinet Member is asked to:")));
        for (PaperAudit a : List.of(proposed, toBeTaken)) {
            assertEquals(Verdict.BY_DESIGN, a.coverage(RecordType.RESOLUTION).verdict());
        }
        PaperAudit taken = audit(document(para("Record of executive decision"), para("Decision: to award the leisure contract to Active Ltd.")));
        assertEquals(Verdict.EVIDENCE_NO_RECORDS, taken.coverage(RecordType.RESOLUTION).verdict());
        assertTrue(taken.flagged(RecordType.RESOLUTION));
    }

    @Test
    void anImpactAssessmentsOfficerFieldsAreNoReportCoverUntilAReportOpens() {
        PaperAudit form = audit(document(para("EQIA Submission – ID Number"), para("Responsible Officer"), pageBreak("2"),
                para("Responsible Officer for Mitigating Actions – Age")));
        assertEquals(Verdict.BY_DESIGN, form.coverage(RecordType.REPORT).verdict());
        PaperAudit thenReport = audit(document(para("Equality Impact Assessment"), para("Responsible officer: J Bloggs"), pageBreak("2"),
                para("Report of: Director of Place"), para("Responsible officer: A Smith")));
        assertEquals(Verdict.EVIDENCE_NO_RECORDS, thenReport.coverage(RecordType.REPORT).verdict());
    }

    @Test
    void aWorkProgrammesTitleWithNoTableIsAHeadingAndASentenceIsNoTitle() {
        PaperAudit item = audit(document(para("Work Programme 2025/26 (Pages 45 - 48)")));
        assertEquals(Verdict.BY_DESIGN, item.coverage(RecordType.WORK_PROGRAMME_ENTRY).verdict());
        PaperAudit agreed = audit(document(para("AGREED: That the work programme be approved. Voting: For 4, Against 0")));
        assertEquals(0, agreed.coverage(RecordType.WORK_PROGRAMME_ENTRY).evidence());
        PaperAudit reference = audit(document(para("Forward Plan reference: FP/2025/03/117")));
        assertEquals(0, reference.coverage(RecordType.WORK_PROGRAMME_ENTRY).evidence());
    }

    @Test
    void nextStepsIsNoFindingsHeading() {
        PaperAudit a = audit(document(para("Next steps"), para("- The board is asked to note the briefing.")));
        assertEquals(0, a.coverage(RecordType.FINDING).evidence());
    }

    @Test
    void aLineSaidAgainIsAnsweredByTheRecordReadWhereItWasFirstSaid() {
        String text = "RESOLVED that the plan be approved.";
        LayoutDocument doc = document(para(text), pageBreak(""), para("a"), pageBreak(""), para("b"), pageBreak(""), para("c"),
                pageBreak(""), para(text));
        int start = doc.text().indexOf(text);
        Resolution r = new Resolution("r1", null, null, null, null, ResolutionOutcome.RESOLVED, null, text,
                new Provenance(1, null, start, start + text.length(), null), Mentions.NONE);
        PaperAudit a = audit(doc, r);
        assertTrue(a.gaps().isEmpty(), a.gaps().toString());
        LayoutDocument other = document(para(text), pageBreak(""), para("a"), pageBreak(""), para("b"), pageBreak(""), para("c"),
                pageBreak(""), para("RESOLVED that the fees rise."));
        int s2 = other.text().indexOf(text);
        Resolution r2 = new Resolution("r1", null, null, null, null, ResolutionOutcome.RESOLVED, null, text,
                new Provenance(1, null, s2, s2 + text.length(), null), Mentions.NONE);
        assertEquals(1, audit(other, r2).gaps().size());
    }
}
