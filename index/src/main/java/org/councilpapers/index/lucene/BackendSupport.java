package org.councilpapers.index.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOSupplier;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.councilpapers.index.Hit;
import org.councilpapers.index.Passage;
import org.councilpapers.index.Query;
import org.councilpapers.index.Snippet;
import org.councilpapers.index.Timeline;
import org.councilpapers.index.Trace;
import org.jspecify.annotations.Nullable;

/**
 * What another {@link org.councilpapers.index.IndexBackend} (the SolrCloud one) shares with the
 * Lucene backend, so that both hold the same fields, parse query text with the same parser into the
 * same Lucene query, and count facets, timelines, snippets and trace steps the same way: the query
 * model is {@link Query} and its Lucene form, never a second copy. Not API: a module's own use.
 * Thread-safe.
 */
public final class BackendSupport {
    /** Field names a backend stores the Lucene fields under; see {@link Fields}. */
    public static final String ENTRY = Fields.ENTRY;
    public static final String ENTRY_DOCUMENT = Fields.ENTRY_DOCUMENT;
    public static final String ENTRY_PASSAGE = Fields.ENTRY_PASSAGE;
    public static final String DOCUMENT_ID = Fields.DOCUMENT_ID;
    public static final String ID = Fields.ID;
    public static final String TEXT = Fields.TEXT;
    public static final String LOCATION = Fields.LOCATION;
    public static final String RECORD_JSON = Fields.RECORD_JSON;
    public static final String PASSAGE_JSON = Fields.PASSAGE_JSON;
    public static final String DOCUMENT_JSON = Fields.DOCUMENT_JSON;
    public static final String RECORD_COUNT = Fields.RECORD_COUNT;
    public static final String WARNING_COUNT = Fields.WARNING_COUNT;
    public static final String PASSAGE_COUNT = Fields.PASSAGE_COUNT;
    public static final String NLP = Fields.NLP;
    public static final String ORDINAL = Fields.ORDINAL;
    public static final String SOURCE = Fields.SOURCE;
    public static final String FACET_KEY = Fields.FACET_KEY;
    public static final String PASSAGE_YEAR = Fields.PASSAGE_YEAR;
    public static final String AREA = Fields.AREA;
    public static final String DATE = Fields.DATE;
    public static final String DATE_RANGE = Fields.DATE_RANGE;
    public static final String YEAR = Fields.YEAR;

    /** The doc-values fields counted for the name facets, and how names are grouped as a filter takes them. */
    private static final Map<Facet, String> NAME_FACETS = Map.of(Facet.AUTHORITY, Fields.AUTHORITY, Facet.COUNCIL, Fields.COUNCIL,
            Facet.PERSON, Fields.PERSON, Facet.ORGANISATION, Fields.ORGANISATION);
    private static final Set<RecordType> TRACE_TYPES = Set.of(RecordType.FINDING, RecordType.RECOMMENDATION, RecordType.ACTION,
            RecordType.RESOLUTION, RecordType.JUDGEMENT);
    private static final int COPIES_ROOM = 3;
    private static final int FACET_TOP = 20;
    private static final Pattern LEADING_MARKER = Pattern.compile("^\\s*(?:[A-Za-z]|\\d+(?:\\.\\d+)*)[.)]\\s+");
    private static final Comparator<FacetCount> MOST_COMMON_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Highlights highlights = new Highlights(analyzer);
    private final KeyTerms keyTerms = new KeyTerms(analyzer);

    /** A support object with its own analyzer and highlighter. */
    public BackendSupport() {}

    // --- documents

    /**
     * The paper's block of Lucene documents, as the Lucene backend indexes it: records, passages, then the paper's entry.
     *
     * @param x the paper's extraction
     * @param passages its passages
     * @param location where it was read from, or null
     * @param nlp whether it was read with NLP, or null
     * @return the documents
     */
    public static List<Document> documents(Extraction x, List<Passage> passages, @Nullable String location, @Nullable Boolean nlp) {
        return RecordDocuments.of(x, passages, location, nlp);
    }

    /** @param json a stored record's JSON @return the record @throws IOException if it does not read */
    public static PaperRecord record(String json) throws IOException {
        return RecordDocuments.record(new BytesRef(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** @param json a stored passage's JSON @return the passage @throws IOException if it does not read */
    public static Passage passage(String json) throws IOException {
        return RecordDocuments.passage(new BytesRef(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** @param json a paper's stored JSON @return the paper's facts @throws IOException if it does not read */
    public static DocumentInfo document(String json) throws IOException {
        return RecordDocuments.document(new BytesRef(json.getBytes(StandardCharsets.UTF_8)));
    }

    // --- queries

    /**
     * The query's text parsed as the Lucene backend parses it (words all required), or null for none.
     *
     * @param q the query
     * @return the Lucene query on the text fields, or null
     * @throws org.councilpapers.index.BadQueryException if the text does not parse
     */
    public org.apache.lucene.search.@Nullable Query text(Query q) {
        return q.text() == null ? null : LuceneQueries.parse(q.text(), analyzer, QueryParser.Operator.AND);
    }

    /**
     * The whole query as the Lucene backend runs it (text, filters, scope, never a paper entry),
     * except its date range: a backend without Lucene's range fields tests that itself
     * ({@link Query#fromDate()}, {@link Query#toDate()} against each entry's {@link #dateRange period}).
     *
     * @param q the query
     * @param text its parsed text, or null for all
     * @param byDefault the scope when the query sets none
     * @return the Lucene query
     */
    public static org.apache.lucene.search.Query build(Query q, org.apache.lucene.search.@Nullable Query text, Query.Scope byDefault) {
        return LuceneQueries.build(q.dates(null, null), text, byDefault);
    }

    /**
     * The period a Lucene document's date covers, as yyyymmdd keys.
     *
     * @param d one of {@link #documents}' documents
     * @return {from, to}, or null when it has no date
     */
    public static long @Nullable [] dateRange(Document d) {
        org.apache.lucene.index.IndexableField f = d.getField(Fields.DATE_RANGE);
        if (f instanceof org.apache.lucene.document.LongRange r) {
            return new long[] {r.getMin(0), r.getMax(0)};
        }
        return null;
    }

    /**
     * A date as the yyyymmdd key date ranges are compared with.
     *
     * @param d the date
     * @return its key
     */
    public static long dateKey(java.time.LocalDate d) {
        return d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }

    // --- hits

    /**
     * A record as a hit, with its year, date and, if asked, a snippet marking the text query's words.
     *
     * @param r the record
     * @param info its paper
     * @param score its score
     * @param text the query's text, or null
     * @param snippet whether to make a snippet
     * @return the hit
     * @throws IOException if highlighting fails
     */
    public Hit hit(PaperRecord r, DocumentInfo info, float score, org.apache.lucene.search.@Nullable Query text, boolean snippet)
            throws IOException {
        RecordFacts facts = RecordFacts.of(r, info);
        Snippet s = !snippet ? null : text == null ? Highlights.start(facts.text()) : highlights.snippet(text, facts.text());
        return new Hit(r, info, text == null ? 0f : score, s, facts.year(), facts.date());
    }

    /**
     * A passage as a hit; see {@link #hit(PaperRecord, DocumentInfo, float, org.apache.lucene.search.Query, boolean)}.
     *
     * @param p the passage
     * @param info its paper
     * @param score its score
     * @param text the query's text, or null
     * @param snippet whether to make a snippet
     * @return the hit
     * @throws IOException if highlighting fails
     */
    public Hit hit(Passage p, DocumentInfo info, float score, org.apache.lucene.search.@Nullable Query text, boolean snippet)
            throws IOException {
        Snippet s = !snippet ? null : text == null ? Highlights.start(p.text()) : highlights.snippet(text, p.text());
        PartialDate date = info.date();
        return new Hit(p, info, text == null ? 0f : score, s, date == null ? null : date.year(), date);
    }

    // --- counting

    /**
     * The name of the doc-values field counted for a name facet.
     *
     * @param f {@link Facet#AUTHORITY}, {@link Facet#COUNCIL}, {@link Facet#PERSON} or {@link Facet#ORGANISATION}
     * @return the Lucene field name, or null for a facet counted from the facet key
     */
    public static @Nullable String nameFacetField(Facet f) {
        return NAME_FACETS.get(f);
    }

    /**
     * The doc-values field of people's and organisations' key/form paths, beside lucene-facet's own
     * field ({@code FacetsConfig.DEFAULT_INDEX_FIELD_NAME}), where they are flat by key.
     */
    public static final String FACET_FORMS_FIELD = FacetFields.FORMS_FIELD;

    /**
     * The dimension of {@link #FACET_FORMS_FIELD} that holds a person's or organisation's key, then its name as printed.
     *
     * @param f {@link Facet#PERSON} or {@link Facet#ORGANISATION}
     * @return the dimension's name, the first part of each path
     */
    public static String facetFormsDimension(Facet f) {
        return FacetFields.formsDimension(f);
    }

    /**
     * Facet counts as the Lucene backend gives them, from counts of facet keys and of each name field's values.
     *
     * @param keys each {@link #FACET_KEY} value's count among the matches
     * @param names for each name facet, each value's count among the matches
     * @return the facets, in {@link Facet} order
     */
    public static Map<Facet, List<FacetCount>> facets(Map<Integer, Long> keys, Map<Facet, Map<String, Long>> names) {
        Map<Facet, Map<String, Long>> packed = new EnumMap<>(Facet.class);
        for (Facet f : List.of(Facet.TYPE, Facet.YEAR, Facet.GRADE, Facet.STATUS)) {
            packed.put(f, new TreeMap<>());
        }
        keys.forEach((key, n) -> {
            packed.get(Facet.TYPE).merge(FacetKey.type(key).jsonName(), n, Long::sum);
            Integer year = FacetKey.year(key);
            if (year != null) {
                packed.get(Facet.YEAR).merge(year.toString(), n, Long::sum);
            }
            Grade grade = FacetKey.grade(key);
            if (grade != null) {
                packed.get(Facet.GRADE).merge(grade.name(), n, Long::sum);
            }
            RagStatus status = FacetKey.status(key);
            if (status != null) {
                packed.get(Facet.STATUS).merge(status.name(), n, Long::sum);
            }
        });
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        packed.forEach((f, counts) -> {
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((v, n) -> list.add(new FacetCount(v, n)));
            if (f != Facet.YEAR) {
                list.sort(MOST_COMMON_FIRST);
            }
            boolean whole = f == Facet.YEAR || f == Facet.TYPE;
            out.put(f, whole || list.size() <= FACET_TOP ? list : List.copyOf(list.subList(0, FACET_TOP)));
        });
        for (Facet f : List.of(Facet.AUTHORITY, Facet.COUNCIL, Facet.PERSON, Facet.ORGANISATION)) {
            Function<String, String> group = f == Facet.PERSON ? Names::personKey : f == Facet.ORGANISATION ? Names::organisationKey : v -> v;
            out.put(f, mostCommon(new TreeMap<>(names.getOrDefault(f, Map.of())), group));
        }
        Map<Facet, List<FacetCount>> ordered = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            ordered.put(f, List.copyOf(out.get(f)));
        }
        return ordered;
    }

    /** As FacetCounter's: names sharing a key count together under the form counted most (the first in order on ties). */
    private static List<FacetCount> mostCommon(TreeMap<String, Long> counts, Function<String, String> group) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Long> shownCount = new LinkedHashMap<>();
        Map<String, Long> total = new LinkedHashMap<>();
        counts.forEach((value, n) -> {
            String g = group.apply(value);
            total.merge(g, n, Long::sum);
            if (n > shownCount.getOrDefault(g, 0L)) {
                shownCount.put(g, n);
                shown.put(g, value);
            }
        });
        List<FacetCount> list = new ArrayList<>();
        total.forEach((g, n) -> list.add(new FacetCount(shown.get(g), n)));
        list.sort(MOST_COMMON_FIRST);
        return list.size() <= FACET_TOP ? list : List.copyOf(list.subList(0, FACET_TOP));
    }

    /**
     * A timeline as the Lucene backend counts it.
     *
     * @param q the query counted
     * @param keys each {@link #FACET_KEY} value's count among the matching records
     * @param passageYears each {@link #PASSAGE_YEAR} value's count among the matching passages
     * @param areas for each facet key of a graded judgement, each {@link #AREA}'s count
     * @return the timeline
     */
    public static Timeline timeline(Query q, Map<Integer, Long> keys, Map<Integer, Long> passageYears, Map<Integer, Map<String, Long>> areas) {
        TimelineCounter.Counts c = new TimelineCounter.Counts();
        keys.forEach((k, n) -> c.add(FacetKey.year(k), FacetKey.type(k), n));
        passageYears.forEach(c::addPassages);
        areas.forEach((k, byArea) -> {
            Grade grade = FacetKey.grade(k);
            if (grade != null) {
                byArea.forEach((area, n) -> c.addGrade(FacetKey.year(k), area, grade, n));
            }
        });
        return c.timeline(q);
    }

    // --- tracing

    /** What a trace needs of a backend. */
    public interface TraceSource {
        /**
         * @param recordId an id
         * @return the record or passage with it, as a hit without a snippet
         * @throws IOException if the index cannot be read
         */
        Optional<Hit> record(String recordId) throws IOException;

        /**
         * Runs {@code work} on a reader whose text field's statistics (how many entries hold a word, how many have
         * text) are this backend's, for MoreLikeThis to weigh a record's words by: the backend's own reader, or
         * {@link BackendSupport#textStatistics} where it has none.
         *
         * @param work what to run
         * @param <T> what it gives
         * @return what it gave
         * @throws IOException if the index cannot be read
         */
        <T> T withStatistics(IOFunction<IndexReader, T> work) throws IOException;

        /**
         * The best matches of the whole query, in relevance order, with snippets for {@code text}.
         *
         * @param query the whole Lucene query (text and filters, as {@link #build} makes it)
         * @param text the text part, for snippets
         * @param filters the filters, for their date range
         * @param n how many
         * @return the hits
         * @throws IOException if the index cannot be read
         */
        List<Hit> best(org.apache.lucene.search.Query query, org.apache.lucene.search.Query text, Query filters, int n) throws IOException;
    }

    /**
     * A trace as {@code PaperIndex.trace} describes it, over any backend.
     *
     * @param seed a record id, or query text
     * @param filters which records may be steps, and how many
     * @param source the backend
     * @return the trace
     * @throws IOException if the index cannot be read
     */
    public Trace trace(String seed, Query filters, TraceSource source) throws IOException {
        String given = seed.strip();
        Optional<Hit> seedRecord = given.isEmpty() || given.chars().anyMatch(Character::isWhitespace) ? Optional.empty() : source.record(given);
        org.apache.lucene.search.Query text;
        List<String> terms;
        int minimum;
        Query q = filters;
        if (seedRecord.isPresent()) {
            Hit r = seedRecord.get();
            String subject = r.isPassage() ? r.passage().text() : RecordFacts.of(r.record(), r.document()).subject();
            terms = source.withStatistics(statistics -> keyTerms.of(subject, statistics));
            minimum = terms.size() <= 1 ? terms.size() : Math.max(2, (terms.size() + 2) / 3);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            terms.forEach(t -> b.add(new TermQuery(new Term(Fields.TEXT, t)), Occur.SHOULD));
            text = b.setMinimumNumberShouldMatch(minimum).build();
            if (q.councils().isEmpty() && q.authorities().isEmpty() && r.document().council() != null) {
                q = q.council(r.document().council());
            }
        } else {
            org.apache.lucene.search.Query parsed = LuceneQueries.parse(given, analyzer, QueryParser.Operator.OR);
            terms = textTerms(parsed);
            if (parsed instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
                minimum = (bq.clauses().size() + 1) / 2;
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (BooleanClause c : bq.clauses()) {
                    b.add(c);
                }
                text = nearBoost(b.setMinimumNumberShouldMatch(minimum).build(), bq);
            } else {
                minimum = terms.isEmpty() ? 0 : 1;
                text = parsed;
            }
        }
        if (q.types().isEmpty()) {
            q = q.type(TRACE_TYPES);
        }
        if (terms.isEmpty()) {
            return new Trace(given, seedRecord.orElse(null), terms, 0, List.of());
        }
        int limit = Math.max(1, q.limit());
        List<Hit> found = source.best(build(q, text, Query.Scope.BOTH), text, q, limit * COPIES_ROOM);
        Map<String, List<Hit>> alike = new LinkedHashMap<>();
        for (Hit h : found) {
            alike.computeIfAbsent(samenessKey(h), k -> new ArrayList<>()).add(h);
        }
        Comparator<Hit> inDateOrder = Comparator.comparing(Hit::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
                .thenComparing(Hit::source)
                .thenComparing(h -> h.document().id())
                .thenComparingInt(Hit::start);
        List<Hit> ordered = new ArrayList<>();
        Map<String, List<Hit>> copies = new LinkedHashMap<>();
        for (List<Hit> group : alike.values().stream().limit(limit).toList()) {
            Hit shown = seedRecord.flatMap(seedHit -> group.stream().filter(h -> h.id().equals(seedHit.id())).findFirst())
                    .orElse(group.get(0));
            ordered.add(shown);
            List<Hit> others = new ArrayList<>(group);
            others.remove(shown);
            others.sort(inDateOrder);
            copies.put(shown.id(), others);
        }
        ordered.sort(inDateOrder);
        return new Trace(given, seedRecord.orElse(null), terms, minimum, ordered, copies);
    }

    private static String samenessKey(Hit h) {
        String text = h.isPassage() ? h.passage().text() : RecordFacts.of(h.record(), h.document()).text();
        String words = LEADING_MARKER.matcher(text).replaceFirst("");
        return h.kind() + "|" + h.date() + "|" + Names.key(words);
    }

    private static org.apache.lucene.search.Query nearBoost(org.apache.lucene.search.Query matching, BooleanQuery words) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
        int position = 0;
        for (BooleanClause c : words.clauses()) {
            if (!(c.getQuery() instanceof TermQuery t) || !Fields.TEXT.equals(t.getTerm().field())) {
                return matching;
            }
            phrase.add(t.getTerm(), position++);
        }
        if (position < 2) {
            return matching;
        }
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new BoostQuery(phrase.build(), 2f), Occur.SHOULD)
                .build();
    }

    /**
     * The text field's statistics of a backend that has no Lucene reader of its own, as a reader that answers only
     * them (no documents), for {@link TraceSource#withStatistics}.
     *
     * @param docFreq how many entries hold an analysed word in their text
     * @param docCount how many entries have any text
     * @return the reader
     */
    public static IndexReader textStatistics(IOFunction<String, Long> docFreq, IOSupplier<Long> docCount) {
        return new TextStatisticsReader(docFreq, docCount);
    }

    private static List<String> textTerms(org.apache.lucene.search.Query q) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        collectTextTerms(q, seen);
        return List.copyOf(seen.keySet());
    }

    private static void collectTextTerms(org.apache.lucene.search.Query q, Map<String, Boolean> seen) {
        if (q instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                if (c.getOccur() != Occur.MUST_NOT) {
                    collectTextTerms(c.getQuery(), seen);
                }
            }
            return;
        }
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Fields.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(org.apache.lucene.search.Query query, Term... terms) {
                for (Term t : terms) {
                    seen.put(t.text(), true);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, org.apache.lucene.search.Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
    }
}
