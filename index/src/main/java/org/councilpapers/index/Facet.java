package org.councilpapers.index;

import java.util.Locale;

/** The ways matches can be counted: {@link SearchResult#facets()} and {@link IndexStats#facets()}. */
public enum Facet {
    /** The record type, by its JSON name ({@code finding}). */
    TYPE,
    /** The record's year ({@link Hit#year()}); listed in year order. */
    YEAR,
    /** A judgement's grade ({@code GOOD}). */
    GRADE,
    /** An action's RAG status ({@code AMBER}). */
    STATUS,
    /** The authority a judgement or finding is about, as printed. */
    AUTHORITY,
    /** The council of the paper a record comes from, as printed. */
    COUNCIL,
    /** The people records name (see {@link Query#person}), without titles; a record counts once for each. */
    PERSON,
    /** The organisations records name (see {@link Query#organisation}); a record counts once for each. */
    ORGANISATION;

    /**
     * The name used in JSON and on the command line.
     *
     * @return the constant's name in lower case, e.g. {@code organisation}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
