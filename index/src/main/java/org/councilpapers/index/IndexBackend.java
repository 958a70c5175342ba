package org.councilpapers.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.councilpapers.core.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link PaperIndex} keeps its records: the embedded Lucene index by default, or a search
 * server (the {@code councilpapers-solr} module's SolrCloud collection). Every backend takes the
 * same {@link Query} and gives the same {@link Hit}s, facets, timelines and traces; the contract of
 * each method is that of the {@code PaperIndex} method of the same name. Implementations are
 * thread-safe.
 */
public interface IndexBackend extends Closeable {
    /**
     * Adds or replaces one paper, its records and passages, so that readers see all of them or none.
     *
     * @param extraction the paper's extraction
     * @param passages its passages; empty for none
     * @param location where it was read from; null where not known
     * @param nlp whether it was read with NLP; null where not known
     * @throws IOException if the index cannot be written
     * @throws IllegalStateException if the index was opened read-only
     */
    void add(Extraction extraction, List<Passage> passages, @Nullable String location, @Nullable Boolean nlp) throws IOException;

    /**
     * Adds or replaces several papers at once, without passages or locations.
     *
     * @param extractions the papers' extractions
     * @throws IOException if the index cannot be written
     * @throws IllegalStateException if the index was opened read-only
     */
    void addAll(Collection<Extraction> extractions) throws IOException;

    /**
     * Removes a paper's records and passages.
     *
     * @param documentId the paper's document id
     * @return whether the index had the paper
     * @throws IOException if the index cannot be written
     */
    boolean delete(String documentId) throws IOException;

    /**
     * Whether a paper is indexed.
     *
     * @param documentId the paper's document id
     * @return true if it is
     * @throws IOException if the index cannot be read
     */
    boolean contains(String documentId) throws IOException;

    /**
     * An indexed paper.
     *
     * @param documentId the paper's document id
     * @return the paper, or empty
     * @throws IOException if the index cannot be read
     */
    Optional<IndexedDocument> document(String documentId) throws IOException;

    /**
     * Every indexed paper, by file name then document id.
     *
     * @return the papers
     * @throws IOException if the index cannot be read
     */
    List<IndexedDocument> documents() throws IOException;

    /**
     * One page of hits.
     *
     * @param query the query
     * @return the page, the total and any facets
     * @throws IOException if the index cannot be read
     */
    SearchResult search(Query query) throws IOException;

    /**
     * The record or passage with this id.
     *
     * @param recordId its id
     * @return it as a hit without a snippet, or empty
     * @throws IOException if the index cannot be read
     */
    Optional<Hit> record(String recordId) throws IOException;

    /**
     * Every match in the query's order, without snippets.
     *
     * @param query the query; its offset and limit do not apply
     * @param consumer takes each hit
     * @throws IOException if the index cannot be read, or as the consumer throws it
     */
    void scan(Query query, PaperIndex.HitConsumer consumer) throws IOException;

    /**
     * The query's matches counted by year.
     *
     * @param query the query
     * @return the counts
     * @throws IOException if the index cannot be read
     */
    Timeline timeline(Query query) throws IOException;

    /**
     * A subject followed across papers and years.
     *
     * @param seed a record id, or query text
     * @param filters which records may be steps, and how many
     * @return the trace
     * @throws IOException if the index cannot be read
     */
    Trace trace(String seed, Query filters) throws IOException;

    /**
     * What the index holds.
     *
     * @return the counts
     * @throws IOException if the index cannot be read
     */
    IndexStats stats() throws IOException;
}
