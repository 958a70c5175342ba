package org.councilpapers.core.record;

/** An inspection grade, normalised from the words a framework uses. */
public enum Grade {
    /** The top grade. */
    OUTSTANDING,
    /** The second grade. */
    GOOD,
    /** "Requires improvement (to be good)", the 2013-onwards word for what had been Adequate. */
    REQUIRES_IMPROVEMENT,
    /** The 2009-2012 frameworks' third grade. */
    ADEQUATE,
    /** The lowest grade, in every framework. */
    INADEQUATE
}
