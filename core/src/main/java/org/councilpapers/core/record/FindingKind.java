package org.councilpapers.core.record;

/** What a finding says: something to improve, a strength, or a plain observation. */
public enum FindingKind {
    /** What needs to improve: areas for improvement, areas of concern. */
    IMPROVEMENT,
    /** Something the inspectors found done well. */
    STRENGTH,
    /** A finding that is neither. */
    OBSERVATION
}
