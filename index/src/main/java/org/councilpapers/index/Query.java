package org.councilpapers.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in a {@link PaperIndex}: an immutable value. Every method returns a new query,
 * so a query can be shared, kept as a constant and compared in tests:
 *
 * <pre>{@code
 * Query q = Query.text("return home interviews").type(RecordType.FINDING).years(2016, 2021);
 * }</pre>
 *
 * <p><b>Text</b> is in Lucene's query syntax: words (all required unless joined with {@code OR}),
 * {@code "phrases"}, {@code -excluded}, {@code wild*}, {@code (groups)} and {@code field:value} for
 * the fields {@code type}, {@code council}, {@code committee}, {@code authority}, {@code framework},
 * {@code grade}, {@code status}, {@code kind}, {@code person}, {@code organisation}, {@code id},
 * {@code document} and {@code year}
 * ({@code year:[2016 TO 2021]}). Words are matched in English: {@code interviews} finds
 * {@code interview}. Text that does not parse makes searching throw {@link BadQueryException}.
 *
 * <p><b>Filters</b> narrow the records the text matched. Within one filter the values are
 * alternatives ({@code grade(GOOD, OUTSTANDING)}); different filters must all hold. Names
 * (council, committee, authority, framework) match without regard to case or spacing, and for
 * councils and authorities without a trailing "Council" or "Borough Council": {@code "thurrock"}
 * matches "Thurrock Council". A record without the field does not pass a filter on it.
 *
 * <p><b>People and organisations</b> match a whole name, without regard to case, spacing,
 * punctuation or a leading title: {@code person("Cllr Watson")} finds a question Councillor Watson
 * asked, but not one by "John Watson", which is another name. A record names the people its fields
 * give (who asked and answered a question; a report's "report of", author and accountable
 * directors; an action's owner; a work programme entry's lead officer; a meeting's members,
 * substitutes, those present and in attendance, and contact officer) and, when the paper was read
 * with NLP, the people its text mentions; its organisations are those its text mentions.
 *
 * <p><b>Years and dates</b> are those {@link Hit#year()} and {@link Hit#date()} describe. A date the
 * paper gives only as a month or a year passes a date range when that month or year overlaps it.
 */
public final class Query {
    /** The order of hits. Ties are broken by document and then reading order, so results are stable. */
    public enum Order {
        /** Best match first. */
        RELEVANCE,
        /** Oldest first; records without a date last. */
        DATE,
        /** Newest first; records without a date last. */
        DATE_DESCENDING,
        /** By source file, then in each paper's reading order: the order of {@code extract}. */
        DOCUMENT
    }

    /**
     * What a query looks at: the records extractors made, the {@link Passage}s of body text the index
     * holds beside them, or both. A type filter narrows the records only: with {@code BOTH} every
     * passage passes it, with {@code PASSAGES} it is ignored. Council, years (a passage's is its
     * paper's), dates and document apply to passages as to records; the other filters name fields a
     * passage does not have, so, as for a record without the field, no passage passes them.
     */
    public enum Scope {
        /** The records extractors made. */
        RECORDS,
        /** The passages of body text. */
        PASSAGES,
        /** Records and passages. */
        BOTH
    }

    /** Hits returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 10;
    /**
     * The most hits one search returns: more than anyone reads, and each costs memory while the
     * best are ranked. Page with {@link #offset(int)}, or take every match with {@link PaperIndex#scan}.
     */
    public static final int MAX_LIMIT = 10_000;
    /** The deepest page: ranking keeps every hit before the page in memory. Past it, {@link PaperIndex#scan} takes every match. */
    public static final int MAX_OFFSET = 100_000;
    /** Years a filter may name: council papers are from this span, and a typo (3000, 20199) is an error, not an empty answer. */
    public static final int MIN_YEAR = 1900;
    /** The latest year a filter may name; see {@link #MIN_YEAR}. */
    public static final int MAX_YEAR = 2100;

    private final @Nullable String text;
    private final Set<RecordType> types;
    private final Set<String> councils;
    private final Set<String> committees;
    private final Set<String> authorities;
    private final Set<String> frameworks;
    private final Set<Grade> grades;
    private final Set<RagStatus> statuses;
    private final Set<FindingKind> kinds;
    private final Set<String> people;
    private final Set<String> organisations;
    private final @Nullable Integer fromYear;
    private final @Nullable Integer toYear;
    private final @Nullable LocalDate fromDate;
    private final @Nullable LocalDate toDate;
    private final @Nullable String documentId;
    private final Order order;
    private final int offset;
    private final int limit;
    private final boolean facets;
    private final @Nullable Scope scope;

    private Query(Builder b) {
        this.text = b.text;
        this.types = b.types;
        this.councils = b.councils;
        this.committees = b.committees;
        this.authorities = b.authorities;
        this.frameworks = b.frameworks;
        this.grades = b.grades;
        this.statuses = b.statuses;
        this.kinds = b.kinds;
        this.people = b.people;
        this.organisations = b.organisations;
        this.fromYear = b.fromYear;
        this.toYear = b.toYear;
        this.fromDate = b.fromDate;
        this.toDate = b.toDate;
        this.documentId = b.documentId;
        this.order = b.order;
        this.offset = b.offset;
        this.limit = b.limit;
        this.facets = b.facets;
        this.scope = b.scope;
    }

    /**
     * Every record, in relevance order (which, with no text, is index order), {@link #DEFAULT_LIMIT} at a time.
     *
     * @return the query with nothing set
     */
    public static Query all() {
        return new Builder().build();
    }

    /**
     * Records matching this text (Lucene syntax); blank text or {@code *} matches every record. The text is parsed
     * when the query is run, not here.
     *
     * @param text the query text
     * @return the query
     */
    public static Query text(String text) {
        return all().withText(text);
    }

    /**
     * This query with other text; null, blank or {@code *} matches every record. Surrounding whitespace is dropped.
     *
     * @param newText the query text (Lucene syntax)
     * @return a new query; this one is unchanged
     */
    public Query withText(@Nullable String newText) {
        Builder b = builder();
        b.text = newText == null || newText.isBlank() || newText.strip().equals("*") ? null : newText.strip();
        return b.build();
    }

    /**
     * Only records of these types (none given: every type). Replaces any earlier type filter.
     *
     * @param recordTypes the types
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a type is null
     */
    public Query type(RecordType... recordTypes) {
        return type(List.of(recordTypes));
    }

    /**
     * As {@link #type(RecordType...)}, from a collection.
     *
     * @param recordTypes the types; empty for every type
     * @return a new query; this one is unchanged
     * @throws NullPointerException if the collection or a type in it is null
     */
    public Query type(Collection<RecordType> recordTypes) {
        Builder b = builder();
        b.types = enums(recordTypes, RecordType.class);
        return b.build();
    }

    /**
     * Only records of papers from these councils (the paper's council, as {@code extract} gives it). Replaces any
     * earlier values of this filter; none (or only blank names) removes it.
     *
     * @param names the councils' names
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a name is null
     */
    public Query council(String... names) {
        Builder b = builder();
        b.councils = names(names);
        return b.build();
    }

    /**
     * Only meetings and reports of these committees. Replaces any earlier values of this filter; none (or only blank
     * names) removes it.
     *
     * @param names the committees' names
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a name is null
     */
    public Query committee(String... names) {
        Builder b = builder();
        b.committees = names(names);
        return b.build();
    }

    /**
     * Only judgements and findings about these authorities. Replaces any earlier values of this filter; none (or only
     * blank names) removes it.
     *
     * @param names the authorities' names
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a name is null
     */
    public Query authority(String... names) {
        Builder b = builder();
        b.authorities = names(names);
        return b.build();
    }

    /**
     * Only judgements under these inspection frameworks ({@code ILACS}, {@code SIF}). Replaces any earlier values of
     * this filter; none (or only blank names) removes it.
     *
     * @param names the frameworks' names
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a name is null
     */
    public Query framework(String... names) {
        Builder b = builder();
        b.frameworks = names(names);
        return b.build();
    }

    /**
     * Only judgements with these grades. Replaces any earlier values of this filter; none removes it.
     *
     * @param values the grades
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a value is null
     */
    public Query grade(Grade... values) {
        Builder b = builder();
        b.grades = enums(List.of(values), Grade.class);
        return b.build();
    }

    /**
     * Only actions with these statuses. Replaces any earlier values of this filter; none removes it.
     *
     * @param values the statuses
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a value is null
     */
    public Query status(RagStatus... values) {
        Builder b = builder();
        b.statuses = enums(List.of(values), RagStatus.class);
        return b.build();
    }

    /**
     * Only findings of these kinds. Replaces any earlier values of this filter; none removes it.
     *
     * @param values the kinds
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a value is null
     */
    public Query kind(FindingKind... values) {
        Builder b = builder();
        b.kinds = enums(List.of(values), FindingKind.class);
        return b.build();
    }

    /**
     * Only records that name one of these people ("Janet Simon"; "Cllr Watson" is Watson). Replaces any earlier
     * values of this filter; none (or only blank names) removes it.
     *
     * @param names the people's names
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a name is null
     */
    public Query person(String... names) {
        Builder b = builder();
        b.people = names(names);
        return b.build();
    }

    /**
     * Only records whose text mentions one of these organisations ("Ofsted", "the Department for Education"), as
     * NLP found them. Replaces any earlier values of this filter; none (or only blank names) removes it.
     *
     * @param names the organisations' names
     * @return a new query; this one is unchanged
     * @throws NullPointerException if a name is null
     */
    public Query organisation(String... names) {
        Builder b = builder();
        b.organisations = names(names);
        return b.build();
    }

    /**
     * Only records whose year is in {@code from..to}, both inclusive; null leaves that end open (both null removes
     * the filter).
     *
     * @param from the first year, or null
     * @param to the last year, or null
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if a year is outside {@link #MIN_YEAR}..{@link #MAX_YEAR} or {@code from} is
     *     after {@code to}
     */
    public Query years(@Nullable Integer from, @Nullable Integer to) {
        checkYear("from", from);
        checkYear("to", to);
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("years " + from + ".." + to + " run backwards");
        }
        Builder b = builder();
        b.fromYear = from;
        b.toYear = to;
        return b.build();
    }

    private static void checkYear(String end, @Nullable Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw new IllegalArgumentException("year " + year + " (" + end + ") is not between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    /**
     * Only records of this year.
     *
     * @param year the year
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if the year is outside {@link #MIN_YEAR}..{@link #MAX_YEAR}
     */
    public Query year(int year) {
        return years(year, year);
    }

    /**
     * Only records whose date overlaps {@code from..to}, both inclusive; null leaves that end open (both null
     * removes the filter).
     *
     * @param from the first day, or null
     * @param to the last day, or null
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public Query dates(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("dates " + from + ".." + to + " run backwards");
        }
        Builder b = builder();
        b.fromDate = from;
        b.toDate = to;
        return b.build();
    }

    /**
     * Only records of one paper.
     *
     * @param id the paper's document id (the SHA-256 of its bytes, hex); null removes the filter
     * @return a new query; this one is unchanged
     */
    public Query document(@Nullable String id) {
        Builder b = builder();
        b.documentId = id;
        return b.build();
    }

    /**
     * Hits in this order.
     *
     * @param newOrder the order
     * @return a new query; this one is unchanged
     * @throws NullPointerException if {@code newOrder} is null
     */
    public Query orderBy(Order newOrder) {
        Builder b = builder();
        b.order = Objects.requireNonNull(newOrder, "order");
        return b.build();
    }

    /**
     * Skip the first {@code n} hits: {@code offset(20).limit(10)} is the third page of ten.
     *
     * @param n how many hits to skip, 0 to {@link #MAX_OFFSET}
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if {@code n} is out of that range
     */
    public Query offset(int n) {
        if (n < 0 || n > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", not " + n);
        }
        Builder b = builder();
        b.offset = n;
        return b.build();
    }

    /**
     * Return at most {@code n} hits (0 for counts and facets only).
     *
     * @param n the most hits, 0 to {@link #MAX_LIMIT}
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if {@code n} is out of that range
     */
    public Query limit(int n) {
        if (n < 0 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", not " + n);
        }
        Builder b = builder();
        b.limit = n;
        return b.build();
    }

    /**
     * Also count the matches by every {@link Facet} (type, year, grade, status, authority, council, person and
     * organisation). Off by default: counting visits every match, where a plain search can stop early.
     *
     * @param on whether to count
     * @return a new query; this one is unchanged
     */
    public Query withFacets(boolean on) {
        Builder b = builder();
        b.facets = on;
        return b.build();
    }

    /**
     * Look at records, passages or both. Unset, each use has its own default: records for
     * {@link PaperIndex#search} and {@link PaperIndex#scan}, both for {@link PaperIndex#timeline} and
     * {@link PaperIndex#trace}.
     *
     * @param newScope what to look at; null for each use's default
     * @return a new query; this one is unchanged
     */
    public Query scope(@Nullable Scope newScope) {
        Builder b = builder();
        b.scope = newScope;
        return b.build();
    }

    /**
     * The scope asked for.
     *
     * @return the scope; null when unset (see {@link #scope(Scope)})
     */
    public @Nullable Scope scope() {
        return scope;
    }

    /**
     * The scope asked for, or a default.
     *
     * @param otherwise the scope to use when none was asked for
     * @return the scope asked for, else {@code otherwise}
     * @throws NullPointerException if the scope is unset and {@code otherwise} is null
     */
    public Scope scopeOr(Scope otherwise) {
        return scope == null ? Objects.requireNonNull(otherwise, "otherwise") : scope;
    }

    /**
     * The query text.
     *
     * @return the stripped text; null when the query matches every record
     */
    public @Nullable String text() {
        return text;
    }

    /**
     * The type filter.
     *
     * @return the types, in {@link RecordType} order; empty for every type
     */
    public Set<RecordType> types() {
        return types;
    }

    /**
     * The council filter.
     *
     * @return the names as given, stripped; empty for no filter
     */
    public Set<String> councils() {
        return councils;
    }

    /**
     * The committee filter.
     *
     * @return the names as given, stripped; empty for no filter
     */
    public Set<String> committees() {
        return committees;
    }

    /**
     * The authority filter.
     *
     * @return the names as given, stripped; empty for no filter
     */
    public Set<String> authorities() {
        return authorities;
    }

    /**
     * The framework filter.
     *
     * @return the names as given, stripped; empty for no filter
     */
    public Set<String> frameworks() {
        return frameworks;
    }

    /**
     * The grade filter.
     *
     * @return the grades, in {@link Grade} order; empty for no filter
     */
    public Set<Grade> grades() {
        return grades;
    }

    /**
     * The status filter.
     *
     * @return the statuses, in {@link RagStatus} order; empty for no filter
     */
    public Set<RagStatus> statuses() {
        return statuses;
    }

    /**
     * The finding-kind filter.
     *
     * @return the kinds, in {@link FindingKind} order; empty for no filter
     */
    public Set<FindingKind> kinds() {
        return kinds;
    }

    /**
     * The person filter.
     *
     * @return the names as given, stripped; empty for no filter
     */
    public Set<String> people() {
        return people;
    }

    /**
     * The organisation filter.
     *
     * @return the names as given, stripped; empty for no filter
     */
    public Set<String> organisations() {
        return organisations;
    }

    /**
     * The first year of the year filter.
     *
     * @return the year; null for an open start
     */
    public @Nullable Integer fromYear() {
        return fromYear;
    }

    /**
     * The last year of the year filter.
     *
     * @return the year; null for an open end
     */
    public @Nullable Integer toYear() {
        return toYear;
    }

    /**
     * The first day of the date filter.
     *
     * @return the day; null for an open start
     */
    public @Nullable LocalDate fromDate() {
        return fromDate;
    }

    /**
     * The last day of the date filter.
     *
     * @return the day; null for an open end
     */
    public @Nullable LocalDate toDate() {
        return toDate;
    }

    /**
     * The paper filter.
     *
     * @return the document id; null for every paper
     */
    public @Nullable String documentId() {
        return documentId;
    }

    /**
     * The order of hits.
     *
     * @return the order; {@link Order#RELEVANCE} unless set
     */
    public Order order() {
        return order;
    }

    /**
     * How many hits to skip.
     *
     * @return the offset; 0 unless set
     */
    public int offset() {
        return offset;
    }

    /**
     * The most hits to return.
     *
     * @return the limit; {@link #DEFAULT_LIMIT} unless set
     */
    public int limit() {
        return limit;
    }

    /**
     * Whether to count matches by facet.
     *
     * @return true if {@link #withFacets(boolean)} asked for counts
     */
    public boolean facets() {
        return facets;
    }

    /**
     * Equal to a query with the same text, filters, order, page, facets and scope.
     *
     * @param o the other object
     * @return true if it is an equal query
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Query q && Objects.equals(text, q.text) && types.equals(q.types) && councils.equals(q.councils)
                && committees.equals(q.committees) && authorities.equals(q.authorities) && frameworks.equals(q.frameworks)
                && grades.equals(q.grades) && statuses.equals(q.statuses) && kinds.equals(q.kinds)
                && people.equals(q.people) && organisations.equals(q.organisations)
                && Objects.equals(fromYear, q.fromYear) && Objects.equals(toYear, q.toYear)
                && Objects.equals(fromDate, q.fromDate) && Objects.equals(toDate, q.toDate)
                && Objects.equals(documentId, q.documentId) && order == q.order && offset == q.offset && limit == q.limit
                && facets == q.facets && scope == q.scope;
    }

    /**
     * A hash consistent with {@link #equals(Object)}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(text, types, councils, committees, authorities, frameworks, grades, statuses, kinds, people, organisations, fromYear, toYear,
                fromDate, toDate, documentId, order, offset, limit, facets, scope);
    }

    /**
     * Only the parts that are set, e.g. {@code Query[text="return home", type=[finding], years=2016..2021]}.
     *
     * @return a readable description, for logs and test failures
     */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "Query[", "]");
        if (text != null) {
            s.add("text=\"" + text + "\"");
        }
        if (!types.isEmpty()) {
            s.add("type=" + types.stream().map(RecordType::jsonName).toList());
        }
        add(s, "council", councils);
        add(s, "committee", committees);
        add(s, "authority", authorities);
        add(s, "framework", frameworks);
        add(s, "grade", grades);
        add(s, "status", statuses);
        add(s, "kind", kinds);
        add(s, "person", people);
        add(s, "organisation", organisations);
        if (fromYear != null || toYear != null) {
            s.add("years=" + (fromYear == null ? "" : fromYear) + ".." + (toYear == null ? "" : toYear));
        }
        if (fromDate != null || toDate != null) {
            s.add("dates=" + (fromDate == null ? "" : fromDate) + ".." + (toDate == null ? "" : toDate));
        }
        if (documentId != null) {
            s.add("document=" + documentId);
        }
        if (order != Order.RELEVANCE) {
            s.add("order=" + order);
        }
        if (offset != 0) {
            s.add("offset=" + offset);
        }
        if (limit != DEFAULT_LIMIT) {
            s.add("limit=" + limit);
        }
        if (facets) {
            s.add("facets");
        }
        if (scope != null) {
            s.add("scope=" + scope);
        }
        return s.toString();
    }

    private static void add(StringJoiner s, String name, Set<?> values) {
        if (!values.isEmpty()) {
            s.add(name + "=" + values);
        }
    }

    private static Set<String> names(String... names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            Objects.requireNonNull(n, "name");
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (E v : values) {
            out.add(Objects.requireNonNull(v, type.getSimpleName()));
        }
        return Collections.unmodifiableSet(out);
    }

    private Builder builder() {
        Builder b = new Builder();
        b.text = text;
        b.types = types;
        b.councils = councils;
        b.committees = committees;
        b.authorities = authorities;
        b.frameworks = frameworks;
        b.grades = grades;
        b.statuses = statuses;
        b.kinds = kinds;
        b.people = people;
        b.organisations = organisations;
        b.fromYear = fromYear;
        b.toYear = toYear;
        b.fromDate = fromDate;
        b.toDate = toDate;
        b.documentId = documentId;
        b.order = order;
        b.offset = offset;
        b.limit = limit;
        b.facets = facets;
        b.scope = scope;
        return b;
    }

    /** The mutable side of the withers; never escapes this class. */
    private static final class Builder {
        @Nullable String text;
        Set<RecordType> types = Set.of();
        Set<String> councils = Set.of();
        Set<String> committees = Set.of();
        Set<String> authorities = Set.of();
        Set<String> frameworks = Set.of();
        Set<Grade> grades = Set.of();
        Set<RagStatus> statuses = Set.of();
        Set<FindingKind> kinds = Set.of();
        Set<String> people = Set.of();
        Set<String> organisations = Set.of();
        @Nullable Integer fromYear;
        @Nullable Integer toYear;
        @Nullable LocalDate fromDate;
        @Nullable LocalDate toDate;
        @Nullable String documentId;
        Order order = Order.RELEVANCE;
        int offset;
        int limit = DEFAULT_LIMIT;
        boolean facets;
        @Nullable Scope scope;

        Query build() {
            return new Query(this);
        }
    }
}
