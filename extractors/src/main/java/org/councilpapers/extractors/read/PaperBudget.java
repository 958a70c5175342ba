package org.councilpapers.extractors.read;

import java.time.Duration;
import java.util.Objects;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;

/**
 * One paper's running account against its {@link PaperLimits}: the deadline its reading started,
 * and the bytes its compressed parts have inflated to so far. Readers and the pipeline ask it
 * between units of work (a page, a content-stream operator, a zip entry, an extractor); it throws
 * {@link PaperOverBudgetException} naming the paper and the limit. One budget belongs to one
 * paper on one thread (the byte counter is not shared).
 */
public final class PaperBudget {
    private final PaperLimits limits;
    private final String source;
    private final long deadline;
    private long decoded;
    private int checks;

    /**
     * A budget whose time starts now. Not thread-safe: one paper's reading, on one thread at a time.
     *
     * @param limits the limits
     * @param source the paper's name, for messages
     */
    public PaperBudget(PaperLimits limits, String source) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.source = Objects.requireNonNull(source, "source");
        long now = System.nanoTime();
        long nanos = limits.maxTime().toNanos();
        this.deadline = now + nanos;
    }

    /**
     * A budget with the default limits, for a reader called without one.
     *
     * @param source the paper's name, for messages
     * @return a budget whose time starts now
     */
    public static PaperBudget standard(String source) {
        return new PaperBudget(PaperLimits.defaults(), source);
    }

    /**
     * The limits.
     *
     * @return the limits this budget counts against
     */
    public PaperLimits limits() {
        return limits;
    }

    /**
     * The paper's name.
     *
     * @return the name messages give
     */
    public String source() {
        return source;
    }

    /**
     * The layout cut to the first {@code maxPages} pages, with a {@code PAGE_LIMIT} warning, where a reader read more: the
     * PDF reader stops at the limit itself, but text and office formats find their pages as they go (form feeds, "Page N"
     * lines, page breaks), so a file of nothing but form feeds would otherwise bring any number.
     *
     * @param layout what a reader read
     * @param warnings where the {@code PAGE_LIMIT} warning goes
     * @return {@code layout}, or its first {@code maxPages} pages
     */
    public LayoutDocument keepPages(LayoutDocument layout, Warnings warnings) {
        int max = limits.maxPages();
        if (layout.pageCount() <= max) {
            return layout;
        }
        pageLimitReached(layout.pageCount(), warnings);
        return layout.pages(1, max);
    }

    /**
     * Warns that a paper of {@code found} pages is read only as far as {@code maxPages}: one wording for every reader.
     *
     * @param found the paper's pages
     * @param warnings where the warning goes
     */
    public void pageLimitReached(int found, Warnings warnings) {
        int max = limits.maxPages();
        warnings.add(WarningCode.PAGE_LIMIT, "the paper has " + found + " pages; read the first " + max + " (maxPages " + max + ")",
                null);
    }

    /**
     * Whether the paper's time is up.
     *
     * @return true once {@code maxTime} has passed since the budget was made
     */
    public boolean expired() {
        return System.nanoTime() - deadline > 0;
    }

    /**
     * Throws once the paper's time is up.
     *
     * @throws PaperOverBudgetException with limit {@code TIME} once the time is up
     */
    public void checkTime() throws PaperOverBudgetException {
        if (expired()) {
            throw timeout();
        }
    }

    /**
     * As {@link #checkTime()}, but reading the clock only every 256th call, for tight loops (one call per
     * content-stream operator).
     *
     * @throws PaperOverBudgetException with limit {@code TIME} once the time is up
     */
    public void tick() throws PaperOverBudgetException {
        if ((++checks & 0xff) == 0) {
            checkTime();
        }
    }

    /**
     * The exception for a paper out of time, for a caller that stops waiting itself.
     *
     * @return a new exception with limit {@code TIME}
     */
    public PaperOverBudgetException timeout() {
        return new PaperOverBudgetException(source, PaperOverBudgetException.Limit.TIME,
                "took longer than the " + PaperLimits.seconds(limits.maxTime()) + " allowed per paper (maxSecondsPerPaper)");
    }

    /**
     * Counts {@code bytes} more inflated from one compressed part, named {@code what} in the message; throws when
     * the part alone or the paper in all is past its limit.
     *
     * @param what the part, as the message names it
     * @param partBytes the part's size inflated
     * @param moreBytes how much of it is new to the paper's count
     * @throws PaperOverBudgetException with limit {@code STREAM_BYTES} or {@code DECODED_BYTES}
     */
    public void inflated(String what, long partBytes, long moreBytes) throws PaperOverBudgetException {
        if (partBytes > limits.maxStreamBytes()) {
            throw new PaperOverBudgetException(source, PaperOverBudgetException.Limit.STREAM_BYTES, what + " inflates to over "
                    + PaperLimits.size(limits.maxStreamBytes()) + ", the most one part may (maxStreamBytes)");
        }
        decoded += moreBytes;
        if (decoded > limits.maxDecodedBytes()) {
            throw new PaperOverBudgetException(source, PaperOverBudgetException.Limit.DECODED_BYTES, "its compressed parts inflate to over "
                    + PaperLimits.size(limits.maxDecodedBytes()) + ", the most one paper may (maxDecodedBytes)");
        }
    }

    /**
     * As {@link #inflated}, for a part counted while it inflates rather than measured first: {@code moreBytes} more of it,
     * {@code partBytes} so far. A part that passes its own limit is taken out of the paper's count again, as a part measured
     * first never entered it, so a paper has the same budget whichever way its parts are counted.
     *
     * @param what the part, as the message names it
     * @param partBytes the part's size inflated so far
     * @param moreBytes how much was inflated since the last call
     * @throws PaperOverBudgetException with limit {@code STREAM_BYTES} or {@code DECODED_BYTES}
     */
    public void inflating(String what, long partBytes, long moreBytes) throws PaperOverBudgetException {
        if (partBytes > limits.maxStreamBytes()) {
            decoded -= partBytes - moreBytes;
        }
        inflated(what, partBytes, moreBytes);
    }

    /**
     * The time left, for a caller that waits on other threads.
     *
     * @return the time to the deadline; zero once past it
     */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}
