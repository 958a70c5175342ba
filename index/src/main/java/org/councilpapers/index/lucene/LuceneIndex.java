package org.councilpapers.index.lucene;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.councilpapers.index.Hit;
import org.councilpapers.index.IndexBackend;
import org.councilpapers.index.IndexInUseException;
import org.councilpapers.index.IndexStats;
import org.councilpapers.index.IndexedDocument;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Passage;
import org.councilpapers.index.SearchResult;
import org.councilpapers.index.Snippet;
import org.councilpapers.index.Timeline;
import org.councilpapers.index.Trace;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene implementation behind {@code PaperIndex}; see there for the contract. Thread-safe:
 * Lucene's writer and searcher manager are, and this class keeps no other mutable state.
 */
public final class LuceneIndex implements IndexBackend {
    /** Facet values kept per facet in a search. */
    private static final int FACET_TOP = 20;
    /** Below this many hits totals are exact; above it a plain search may stop counting. */
    private static final int EXACT_TOTAL_UP_TO = 1000;
    private static final int SCAN_PAGE = 1000;
    private static final Set<String> RECORD_ONLY = Set.of(Fields.RECORD_JSON, Fields.PASSAGE_JSON);
    private static final Set<String> PAPER_ONLY = Set.of(Fields.DOCUMENT_JSON);

    /**
     * Searches a large index a few segments per thread: a query that visits most of a million
     * records (facet counts over a common word) takes about half as long on two cores.
     */
    private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "councilpapers-search");
        t.setDaemon(true);
        return t;
    });
    private final Directory directory;
    private final @Nullable Path path;
    private final @Nullable IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final BackendSupport traceSupport = new BackendSupport();
    private final Highlights highlights = new Highlights(analyzer);
    private final PaperEntries paperEntries = new PaperEntries();
    /** The commit generation the read-only searcher last saw; -1 for a writer's searcher, which is refreshed on each commit. */
    private volatile long seenGeneration = -1;
    /** The facet counter of the last reader a facet search used (its lucene-facet state is built once a reader). */
    private volatile @Nullable FacetCounter facetCounter;

    private LuceneIndex(Directory directory, @Nullable Path path, boolean writable) throws IOException {
        this.directory = directory;
        this.path = path;
        IndexFormat.check(directory, path == null ? "the index" : path.toString());
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    // Flushed segments are merged soon anyway; packing each into a compound file first only copies it.
                    .setUseCompoundFile(false);
            IndexWriter w;
            try {
                w = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new IndexInUseException(path == null ? "the index" : path.toString(), e);
            }
            try {
                w.setLiveCommitData(IndexFormat.commitData());
                if (!DirectoryReader.indexExists(directory)) {
                    w.commit(); // so readers in other processes can open a new, empty index
                }
                this.searchers = new SearcherManager(w, new Searchers(pool));
            } catch (IOException | RuntimeException e) {
                w.close();
                throw e;
            }
            this.writer = w;
        } else {
            this.writer = null;
            this.searchers = new SearcherManager(directory, new Searchers(pool));
        }
    }

    /**
     * Creates the index in {@code dir} or opens the one there, for writing; one writer at a time.
     *
     * @param dir the index's folder, created if missing
     * @return the open index
     * @throws org.councilpapers.index.IndexInUseException if another writer holds the folder's lock
     * @throws org.councilpapers.index.IndexFormatException if the folder holds an index of another format, to be rebuilt
     * @throws IOException if Lucene cannot read or write the index
     */
    public static LuceneIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory d = FSDirectory.open(dir);
        try {
            return new LuceneIndex(d, dir, true);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code dir} for searching only; it sees what writers commit.
     *
     * @param dir the index's folder
     * @return the open, read-only index
     * @throws FileNotFoundException if {@code dir} holds no index
     * @throws org.councilpapers.index.IndexFormatException if the index is of another format, to be rebuilt
     * @throws IOException if Lucene cannot read or write the index
     */
    public static LuceneIndex openReadOnly(Path dir) throws IOException {
        if (!exists(dir)) {
            throw new FileNotFoundException("no index in " + dir);
        }
        FSDirectory d = FSDirectory.open(dir);
        try {
            return new LuceneIndex(d, dir, false);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /**
     * A new, empty, writable index in memory.
     *
     * @return the index
     * @throws IOException if Lucene cannot read or write the index
     */
    public static LuceneIndex inMemory() throws IOException {
        return new LuceneIndex(new ByteBuffersDirectory(), null, true);
    }

    /**
     * Whether {@code dir} holds an index.
     *
     * @param dir the folder
     * @return true if it is a folder holding a committed index
     * @throws IOException if the folder cannot be read
     */
    public static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    // --- writing

    /**
     * Adds or replaces one paper and commits.
     *
     * @param x the paper's extraction
     * @param location where it was read from; null where not known
     * @throws IOException if Lucene cannot read or write the index
     * @throws IllegalStateException if the index was opened read-only
     */
    public void add(Extraction x, @Nullable String location) throws IOException {
        add(x, List.of(), location, null);
    }

    /**
     * Adds or replaces one paper, its records and passages in one block, and commits.
     *
     * @param x the paper's extraction
     * @param passages its passages; empty for none
     * @param location where it was read from; null where not known
     * @param nlp whether it was read with NLP; null where not known
     * @throws IOException if Lucene cannot read or write the index
     * @throws IllegalStateException if the index was opened read-only
     */
    public void add(Extraction x, List<Passage> passages, @Nullable String location, @Nullable Boolean nlp) throws IOException {
        IndexWriter w = writer();
        put(w, x, passages, location, nlp);
        w.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Adds or replaces several papers with one commit: each paper is still all there or not at all.
     *
     * @param xs the papers' extractions
     * @throws IOException if Lucene cannot read or write the index
     * @throws IllegalStateException if the index was opened read-only
     */
    public void addAll(Collection<Extraction> xs) throws IOException {
        IndexWriter w = writer();
        for (Extraction x : xs) {
            put(w, x, List.of(), null, null);
        }
        w.commit();
        searchers.maybeRefreshBlocking();
    }

    private void put(IndexWriter w, Extraction x, List<Passage> passages, @Nullable String location, @Nullable Boolean nlp)
            throws IOException {
        String id = x.document().id();
        if (location != null) {
            // A changed file has a new id: the version read from the same place before goes.
            for (String old : documentIdsAt(location)) {
                if (!old.equals(id)) {
                    w.deleteDocuments(new Term(Fields.DOCUMENT_ID, old));
                }
            }
        }
        w.updateDocuments(new Term(Fields.DOCUMENT_ID, id), RecordDocuments.of(x, passages, location, nlp));
    }

    /**
     * Removes a paper's records and passages, and commits.
     *
     * @param documentId the paper's document id
     * @return whether the index had the paper
     * @throws IOException if Lucene cannot read or write the index
     * @throws IllegalStateException if the index was opened read-only
     */
    public boolean delete(String documentId) throws IOException {
        IndexWriter w = writer();
        boolean present = contains(documentId);
        w.deleteDocuments(new Term(Fields.DOCUMENT_ID, documentId));
        w.commit();
        searchers.maybeRefreshBlocking();
        return present;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("this index was opened read-only");
        }
        return writer;
    }

    // --- papers

    /**
     * Whether a paper is indexed.
     *
     * @param documentId the paper's document id
     * @return true if it is
     * @throws IOException if Lucene cannot read or write the index
     */
    public boolean contains(String documentId) throws IOException {
        return withSearcher(s -> s.count(paperQuery(documentId)) > 0);
    }

    /**
     * An indexed paper.
     *
     * @param documentId the paper's document id
     * @return the paper, or empty if it is not indexed
     * @throws IOException if Lucene cannot read or write the index
     */
    public Optional<IndexedDocument> document(String documentId) throws IOException {
        return withSearcher(s -> {
            TopDocs top = s.search(paperQuery(documentId), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(indexedDocument(s.storedFields(), top.scoreDocs[0].doc));
        });
    }

    /**
     * Every paper, by source name then id.
     *
     * @return the papers
     * @throws IOException if Lucene cannot read or write the index
     */
    public List<IndexedDocument> documents() throws IOException {
        return withSearcher(s -> {
            List<IndexedDocument> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            Sort bySource = new Sort(new SortField(Fields.SOURCE, SortField.Type.STRING), new SortField(Fields.DOCUMENT_ID, SortField.Type.STRING));
            ScoreDoc after = null;
            while (true) {
                TopDocs page = s.searchAfter(after, LuceneQueries.PAPER_ENTRIES, SCAN_PAGE, bySource);
                for (ScoreDoc d : page.scoreDocs) {
                    out.add(indexedDocument(stored, d.doc));
                }
                if (page.scoreDocs.length < SCAN_PAGE) {
                    return out;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        });
    }

    private List<String> documentIdsAt(String location) throws IOException {
        return withSearcher(s -> {
            List<String> ids = new ArrayList<>();
            TopDocs top = s.search(new TermQuery(new Term(Fields.LOCATION, location)), 100);
            for (ScoreDoc d : top.scoreDocs) {
                ids.add(stringValue(s.getIndexReader(), Fields.DOCUMENT_ID, d.doc));
            }
            return ids;
        });
    }

    private static Query paperQuery(String documentId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOCUMENT_ID, documentId)), Occur.FILTER)
                .add(LuceneQueries.PAPER_ENTRIES, Occur.FILTER)
                .build();
    }

    private static IndexedDocument indexedDocument(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc);
        DocumentInfo info = RecordDocuments.document(d.getBinaryValue(Fields.DOCUMENT_JSON));
        String nlp = d.get(Fields.NLP);
        return new IndexedDocument(info, d.get(Fields.LOCATION), d.getField(Fields.RECORD_COUNT).numericValue().intValue(),
                d.getField(Fields.WARNING_COUNT).numericValue().intValue(),
                d.getField(Fields.PASSAGE_COUNT) == null ? 0 : d.getField(Fields.PASSAGE_COUNT).numericValue().intValue(),
                nlp == null ? null : Boolean.valueOf(nlp));
    }

    // --- searching

    /**
     * One page of hits; see {@code PaperIndex.search}.
     *
     * @param q the query
     * @return the page of hits, the total and any facets
     * @throws org.councilpapers.index.BadQueryException if the query's text does not parse
     * @throws IOException if Lucene cannot read or write the index
     */
    public SearchResult search(org.councilpapers.index.Query q) throws IOException {
        Query text = q.text() == null ? null : LuceneQueries.parse(q.text(), analyzer, QueryParser.Operator.AND);
        Query query = LuceneQueries.build(q, text);
        return withSearcher(s -> {
            int wanted = Math.max(1, q.offset() + q.limit());
            Sort sort = LuceneQueries.sort(q.order());
            int threshold = Math.max(EXACT_TOTAL_UP_TO, wanted);
            CollectorManager<?, ? extends TopDocs> top = sort == null
                    ? new TopScoreDocCollectorManager(wanted, null, threshold)
                    : new TopFieldCollectorManager(sort, wanted, null, threshold);
            TopDocs docs = s.search(query, top);
            Map<Facet, List<FacetCount>> facets = Map.of();
            long total = docs.totalHits.value;
            boolean exact = docs.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            if (q.facets()) {
                // A second pass without scores: the top hits above could stop early, and counting
                // every match is cheaper when nothing has to be scored or ranked.
                FacetCounter.Result counted = facetCounter(s).count(s, new ConstantScoreQuery(query));
                facets = counted.facets();
                total = counted.matches();
                exact = true;
            }
            ScoreDoc[] page = docs.scoreDocs.length <= q.offset() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(docs.scoreDocs, q.offset(), Math.min(docs.scoreDocs.length, q.offset() + q.limit()));
            if (sort != null && text != null && page.length > 0) {
                TopFieldCollector.populateScores(page, s, query);
            }
            List<Hit> hits = hits(s, page, text, true);
            return new SearchResult(q, total, exact, hits, facets);
        });
    }

    /**
     * The record or passage with this id, if indexed.
     *
     * @param recordId the record's or passage's id
     * @return it as a hit without a snippet; empty if not indexed
     * @throws IOException if Lucene cannot read or write the index
     */
    public Optional<Hit> record(String recordId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, recordId)), Occur.FILTER)
                .add(LuceneQueries.PAPER_ENTRIES, Occur.MUST_NOT)
                .build();
        return withSearcher(s -> {
            TopDocs top = s.search(q, 1);
            List<Hit> hits = hits(s, top.scoreDocs, null, false);
            return hits.stream().findFirst();
        });
    }

    /**
     * Every match in the query's order ({@code DOCUMENT} for relevance), from one point-in-time view; no snippets.
     *
     * @param q the query; its offset and limit do not apply
     * @param consumer takes each hit
     * @throws org.councilpapers.index.BadQueryException if the query's text does not parse
     * @throws IOException if Lucene cannot read the index, or as the consumer throws it
     */
    public void scan(org.councilpapers.index.Query q, PaperIndex.HitConsumer consumer) throws IOException {
        Query query = LuceneQueries.build(q, analyzer);
        Sort sort = LuceneQueries.sort(q.order() == org.councilpapers.index.Query.Order.RELEVANCE
                ? org.councilpapers.index.Query.Order.DOCUMENT : q.order());
        IndexSearcher s = acquire();
        try {
            FieldDoc after = null;
            while (true) {
                TopDocs page = s.searchAfter(after, query, SCAN_PAGE, sort);
                for (Hit h : hits(s, page.scoreDocs, null, false)) {
                    consumer.accept(h);
                }
                if (page.scoreDocs.length < SCAN_PAGE) {
                    return;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The query's matches counted by year; see {@code PaperIndex.timeline}.
     *
     * @param q the query; its offset, limit and order do not apply
     * @return the counts
     * @throws org.councilpapers.index.BadQueryException if the query's text does not parse
     * @throws IOException if Lucene cannot read or write the index
     */
    public Timeline timeline(org.councilpapers.index.Query q) throws IOException {
        Query query = LuceneQueries.build(q, analyzer, org.councilpapers.index.Query.Scope.BOTH);
        return withSearcher(s -> s.search(query, new TimelineCounter()).timeline(q));
    }

    /**
     * See {@code PaperIndex.trace}: the seed's words, the related records that share enough of
     * them, the best {@code limit} of those by relevance, shown oldest first.
     *
     * @param seed a record id, or query text
     * @param filters which records may be steps, and how many
     * @return the trace
     * @throws org.councilpapers.index.BadQueryException if {@code seed} is query text that does not parse
     * @throws IOException if Lucene cannot read or write the index
     */
    public Trace trace(String seed, org.councilpapers.index.Query filters) throws IOException {
        // One trace algorithm for every backend (BackendSupport); this index gives it its records, statistics and hits.
        return traceSupport.trace(seed, filters, new BackendSupport.TraceSource() {
            @Override
            public Optional<Hit> record(String recordId) throws IOException {
                return LuceneIndex.this.record(recordId);
            }

            @Override
            public <T> T withStatistics(IOFunction<IndexReader, T> work) throws IOException {
                return withSearcher(s -> work.apply(s.getIndexReader()));
            }

            @Override
            public List<Hit> best(Query query, Query text, org.councilpapers.index.Query q, int n) throws IOException {
                // The shared query leaves the date range to a backend's filter; here it is part of the Lucene query.
                Query whole = LuceneQueries.build(q, text, org.councilpapers.index.Query.Scope.BOTH);
                return withSearcher(s -> hits(s, s.search(whole, n).scoreDocs, text, true));
            }
        });
    }

    /**
     * What the index holds; see {@code PaperIndex.stats}.
     *
     * @return the counts and the size on disk
     * @throws IOException if Lucene cannot read or write the index
     */
    public IndexStats stats() throws IOException {
        return withSearcher(s -> {
            long[] sums = new long[3]; // papers, records, warnings
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues records = leaf.reader().getNumericDocValues(Fields.RECORD_COUNT);
                NumericDocValues warnings = leaf.reader().getNumericDocValues(Fields.WARNING_COUNT);
                if (records == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = records.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = records.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    sums[0]++;
                    sums[1] += records.longValue();
                    if (warnings != null && warnings.advanceExact(doc)) {
                        sums[2] += warnings.longValue();
                    }
                }
            }
            Query all = LuceneQueries.build(org.councilpapers.index.Query.all(), (Query) null);
            Map<Facet, List<FacetCount>> facets = facetCounter(s).count(s, all).facets();
            Map<RecordType, Long> byType = new EnumMap<>(RecordType.class);
            for (FacetCount c : facets.get(Facet.TYPE)) {
                byType.put(RecordType.fromName(c.value()), c.count());
            }
            List<FacetCount> years = facets.get(Facet.YEAR);
            Integer first = years.isEmpty() ? null : Integer.valueOf(years.get(0).value());
            Integer last = years.isEmpty() ? null : Integer.valueOf(years.get(years.size() - 1).value());
            // Counted as entries rather than summed from the papers' stored counts: a count of one term needs no stored field read.
            long passages = s.count(LuceneQueries.PASSAGES);
            return new IndexStats(sums[0], sums[1], passages, sums[2], byType, first, last, facets, sizeOnDisk());
        });
    }

    private long sizeOnDisk() throws IOException {
        if (path == null) {
            return 0;
        }
        long bytes = 0;
        for (String f : directory.listAll()) {
            try {
                bytes += directory.fileLength(f);
            } catch (NoSuchFileException | FileNotFoundException e) {
                // merged away while we were listing
            }
        }
        return bytes;
    }

    // --- hits

    private List<Hit> hits(IndexSearcher s, ScoreDoc[] docs, @Nullable Query text, boolean snippets) throws IOException {
        List<Hit> out = new ArrayList<>(docs.length);
        StoredFields stored = s.storedFields();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Map<Integer, DocumentInfo> papers = new HashMap<>();
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc, RECORD_ONLY);
            BytesRef recordJson = d.getBinaryValue(Fields.RECORD_JSON);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int entry = leaf.docBase + paperEntries.entryOf(leaf, sd.doc - leaf.docBase);
            DocumentInfo info = papers.get(entry);
            if (info == null) {
                info = RecordDocuments.document(stored.document(entry, PAPER_ONLY).getBinaryValue(Fields.DOCUMENT_JSON));
                papers.put(entry, info);
            }
            float score = text == null || Float.isNaN(sd.score) ? 0f : sd.score;
            if (recordJson == null) {
                Passage passage = RecordDocuments.passage(d.getBinaryValue(Fields.PASSAGE_JSON));
                Snippet snippet = !snippets ? null : text == null ? Highlights.start(passage.text()) : highlights.snippet(text, passage.text());
                PartialDate date = info.date();
                out.add(new Hit(passage, info, score, snippet, date == null ? null : date.year(), date));
                continue;
            }
            PaperRecord record = RecordDocuments.record(recordJson);
            RecordFacts facts = RecordFacts.of(record, info);
            Snippet snippet = !snippets ? null : text == null ? Highlights.start(facts.text()) : highlights.snippet(text, facts.text());
            out.add(new Hit(record, info, score, snippet, facts.year(), facts.date()));
        }
        return out;
    }

    private static String stringValue(IndexReader reader, String field, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = leaf.reader().getSortedDocValues(field);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("no " + field + " on document " + doc);
        }
        BytesRef v = values.lookupOrd(values.ordValue());
        return v.utf8ToString();
    }

    // --- searchers

    @FunctionalInterface
    private interface SearcherTask<T> {
        T run(IndexSearcher s) throws IOException;
    }

    /** The facet counter of this searcher's reader (built on its first facet search). */
    private FacetCounter facetCounter(IndexSearcher s) throws IOException {
        IndexReader reader = s.getIndexReader();
        FacetCounter c = facetCounter;
        if (c == null || !c.isFor(reader)) {
            // Searches racing here on a new reader may each build one; the last one kept is as good as any.
            c = FacetCounter.of(reader, FACET_TOP);
            facetCounter = c;
        }
        return c;
    }

    private <T> T withSearcher(SearcherTask<T> task) throws IOException {
        IndexSearcher s = acquire();
        try {
            return task.run(s);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            searchers.release(s);
        }
    }

    private IndexSearcher acquire() throws IOException {
        if (writer == null) {
            // Read-only: pick up whatever a writer elsewhere has committed since the last search.
            // Listing the folder is cheap; reopening only when the commit generation moved saves
            // reading the commit file on every search.
            long generation = SegmentInfos.getLastCommitGeneration(directory);
            if (generation != seenGeneration) {
                searchers.maybeRefreshBlocking();
                seenGeneration = generation;
            }
        }
        return searchers.acquire();
    }

    /**
     * Closes the searchers, the writer (if any), the search threads and the directory.
     *
     * @throws IOException if Lucene fails to close
     */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            pool.shutdown();
            directory.close();
        }
    }

    /** Searchers that split a query's segments among the pool's threads. */
    private static final class Searchers extends SearcherFactory {
        private final ExecutorService pool;

        Searchers(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previousReader) {
            return new IndexSearcher(reader, pool);
        }
    }
}
