package org.councilpapers.core.record;

/** Red/Amber/Green status, with Blue (done and embedded) and Completed. */
public enum RagStatus {
    /** Red, by cell colour or word; usually off track (a plan may define its own scale). */
    RED,
    /** Amber, by cell colour or word; usually some slippage or risk. */
    AMBER,
    /** Green, by cell colour or word; usually on track. */
    GREEN,
    /** Blue, by cell colour or word: done and embedded, beyond green. */
    BLUE,
    /** Completed, closed or done, said in words. */
    COMPLETED
}
