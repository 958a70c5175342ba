package org.councilpapers.core.record;

/** Red/Amber/Green status, with Blue (done and embedded) and Completed. */
public enum RagStatus {
    RED,
    AMBER,
    GREEN,
    BLUE,
    COMPLETED
}
