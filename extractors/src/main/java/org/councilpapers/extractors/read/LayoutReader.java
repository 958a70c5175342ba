package org.councilpapers.extractors.read;

import java.io.IOException;
import java.util.Set;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;

/**
 * Turns a paper's bytes in one family of formats into a {@link LayoutDocument}. Readers know
 * formats, not council papers. Implementations are stateless and thread-safe.
 *
 * <p>Problems that leave the rest readable go to {@code warnings}; a file that cannot be read at
 * all throws {@link UnreadablePaperException} naming the reason.
 */
public interface LayoutReader {
    /** The media types this reader accepts. */
    Set<String> mediaTypes();

    LayoutDocument read(Source source, Warnings warnings) throws IOException;

    /**
     * Reads within a budget: the standard readers count pages, inflated bytes and time against it and
     * throw {@link PaperOverBudgetException} (or warn, where what was read before the limit stands).
     * A reader that does not override this is checked for time before it starts, and cut to the page limit after.
     */
    default LayoutDocument read(Source source, Warnings warnings, PaperBudget budget) throws IOException {
        budget.checkTime();
        return budget.keepPages(read(source, warnings), warnings);
    }
}
