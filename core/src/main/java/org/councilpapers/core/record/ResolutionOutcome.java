package org.councilpapers.core.record;

/** What the minutes record as the outcome of a decision. */
public enum ResolutionOutcome {
    RESOLVED,
    UNRESOLVED
}
