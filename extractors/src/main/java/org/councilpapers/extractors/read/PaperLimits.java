package org.councilpapers.extractors.read;

import java.time.Duration;

/**
 * How much one paper may cost: its size on disk, its pages, the bytes its compressed parts may
 * inflate to, and its wall time. Immutable; set through {@code CouncilPapers.builder()}. The
 * defaults are generous, far above any council paper seen (the longest packs run to a few hundred
 * pages, tens of MB), so they only ever stop hostile or broken files.
 *
 * @param maxBytes          the largest file read; larger is refused before any of it is read
 * @param maxPages          pages read from a PDF; past it the rest are skipped with a {@code PAGE_LIMIT} warning
 * @param maxStreamBytes    what one compressed part (a PDF content stream, a zip entry) may inflate to
 * @param maxDecodedBytes   what all of a paper's compressed parts together may inflate to
 * @param maxInflateRatio   the most a zip entry of over a megabyte may inflate by (a zip bomb's tell:
 *                          XML compresses about 10 to 1, a bomb 1000 to 1)
 * @param maxTime           the wall time one paper may take, reading, extracting and enriching
 */
public record PaperLimits(long maxBytes, int maxPages, long maxStreamBytes, long maxDecodedBytes, int maxInflateRatio,
        Duration maxTime) {
    /** 512 MB: the largest agenda packs seen are under 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;
    /** 10,000 pages: the longest packs seen run to about 1,000. */
    public static final int DEFAULT_MAX_PAGES = 10_000;
    /** 128 MB for one content stream or zip entry: real ones are a few MB. */
    public static final long DEFAULT_MAX_STREAM_BYTES = 128L << 20;
    /** 2 GB inflated per paper, in all. */
    public static final long DEFAULT_MAX_DECODED_BYTES = 2L << 30;
    /** XML and content streams compress well under 100 to 1; bombs compress about 1000 to 1. */
    public static final int DEFAULT_MAX_INFLATE_RATIO = 200;
    /** Five minutes: a 900-page pack reads in well under a minute here. */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofMinutes(5);

    private static final PaperLimits DEFAULTS = new PaperLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES,
            DEFAULT_MAX_STREAM_BYTES, DEFAULT_MAX_DECODED_BYTES, DEFAULT_MAX_INFLATE_RATIO, DEFAULT_MAX_TIME);

    /**
     * Checks the limits.
     *
     * @param maxBytes the largest file read
     * @param maxPages pages read from a PDF
     * @param maxStreamBytes what one compressed part may inflate to
     * @param maxDecodedBytes what all of a paper's compressed parts together may inflate to
     * @param maxInflateRatio the most a large zip entry may inflate by
     * @param maxTime the wall time one paper may take
     * @throws IllegalArgumentException if a limit is not positive
     */
    public PaperLimits {
        if (maxBytes < 1 || maxPages < 1 || maxStreamBytes < 1 || maxDecodedBytes < 1 || maxInflateRatio < 1) {
            throw new IllegalArgumentException("paper limits must be positive");
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    /**
     * The defaults, the {@code DEFAULT_} constants.
     *
     * @return the default limits
     */
    public static PaperLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with another the largest file read.
     *
     * @param n the new limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is not positive
     */
    public PaperLimits withMaxBytes(long n) {
        return new PaperLimits(n, maxPages, maxStreamBytes, maxDecodedBytes, maxInflateRatio, maxTime);
    }

    /**
     * These limits with another the pages read from a PDF.
     *
     * @param n the new limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is not positive
     */
    public PaperLimits withMaxPages(int n) {
        return new PaperLimits(maxBytes, n, maxStreamBytes, maxDecodedBytes, maxInflateRatio, maxTime);
    }

    /**
     * These limits with another what one compressed part may inflate to.
     *
     * @param n the new limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is not positive
     */
    public PaperLimits withMaxStreamBytes(long n) {
        return new PaperLimits(maxBytes, maxPages, n, maxDecodedBytes, maxInflateRatio, maxTime);
    }

    /**
     * These limits with another what a paper's compressed parts may inflate to in all.
     *
     * @param n the new limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is not positive
     */
    public PaperLimits withMaxDecodedBytes(long n) {
        return new PaperLimits(maxBytes, maxPages, maxStreamBytes, n, maxInflateRatio, maxTime);
    }

    /**
     * These limits with another the most a large zip entry may inflate by.
     *
     * @param n the new limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is not positive
     */
    public PaperLimits withMaxInflateRatio(int n) {
        return new PaperLimits(maxBytes, maxPages, maxStreamBytes, maxDecodedBytes, n, maxTime);
    }

    /**
     * These limits with another the wall time per paper.
     *
     * @param d the new limit
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is not positive
     */
    public PaperLimits withMaxTime(Duration d) {
        return new PaperLimits(maxBytes, maxPages, maxStreamBytes, maxDecodedBytes, maxInflateRatio, d);
    }

    /**
     * A byte count for messages: "512 MB", "64 KB", "900 bytes".
     *
     * @param bytes the count
     * @return it in the largest unit that keeps it whole or over one
     */
    public static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }

    /**
     * A duration for messages: "300 s", "0.5 s", "0.001 s".
     *
     * @param d the duration
     * @return it in seconds, to the millisecond
     */
    public static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
