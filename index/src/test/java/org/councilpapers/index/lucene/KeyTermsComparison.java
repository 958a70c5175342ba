package org.councilpapers.index.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.index.Hit;
import org.councilpapers.index.Query;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 asks whether trace's key terms could come from lucene-queries' {@link MoreLikeThis}. This
 * indexes the golden extractions ({@code testdata/expected}) as the index does and, for every record,
 * picks the key terms of its subject both ways: the index's own choice (count in the text times BM25's
 * idf over the text field's documents; words of three letters or more, not all digits, found in at
 * least one other entry; ties by the word) and MoreLikeThis set up as near to it as its options go
 * (same analyzer and field, min term frequency 1, min doc frequency 2, min word length 3, 8 terms).
 * It prints how many records get the same terms, the same set in another order, or other terms.
 *
 * <pre>
 * mvn -o test -pl index -am -Dtest=KeyTermsComparison -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Not a test (its name does not end in Test), so the default build never runs it.
 */
public final class KeyTermsComparison {
    private static final int TERMS = 8;

    @Test
    void run() throws IOException {
        Analyzer analyzer = new EnglishAnalyzer();
        List<Extraction> papers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../testdata/expected"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    papers.add(PaperJson.reader().forType(Extraction.class).readValue(in));
                }
            }
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Extraction x : papers) {
                w.addDocuments(RecordDocuments.of(x, null));
            }
        }
        int same = 0;
        int reordered = 0;
        int other = 0;
        List<String> examples = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            BackendSupport support = new BackendSupport();
            // Only the statistics a record's key terms need; the trace's record lookups and searches are not asked for.
            BackendSupport.TraceSource statistics = new BackendSupport.TraceSource() {
                @Override
                public Optional<Hit> record(String recordId) {
                    throw new UnsupportedOperationException("key terms need no record");
                }

                @Override
                public long docFreq(String term) throws IOException {
                    return s.getIndexReader().docFreq(new Term(Fields.TEXT, term));
                }

                @Override
                public long docCount() throws IOException {
                    return s.collectionStatistics(Fields.TEXT) == null ? 1L : s.collectionStatistics(Fields.TEXT).docCount();
                }

                @Override
                public List<Hit> best(org.apache.lucene.search.Query query, org.apache.lucene.search.Query text, Query filters, int n) {
                    throw new UnsupportedOperationException("key terms need no search");
                }
            };
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {Fields.TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(TERMS);
            for (Extraction x : papers) {
                for (PaperRecord r : x.records()) {
                    String subject = RecordFacts.of(r, x.document()).subject();
                    List<String> ours = support.keyTerms(subject, statistics);
                    List<String> theirs = Arrays.asList(mlt.retrieveInterestingTerms(new StringReader(subject), Fields.TEXT));
                    if (ours.equals(theirs)) {
                        same++;
                    } else if (new HashSet<>(ours).equals(new HashSet<>(theirs))) {
                        reordered++;
                    } else {
                        other++;
                        if (examples.size() < 8) {
                            examples.add(r.id() + ": ours " + ours + " / MoreLikeThis " + theirs);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "key terms of %d records (%d papers): same %d, same set in another order %d, other terms %d%n",
                same + reordered + other, papers.size(), same, reordered, other);
        examples.forEach(System.out::println);
        Path out = Path.of("target/bench/key-terms-comparison.txt");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "same %d, reordered %d, other %d", same, reordered, other));
        lines.addAll(examples);
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
