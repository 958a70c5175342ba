package org.councilpapers.core;

/** What a paper is, as a whole. */
public enum DocumentKind {
    AGENDA_PACK,
    REPORT,
    MINUTES,
    INSPECTION_REPORT,
    INSPECTION_LETTER,
    ACTION_PLAN,
    OTHER
}
