package org.councilpapers.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a paper's evidence for one record type compares with the records extracted of that type. */
public enum Verdict {
    /** Evidence and records both, or neither. */
    OK("ok"),
    /** Evidence was seen and no record of the type came out: the paper is flagged for it. */
    EVIDENCE_NO_RECORDS("evidence-no-records"),
    /**
     * Evidence was seen and no record of the type came out, but every marker is of a kind the record contract
     * gives no record for (a standalone report's own "Agenda item 5" line, a decision notice's "Report of:" label):
     * shown, not flagged.
     */
    BY_DESIGN("by-design"),
    /** Records came out where the scanner saw no evidence: its vocabulary missed a wording (worth a look, not a loss). */
    RECORDS_NO_EVIDENCE("records-no-evidence");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /**
     * The name printed and written to JSON.
     *
     * @return the label, lower case with hyphens
     */
    @JsonValue
    public String label() {
        return label;
    }

    static Verdict of(int evidence, int records) {
        return of(evidence, 0, records);
    }

    // evidence: the markers that count; explained: those by design.
    static Verdict of(int evidence, int explained, int records) {
        if (evidence > 0 && records == 0) {
            return EVIDENCE_NO_RECORDS;
        }
        if (explained > 0 && records == 0) {
            return BY_DESIGN;
        }
        return evidence + explained == 0 && records > 0 ? RECORDS_NO_EVIDENCE : OK;
    }
}
