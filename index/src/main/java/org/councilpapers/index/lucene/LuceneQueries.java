package org.councilpapers.index.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.BadQueryException;
import org.councilpapers.index.Query.Scope;
import org.jspecify.annotations.Nullable;

/** Builds Lucene queries and sorts from {@link org.councilpapers.index.Query} values. */
final class LuceneQueries {
    /** Matches the paper entries, which every record search leaves out. */
    static final Query PAPER_ENTRIES = new TermQuery(new Term(Fields.ENTRY, Fields.ENTRY_DOCUMENT));
    /** Matches the passages of body text, which record searches leave out. */
    static final Query PASSAGES = new TermQuery(new Term(Fields.ENTRY, Fields.ENTRY_PASSAGE));

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private LuceneQueries() {}

    /** The whole query: text, filters, and never a paper entry; records only unless the query's scope says otherwise. */
    static Query build(org.councilpapers.index.Query q, Analyzer analyzer) {
        return build(q, analyzer, Scope.RECORDS);
    }

    /** As {@link #build(org.councilpapers.index.Query, Analyzer)}, with the scope used when the query sets none. */
    static Query build(org.councilpapers.index.Query q, Analyzer analyzer, Scope byDefault) {
        return build(q, q.text() == null ? null : parse(q.text(), analyzer, QueryParser.Operator.AND), byDefault);
    }

    /** The query's filters around an already built text query (null: every record). */
    static Query build(org.councilpapers.index.Query q, @Nullable Query text) {
        return build(q, text, Scope.RECORDS);
    }

    /** The query's filters around an already built text query (null: everything in scope), in the query's scope or else {@code byDefault}. */
    static Query build(org.councilpapers.index.Query q, @Nullable Query text, Scope byDefault) {
        Scope scope = q.scopeOr(byDefault);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        b.add(PAPER_ENTRIES, Occur.MUST_NOT);
        switch (scope) {
            case RECORDS:
                b.add(PASSAGES, Occur.MUST_NOT);
                filter(b, Fields.TYPE, q.types(), t -> t.jsonName().toLowerCase(Locale.ROOT));
                break;
            case PASSAGES:
                b.add(PASSAGES, Occur.FILTER);
                break;
            case BOTH:
                if (!q.types().isEmpty()) {
                    // Passages have no type: the type filter narrows the records and lets every passage by.
                    b.add(new BooleanQuery.Builder().add(types(q.types()), Occur.SHOULD).add(PASSAGES, Occur.SHOULD).build(), Occur.FILTER);
                }
                break;
            default:
                throw new IllegalArgumentException("unknown scope " + scope);
        }
        filter(b, Fields.COUNCIL, q.councils(), Names::placeKey);
        filter(b, Fields.COMMITTEE, q.committees(), Names::key);
        filter(b, Fields.AUTHORITY, q.authorities(), Names::placeKey);
        filter(b, Fields.FRAMEWORK, q.frameworks(), Names::key);
        filter(b, Fields.PERSON, q.people(), Names::personKey);
        filter(b, Fields.ORGANISATION, q.organisations(), Names::organisationKey);
        filter(b, Fields.GRADE, q.grades(), g -> RecordFacts.enumKey(g.name()));
        filter(b, Fields.STATUS, q.statuses(), s -> RecordFacts.enumKey(s.name()));
        filter(b, Fields.KIND, q.kinds(), k -> RecordFacts.enumKey(k.name()));
        if (q.fromYear() != null || q.toYear() != null) {
            b.add(IntPoint.newRangeQuery(Fields.YEAR, q.fromYear() == null ? Integer.MIN_VALUE : q.fromYear(),
                    q.toYear() == null ? Integer.MAX_VALUE : q.toYear()), Occur.FILTER);
        }
        if (q.fromDate() != null || q.toDate() != null) {
            long from = q.fromDate() == null ? Long.MIN_VALUE : key(q.fromDate());
            long to = q.toDate() == null ? Long.MAX_VALUE : key(q.toDate());
            b.add(LongRange.newIntersectsQuery(Fields.DATE_RANGE, new long[] {from}, new long[] {to}), Occur.FILTER);
        }
        if (q.documentId() != null) {
            b.add(new TermQuery(new Term(Fields.DOCUMENT_ID, q.documentId())), Occur.FILTER);
        }
        return b.build();
    }

    /** Records of any of these types. */
    static Query types(Collection<RecordType> types) {
        List<BytesRef> terms = types.stream().map(t -> new BytesRef(t.jsonName().toLowerCase(Locale.ROOT))).toList();
        return new TermInSetQuery(Fields.TYPE, terms);
    }

    /** The Lucene sort for an order, or null for relevance. Ties go by document and reading order, so pages are stable. */
    static @Nullable Sort sort(org.councilpapers.index.Query.Order order) {
        SortField document = new SortField(Fields.DOCUMENT_ID, SortField.Type.STRING);
        SortField ordinal = new SortField(Fields.ORDINAL, SortField.Type.LONG);
        switch (order) {
            case RELEVANCE:
                return null;
            case DATE: {
                SortField date = new SortField(Fields.DATE, SortField.Type.LONG);
                date.setMissingValue(Long.MAX_VALUE);
                return new Sort(date, document, ordinal);
            }
            case DATE_DESCENDING: {
                SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
                date.setMissingValue(Long.MIN_VALUE);
                return new Sort(date, document, ordinal);
            }
            case DOCUMENT:
                return new Sort(new SortField(Fields.SOURCE, SortField.Type.STRING), document, ordinal);
            default:
                throw new IllegalArgumentException("unknown order " + order);
        }
    }

    /**
     * Parses query text; words are all required with {@code AND} as the default operator, and
     * alternatives with {@code OR}.
     *
     * @throws BadQueryException with the position and a short reason when the text does not parse
     */
    static Query parse(String text, Analyzer analyzer, QueryParser.Operator defaultOperator) {
        PaperQueryParser parser = new PaperQueryParser(analyzer);
        parser.setDefaultOperator(defaultOperator);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw bad(text, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException(text, -1, "too many terms (a wildcard that matches too much?)", e);
        } catch (TooComplexToDeterminizeException e) {
            throw new BadQueryException(text, -1, "a regular expression or wildcard too complex to search with", e);
        } catch (IllegalArgumentException e) {
            // Lucene builds a /regexp/ as it parses, and says what is wrong with it this way: "/[a-z/".
            String m = e.getMessage() == null ? "" : e.getMessage();
            throw new BadQueryException(text, -1, text.indexOf('/') >= 0
                    ? "a /regular expression/ that does not parse" + (m.isBlank() ? "" : " (" + m.lines().findFirst().orElse("") + ")")
                    : "cannot parse" + (m.isBlank() ? "" : " (" + m.lines().findFirst().orElse("") + ")"), e);
        }
    }

    private static <T> void filter(BooleanQuery.Builder b, String field, Set<T> values, Function<T, String> key) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            b.add(new TermQuery(new Term(field, key.apply(values.iterator().next()))), Occur.FILTER);
            return;
        }
        List<BytesRef> terms = new ArrayList<>();
        for (T v : values) {
            terms.add(new BytesRef(key.apply(v)));
        }
        b.add(new TermInSetQuery(field, terms), Occur.FILTER);
    }

    private static long key(LocalDate d) {
        return d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }

    /** The parser wraps the real problem; take position and reason from it. */
    private static BadQueryException bad(String text, ParseException wrapped) {
        Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
        if (cause instanceof FieldProblem p) {
            return new BadQueryException(text, p.position(text), p.getMessage(), wrapped);
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return new BadQueryException(text, -1, "too many terms (a wildcard that matches too much?)", wrapped);
        }
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            if (next.kind == QueryParserConstants.EOF) {
                return new BadQueryException(text, text.length(), "the query ends too early (an operator, field or bracket without its other half)", wrapped);
            }
            // FastCharStream counts columns as 0-based offsets into the whole text.
            return new BadQueryException(text, next.beginColumn, "unexpected '" + next.image + "'", wrapped);
        }
        if (cause instanceof TokenMgrError e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            Matcher c = COLUMN.matcher(m);
            int position = c.find() ? Math.min(Integer.parseInt(c.group(1)), text.length()) : -1;
            String reason = m.contains("<EOF>") && m.contains("after prefix \"\\\"") || m.contains("<EOF>") && m.contains(": \"\\\"")
                    ? "a quote is not closed" : m.contains("<EOF>") ? "the query ends in the middle of something (a lone backslash?)"
                    : "a character the query syntax cannot take here";
            return new BadQueryException(text, position, reason, wrapped);
        }
        String m = cause.getMessage() == null ? "cannot parse" : cause.getMessage();
        return new BadQueryException(text, -1, m, wrapped);
    }

    /** A problem with a field the parser itself would accept: an unknown field, a year that is not a number. */
    private static final class FieldProblem extends ParseException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }

        int position(String text) {
            return text.indexOf(field + ":");
        }
    }

    /**
     * The classic parser with our fields: {@code text} is English words; names match by
     * {@link Names} keys; enum fields by their lower-case names ({@code requires improvement} as
     * {@code requires_improvement}); {@code year} by number and range; other field names are errors
     * rather than queries that silently match nothing.
     */
    private static final class PaperQueryParser extends QueryParser {
        PaperQueryParser(Analyzer analyzer) {
            super(Fields.TEXT, analyzer);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            switch (field) {
                case Fields.TEXT:
                    return super.getFieldQuery(field, queryText, quoted);
                case Fields.YEAR:
                    return IntPoint.newExactQuery(Fields.YEAR, year(queryText));
                case Fields.ID:
                    return new TermQuery(new Term(Fields.ID, queryText.strip()));
                default:
                    return new TermQuery(new Term(target(field), key(field, queryText)));
            }
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            if (!field.equals(Fields.YEAR)) {
                target(field);
                throw new FieldProblem(field, "ranges work on year only ('year:[2016 TO 2021]'), not on " + field);
            }
            int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1) + (startInclusive ? 0 : 1);
            int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2) - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(Fields.YEAR, from, to);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(target(field), keyOf(field, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(target(field), keyOf(field, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(target(field), keyOf(field, termStr), minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(target(field), keyOf(field, termStr));
        }

        /** Multi-term text on a keyword field is matched lower-cased, as its keys are stored. */
        private static String keyOf(String field, String termStr) {
            return field.equals(Fields.TEXT) || field.equals(Fields.ID) ? termStr : termStr.toLowerCase(Locale.ROOT);
        }

        private static String target(String field) throws ParseException {
            if (field.equals("document")) {
                return Fields.DOCUMENT_ID;
            }
            if (!Fields.QUERYABLE.contains(field)) {
                throw new FieldProblem(field, "unknown field '" + field + "' (fields: " + String.join(", ", Fields.QUERYABLE) + ")");
            }
            if (field.equals(Fields.YEAR)) {
                throw new FieldProblem(field, "year takes a number or a range ('year:2019', 'year:[2016 TO 2021]')");
            }
            return field;
        }

        private static String key(String field, String value) throws ParseException {
            String target = target(field);
            switch (target) {
                case Fields.COUNCIL:
                case Fields.AUTHORITY:
                    return Names.placeKey(value);
                case Fields.COMMITTEE:
                case Fields.FRAMEWORK:
                    return Names.key(value);
                case Fields.PERSON:
                    return Names.personKey(value);
                case Fields.ORGANISATION:
                    return Names.organisationKey(value);
                case Fields.TYPE:
                    return RecordType.find(value).map(t -> t.jsonName().toLowerCase(Locale.ROOT)).orElseThrow(() -> new FieldProblem(field,
                            "unknown record type '" + value + "'"));
                case Fields.DOCUMENT_ID:
                    return value.strip().toLowerCase(Locale.ROOT);
                default:
                    return RecordFacts.enumKey(value);
            }
        }

        private static int year(String text) throws ParseException {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new FieldProblem(Fields.YEAR, "year must be a number, not '" + text + "'");
            }
        }
    }
}
