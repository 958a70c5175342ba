package org.councilpapers.extractors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalising shared by extractors. */
public final class Texts {
    // A sentence ends at . ! or ? followed by space and a capital, quote or digit; abbreviations common in papers are kept whole.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|Cllr|No|St|e\\.g|i\\.e|etc|approx))[.!?](?=\\s+[\"'‘“(A-Z0-9])");

    private Texts() {}

    /** Collapses runs of whitespace (newlines included) to one space and trims. */
    public static String squash(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** Lower-case, curly quotes and dashes made plain, whitespace squashed: for comparing and matching. */
    public static String fold(String s) {
        return squash(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-'));
    }

    /** Splits a paragraph into sentences; a rough cut until NLP enrichment gives real boundaries. */
    public static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, text, start, m.end());
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end, text.substring(start, end)));
        }
    }

    /** A piece of a text with its offsets in that text. */
    public record Span(int start, int end, String text) {}
}
