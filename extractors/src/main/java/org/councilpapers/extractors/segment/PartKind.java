package org.councilpapers.extractors.segment;

/** What a part of a paper is. */
public enum PartKind {
    /** The agenda front sheet: the meeting called, its members and its items. */
    FRONT_SHEET,
    /** Notes for the public and members that every pack repeats: access, filming, Wi-Fi, evacuation, declaring interests, vision statements. */
    PUBLIC_INFORMATION,
    /** The minutes of a meeting. */
    MINUTES,
    /** A committee report, from its cover to its last page. */
    REPORT,
    /** An appendix to the report before it. */
    APPENDIX,
    /** The committee's work programme or forward plan. */
    WORK_PROGRAMME,
    /** A page left blank on purpose. */
    BLANK,
    /** Anything else. */
    OTHER;

    /**
     * Whether records may come from a part of this kind: notes for the public and blank pages carry none.
     *
     * @return false for notes for the public and blank pages
     */
    public boolean carriesRecords() {
        return this != PUBLIC_INFORMATION && this != BLANK;
    }
}
