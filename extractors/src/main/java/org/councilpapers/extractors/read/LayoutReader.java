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
    /**
     * The media types this reader accepts.
     *
     * @return media types as {@link MediaTypes} names them
     */
    Set<String> mediaTypes();

    /**
     * Reads a paper without limits of its own.
     *
     * @param source the paper, of one of {@link #mediaTypes()}
     * @param warnings where problems that leave the rest readable go
     * @return the layout
     * @throws UnreadablePaperException when the paper cannot be read at all
     * @throws IOException if its bytes cannot be read
     */
    LayoutDocument read(Source source, Warnings warnings) throws IOException;

    /**
     * Reads within a budget: the standard readers count pages, inflated bytes and time against it and
     * throw {@link PaperOverBudgetException} (or warn, where what was read before the limit stands).
     * A reader that does not override this is checked for time before it starts, and cut to the page limit after.
     *
     * @param source the paper, of one of {@link #mediaTypes()}
     * @param warnings where problems that leave the rest readable go
     * @param budget the paper's limits and the time it has left
     * @return the layout
     * @throws PaperOverBudgetException when the paper is over a limit that leaves nothing to keep
     * @throws UnreadablePaperException when the paper cannot be read at all
     * @throws IOException if its bytes cannot be read
     */
    default LayoutDocument read(Source source, Warnings warnings, PaperBudget budget) throws IOException {
        budget.checkTime();
        return budget.keepPages(read(source, warnings), warnings);
    }
}
