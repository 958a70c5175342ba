package org.councilpapers.core;

/** What kind of problem a {@link Warning} reports, so callers can filter on codes rather than messages. */
public enum WarningCode {
    /** A page has no extractable text (a scan, or text drawn as paths). */
    NO_TEXT_LAYER,
    /** A table could not be read into rows and cells as laid out. */
    BROKEN_TABLE,
    /** A judgement cell held a word that is not a known grade; no judgement was recorded for it. */
    UNKNOWN_GRADE_WORD,
    /** A status cell or word could not be mapped to Red, Amber, Green, Blue or Completed. */
    UNKNOWN_STATUS,
    /** A date was printed in a form we could not normalise; the text is kept as printed. */
    UNPARSED_DATE,
    /** The document was encrypted and opened with the empty password. */
    ENCRYPTED,
    /** Part of the document could not be read; the rest was. */
    DAMAGED,
    /** The file ends early (a PDF without its end-of-file marker or cross-reference table); the pages found were read. */
    TRUNCATED,
    /** The paper has more pages than the reader was allowed ({@code maxPages}); the first were read. */
    PAGE_LIMIT,
    /** The paper took longer than the time allowed per paper; what was read before then was kept. */
    TIMEOUT,
    /** Part of the paper inflates past the bytes allowed (a compressed stream or zip entry); it was skipped. */
    TOO_LARGE,
    /** The warning list reached its limit and later warnings were dropped. */
    TOO_MANY_WARNINGS,
    /** Anything else worth telling the user. */
    OTHER
}
