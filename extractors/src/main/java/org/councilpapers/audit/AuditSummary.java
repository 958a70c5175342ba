package org.councilpapers.audit;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.record.RecordType;

/**
 * A run's coverage across papers: how many were audited and flagged, and per record type the
 * evidence and records in total and how many papers it flags.
 *
 * @param papers  papers audited (those that could not be read are not among them)
 * @param flagged papers flagged for at least one type
 * @param types   one line per record type, in {@link RecordType} order, every type listed
 */
public record AuditSummary(int papers, int flagged, List<TypeSummary> types) {
    /**
     * Copies the list of types.
     *
     * @param papers papers audited
     * @param flagged papers flagged for at least one type
     * @param types one line per record type
     */
    public AuditSummary {
        types = List.copyOf(types);
    }

    /**
     * One record type across a run.
     *
     * @param type the record type
     * @param evidence markers of evidence for it across the papers
     * @param records records of it extracted across the papers
     * @param papersWithEvidence      papers holding evidence for it
     * @param papersFlagged           papers with evidence and no records of it, or a gap
     * @param papersRecordsNoEvidence papers with records of it and no evidence the scanner saw
     * @param papersByDesign          papers whose evidence of it is all of a kind that gives no record by design
     */
    public record TypeSummary(RecordType type, int evidence, int records, int papersWithEvidence, int papersFlagged,
            int papersRecordsNoEvidence, int papersByDesign) {}

    /**
     * Sums the audits of a run.
     *
     * @param audits the papers' audits
     * @return the run's summary, every record type listed
     */
    public static AuditSummary of(List<PaperAudit> audits) {
        List<TypeSummary> types = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            int evidence = 0;
            int records = 0;
            int withEvidence = 0;
            int flagged = 0;
            int recordsOnly = 0;
            int byDesign = 0;
            for (PaperAudit a : audits) {
                TypeCoverage c = a.coverage(t);
                evidence += c.evidence();
                records += c.records();
                withEvidence += c.evidence() > 0 ? 1 : 0;
                flagged += a.flagged(t) ? 1 : 0;
                recordsOnly += c.verdict() == Verdict.RECORDS_NO_EVIDENCE ? 1 : 0;
                byDesign += c.verdict() == Verdict.BY_DESIGN ? 1 : 0;
            }
            types.add(new TypeSummary(t, evidence, records, withEvidence, flagged, recordsOnly, byDesign));
        }
        return new AuditSummary(audits.size(), (int) audits.stream().filter(PaperAudit::flagged).count(), types);
    }
}
