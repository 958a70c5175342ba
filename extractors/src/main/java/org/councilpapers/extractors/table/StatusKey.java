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

    /**
     * The status a colour stands for.
     *
     * @param c a fill or text colour, or null for none
     * @return the status the colour stands for, empty for none or no colour
     */
    Optional<RagStatus> colour(@Nullable Rgb c);

    /**
     * The status a cell's words state.
     *
     * @param text a cell's text
     * @return the status the words state, empty where they state none
     */
    Optional<RagStatus> word(String text);

    /**
     * Whether the paper prints a key of its own: then a column coloured in one of the key's colours throughout
     * states that status, where without a key one colour throughout is more likely a column shaded for looks.
     *
     * @return true where the paper prints a key of its own
     */
    default boolean printed() {
        return false;
    }

    /**
     * The status a cell's colour states: its fill, else the colour of its text. A figure's text colour states its sign, not
     * a status: finance tables print overspends red, "(1,250)" or "-150", and underspends green, in every council's style.
     *
     * @param c the cell
     * @return the status its colour states, empty for none
     */
    default Optional<RagStatus> colourOf(Cell c) {
        Optional<RagStatus> s = colour(c.fill());
        return s.isPresent() || !statesByTextColour(c) ? s : colour(c.textColor());
    }

    /**
     * Whether a cell's text colour may state its status: it has words, and they are not a figure.
     *
     * @param c the cell
     * @return true where the cell has non-figure words
     */
    static boolean statesByTextColour(Cell c) {
        return !c.isBlank() && !CellKind.isFigure(c.text());
    }

    /**
     * The status a cell carries in a row shaded edge to edge in {@code band} (a stripe, a band; null for none): the
     * shade is the row's, so a fill of that shade says nothing and the cell's words or text colour decide; a fill of
     * another colour still states a status.
     *
     * @param c the cell
     * @param band the row's shade, or null where the row is not shaded edge to edge
     * @return the status the cell carries, empty for none
     */
    default Optional<RagStatus> status(Cell c, @Nullable Rgb band) {
        if (band == null || c.fill() == null || !RagColours.near(band, c.fill())) {
            return status(c);
        }
        if (c.isBlank()) {
            return Optional.empty();
        }
        Optional<RagStatus> s = word(c.text());
        return s.isPresent() || !statesByTextColour(c) ? s : colour(c.textColor());
    }

    /**
     * The status a cell carries: by its fill, else its words, else the colour of its text (never a figure's, see {@link #colourOf}).
     *
     * @param c the cell
     * @return the status the cell carries, empty for none
     */
    default Optional<RagStatus> status(Cell c) {
        Optional<RagStatus> s = colour(c.fill());
        if (s.isEmpty() && !c.isBlank()) {
            s = word(c.text());
        }
        if (s.isEmpty() && statesByTextColour(c)) {
            s = colour(c.textColor());
        }
        return s;
    }
}
