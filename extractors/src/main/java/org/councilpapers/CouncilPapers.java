package org.councilpapers;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.extractors.nlp.Enricher;
import org.councilpapers.extractors.nlp.Enrichers;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.Readers;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.Extractors;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.plan.ActionLinker;
import org.councilpapers.extractors.segment.DocumentClassifier;
import org.councilpapers.extractors.segment.Segmenter;
import org.jspecify.annotations.Nullable;

/**
 * The way in: reads a paper and returns its records. Build one, keep it, share it between
 * threads; it holds no per-paper state.
 *
 * <pre>{@code
 * CouncilPapers papers = CouncilPapers.builder().build();          // .nlp(true) for mentions (needs CoreNLP)
 * Extraction x = papers.extract(Path.of("pack.pdf"));
 * List<Judgement> js = x.records(Judgement.class);
 * }</pre>
 */
public final class CouncilPapers {
    private final Readers readers;
    private final List<RecordExtractor> extractors;
    private final DocumentClassifier classifier;
    private final Segmenter segmenter;
    /** Null without NLP; with it, one enricher (and so one CoreNLP pipeline) for this instance's whole life. */
    private final @Nullable Enricher enricher;
    private final PaperLimits limits;

    private CouncilPapers(Builder b) {
        this.readers = b.readers;
        this.limits = b.limits;
        this.extractors = List.copyOf(b.extractors);
        this.classifier = new DocumentClassifier();
        this.segmenter = new Segmenter();
        this.enricher = b.enricher != null ? b.enricher : b.nlp ? Enrichers.coreNlp() : null;
    }

    /**
     * A builder with the defaults: every reader and extractor, no NLP, {@link PaperLimits#defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and extracts one file.
     *
     * @param file the paper
     * @return the paper's envelope: what it says about itself, its records and the warnings met
     * @throws UnreadablePaperException when the file is missing, empty, in a format no reader takes, or unreadable
     * @throws PaperOverBudgetException when the paper is over one of this instance's limits
     * @throws IOException if the file cannot be read
     */
    public Extraction extract(Path file) throws IOException {
        return run(source(file), null);
    }

    /**
     * As {@link #extract(Path)}, also handing {@code layout} the layout and the stretches of text no record comes
     * from, as {@link #extract(InputStream, String, LayoutSink)} does; the file is read in place, not copied.
     *
     * @param file the paper
     * @param layout receives the layout and the stretches without records, once, before records are extracted
     * @return the paper's envelope
     * @throws UnreadablePaperException when the file is missing, empty, in a format no reader takes, or unreadable
     * @throws IOException if the file cannot be read
     */
    public Extraction extract(Path file, LayoutSink layout) throws IOException {
        Objects.requireNonNull(layout, "layout");
        return run(source(file), layout);
    }

    /**
     * The file as a source, once it is known to be a regular file no larger than {@code maxBytes}: a device
     * (/dev/zero), a pipe or a file of several GB named by mistake is refused before anything is read. Only its
     * opening is read here; the readers stream it or open it by random access.
     */
    private Source source(Path file) throws UnreadablePaperException {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new UnreadablePaperException(file.toString(), "is a directory, not a paper");
        }
        if (!Files.exists(file)) {
            throw new UnreadablePaperException(file.toString(), "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadablePaperException(file.toString(), "is not a regular file (a device, pipe or socket?)");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(file.toString(), size);
            }
            return Source.of(file, name);
        } catch (UnreadablePaperException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new UnreadablePaperException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new UnreadablePaperException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Extracts the stream's content, at most {@code maxBytes} of it: one byte more and the paper is refused before the rest
     * is read. A stream cannot be read twice or by random access, as the readers need: up to {@link #IN_MEMORY} bytes it is
     * held in memory, beyond that spooled to a temporary file (deleted after), so no stream costs more heap than that bound.
     */
    private Extraction spooled(InputStream in, String source, @Nullable LayoutSink sink) throws IOException {
        // Most papers are a few megabytes: held in memory up to IN_MEMORY bytes (a bound, whatever the stream holds), they
        // cost no file; a larger stream goes on to a temporary file, read by random access as a file named by path is.
        long max = limits.maxBytes();
        byte[] head = in.readNBytes((int) Math.min(IN_MEMORY, max + 1));
        if (head.length <= max && head.length < IN_MEMORY) {
            return run(Source.of(head, source), sink);
        }
        Path spool = Files.createTempFile("councilpapers-", ".paper");
        try {
            long n;
            try (OutputStream out = Files.newOutputStream(spool)) {
                out.write(head);
                n = head.length + copy(in, out, max + 1 - head.length);
            }
            if (n > max) {
                throw tooLarge(source, -1);
            }
            return run(Source.of(spool, source), sink);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The most of a stream held in memory; a longer stream is spooled to a temporary file. */
    static final int IN_MEMORY = 16 << 20;

    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 << 10];
        long total = 0;
        for (int n; total < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0;) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }

    private PaperOverBudgetException tooLarge(String source, long size) {
        return new PaperOverBudgetException(source, PaperOverBudgetException.Limit.BYTES, (size < 0 ? "is larger than "
                : "is " + PaperLimits.size(size) + ", over ") + "the " + PaperLimits.size(limits.maxBytes())
                + " allowed per paper (maxBytes)");
    }

    /**
     * Reads and extracts a paper from a stream; {@code source} names it in records and errors. The readers need to read a
     * paper more than once or by random access, so a stream of up to 16 MB is held in memory and a longer one copied to a
     * temporary file (deleted after), at most {@code maxBytes} of it; {@link #extract(Path)} reads a file in place.
     *
     * @param in the paper's bytes; read to its end, not closed
     * @param source the paper's name, as records and messages give it (a file name)
     * @return the paper's envelope
     * @throws UnreadablePaperException when the bytes are empty, in a format no reader takes, or unreadable
     * @throws IOException if the stream cannot be read
     */
    public Extraction extract(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return spooled(in, source, null);
    }

    /**
     * As {@link #extract(InputStream, String)}, also handing {@code layout} the layout the records
     * were read from, for callers that want the text around the records too (an index's passages)
     * without reading the paper twice. {@code layout} is called once, before extraction, on this thread.
     *
     * @param in the paper's bytes; read to its end, not closed
     * @param source the paper's name, as records and messages give it
     * @param layout receives the layout
     * @return the paper's envelope
     * @throws UnreadablePaperException when the bytes are empty, in a format no reader takes, or unreadable
     * @throws IOException if the stream cannot be read
     */
    public Extraction extract(InputStream in, String source, Consumer<LayoutDocument> layout) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        return spooled(in, source, (read, withoutRecords) -> layout.accept(read));
    }

    /**
     * Receives what an extraction read besides its records: the layout, and the stretches of its
     * text that carry nothing of the paper's own, where no record comes from (blank pages, the notes
     * for the public an agenda pack repeats).
     */
    @FunctionalInterface
    public interface LayoutSink {
        /**
         * Takes what was read.
         *
         * @param layout the paper's layout
         * @param withoutRecords the stretches of its text (offsets into the layout's text) no record comes from
         */
        void accept(LayoutDocument layout, TextRanges withoutRecords);
    }

    /**
     * As {@link #extract(InputStream, String, Consumer)}, also telling {@code layout} which stretches
     * of the text the records may not come from, so the caller can leave them out as well:
     *
     * <pre>{@code
     * AtomicReference<LayoutDocument> layout = new AtomicReference<>();
     * AtomicReference<TextRanges> skip = new AtomicReference<>();
     * Extraction x = papers.extract(in, name, (l, s) -> { layout.set(l); skip.set(s); });
     * index.add(x, Passages.of(x, layout.get(), offset -> !skip.get().contains(offset)));
     * }</pre>
     *
     * <p>{@code layout} is called once, after the paper is read and cut into parts and before records
     * are extracted, on this thread.
     *
     * @param in the paper's bytes; read to its end, not closed
     * @param source the paper's name, as records and messages give it
     * @param layout receives the layout and the stretches without records
     * @return the paper's envelope
     * @throws UnreadablePaperException when the bytes are empty, in a format no reader takes, or unreadable
     * @throws IOException if the stream cannot be read
     */
    public Extraction extract(InputStream in, String source, LayoutSink layout) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        return spooled(in, source, layout);
    }

    /**
     * Reads a paper into its layout only, without extracting records, within this instance's limits.
     *
     * @param source the paper
     * @param warnings where problems met while reading go
     * @return the layout
     * @throws UnreadablePaperException when the paper is empty, in a format no reader takes, or unreadable
     * @throws IOException if the paper cannot be read
     */
    public LayoutDocument layout(Source source, Warnings warnings) throws IOException {
        return layout(source, warnings, new PaperBudget(limits, source.name()));
    }

    private LayoutDocument layout(Source source, Warnings warnings, PaperBudget budget) throws IOException {
        if (source.size() > limits.maxBytes()) {
            throw tooLarge(source.name(), source.size());
        }
        return reader(source).read(source, warnings, budget);
    }

    /**
     * A record's page drawn from the PDF it was read from, its box outlined ({@link PagePictures#image}), within this
     * instance's byte limit, so that a tool embedding the library shows a doubted grade or status where it stands.
     *
     * @param pdf the paper's PDF (check it is the file that was indexed with {@link PagePictures#requireSame})
     * @param provenance the record's provenance
     * @param view the record's region, or its whole page
     * @return the picture
     * @throws PagePictures.NoBoxException if the record has no box (it was read from Word, HTML or text)
     * @throws PaperOverBudgetException if the file is larger than the limits allow
     * @throws IOException if the file cannot be read as a PDF
     */
    public BufferedImage pageImage(Path pdf, Provenance provenance, PagePictures.View view) throws IOException {
        withinBytes(pdf);
        return PagePictures.image(pdf, provenance, view);
    }

    /**
     * {@link #pageImage} as PNG bytes.
     *
     * @param pdf the paper's PDF
     * @param provenance the record's provenance
     * @param view the record's region, or its whole page
     * @return the PNG file's bytes
     * @throws PagePictures.NoBoxException if the record has no box
     * @throws PaperOverBudgetException if the file is larger than the limits allow
     * @throws IOException if the file cannot be read as a PDF
     */
    public byte[] pagePng(Path pdf, Provenance provenance, PagePictures.View view) throws IOException {
        withinBytes(pdf);
        return PagePictures.png(pdf, provenance, view);
    }

    private void withinBytes(Path pdf) throws IOException {
        long size = Files.size(pdf);
        if (size > limits.maxBytes()) {
            throw tooLarge(pdf.toString(), size);
        }
    }

    /**
     * The limits every paper is read within.
     *
     * @return the limits this instance was built with
     */
    public PaperLimits limits() {
        return limits;
    }

    private LayoutReader reader(Source source) throws UnreadablePaperException {
        if (source.size() == 0) {
            throw new UnreadablePaperException(source.name(), "is empty");
        }
        Optional<String> mislabelled = MediaTypes.mislabelled(source.mediaType(), source.name());
        if (mislabelled.isPresent()) {
            throw new UnreadablePaperException(source.name(), mislabelled.get());
        }
        return readers.forType(source.mediaType()).orElseThrow(() -> new UnreadablePaperException(source.name(),
                "unsupported format (" + MediaTypes.describe(source.mediaType()) + ")"));
    }

    private Extraction run(Source source, @Nullable LayoutSink sink) throws IOException {
        Warnings warnings = new Warnings();
        PaperBudget budget = new PaperBudget(limits, source.name());
        LayoutDocument layout = layout(source, warnings, budget);
        budget.checkTime();
        DocumentInfo info = classifier.describe(source, layout);
        // The parts are found once, here: every extractor sees the same cut, and the pipeline drops what any of them
        // finds on a blank page or in the notes for the public (access to meetings, Wi-Fi, declaring interests).
        ExtractContext context = new ExtractContext(info, layout, warnings, new LinkedHashMap<>(), segmenter.forDocument(layout, info.kind()));
        if (sink != null) {
            sink.accept(layout, context.withoutRecords());
        }
        List<PaperRecord> records = new ArrayList<>();
        for (RecordExtractor e : extractors) {
            budget.checkTime();
            for (PaperRecord r : e.extract(layout, context)) {
                if (context.mayCarry(r)) {
                    records.add(r);
                }
            }
        }
        // Linked after ids are final, so an action's recommendationId names the record as the caller sees it.
        List<PaperRecord> unique = ActionLinker.link(uniqueIds(records));
        if (enricher != null) {
            budget.checkTime();
            unique = enricher.enrich(unique);
            // CoreNLP cannot be stopped part way; a paper whose enrichment ran past the deadline still fails, late.
            budget.checkTime();
        }
        return new Extraction(Extraction.SCHEMA_VERSION, datedByMeeting(info, records), unique, warnings.toList(),
                context.ragScale());
    }

    /**
     * An agenda pack is dated by the meeting it calls, which its meeting record reads more surely than
     * the classifier's look at the opening (a front sheet also prints its despatch date).
     */
    private static DocumentInfo datedByMeeting(DocumentInfo info, List<PaperRecord> records) {
        if (info.kind() != DocumentKind.AGENDA_PACK) {
            return info;
        }
        return records.stream().filter(r -> r instanceof Meeting m && m.date() != null && m.date().isFullDate()).findFirst()
                .map(r -> ((Meeting) r).date())
                .filter(d -> !d.equals(info.date()))
                .map(d -> new DocumentInfo(info.id(), info.source(), info.mediaType(), info.kind(), info.title(), info.council(), d,
                        info.pages()))
                .orElse(info);
    }

    /** Two records can share type, span and key (a repeated row); number the later ones so ids stay unique and stable. */
    private static List<PaperRecord> uniqueIds(List<PaperRecord> records) {
        Set<String> seen = new HashSet<>();
        List<PaperRecord> out = new ArrayList<>(records.size());
        for (PaperRecord r : records) {
            String id = r.id();
            for (int n = 2; !seen.add(id); n++) {
                id = r.id() + "-" + n;
            }
            out.add(id.equals(r.id()) ? r : r.withId(id));
        }
        return out;
    }

    /** Configures a {@link CouncilPapers}. */
    public static final class Builder {
        private Readers readers = Readers.standard();
        private List<RecordExtractor> extractors = Extractors.standard();
        private boolean nlp;
        private @Nullable Enricher enricher;
        private PaperLimits limits = PaperLimits.defaults();

        private Builder() {}

        /**
         * Every limit at once (see {@link PaperLimits}; the defaults read any real paper).
         *
         * @param l the limits
         * @return this builder
         */
        public Builder limits(PaperLimits l) {
            this.limits = Objects.requireNonNull(l, "limits");
            return this;
        }

        /**
         * Pages read from a PDF; past them the rest are left out with a {@code PAGE_LIMIT} warning.
         *
         * @param n the most pages read
         * @return this builder
         */
        public Builder maxPages(int n) {
            this.limits = limits.withMaxPages(n);
            return this;
        }

        /**
         * Wall time per paper, reading, extracting and enriching; a paper over it fails with a
         * {@link PaperOverBudgetException} whose code is {@code TIMEOUT}.
         *
         * @param seconds the most seconds a paper may take
         * @return this builder
         * @throws IllegalArgumentException if {@code seconds} is not positive
         */
        public Builder maxSecondsPerPaper(double seconds) {
            if (!(seconds > 0) || seconds > Long.MAX_VALUE / 1_000_000_000.0) {
                throw new IllegalArgumentException("maxSecondsPerPaper must be positive: " + seconds);
            }
            this.limits = limits.withMaxTime(Duration.ofNanos((long) (seconds * 1_000_000_000L)));
            return this;
        }

        /**
         * The largest file read; a larger one is refused before it is read.
         *
         * @param n the most bytes
         * @return this builder
         */
        public Builder maxBytes(long n) {
            this.limits = limits.withMaxBytes(n);
            return this;
        }

        /**
         * Whether to enrich records with people, organisations, places, dates and sentences, using
         * Stanford CoreNLP (off by default). CoreNLP is GPL v3+ and an optional dependency: asking
         * for it without it on the class path makes {@link #build()} throw IllegalStateException.
         * The pipeline loads on the first paper, not here.
         *
         * @param on true to enrich
         * @return this builder
         */
        public Builder nlp(boolean on) {
            this.nlp = on;
            return this;
        }

        /**
         * Enrich with this enricher instead (it wins over {@link #nlp}).
         *
         * @param e the enricher
         * @return this builder
         */
        public Builder enricher(Enricher e) {
            this.enricher = Objects.requireNonNull(e, "enricher");
            return this;
        }

        /**
         * The layout readers, by media type, instead of {@link Readers#standard()}.
         *
         * @param r the readers
         * @return this builder
         */
        public Builder readers(Readers r) {
            this.readers = Objects.requireNonNull(r, "readers");
            return this;
        }

        /**
         * The record extractors, in the order they run, instead of the standard ones.
         *
         * @param list the extractors
         * @return this builder
         */
        public Builder extractors(List<RecordExtractor> list) {
            this.extractors = List.copyOf(list);
            return this;
        }

        /**
         * The configured instance: thread-safe, to be built once and reused.
         *
         * @return a new instance
         */
        public CouncilPapers build() {
            return new CouncilPapers(this);
        }
    }
}
