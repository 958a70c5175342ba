package org.councilpapers.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.IOFunction;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ShardParams;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.councilpapers.index.Hit;
import org.councilpapers.index.IndexBackend;
import org.councilpapers.index.IndexStats;
import org.councilpapers.index.IndexedDocument;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Passage;
import org.councilpapers.index.Query;
import org.councilpapers.index.SearchResult;
import org.councilpapers.index.Timeline;
import org.councilpapers.index.Trace;
import org.councilpapers.index.lucene.BackendSupport;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PaperIndex} kept in a SolrCloud collection made from this module's configset
 * ({@link SolrConfigset}): the same entries, fields and analysis as the embedded Lucene index, the
 * query parsed by the same parser, facets, timelines, snippets and traces
 * counted and made by the same code (the index module's {@code BackendSupport}). Any number of processes on any number
 * of machines may index into one collection at once.
 *
 * <pre>{@code
 * try (PaperIndex index = PaperIndex.over(SolrBackend.connect("http://solr1:8983/solr/councilpapers"))) {
 *     index.add(extraction);
 * }
 * }</pre>
 *
 * <p><b>Papers are the unit of change</b>, as in the embedded index: adding a paper deletes the
 * entries the collection has for its document id, adds its entries and commits; each entry's key is
 * its paper's id and its own ({@code DOCUMENT-ID!RECORD-ID}), so adding a paper again, after a crash
 * or on another machine, replaces rather than repeats it. All of a paper's entries live on one
 * shard. A reader sees a paper whole once the commit returns; unlike the embedded index, a commit
 * made at the same moment by another process writing another paper may show this one's entries
 * before its own commit.
 *
 * <p>Thread-safe, as SolrJ's clients are.
 */
public final class SolrBackend implements IndexBackend {
    /** The collection {@link #connectZk} uses when none is named. */
    public static final String DEFAULT_COLLECTION = "councilpapers";
    private static final int SCAN_PAGE = 1000;
    private static final List<Facet> NAME_FACETS = List.of(Facet.AUTHORITY, Facet.COUNCIL, Facet.PERSON, Facet.ORGANISATION);

    private final SolrClient client;
    private final String collection;
    private final BackendSupport support = new BackendSupport();

    /**
     * A backend over a client the backend then owns (it closes it).
     *
     * @param client a SolrJ client that reaches the collection
     * @param collection the collection's name
     */
    public SolrBackend(SolrClient client, String collection) {
        this.client = Objects.requireNonNull(client, "client");
        this.collection = Objects.requireNonNull(collection, "collection");
    }

    /**
     * A backend over a collection's URL, {@code http://host:8983/solr/COLLECTION}: requests go to
     * that node, which forwards them to the shards' leaders.
     *
     * @param collectionUrl the collection's URL
     * @return the backend
     * @throws IllegalArgumentException if the URL does not end in a collection's name
     */
    public static SolrBackend connect(String collectionUrl) {
        String url = collectionUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        int slash = url.lastIndexOf('/');
        if (!url.startsWith("http://") && !url.startsWith("https://") || slash <= url.indexOf("//") + 1) {
            throw new IllegalArgumentException("not a collection's URL (http://host:8983/solr/COLLECTION): " + collectionUrl);
        }
        String base = url.substring(0, slash);
        String name = url.substring(slash + 1);
        return new SolrBackend(new Http2SolrClient.Builder(base).withDefaultCollection(name).build(), name);
    }

    /**
     * A backend that finds the cluster through ZooKeeper, {@code host:2181,host2:2181/chroot}, and
     * sends each paper straight to its shard's leader.
     *
     * @param zk the ZooKeeper hosts, with the cluster's chroot if it has one
     * @param collection the collection's name
     * @return the backend
     */
    public static SolrBackend connectZk(String zk, String collection) {
        String hosts = zk.strip();
        Optional<String> chroot = Optional.empty();
        int slash = hosts.indexOf('/');
        if (slash >= 0) {
            chroot = Optional.of(hosts.substring(slash));
            hosts = hosts.substring(0, slash);
        }
        CloudHttp2SolrClient c = new CloudHttp2SolrClient.Builder(List.of(hosts.split(",")), chroot).withDefaultCollection(collection).build();
        return new SolrBackend(c, collection);
    }

    // --- writing

    @Override
    public void add(Extraction x, List<Passage> passages, @Nullable String location, @Nullable Boolean nlp) throws IOException {
        String id = x.document().id();
        List<String> stale = new ArrayList<>();
        if (location != null) {
            for (String old : documentIdsAt(location)) {
                if (!old.equals(id)) {
                    stale.add(old);
                }
            }
        }
        stale.add(id);
        List<SolrInputDocument> docs = SolrDocuments.of(BackendSupport.documents(x, passages, location, nlp));
        for (String old : stale) {
            deletePaper(old);
        }
        UpdateRequest add = new UpdateRequest();
        add.add(docs);
        run(add);
        commit();
    }

    @Override
    public void addAll(Collection<Extraction> xs) throws IOException {
        UpdateRequest add = new UpdateRequest();
        Set<String> ids = new LinkedHashSet<>();
        for (Extraction x : xs) {
            ids.add(x.document().id());
            add.add(SolrDocuments.of(BackendSupport.documents(x, List.of(), null, null)));
        }
        if (!xs.isEmpty()) {
            // One delete for the batch, on every shard, rather than one per paper: the papers' earlier entries go first.
            UpdateRequest delete = new UpdateRequest();
            delete.deleteByQuery("{!terms f=" + BackendSupport.DOCUMENT_ID + "}" + String.join(",", ids));
            run(delete);
            run(add);
        }
        commit();
    }

    @Override
    public boolean delete(String documentId) throws IOException {
        boolean present = contains(documentId);
        deletePaper(documentId);
        commit();
        return present;
    }

    /** Deletes a paper's entries on the one shard that holds them. */
    private void deletePaper(String documentId) throws IOException {
        UpdateRequest delete = new UpdateRequest();
        delete.deleteByQuery("{!term f=" + BackendSupport.DOCUMENT_ID + "}" + documentId);
        delete.setParam(ShardParams._ROUTE_, SolrDocuments.route(documentId));
        run(delete);
    }

    private void run(UpdateRequest r) throws IOException {
        try {
            r.process(client, collection);
        } catch (SolrServerException e) {
            throw new IOException("Solr (" + collection + "): " + e.getMessage(), e);
        }
    }

    private void commit() throws IOException {
        try {
            // Soft: visible at once; durability is the transaction log's, which a restarted node replays.
            client.commit(collection, true, true, true);
        } catch (SolrServerException e) {
            throw new IOException("Solr (" + collection + "): " + e.getMessage(), e);
        }
    }

    // --- papers

    @Override
    public boolean contains(String documentId) throws IOException {
        return count(paperQuery(documentId)) > 0;
    }

    @Override
    public Optional<IndexedDocument> document(String documentId) throws IOException {
        SolrQuery q = paperQuery(documentId).setRows(1);
        SolrDocumentList found = query(q).getResults();
        return found.isEmpty() ? Optional.empty() : Optional.of(indexedDocument(found.get(0)));
    }

    @Override
    public List<IndexedDocument> documents() throws IOException {
        SolrQuery q = new SolrQuery("{!term f=" + BackendSupport.ENTRY + "}" + BackendSupport.ENTRY_DOCUMENT);
        q.addSort(BackendSupport.SOURCE + SolrDocuments.DOC_VALUES, SolrQuery.ORDER.asc);
        q.addSort(BackendSupport.DOCUMENT_ID + SolrDocuments.DOC_VALUES, SolrQuery.ORDER.asc);
        q.addSort(SolrDocuments.KEY, SolrQuery.ORDER.asc);
        List<IndexedDocument> out = new ArrayList<>();
        cursor(q, d -> out.add(indexedDocument(d)));
        return out;
    }

    private List<String> documentIdsAt(String location) throws IOException {
        SolrQuery q = new SolrQuery("{!term f=" + BackendSupport.LOCATION + "}" + location).setRows(100).setFields(BackendSupport.DOCUMENT_ID);
        List<String> ids = new ArrayList<>();
        for (SolrDocument d : query(q).getResults()) {
            ids.add((String) d.getFirstValue(BackendSupport.DOCUMENT_ID));
        }
        return ids;
    }

    /** A paper's own entry. */
    private static SolrQuery paperQuery(String documentId) {
        SolrQuery q = new SolrQuery("{!bool filter=$doc filter=$entry}");
        q.set("doc", "{!term f=" + BackendSupport.DOCUMENT_ID + "}" + documentId);
        q.set("entry", "{!term f=" + BackendSupport.ENTRY + "}" + BackendSupport.ENTRY_DOCUMENT);
        return q;
    }

    private static IndexedDocument indexedDocument(SolrDocument d) throws IOException {
        DocumentInfo info = BackendSupport.document((String) d.getFirstValue(BackendSupport.DOCUMENT_JSON));
        Object nlp = d.getFirstValue(BackendSupport.NLP);
        return new IndexedDocument(info, (String) d.getFirstValue(BackendSupport.LOCATION), number(d, BackendSupport.RECORD_COUNT),
                number(d, BackendSupport.WARNING_COUNT), number(d, BackendSupport.PASSAGE_COUNT),
                nlp == null ? null : Boolean.valueOf(nlp.toString()));
    }

    private static int number(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? 0 : Math.toIntExact(((Number) v).longValue());
    }

    // --- searching

    @Override
    public SearchResult search(Query q) throws IOException {
        org.apache.lucene.search.Query text = support.text(q);
        SolrQuery sq = request(q, BackendSupport.build(q, text, Query.Scope.RECORDS));
        sq.setStart(q.offset()).setRows(q.limit());
        sort(sq, q.order());
        if (q.facets()) {
            facets(sq);
        }
        QueryResponse r = query(sq);
        List<Hit> hits = hits(r.getResults(), text, true);
        Map<Facet, List<FacetCount>> facets = q.facets() ? facets(r) : Map.of();
        return new SearchResult(q, r.getResults().getNumFound(), true, hits, facets);
    }

    @Override
    public Optional<Hit> record(String recordId) throws IOException {
        SolrQuery q = new SolrQuery("{!bool filter=$id must_not=$entry}").setRows(1).setFields(fields());
        q.set("id", "{!term f=" + BackendSupport.ID + "}" + recordId);
        q.set("entry", "{!term f=" + BackendSupport.ENTRY + "}" + BackendSupport.ENTRY_DOCUMENT);
        return hits(query(q).getResults(), null, false).stream().findFirst();
    }

    @Override
    public void scan(Query q, PaperIndex.HitConsumer consumer) throws IOException {
        SolrQuery sq = request(q, BackendSupport.build(q, support.text(q), Query.Scope.RECORDS));
        sort(sq, q.order() == Query.Order.RELEVANCE ? Query.Order.DOCUMENT : q.order());
        sq.addSort(SolrDocuments.KEY, SolrQuery.ORDER.asc);
        // A cursor does not repeat or skip entries while papers are added elsewhere.
        cursorPages(sq, docs -> {
            for (Hit h : hits(docs, null, false)) {
                consumer.accept(h);
            }
        });
    }

    @Override
    public Timeline timeline(Query q) throws IOException {
        SolrQuery sq = request(q, BackendSupport.build(q, support.text(q), Query.Scope.BOTH)).setRows(0);
        sq.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
        sq.addFacetField(BackendSupport.FACET_KEY, BackendSupport.PASSAGE_YEAR);
        sq.addFacetPivotField(BackendSupport.FACET_KEY + "," + BackendSupport.AREA + SolrDocuments.DOC_VALUES);
        QueryResponse r = query(sq);
        Map<Integer, Long> keys = numberCounts(r.getFacetField(BackendSupport.FACET_KEY));
        Map<Integer, Long> passageYears = numberCounts(r.getFacetField(BackendSupport.PASSAGE_YEAR));
        Map<Integer, Map<String, Long>> areas = new LinkedHashMap<>();
        List<PivotField> pivots = r.getFacetPivot() == null ? null : r.getFacetPivot().getVal(0);
        if (pivots != null) {
            for (PivotField key : pivots) {
                if (key.getPivot() == null) {
                    continue;
                }
                Map<String, Long> byArea = new LinkedHashMap<>();
                for (PivotField area : key.getPivot()) {
                    byArea.put(area.getValue().toString(), (long) area.getCount());
                }
                areas.put(Integer.valueOf(key.getValue().toString()), byArea);
            }
        }
        return BackendSupport.timeline(q, keys, passageYears, areas);
    }

    @Override
    public Trace trace(String seed, Query filters) throws IOException {
        return support.trace(seed, filters, new BackendSupport.TraceSource() {
            @Override
            public Optional<Hit> record(String recordId) throws IOException {
                return SolrBackend.this.record(recordId);
            }

            @Override
            public <T> T withStatistics(IOFunction<IndexReader, T> work) throws IOException {
                // The collection's reader is on its servers: each word's count is a query, as Solr's statistics would be.
                return work.apply(BackendSupport.textStatistics(
                        term -> count("{!term f=" + BackendSupport.TEXT + "}" + term), () -> count(BackendSupport.TEXT + ":*")));
            }

            @Override
            public List<Hit> best(org.apache.lucene.search.Query query, org.apache.lucene.search.Query text, Query q, int n)
                    throws IOException {
                SolrQuery sq = request(q, query).setRows(n);
                sort(sq, Query.Order.RELEVANCE);
                return hits(query(sq).getResults(), text, true);
            }
        });
    }

    @Override
    public IndexStats stats() throws IOException {
        SolrQuery papers = new SolrQuery("{!term f=" + BackendSupport.ENTRY + "}" + BackendSupport.ENTRY_DOCUMENT).setRows(0);
        papers.setGetFieldStatistics(true);
        papers.setGetFieldStatistics(BackendSupport.RECORD_COUNT);
        papers.setGetFieldStatistics(BackendSupport.WARNING_COUNT);
        QueryResponse p = query(papers);
        long documents = p.getResults().getNumFound();
        long records = sum(p.getFieldStatsInfo().get(BackendSupport.RECORD_COUNT));
        long warnings = sum(p.getFieldStatsInfo().get(BackendSupport.WARNING_COUNT));
        long passages = count("{!term f=" + BackendSupport.ENTRY + "}" + BackendSupport.ENTRY_PASSAGE);
        SolrQuery all = request(Query.all(), BackendSupport.build(Query.all(), null, Query.Scope.RECORDS)).setRows(0);
        facets(all);
        Map<Facet, List<FacetCount>> facets = facets(query(all));
        Map<RecordType, Long> byType = new java.util.EnumMap<>(RecordType.class);
        for (FacetCount c : facets.get(Facet.TYPE)) {
            byType.put(RecordType.fromName(c.value()), c.count());
        }
        List<FacetCount> years = facets.get(Facet.YEAR);
        Integer first = years.isEmpty() ? null : Integer.valueOf(years.get(0).value());
        Integer last = years.isEmpty() ? null : Integer.valueOf(years.get(years.size() - 1).value());
        // The collection's size on disk is the servers' to say (the Metrics API), not this client's.
        return new IndexStats(documents, records, passages, warnings, byType, first, last, facets, 0);
    }

    private static long sum(@Nullable FieldStatsInfo s) {
        return s == null || s.getSum() == null ? 0 : ((Number) s.getSum()).longValue();
    }

    // --- requests

    private SolrQuery request(Query q, org.apache.lucene.search.Query query) {
        SolrQuery sq = new SolrQuery();
        SolrQueries.fill(sq, query, q);
        sq.setFields(fields());
        return sq;
    }

    private static String[] fields() {
        return new String[] {SolrDocuments.KEY, BackendSupport.DOCUMENT_ID, BackendSupport.RECORD_JSON, BackendSupport.PASSAGE_JSON, "score"};
    }

    /** The embedded index's orders; ties by paper and reading order (relevance ties too, where Lucene's are by insertion). */
    private static void sort(SolrQuery sq, Query.Order order) {
        String documentId = BackendSupport.DOCUMENT_ID + SolrDocuments.DOC_VALUES;
        switch (order) {
            case RELEVANCE -> sq.addSort("score", SolrQuery.ORDER.desc);
            case DATE -> sq.addSort(BackendSupport.DATE, SolrQuery.ORDER.asc);
            case DATE_DESCENDING -> sq.addSort(BackendSupport.DATE, SolrQuery.ORDER.desc);
            case DOCUMENT -> sq.addSort(BackendSupport.SOURCE + SolrDocuments.DOC_VALUES, SolrQuery.ORDER.asc);
            default -> throw new IllegalArgumentException("unknown order " + order);
        }
        sq.addSort(documentId, SolrQuery.ORDER.asc);
        sq.addSort(BackendSupport.ORDINAL, SolrQuery.ORDER.asc);
    }

    private static void facets(SolrQuery sq) {
        sq.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
        sq.addFacetField(BackendSupport.FACET_KEY);
        for (Facet f : NAME_FACETS) {
            sq.addFacetField(BackendSupport.nameFacetField(f) + SolrDocuments.DOC_VALUES);
        }
    }

    private static Map<Facet, List<FacetCount>> facets(QueryResponse r) {
        Map<Facet, Map<String, Long>> names = new LinkedHashMap<>();
        for (Facet f : NAME_FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            FacetField ff = r.getFacetField(BackendSupport.nameFacetField(f) + SolrDocuments.DOC_VALUES);
            if (ff != null && ff.getValues() != null) {
                ff.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
            }
            names.put(f, counts);
        }
        return BackendSupport.facets(numberCounts(r.getFacetField(BackendSupport.FACET_KEY)), names);
    }

    private static Map<Integer, Long> numberCounts(@Nullable FacetField ff) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        if (ff != null && ff.getValues() != null) {
            ff.getValues().forEach(c -> out.put(Integer.valueOf(c.getName()), c.getCount()));
        }
        return out;
    }

    private List<Hit> hits(List<SolrDocument> docs, org.apache.lucene.search.@Nullable Query text, boolean snippets) throws IOException {
        Map<String, DocumentInfo> papers = papers(docs);
        List<Hit> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            DocumentInfo info = papers.get((String) d.getFirstValue(BackendSupport.DOCUMENT_ID));
            if (info == null) {
                throw new IOException("an entry of a paper with no paper entry (a paper being replaced?): " + d.getFirstValue(SolrDocuments.KEY));
            }
            Object score = d.getFirstValue("score");
            float s = score == null ? 0f : ((Number) score).floatValue();
            Object json = d.getFirstValue(BackendSupport.RECORD_JSON);
            out.add(json != null ? support.hit(BackendSupport.record((String) json), info, s, text, snippets)
                    : support.hit(BackendSupport.passage((String) d.getFirstValue(BackendSupport.PASSAGE_JSON)), info, s, text, snippets));
        }
        return out;
    }

    /** The papers of some entries, by id, from their paper entries in one request. */
    private Map<String, DocumentInfo> papers(List<SolrDocument> docs) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (SolrDocument d : docs) {
            ids.add((String) d.getFirstValue(BackendSupport.DOCUMENT_ID));
        }
        Map<String, DocumentInfo> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        SolrQuery q = new SolrQuery("{!terms f=" + BackendSupport.DOCUMENT_ID + "}" + String.join(",", ids));
        q.addFilterQuery("{!term f=" + BackendSupport.ENTRY + "}" + BackendSupport.ENTRY_DOCUMENT);
        q.setRows(ids.size()).setFields(BackendSupport.DOCUMENT_ID, BackendSupport.DOCUMENT_JSON);
        for (SolrDocument d : query(q).getResults()) {
            out.put((String) d.getFirstValue(BackendSupport.DOCUMENT_ID), BackendSupport.document((String) d.getFirstValue(BackendSupport.DOCUMENT_JSON)));
        }
        return out;
    }

    private long count(String query) throws IOException {
        return count(new SolrQuery(query));
    }

    private long count(SolrQuery query) throws IOException {
        return query(query.setRows(0)).getResults().getNumFound();
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return client.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("Solr (" + collection + "): " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface PageConsumer {
        void accept(List<SolrDocument> page) throws IOException;
    }

    @FunctionalInterface
    private interface DocConsumer {
        void accept(SolrDocument d) throws IOException;
    }

    private void cursor(SolrQuery q, DocConsumer each) throws IOException {
        cursorPages(q, page -> {
            for (SolrDocument d : page) {
                each.accept(d);
            }
        });
    }

    private void cursorPages(SolrQuery q, PageConsumer each) throws IOException {
        q.setRows(SCAN_PAGE);
        String mark = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
            QueryResponse r = query(q);
            each.accept(r.getResults());
            String next = r.getNextCursorMark();
            if (next == null || next.equals(mark)) {
                return;
            }
            mark = next;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    @Override
    public String toString() {
        return "SolrBackend[" + collection + "]";
    }
}
