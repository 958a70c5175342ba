package org.councilpapers.audit;

import java.util.Objects;
import org.councilpapers.core.record.RecordType;

/**
 * One record type in one paper: how many markers of evidence for it the scan found, how many records
 * of it were extracted, and the verdict on the two.
 */
public record TypeCoverage(RecordType type, int evidence, int records, Verdict verdict) {
    public TypeCoverage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
    }
}
