package org.councilpapers.index;

import java.io.IOException;

/**
 * The index was written by a version of councilpapers that laid out its fields differently; it must be rebuilt
 * (delete its folder and index the papers again). Papers are never changed by indexing, so nothing is lost.
 */
public final class IndexFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * An index of another format.
     *
     * @param index the index, as the message should name it (its directory)
     * @param found the format the index records; 1 for an index from before formats were recorded
     * @param expected the format this version reads and writes
     */
    public IndexFormatException(String index, int found, int expected) {
        super(index + " was built by " + (found < expected ? "an older" : "a newer") + " councilpapers (index format " + found
                + ", this version reads " + expected + "): rebuild the index (delete the folder and index the papers again)");
    }
}
