package org.councilpapers.index.lucene;

import java.util.List;

/**
 * The Lucene field names, in one place. Each paper is one block of Lucene documents: one per
 * record, then one per passage of body text ({@link #ENTRY} {@code passage}), then a last one for
 * the paper itself ({@link #ENTRY} {@code document}) that carries its facts and record count, so a
 * paper with no records is still known to be indexed. Replacing the block replaces all three at once.
 * Facet values live apart from these, in lucene-facet's fields ({@link FacetFields}).
 */
final class Fields {
    private Fields() {}

    /**
     * {@code document} on a paper's own entry, absent on records. Indexed. Records do without it:
     * a term on every record would cost postings on every record for a filter that only ever
     * excludes the few paper entries.
     */
    static final String ENTRY = "entry";
    static final String ENTRY_DOCUMENT = "document";
    /** {@code passage} on a passage of body text; a record search excludes these as it does paper entries. */
    static final String ENTRY_PASSAGE = "passage";
    /** The passage as JSON, on a passage. Stored. */
    static final String PASSAGE_JSON = "passageJson";
    /** A passage's year, 0 when its paper is undated; only passages have it, so timelines tell them from records. Doc values. */
    static final String PASSAGE_YEAR = "passageYear";
    /** On the paper's entry: how many passages it has. Stored, doc values. */
    static final String PASSAGE_COUNT = "passages";
    /** On the paper's entry: whether it was read with NLP ({@code true}/{@code false}); absent when not said. Stored. */
    static final String NLP = "nlp";

    /** The paper's id (SHA-256 of its bytes), on every entry: the key for replace and delete. Indexed, sorted. */
    static final String DOCUMENT_ID = "documentId";
    /** Where the paper was read from, on the paper's entry. Indexed, stored. */
    static final String LOCATION = "location";
    /** The paper's {@code DocumentInfo} as JSON, on the paper's entry. Stored. */
    static final String DOCUMENT_JSON = "documentJson";
    /** On the paper's entry: its record and warning counts. Stored, doc values. */
    static final String RECORD_COUNT = "records";
    static final String WARNING_COUNT = "warnings";

    /** The record's id. Indexed. */
    static final String ID = "id";
    /** The record as JSON. Stored. */
    static final String RECORD_JSON = "json";
    /** The record's place in its paper's reading order. Doc values. */
    static final String ORDINAL = "ordinal";
    /** The paper's file name, for ordering by document. Doc values. */
    static final String SOURCE = "source";
    /** All the record's words, analysed as English. Indexed with positions. */
    static final String TEXT = "text";

    /** The record's type, by JSON name. Indexed (lower case). */
    static final String TYPE = "type";
    /** The paper's council. Indexed (as a name key); its facet, as printed, is in {@link FacetFields}. */
    static final String COUNCIL = "council";
    /** A meeting's or report's committee. Indexed (as a name key). */
    static final String COMMITTEE = "committee";
    /** A judgement's or finding's authority. Indexed (as a name key); its facet, as printed, is in {@link FacetFields}. */
    static final String AUTHORITY = "authority";
    /** A judgement's framework. Indexed (as a name key). */
    static final String FRAMEWORK = "framework";
    /** A judgement's grade. Indexed (lower case). */
    static final String GRADE = "grade";
    /** An action's status. Indexed (lower case). */
    static final String STATUS = "status";
    /** A finding's kind. Indexed (lower case). */
    static final String KIND = "kind";
    /** A judgement's area, as printed. Doc values (for timelines). */
    static final String AREA = "area";
    /**
     * The people the record names ({@link RecordFacts#people()}). Indexed as {@link Names#personKey}
     * keys; their facet, as shown, is in {@link FacetFields}.
     */
    static final String PERSON = "person";
    /** The organisations the record's text mentions. Indexed as {@link Names#organisationKey} keys; their facet in {@link FacetFields}. */
    static final String ORGANISATION = "organisation";
    /** The record's year. Points (for ranges). */
    static final String YEAR = "year";
    /** Type, year, grade and status packed for timelines ({@link FacetKey}). Doc values. */
    static final String FACET_KEY = "facetKey";
    /** The period the record's date covers, as a range of yyyymmdd keys. Points. */
    static final String DATE_RANGE = "dateRange";
    /** The record's date as a yyyymmdd key (00 for an unknown month or day). Doc values, for ordering. */
    static final String DATE = "date";

    /** The fields users may name in query text ({@code grade:good}). */
    static final List<String> QUERYABLE = List.of(TEXT, TYPE, COUNCIL, COMMITTEE, AUTHORITY, FRAMEWORK, GRADE, STATUS, KIND,
            PERSON, ORGANISATION, ID, "document", YEAR);
}
