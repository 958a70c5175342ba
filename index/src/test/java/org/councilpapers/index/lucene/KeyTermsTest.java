package org.councilpapers.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.junit.jupiter.api.Test;

/**
 * Trace's key terms, now chosen by lucene-queries' MoreLikeThis ({@link KeyTerms}, issue 18), against the rule the
 * index wrote by hand before (kept below as {@link #handWritten}, session 8's code, as the reference), on the golden
 * extractions ({@code testdata/expected}) indexed as the index indexes them; and the rule's parts on a small index.
 */
class KeyTermsTest {
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final KeyTerms keyTerms = new KeyTerms(analyzer);

    @Test
    void everyGoldenRecordGetsTheTermsOfTheHandWrittenRuleInItsOrder() throws IOException {
        List<Extraction> papers = goldenPapers();
        int records = 0;
        List<String> differing = new ArrayList<>();
        try (DirectoryReader reader = indexed(papers)) {
            IndexReader statistics = BackendSupport.textStatistics(
                    word -> (long) reader.docFreq(new Term(Fields.TEXT, word)), () -> (long) reader.getDocCount(Fields.TEXT));
            for (Extraction x : papers) {
                for (PaperRecord r : x.records()) {
                    records++;
                    RecordFacts facts = RecordFacts.of(r, x.document());
                    // The subject is what a trace from a record reads; the whole text, as long as a body passage, has
                    // more words of equal weight to rank.
                    for (String text : List.of(facts.subject(), facts.text())) {
                        List<String> expected = handWritten(text, reader);
                        List<String> chosen = keyTerms.of(text, reader);
                        if (!chosen.equals(expected)) {
                            differing.add(r.id() + ": MoreLikeThis " + chosen + ", by hand " + expected);
                        }
                        // What a backend without a Lucene reader (SolrCloud) gives it, from the same counts.
                        assertEquals(chosen, keyTerms.of(text, statistics), r.id());
                    }
                }
            }
        }
        assertTrue(records > 500, "the golden papers' records: " + records);
        assertEquals(List.of(), differing, differing.size() + " of " + 2 * records + " texts");
    }

    @Test
    void heaviestFirstWithEqualWeightsByTheWordAndNoNumbers() throws IOException {
        try (DirectoryReader reader = indexed(List.of(
                "placement stability sufficiency review uk",
                "placement stability audit",
                "sufficiency audit 2019 100",
                "review 2019 100 visits",
                "unrelated text about roads uk"))) {
            // Every word below is in two of the five entries but "visits" (one: it leads nowhere); "placement" is twice
            // in the text, so it weighs most; the rest weigh the same and go by the word; "uk" is too short and
            // "2019" and "100" are numbers.
            String text = "Placement placement stability, sufficiency and review in the UK 2019 (100 visits) audit";
            assertEquals(List.of("placement", "audit", "review", "stabil", "suffici"), keyTerms.of(text, reader));
        }
    }

    @Test
    void atMostEightWords() throws IOException {
        List<String> entries = new ArrayList<>();
        String words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima";
        entries.add(words);
        entries.add(words);
        try (DirectoryReader reader = indexed(entries)) {
            List<String> terms = keyTerms.of(words, reader);
            assertEquals(KeyTerms.MOST, terms.size(), terms.toString());
            // All weigh the same: the first eight by the word.
            assertEquals(List.of("alpha", "bravo", "charli", "delta", "echo", "foxtrot", "golf", "hotel"), terms);
        }
    }

    @Test
    void theStatisticsReaderAnswersOnlyTheTextField() {
        IndexReader statistics = BackendSupport.textStatistics(word -> 3L, () -> 10L);
        assertThrows(UnsupportedOperationException.class, () -> statistics.docFreq(new Term(Fields.ID, "x")));
        assertThrows(UnsupportedOperationException.class, statistics::maxDoc);
    }

    /**
     * The rule trace ran until session 9 (BackendSupport.keyTerms): each analysed word of three letters or more and not
     * all digits, weighted by its count in the text times BM25's idf over the entries with text, keeping words in at
     * least two entries, at most eight, heaviest first and equal weights by the word.
     */
    private List<String> handWritten(String text, IndexReader reader) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() > 2 && !t.chars().allMatch(Character::isDigit)) {
                    counts.merge(t, 1, Integer::sum);
                }
            }
            ts.end();
        }
        long n = Math.max(1, reader.getDocCount(Fields.TEXT));
        Map<String, Double> weight = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            long df = reader.docFreq(new Term(Fields.TEXT, e.getKey()));
            if (df >= 2) {
                weight.put(e.getKey(), e.getValue() * Math.log(1 + (n - df + 0.5) / (df + 0.5)));
            }
        }
        return weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Extraction> goldenPapers() throws IOException {
        List<Extraction> papers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../testdata/expected"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    papers.add(PaperJson.reader().forType(Extraction.class).readValue(in));
                }
            }
        }
        return papers;
    }

    private DirectoryReader indexed(List<?> papersOrTexts) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Object o : papersOrTexts) {
                if (o instanceof Extraction x) {
                    w.addDocuments(RecordDocuments.of(x, null));
                } else {
                    Document d = new Document();
                    d.add(new TextField(Fields.TEXT, (String) o, Field.Store.NO));
                    w.addDocument(d);
                }
            }
        }
        return DirectoryReader.open(dir);
    }
}
