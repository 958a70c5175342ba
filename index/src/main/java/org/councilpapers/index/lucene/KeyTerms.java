package org.councilpapers.index.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;

/**
 * The words of a text that best tell it apart from the rest of an index, as a trace from a record looks for them,
 * chosen by lucene-queries' {@link MoreLikeThis} over the text field: each analysed word of three letters or more
 * and not all digits, weighted by its count in the text times BM25's idf over the entries with text, keeping words
 * found in at least one other entry, at most eight, heaviest first and equal weights by the word. Thread-safe.
 */
final class KeyTerms {
    /** How many words a trace from a record looks for. */
    static final int MOST = 8;

    /**
     * MoreLikeThis weighs terms by a TFIDFSimilarity's idf alone; this one is BM25's (as {@code BM25Similarity}
     * computes it), so the words are weighed as the trace's own search, on the index's BM25, scores them.
     */
    private static final ClassicSimilarity BM25_IDF = new ClassicSimilarity() {
        @Override
        public float idf(long docFreq, long docCount) {
            return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
        }
    };

    private final Analyzer analyzer;

    /** @param text the text field's analyzer */
    KeyTerms(Analyzer text) {
        this.analyzer = new WithoutNumbers(text);
    }

    /**
     * The key terms of a text.
     *
     * @param text the text, analysed as the text field is
     * @param statistics a reader whose text field's document frequencies and document count are the index's
     * @return at most {@link #MOST} analysed words, heaviest first
     * @throws IOException if the statistics cannot be read
     */
    List<String> of(String text, IndexReader statistics) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(statistics, BM25_IDF);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Fields.TEXT});
        mlt.setMinTermFreq(1);
        // The text's own entry is in the index: a word no other entry holds leads nowhere.
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(3);
        mlt.setMaxWordLen(0);
        mlt.setStopWords(null);
        mlt.setMaxNumTokensParsed(Integer.MAX_VALUE);
        // MoreLikeThis keeps its best N and, among equal weights at the N-th place, whichever its hash map gave first;
        // asked for as many as a query holds, it keeps every word a record's text has, and the tie-break below decides.
        mlt.setMaxQueryTerms(IndexSearcher.getMaxClauseCount());
        // Its query's boosts are the words' weights (each over the lightest's): the only way it hands them out.
        mlt.setBoost(true);
        Query like = mlt.like(Fields.TEXT, new StringReader(text));
        List<Weighted> words = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) like).clauses()) {
            BoostQuery b = (BoostQuery) c.getQuery();
            words.add(new Weighted(((TermQuery) b.getQuery()).getTerm().text(), b.getBoost()));
        }
        return words.stream()
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::word))
                .limit(MOST)
                .map(Weighted::word)
                .toList();
    }

    private record Weighted(String word, float weight) {}

    /** The text field's analysis less the words that are all digits: a number ("100", "2019") matches papers by chance, not by subject. */
    private static final class WithoutNumbers extends AnalyzerWrapper {
        private final Analyzer text;

        WithoutNumbers(Analyzer text) {
            super(text.getReuseStrategy());
            this.text = text;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return text;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(), new NotAllDigits(components.getTokenStream()));
        }
    }

    private static final class NotAllDigits extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NotAllDigits(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                if (!Character.isDigit(term.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
