package org.councilpapers.index;

import java.io.IOException;

/** Another writer (another {@code councilpapers index} run, say) has the index open for writing. */
public final class IndexInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * The index is locked by another writer.
     *
     * @param index the index, as the message should name it (its directory)
     * @param cause Lucene's lock exception
     */
    public IndexInUseException(String index, Throwable cause) {
        super(index + " is being written by another process", cause);
    }
}
