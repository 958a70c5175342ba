package org.councilpapers.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.extractors.read.UnreadablePaperException;

/**
 * Audits papers: reads each once, through {@link CouncilPapers#extract(InputStream, String, CouncilPapers.LayoutSink)},
 * for both its records and its layout, scans the layout for evidence and sets the two side by side.
 * Thread-safe when the {@link CouncilPapers} is.
 *
 * <pre>{@code
 * CoverageAudit audit = new CoverageAudit(CouncilPapers.builder().build());
 * PaperAudit a = audit.audit(Path.of("minutes.pdf"));
 * if (a.flagged()) a.gaps().forEach(g -> System.out.println(g.type() + " " + g.pages() + " " + g.snippet()));
 * }</pre>
 */
public final class CoverageAudit {
    private final CouncilPapers papers;
    private final EvidenceScanner scanner = new EvidenceScanner();

    /**
     * An audit that reads papers through the given entry point, so it sees what that configuration extracts.
     *
     * @param papers the entry point, configured as the run wants
     */
    public CoverageAudit(CouncilPapers papers) {
        this.papers = Objects.requireNonNull(papers, "papers");
    }

    /**
     * A paper's extraction and its audit, for callers that want the records (or the warnings) too.
     *
     * @param extraction what the paper gave
     * @param audit its audit
     */
    public record Audited(Extraction extraction, PaperAudit audit) {
        /**
         * Refuses a missing extraction or audit.
         *
         * @param extraction what the paper gave
         * @param audit its audit
         */
        public Audited {
            Objects.requireNonNull(extraction, "extraction");
            Objects.requireNonNull(audit, "audit");
        }
    }

    /**
     * Audits one file.
     *
     * @param file the paper
     * @return its audit
     * @throws UnreadablePaperException when the file is missing, a folder, or cannot be read as a paper
     * @throws IOException when the file cannot be read
     */
    public PaperAudit audit(Path file) throws IOException {
        return extractAndAudit(file).audit();
    }

    /**
     * As {@link #audit(Path)}, also giving the extraction the audit was made on.
     *
     * @param file the paper
     * @return the extraction and its audit
     * @throws IOException when the file cannot be read
     */
    public Audited extractAndAudit(Path file) throws IOException {
        // Read in place, within the library's limits (a device or an over-large file is refused before it is read).
        LayoutCapture capture = new LayoutCapture();
        Extraction x = papers.extract(file, capture);
        return new Audited(x, audit(x, capture.layout, capture.withoutRecords));
    }

    /**
     * Audits a paper from a stream; {@code source} names it, as in {@link CouncilPapers#extract(InputStream, String)}.
     *
     * @param in the paper's bytes; not closed
     * @param source the paper's name, which also says its format
     * @return its audit
     * @throws IOException when the stream cannot be read
     */
    public PaperAudit audit(InputStream in, String source) throws IOException {
        return extractAndAudit(in, source).audit();
    }

    /**
     * As {@link #audit(InputStream, String)}, also giving the extraction.
     *
     * @param in the paper's bytes; not closed
     * @param source the paper's name, which also says its format
     * @return the extraction and its audit
     * @throws IOException when the stream cannot be read
     */
    public Audited extractAndAudit(InputStream in, String source) throws IOException {
        LayoutCapture capture = new LayoutCapture();
        Extraction x = papers.extract(in, source, capture);
        return new Audited(x, audit(x, capture.layout, capture.withoutRecords));
    }

    /** Keeps what an extraction read besides its records, for the audit after it; called once, on this thread. */
    private static final class LayoutCapture implements CouncilPapers.LayoutSink {
        private LayoutDocument layout = LayoutDocument.builder().build();
        private TextRanges withoutRecords = TextRanges.none();

        @Override
        public void accept(LayoutDocument read, TextRanges skip) {
            this.layout = read;
            this.withoutRecords = skip;
        }
    }

    /**
     * Audits an extraction already made, against the layout it was read from; {@code withoutRecords} are the
     * stretches the pipeline took no record from, which are not scanned either.
     *
     * @param x the extraction
     * @param layout the layout it was read from
     * @param withoutRecords the stretches no record may come from
     * @return the audit
     */
    public PaperAudit audit(Extraction x, LayoutDocument layout, TextRanges withoutRecords) {
        List<Marker> markers = scanner.scan(layout, withoutRecords);
        return PaperAudit.of(x, layout, markers);
    }
}
