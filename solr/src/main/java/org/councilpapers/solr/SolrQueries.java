package org.councilpapers.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.councilpapers.index.lucene.BackendSupport;

/**
 * Writes the Lucene query the embedded index would run (as {@link BackendSupport#build} makes it)
 * as a Solr request: the query text is parsed once, by the same parser, and its terms arrive
 * analysed, so Solr runs the same query rather than a second reading of the user's words. Each
 * boolean query becomes a {@code {!bool}} query (with its minimum of optional clauses), each term
 * a {@code {!term}} query, their parts passed as request parameters ({@code $p0}, {@code $p1}, …)
 * so nothing needs escaping twice. Not thread-safe: one per request.
 */
final class SolrQueries {
    private final SolrQuery request;
    private int next;

    private SolrQueries(SolrQuery request) {
        this.request = request;
    }

    /**
     * Sets the request's query to the Lucene query, and a filter for the query's date range.
     *
     * @param request the request to fill
     * @param query the Lucene query (text and filters)
     * @param filters the index query, for its dates
     */
    static void fill(SolrQuery request, Query query, org.councilpapers.index.Query filters) {
        SolrQueries w = new SolrQueries(request);
        request.setQuery(w.write(query));
        if (filters.fromDate() != null || filters.toDate() != null) {
            // Lucene's LongRange intersects: the entry's period starts by the range's end and ends after its start.
            String to = filters.toDate() == null ? "*" : Long.toString(BackendSupport.dateKey(filters.toDate()));
            String from = filters.fromDate() == null ? "*" : Long.toString(BackendSupport.dateKey(filters.fromDate()));
            request.addFilterQuery("+dateFrom:[* TO " + to + "] +dateTo:[" + from + " TO *]");
        }
    }

    private String param(String value) {
        String name = "p" + next++;
        request.set(name, value);
        return "$" + name;
    }

    private String write(Query q) {
        if (q instanceof BooleanQuery bq) {
            return bool(bq);
        }
        if (q instanceof TermQuery t) {
            return term(t.getTerm());
        }
        if (q instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (q instanceof MatchNoDocsQuery) {
            return "-*:*";
        }
        if (q instanceof TermInSetQuery s) {
            StringBuilder b = new StringBuilder("{!bool");
            try {
                BytesRefIterator it = s.getBytesRefIterator();
                for (BytesRef v = it.next(); v != null; v = it.next()) {
                    b.append(" should=").append(param("{!term f=" + s.getField() + "}" + v.utf8ToString()));
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("a term set in memory cannot fail to read", e);
            }
            return b.append('}').toString();
        }
        if (q instanceof BoostQuery b) {
            return "{!boost b=" + b.getBoost() + " v=" + param(write(b.getQuery())) + "}";
        }
        if (q instanceof ConstantScoreQuery c) {
            return "{!bool filter=" + param(write(c.getQuery())) + "}";
        }
        if (q instanceof PhraseQuery p) {
            return phrase(p);
        }
        if (q instanceof PrefixQuery p) {
            return p.getPrefix().field() + ":" + ClientUtils.escapeQueryChars(p.getPrefix().text()) + "*";
        }
        if (q instanceof WildcardQuery w) {
            return w.getTerm().field() + ":" + wildcard(w.getTerm().text());
        }
        if (q instanceof RegexpQuery r) {
            return r.getRegexp().field() + ":/" + r.getRegexp().text().replace("/", "\\/") + "/";
        }
        if (q instanceof FuzzyQuery f) {
            return f.getTerm().field() + ":" + ClientUtils.escapeQueryChars(f.getTerm().text()) + "~" + f.getMaxEdits();
        }
        if (q instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Integer.BYTES) {
            int from = IntPoint.decodeDimension(r.getLowerPoint(), 0);
            int to = IntPoint.decodeDimension(r.getUpperPoint(), 0);
            return r.getField() + ":[" + (from == Integer.MIN_VALUE ? "*" : from) + " TO " + (to == Integer.MAX_VALUE ? "*" : to) + "]";
        }
        throw new IllegalArgumentException("no Solr form for " + q.getClass().getSimpleName() + ": " + q);
    }

    private String term(Term t) {
        return "{!term f=" + t.field() + " v=" + param(t.text()) + "}";
    }

    private String bool(BooleanQuery bq) {
        StringBuilder b = new StringBuilder("{!bool");
        for (BooleanClause c : bq.clauses()) {
            String occur = switch (c.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            b.append(' ').append(occur).append('=').append(param(write(c.getQuery())));
        }
        if (bq.getMinimumNumberShouldMatch() > 0) {
            b.append(" mm=").append(bq.getMinimumNumberShouldMatch());
        }
        return b.append('}').toString();
    }

    /** A phrase of analysed words; the query side of the text field only splits on spaces, so the words stay as they are. */
    private String phrase(PhraseQuery p) {
        List<String> words = new ArrayList<>();
        String field = null;
        for (Term t : p.getTerms()) {
            field = t.field();
            words.add(t.text().replace("\\", "\\\\").replace("\"", "\\\""));
        }
        if (field == null) {
            return "-*:*";
        }
        return field + ":\"" + String.join(" ", words) + "\"" + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
    }

    private static String wildcard(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                b.append(c);
            } else {
                b.append(ClientUtils.escapeQueryChars(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
