package org.councilpapers.audit;

import java.util.Objects;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of a paper where markers of a type sit and no record of that type comes from the same
 * page or within {@link PaperAudit#NEAR_PAGES} pages of them: the place to look for what was missed.
 *
 * @param type        the record type the markers are evidence for
 * @param fromPage    the page of the first marker in the stretch
 * @param toPage      the page of the last
 * @param printedPage the page number printed on {@code fromPage}, or null
 * @param markers     how many markers the stretch holds
 * @param cue         the first marker's cue
 * @param snippet     the first marker's snippet
 */
public record Gap(RecordType type, int fromPage, int toPage, @Nullable String printedPage, int markers, String cue, String snippet) {
    /**
     * Refuses a gap without type, cue or snippet, or with pages out of order or no markers.
     *
     * @param type the record type the markers are evidence for
     * @param fromPage the page of the first marker
     * @param toPage the page of the last
     * @param printedPage the page number printed on {@code fromPage}, or null
     * @param markers how many markers the stretch holds
     * @param cue the first marker's cue
     * @param snippet the first marker's snippet
     * @throws IllegalArgumentException for a page before 1, pages out of order or no markers
     */
    public Gap {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(snippet, "snippet");
        if (fromPage < 1 || toPage < fromPage || markers < 1) {
            throw new IllegalArgumentException("bad gap p" + fromPage + "-" + toPage + " x" + markers);
        }
    }

    /**
     * "p.3" or "pp.3-5".
     *
     * @return the pages the gap spans, as a reader would cite them
     */
    public String pages() {
        return fromPage == toPage ? "p." + fromPage : "pp." + fromPage + "-" + toPage;
    }
}
