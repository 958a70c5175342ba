package org.councilpapers.extractors.read;

import org.councilpapers.core.WarningCode;

/**
 * A paper stopped because it went past one of its {@link PaperLimits}: too big, too slow, or inflating
 * too far. The message names the file and the limit; {@link #code()} is the warning code a reader uses
 * where it can keep what it read before the limit.
 */
public final class PaperOverBudgetException extends UnreadablePaperException {
    private static final long serialVersionUID = 1L;

    /** Which limit was passed. */
    public enum Limit {
        /** The file is larger than {@code maxBytes}. */
        BYTES(WarningCode.TOO_LARGE),
        /** The paper has more pages than {@code maxPages}. */
        PAGES(WarningCode.PAGE_LIMIT),
        /** One compressed part inflates past {@code maxStreamBytes}. */
        STREAM_BYTES(WarningCode.TOO_LARGE),
        /** The paper's compressed parts together inflate past {@code maxDecodedBytes}. */
        DECODED_BYTES(WarningCode.TOO_LARGE),
        /** The paper took longer than {@code maxTime}. */
        TIME(WarningCode.TIMEOUT);

        private final WarningCode code;

        Limit(WarningCode code) {
            this.code = code;
        }
    }

    /** Which limit was passed. */
    private final Limit limit;

    /**
     * A paper over one of its limits.
     *
     * @param source the paper's name
     * @param limit which limit it passed
     * @param reason what it did, for the message ("took longer than the 300 s allowed per paper")
     */
    public PaperOverBudgetException(String source, Limit limit, String reason) {
        super(source, reason);
        this.limit = limit;
    }

    /**
     * Which limit was passed.
     *
     * @return the limit
     */
    public Limit limit() {
        return limit;
    }

    /**
     * The warning code the limit is reported under.
     *
     * @return {@code TOO_LARGE}, {@code PAGE_LIMIT} or {@code TIMEOUT}
     */
    public WarningCode code() {
        return limit.code;
    }
}
