package org.councilpapers.index.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.councilpapers.index.Snippet;

/**
 * Snippets from the UnifiedHighlighter. The record's text is not stored in the index (its JSON is),
 * so each hit's text is rebuilt from the record and re-analysed: cheap for a page of hits, and it
 * keeps the index small and fast to write.
 */
final class Highlights {
    /** About how long a snippet is, in characters. */
    static final int SNIPPET_LENGTH = 180;
    /** A passage longer than this (one long sentence) is cut to a window around its first match. */
    private static final int MAX_LENGTH = 260;

    private final UnifiedHighlighter highlighter;

    Highlights(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT),
                        SNIPPET_LENGTH, 0.4f))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(0)
                // Term by term from the token stream, without a MemoryIndex per hit: several times
                // faster on a record's few sentences, and phrases still mark their words.
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .build();
    }

    /** The passage of {@code text} that best matches {@code query}, or its start when nothing in it matches. */
    Snippet snippet(Query query, String text) throws IOException {
        Object s = highlighter.highlightWithoutSearcher(Fields.TEXT, query, text, 1);
        return s instanceof Snippet snippet && !snippet.marks().isEmpty() ? snippet : start(text);
    }

    /** The start of a text, cut at a word boundary near {@link #SNIPPET_LENGTH}, unmarked. */
    static Snippet start(String text) {
        if (text.length() <= SNIPPET_LENGTH) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return new Snippet(text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …", List.of());
    }

    /** The first passage as a {@link Snippet}, its matches as marks; touching matches merged. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int from = p.getStartOffset();
            int to = p.getEndOffset();
            if (to - from > MAX_LENGTH && p.getNumMatches() > 0) {
                // One long sentence: keep a window around its first match, cut at spaces.
                int first = p.getMatchStarts()[0];
                int start = Math.max(from, first - SNIPPET_LENGTH / 3);
                int space = content.indexOf(' ', start);
                if (start > from && space >= 0 && space < first) {
                    start = space + 1;
                }
                int end = Math.min(to, start + SNIPPET_LENGTH);
                int lastSpace = content.lastIndexOf(' ', end);
                if (end < to && lastSpace > p.getMatchEnds()[0]) {
                    end = lastSpace;
                }
                from = start;
                to = end;
            }
            // Trim whitespace at the edges; marks are shifted by the same amount.
            while (from < to && Character.isWhitespace(content.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
                to--;
            }
            String prefix = from > 0 ? "… " : "";
            String suffix = to < content.length() ? " …" : "";
            String text = prefix + content.substring(from, to) + suffix;
            List<Snippet.Mark> marks = new ArrayList<>();
            int shift = prefix.length() - from;
            int lastEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(p.getMatchStarts()[i], from) + shift;
                int e = Math.min(p.getMatchEnds()[i], to) + shift;
                if (e <= s || s < lastEnd) {
                    continue;
                }
                if (!marks.isEmpty() && s == lastEnd) {
                    Snippet.Mark last = marks.remove(marks.size() - 1);
                    s = last.start();
                }
                marks.add(new Snippet.Mark(s, e));
                lastEnd = e;
            }
            return new Snippet(text, marks);
        }
    }
}
