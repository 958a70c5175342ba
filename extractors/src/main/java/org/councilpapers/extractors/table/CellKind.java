package org.councilpapers.extractors.table;

import java.util.regex.Pattern;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.DueDates;
import org.councilpapers.extractors.vocab.GradeWords;
import org.councilpapers.extractors.vocab.PersonNames;

/**
 * What a cell holds, read from the cell alone: a column is recognised by what most of its cells hold as
 * much as by what its header says, since headers vary without end ("Timescale", "By when", "Target date")
 * and cells do not (a date is a date).
 */
public enum CellKind {
    /** Nothing: no text and no fill that means anything. */
    BLANK,
    /** No words, only a fill that states a status (a RAG cell coloured in). */
    FILL,
    /** An inspection grade ("Good", "Requires improvement to be good"). */
    GRADE,
    /** A status word or a coloured cell with a word ("Green", "On track", "Complete"). */
    STATUS,
    /** A date or a timescale ("March 2022", "Q3 2021", "Ongoing"). */
    DATE,
    /** A figure ("12", "45%", "£1.2m", "2.1"). */
    NUMBER,
    /** A person or a post ("Jane Smith", "Head of Service", "Director of Children's Services"). */
    PERSON,
    /** Anything else: labels and prose. */
    TEXT;

    // "12", "45%", "£1.2m", "-1,200", "−£150k", "(7,530)", "(1.5%)", "£(850)": a figure, negatives signed or in brackets as accounts print them.
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "[-+−–]?[£$€]?[-−–]?\\(?[£$€]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|[km]|bn)?\\)?");
    private static final Pattern NEGATIVE = Pattern.compile("^(?:[-−–]|[£$€]?[-−–(]|\\().*");
    private static final Pattern POST = Pattern.compile("(?i)^(?:(?:interim|acting|deputy|assistant|senior|principal|strategic|corporate|"
            + "service|team|executive|operational)\\s+)*(?:director|head|manager|officer|lead|leader|chief executive|cabinet member|"
            + "portfolio holder|chair|coordinator|co-ordinator|adviser|advisor|principal social worker|psw|dcs|ceo)\\b.{0,60}$");
    private static final int SHORT = 60;

    /**
     * What one cell holds.
     *
     * @param cell the cell
     * @param key the status key the paper prints, whose colours and words are statuses
     * @return the cell's kind, BLANK for an empty cell without a status fill
     */
    public static CellKind of(Cell cell, StatusKey key) {
        if (cell.isBlank()) {
            return key.colour(cell.fill()).isPresent() ? FILL : BLANK;
        }
        String s = Texts.squash(cell.text());
        if (GradeWords.parse(s).isPresent()) {
            return GRADE;
        }
        if (key.status(cell).isPresent()) {
            return STATUS;
        }
        return ofWords(s, key);
    }

    /**
     * What a cell's words alone hold, its fill and text colour aside: a coloured cell whose words are a label
     * ("CYPE", "Libraries") is a category shaded for looks, where one whose words are blank, a status or a figure
     * may be coloured for its status.
     *
     * @param text the cell's text
     * @param key the status key the paper prints
     * @return the kind the words alone give, BLANK for no words
     */
    public static CellKind ofWords(String text, StatusKey key) {
        String s = Texts.squash(text);
        if (s.isEmpty()) {
            return BLANK;
        }
        if (GradeWords.parse(s).isPresent()) {
            return GRADE;
        }
        if (key.word(s).isPresent()) {
            return STATUS;
        }
        if (isFigure(s)) {
            return NUMBER;
        }
        if (s.length() <= SHORT && DueDates.isDueLine(s)) {
            return DATE;
        }
        if (s.length() <= SHORT && (POST.matcher(s).matches() || PersonNames.looksLikeName(s) && !s.contains(" of "))) {
            return PERSON;
        }
        return TEXT;
    }

    /**
     * Whether a text is one figure: an amount, a count, a percentage, negative or not.
     *
     * @param text a cell's text
     * @return true for one figure, with or without a sign, unit or brackets
     */
    public static boolean isFigure(String text) {
        String s = Texts.squash(text);
        return !s.isEmpty() && NUMBER_TEXT.matcher(s).matches() && (s.indexOf('(') < 0) == (s.indexOf(')') < 0);
    }

    /**
     * Whether a text is a negative figure: "-150", "−£1.2m", "(7,530)".
     *
     * @param text a cell's text
     * @return true for a figure below zero, by sign or brackets
     */
    public static boolean isNegativeFigure(String text) {
        String s = Texts.squash(text);
        return isFigure(s) && NEGATIVE.matcher(s).matches();
    }

    /**
     * Whether a cell of this kind is a value read under a column header rather than a label.
     *
     * @return true for FILL, GRADE, STATUS, DATE and NUMBER
     */
    public boolean isValue() {
        return this == FILL || this == GRADE || this == STATUS || this == DATE || this == NUMBER;
    }
}
