package org.councilpapers.extractors.read.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;

/** One line of text on a page: words left to right on a shared baseline. */
record Line(List<Word> words) {
    Line {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has words");
        }
        words = List.copyOf(words);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    float x0() {
        return words.get(0).x0();
    }

    float x1() {
        return words.get(words.size() - 1).x1();
    }

    // Loops, not streams: a line's box is asked for many times while paragraphs are built.
    float top() {
        float v = words.get(0).top();
        for (int i = 1; i < words.size(); i++) {
            v = Math.min(v, words.get(i).top());
        }
        return v;
    }

    float bottom() {
        float v = words.get(0).bottom();
        for (int i = 1; i < words.size(); i++) {
            v = Math.max(v, words.get(i).bottom());
        }
        return v;
    }

    float baseline() {
        return words.get(0).baseline();
    }

    Box box() {
        return new Box(x0(), top(), x1(), bottom());
    }

    int chars() {
        return words.stream().mapToInt(w -> w.text().length()).sum();
    }

    /** The font size most of the line's characters have. */
    float size() {
        float first = words.get(0).size();
        boolean mixed = false;
        for (Word w : words) {
            mixed |= Float.compare(w.size(), first) != 0;
        }
        if (!mixed) { // most lines: asked often, while building paragraphs
            return first;
        }
        Map<Float, Integer> bySize = new LinkedHashMap<>();
        for (Word w : words) {
            bySize.merge(w.size(), w.text().length(), Integer::sum);
        }
        return bySize.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Bold when most of the line's characters are. */
    boolean bold() {
        int bold = words.stream().filter(Word::bold).mapToInt(w -> w.text().length()).sum();
        return bold * 2 > chars();
    }

    boolean italic() {
        int italic = words.stream().filter(Word::italic).mapToInt(w -> w.text().length()).sum();
        return italic * 2 > chars();
    }

    /** The colour most of the line's characters have. */
    Rgb color() {
        Map<Rgb, Integer> byColor = new LinkedHashMap<>();
        for (Word w : words) {
            byColor.merge(w.color(), w.text().length(), Integer::sum);
        }
        return byColor.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The part of the line from word {@code from} (inclusive) to {@code to} (exclusive). */
    Line slice(int from, int to) {
        return new Line(words.subList(from, to));
    }
}
