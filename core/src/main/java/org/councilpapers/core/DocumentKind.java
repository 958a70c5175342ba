package org.councilpapers.core;

/** What a paper is, as a whole. */
public enum DocumentKind {
    /** An agenda, with or without the reports it calls (a front sheet or a whole pack). */
    AGENDA_PACK,
    /** A single committee report. */
    REPORT,
    /** Minutes, a decision notice or record of decisions, or a record of questions and answers at a meeting. */
    MINUTES,
    /** An inspectorate's inspection report. */
    INSPECTION_REPORT,
    /** An inspectorate's letter to the authority, e.g. after a focused or monitoring visit. */
    INSPECTION_LETTER,
    /** An action, improvement or development plan. */
    ACTION_PLAN,
    /** None of these. */
    OTHER
}
