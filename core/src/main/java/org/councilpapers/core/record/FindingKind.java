package org.councilpapers.core.record;

/** What a finding says: something to improve, a strength, or a plain observation. */
public enum FindingKind {
    IMPROVEMENT,
    STRENGTH,
    OBSERVATION
}
