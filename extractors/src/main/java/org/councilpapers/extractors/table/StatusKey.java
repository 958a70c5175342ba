package org.councilpapers.extractors.table;

import java.util.Optional;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.vocab.RagColours;
import org.councilpapers.extractors.vocab.RagWords;
import org.jspecify.annotations.Nullable;

/**
 * How a paper states a status in a cell: by its fill, its words or the colour of its text. A paper's own
 * RAG key implements it; {@link #USUAL} reads the usual hues and words where a paper has no key.
 */
public interface StatusKey {
    /** The usual hues and words, for a paper without a key of its own. */
    StatusKey USUAL = new StatusKey() {
        @Override
        public Optional<RagStatus> colour(@Nullable Rgb c) {
            return c == null ? Optional.empty() : RagColours.classify(c);
        }

        @Override
        public Optional<RagStatus> word(String text) {
            return RagWords.parse(text);
        }
    };

    /** The status a colour stands for. */
    Optional<RagStatus> colour(@Nullable Rgb c);

    /** The status a cell's words state. */
    Optional<RagStatus> word(String text);

    /** The status a cell carries: by its fill, else its words, else the colour of its text. */
    default Optional<RagStatus> status(Cell c) {
        Optional<RagStatus> s = colour(c.fill());
        if (s.isEmpty() && !c.isBlank()) {
            s = word(c.text());
        }
        if (s.isEmpty() && !c.isBlank()) {
            s = colour(c.textColor());
        }
        return s;
    }
}
