package org.councilpapers.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.councilpapers.core.Extraction;
import org.councilpapers.index.lucene.LuceneIndex;

/**
 * A searchable index of papers' records, in a folder (embedded Lucene, no server) or in memory.
 *
 * <pre>{@code
 * try (PaperIndex index = PaperIndex.open(Path.of("councilpapers-index"))) {
 *     index.add(extraction);                         // replaces earlier records of the same paper
 *     SearchResult r = index.search(Query.text("return home interviews")
 *             .type(RecordType.FINDING).years(2016, 2021));
 * }
 * }</pre>
 *
 * <p><b>Papers are the unit of change.</b> A paper is known by its document id, the SHA-256 of its
 * bytes. {@link #add} puts all of a paper's records in, replacing whatever the index held for that
 * id, and commits: a reader (in this process or another) sees all of the paper's records or none,
 * and so does the index after a crash, which keeps the last commit. The same bytes always have the
 * same id, so {@link #contains} tells an indexer it can skip a file it has seen.
 *
 * <p><b>Threads.</b> An index is thread-safe: searches run concurrently, and see each commit as soon
 * as {@code add} or {@code delete} returns. Only one process at a time may open a folder for
 * writing ({@link #open}); any number may open it to read ({@link #openReadOnly}), and each search
 * of a read-only index first picks up what the writer has committed since.
 *
 * <p><b>Years.</b> A record's year is a judgement's stated year, else the year of the record's own
 * date (a meeting's or a report's meeting date, a finding's date, an action's due date, a
 * judgement's inspection dates), else the year of its paper's date.
 */
public final class PaperIndex implements AutoCloseable {
    private final IndexBackend backend;

    private PaperIndex(IndexBackend backend) {
        this.backend = backend;
    }

    /**
     * An index over another backend than the embedded Lucene one (a SolrCloud collection, from the
     * {@code councilpapers-solr} module); the index closes the backend when it is closed.
     *
     * @param backend where the records are kept
     * @return the index
     */
    public static PaperIndex over(IndexBackend backend) {
        return new PaperIndex(Objects.requireNonNull(backend, "backend"));
    }

    /**
     * Opens the index in {@code dir} for reading and writing, creating the folder and an empty
     * index if there is none.
     *
     * @param dir the index's folder
     * @return the open index; close it to release the write lock
     * @throws IndexInUseException when another process (or another open index in this one) has it open for writing
     * @throws IndexFormatException when the folder holds an index an older (or newer) version built, to be rebuilt
     * @throws IOException if the folder cannot be created or the index cannot be read
     */
    public static PaperIndex open(Path dir) throws IOException {
        return new PaperIndex(LuceneIndex.open(Objects.requireNonNull(dir, "dir")));
    }

    /**
     * Opens the index in {@code dir} for searching only; no lock is taken, so this works while
     * another process writes to it. Adding or deleting fails.
     *
     * @param dir the index's folder
     * @return the open index
     * @throws java.io.FileNotFoundException when {@code dir} holds no index
     * @throws IndexFormatException when the index was built by an older (or newer) version, to be rebuilt
     * @throws IOException if the index cannot be read
     */
    public static PaperIndex openReadOnly(Path dir) throws IOException {
        return new PaperIndex(LuceneIndex.openReadOnly(Objects.requireNonNull(dir, "dir")));
    }

    /**
     * A new, empty index in memory, for tests and short-lived embedding; it is gone when closed.
     *
     * @return the writable index
     * @throws IOException if Lucene cannot set it up
     */
    public static PaperIndex inMemory() throws IOException {
        return new PaperIndex(LuceneIndex.inMemory());
    }

    /**
     * Whether {@code dir} holds an index.
     *
     * @param dir the folder
     * @return true if it is a folder holding a committed index; false if it is missing or holds none
     * @throws IOException if the folder cannot be read
     */
    public static boolean exists(Path dir) throws IOException {
        return LuceneIndex.exists(Objects.requireNonNull(dir, "dir"));
    }

    /**
     * Adds one paper's records, replacing any records and passages the index has for the same document id, and
     * commits.
     *
     * @param extraction the paper's extraction
     * @throws IOException if writing or committing fails
     * @throws IllegalStateException if the index was opened read-only
     */
    public void add(Extraction extraction) throws IOException {
        backend.add(Objects.requireNonNull(extraction, "extraction"), List.of(), null, null);
    }

    /**
     * As {@link #add(Extraction)}, remembering where the paper was read from. If another version of
     * a paper was added from the same location (the file has changed since), it is removed in the
     * same commit.
     *
     * @param extraction the paper's extraction
     * @param location where the paper was read from (its path, say), as the caller names it
     * @throws IOException if writing or committing fails
     * @throws IllegalStateException if the index was opened read-only
     */
    public void add(Extraction extraction, String location) throws IOException {
        backend.add(Objects.requireNonNull(extraction, "extraction"), List.of(), Objects.requireNonNull(location, "location"), null);
    }

    /**
     * As {@link #add(Extraction)}, with the paper's passages of body text ({@link Passages#of}) in
     * the same commit: the paper's earlier records and passages all go, and these all come, at once.
     * A passage that lies inside a record holding its words (a finding, an action row, a question
     * and its answer) is not kept: the record finds those words already.
     *
     * @param extraction the paper's extraction
     * @param passages the paper's passages, from {@link Passages#of}; empty for none
     * @throws IOException if writing or committing fails
     * @throws IllegalStateException if the index was opened read-only
     */
    public void add(Extraction extraction, List<Passage> passages) throws IOException {
        backend.add(Objects.requireNonNull(extraction, "extraction"), List.copyOf(passages), null, null);
    }

    /**
     * As {@link #add(Extraction, List)}, remembering where the paper was read from (see
     * {@link #add(Extraction, String)}) and whether it was read with NLP ({@link IndexedDocument#nlp()}),
     * so an indexer can tell a paper worth reading again with NLP from one it may skip.
     *
     * @param extraction the paper's extraction
     * @param passages the paper's passages, from {@link Passages#of}; empty for none
     * @param location where the paper was read from, as the caller names it
     * @param nlp whether the paper was read with NLP
     * @throws IOException if writing or committing fails
     * @throws IllegalStateException if the index was opened read-only
     */
    public void add(Extraction extraction, List<Passage> passages, String location, boolean nlp) throws IOException {
        backend.add(Objects.requireNonNull(extraction, "extraction"), List.copyOf(passages), Objects.requireNonNull(location, "location"),
                nlp);
    }

    /**
     * Adds several papers with a single commit, for bulk loads: much faster than one {@link #add}
     * each. Each paper is still whole or absent to readers and after a crash; a crash loses the
     * papers of this call not yet committed. No passages and no locations are stored.
     *
     * @param extractions the papers' extractions
     * @throws IOException if writing or committing fails
     * @throws IllegalStateException if the index was opened read-only
     */
    public void addAll(Collection<Extraction> extractions) throws IOException {
        backend.addAll(List.copyOf(extractions));
    }

    /**
     * Removes a paper's records and passages, and commits.
     *
     * @param documentId the paper's document id
     * @return whether the index had the paper
     * @throws IOException if writing or committing fails
     * @throws IllegalStateException if the index was opened read-only
     */
    public boolean delete(String documentId) throws IOException {
        return backend.delete(Objects.requireNonNull(documentId, "documentId"));
    }

    /**
     * Whether a paper is indexed.
     *
     * @param documentId the paper's document id (the SHA-256 of its bytes, hex)
     * @return true if it is
     * @throws IOException if the index cannot be read
     */
    public boolean contains(String documentId) throws IOException {
        return backend.contains(Objects.requireNonNull(documentId, "documentId"));
    }

    /**
     * The indexed paper with this document id.
     *
     * @param documentId the paper's document id
     * @return the paper, or empty if it is not indexed
     * @throws IOException if the index cannot be read
     */
    public Optional<IndexedDocument> document(String documentId) throws IOException {
        return backend.document(Objects.requireNonNull(documentId, "documentId"));
    }

    /**
     * Every indexed paper, by file name then document id.
     *
     * @return the papers
     * @throws IOException if the index cannot be read
     */
    public List<IndexedDocument> documents() throws IOException {
        return backend.documents();
    }

    /**
     * One page of records matching the query, with snippets and, if asked, facet counts. Passages
     * come only when the query's {@link Query#scope} asks for them.
     *
     * @param query what to find, which page of it and in what order
     * @return the page of hits, the total and any facets
     * @throws BadQueryException when the query's text does not parse
     * @throws IOException if the index cannot be read
     */
    public SearchResult search(Query query) throws IOException {
        return backend.search(Objects.requireNonNull(query, "query"));
    }

    /**
     * The record, or the passage, with this id, wherever it is indexed.
     *
     * @param recordId a record's or passage's id
     * @return it as a hit without a snippet; empty if no paper holds it
     * @throws IOException if the index cannot be read
     */
    public Optional<Hit> record(String recordId) throws IOException {
        return backend.record(Objects.requireNonNull(recordId, "recordId"));
    }

    /**
     * Every record matching the query, ignoring its offset and limit, in its order (relevance order
     * is taken as {@link Query.Order#DOCUMENT}, which is stable), without snippets: for exports.
     * The whole scan sees the index as it was when the scan began.
     *
     * @param query what to find and in what order
     * @param consumer takes each hit, on the calling thread
     * @throws BadQueryException when the query's text does not parse
     * @throws IOException if the index cannot be read, or as the consumer throws it
     */
    public void scan(Query query, HitConsumer consumer) throws IOException {
        Objects.requireNonNull(consumer, "consumer");
        backend.scan(Objects.requireNonNull(query, "query"), consumer);
    }

    /** Takes the hits of a {@link #scan}; may fail with an I/O error, which ends the scan. */
    @FunctionalInterface
    public interface HitConsumer {
        /**
         * Takes one hit.
         *
         * @param hit the hit, without a snippet
         * @throws IOException to end the scan (a full disk while exporting); {@code scan} throws it on
         */
        void accept(Hit hit) throws IOException;
    }

    /**
     * The query's matches counted by year and type, and judgements' grades by year and area; unless
     * the query's {@link Query#scope} says otherwise, passages are counted too, per year on their own.
     *
     * @param query what to count; its offset, limit and order do not apply
     * @return the counts
     * @throws BadQueryException when the query's text does not parse
     * @throws IOException if the index cannot be read
     */
    public Timeline timeline(Query query) throws IOException {
        return backend.timeline(Objects.requireNonNull(query, "query"));
    }

    /**
     * Follows a subject across papers and years: the findings, recommendations, actions,
     * resolutions and judgements about it, and the passages of body text that speak of it where no
     * record does (an inspection report's paragraph, a committee report's update), oldest first,
     * each with its paper and page. A passage's date is its paper's.
     *
     * <p>How related records are chosen, so a user can check the answer:
     * <ol>
     * <li>The seed is a record id if one is indexed, else query text.
     * <li>From query text, the words are the query's words (stemmed, stop words dropped). Plain
     *     words, as in {@code return home interviews}, need not all appear: a record must contain at
     *     least half of them. Text with operators ({@code AND}, quotes, {@code +}) is taken as written.
     * <li>From a record, the words are the up to eight words of what it is about (a finding's or
     *     an action's text, a judgement's area; not its authority or source) that best tell it apart:
     *     each word's count in the record times its rarity in the index (BM25's idf), keeping only
     *     words some other record also has. A related record must contain at least a third of
     *     them, and at least two. Unless {@code filters} name a council or authority, only papers of
     *     the seed paper's council are searched.
     * <li>The {@code filters}' types (by default the five above), councils, years and other filters
     *     apply; their text, order and offset do not. Passages are followed too unless the filters'
     *     {@link Query#scope} is {@link Query.Scope#RECORDS}; a type filter narrows only the records. The best {@code filters.limit()} records by
     *     relevance are kept and returned in date order ({@link Hit#date()}; undated last; ties by
     *     paper and position).
     * <li>A record or passage found in several papers with the same kind, date and words (the same
     *     paper indexed as PDF and as Word, a report reprinted in an agenda pack) is one step, shown
     *     by its most relevant copy (or the seed record's own); the others are in {@link Trace#copies()}.
     *     The limit counts steps.
     * </ol>
     *
     * @param seed a record id, or query text
     * @param filters which records may be steps, and how many
     * @return the trace; no steps where nothing related is found
     * @throws BadQueryException when {@code seed} is query text that does not parse
     * @throws IOException if the index cannot be read
     */
    public Trace trace(String seed, Query filters) throws IOException {
        return backend.trace(Objects.requireNonNull(seed, "seed"), Objects.requireNonNull(filters, "filters"));
    }

    /**
     * As {@link #trace(String, Query)} with no filters and at most 50 steps.
     *
     * @param seed a record id, or query text
     * @return the trace
     * @throws BadQueryException when {@code seed} is query text that does not parse
     * @throws IOException if the index cannot be read
     */
    public Trace trace(String seed) throws IOException {
        return trace(seed, Query.all().limit(50));
    }

    /**
     * Counts of papers, records and warnings, records by type and facet, and the index's size.
     *
     * @return the counts, as of the last commit this index sees
     * @throws IOException if the index cannot be read
     */
    public IndexStats stats() throws IOException {
        return backend.stats();
    }

    /**
     * Closes the index, releasing its files, its write lock and its search threads. Call it once no search is
     * running; the index cannot be used after it.
     *
     * @throws IOException if closing Lucene's writer or files fails
     */
    @Override
    public void close() throws IOException {
        backend.close();
    }

    @Override
    public String toString() {
        return "PaperIndex[" + backend + "]";
    }
}
