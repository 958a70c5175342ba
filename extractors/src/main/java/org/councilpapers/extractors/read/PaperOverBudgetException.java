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

    private final Limit limit;

    public PaperOverBudgetException(String source, Limit limit, String reason) {
        super(source, reason);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }

    public WarningCode code() {
        return limit.code;
    }
}
