package org.councilpapers.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a paper's evidence for one record type compares with the records extracted of that type. */
public enum Verdict {
    /** Evidence and records both, or neither. */
    OK("ok"),
    /** Evidence was seen and no record of the type came out: the paper is flagged for it. */
    EVIDENCE_NO_RECORDS("evidence-no-records"),
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
        if (evidence > 0 && records == 0) {
            return EVIDENCE_NO_RECORDS;
        }
        return evidence == 0 && records > 0 ? RECORDS_NO_EVIDENCE : OK;
    }
}
