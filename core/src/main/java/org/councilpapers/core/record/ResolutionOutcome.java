package org.councilpapers.core.record;

/** What the minutes record as the outcome of a decision. */
public enum ResolutionOutcome {
    /** The decision was made ("RESOLVED", "AGREED", "DECISION", "NOTED", …). */
    RESOLVED,
    /** The decision was not made ("UNRESOLVED", "NOT AGREED", "NOT RESOLVED"). */
    UNRESOLVED
}
