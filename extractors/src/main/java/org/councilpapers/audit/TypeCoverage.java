package org.councilpapers.audit;

import java.util.Objects;
import org.councilpapers.core.record.RecordType;

/**
 * One record type in one paper: how many markers of evidence for it the scan found, how many records
 * of it were extracted, and the verdict on the two.
 *
 * @param type     the record type
 * @param evidence how many markers of evidence for it the scan found
 * @param records  how many records of it were extracted
 * @param verdict  what the two together say
 */
public record TypeCoverage(RecordType type, int evidence, int records, Verdict verdict) {
    /**
     * Refuses a missing type or verdict.
     *
     * @param type the record type
     * @param evidence how many markers were found
     * @param records how many records were extracted
     * @param verdict what the two together say
     */
    public TypeCoverage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
    }
}
