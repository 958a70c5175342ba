package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOSupplier;

/**
 * The text field's statistics of a backend with no Lucene reader of its own (SolrCloud's is on its servers), as
 * the reader {@link KeyTerms}' MoreLikeThis asks them of: how many entries hold a word, and how many have text.
 * It holds no documents and answers nothing else.
 */
final class TextStatisticsReader extends CompositeReader {
    private final IOFunction<String, Long> docFreq;
    private final IOSupplier<Long> docCount;

    /**
     * @param docFreq how many entries hold an analysed word in their text
     * @param docCount how many entries have any text
     */
    TextStatisticsReader(IOFunction<String, Long> docFreq, IOSupplier<Long> docCount) {
        this.docFreq = docFreq;
        this.docCount = docCount;
    }

    @Override
    public int docFreq(Term term) throws IOException {
        textOnly(term.field());
        return Math.toIntExact(docFreq.apply(term.text()));
    }

    @Override
    public int getDocCount(String field) throws IOException {
        textOnly(field);
        return Math.toIntExact(docCount.get());
    }

    private static void textOnly(String field) {
        if (!Fields.TEXT.equals(field)) {
            throw new UnsupportedOperationException("only the text field's statistics: " + field);
        }
    }

    @Override
    protected List<? extends IndexReader> getSequentialSubReaders() {
        return List.of();
    }

    @Override
    public long totalTermFreq(Term term) {
        throw unsupported();
    }

    @Override
    public long getSumDocFreq(String field) {
        throw unsupported();
    }

    @Override
    public long getSumTotalTermFreq(String field) {
        throw unsupported();
    }

    @Override
    public int numDocs() {
        throw unsupported();
    }

    @Override
    public int maxDoc() {
        throw unsupported();
    }

    @Override
    @Deprecated
    public org.apache.lucene.index.Fields getTermVectors(int docID) {
        throw unsupported();
    }

    @Override
    public TermVectors termVectors() {
        throw unsupported();
    }

    @Override
    @Deprecated
    public void document(int docID, StoredFieldVisitor visitor) {
        throw unsupported();
    }

    @Override
    public StoredFields storedFields() {
        throw unsupported();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    protected void doClose() {}

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("a reader of the text field's statistics only");
    }
}
