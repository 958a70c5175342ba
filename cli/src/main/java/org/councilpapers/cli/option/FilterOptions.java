package org.councilpapers.cli.option;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Query;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The filters of {@code search}, {@code timeline}, {@code trace} and {@code export}, mapped one to
 * one onto {@link Query}'s. A repeated option, or a comma list, gives alternatives
 * ({@code --grade good,outstanding}); different options must all hold.
 */
public final class FilterOptions {
    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", split = ",", converter = TypeConverter.class,
            completionCandidates = TypeNames.class,
            description = "Only these types: ${COMPLETION-CANDIDATES}. 'passage' is body text no record holds: "
                    + "--type passage searches passages only, --type finding,passage findings and passages.")
    private List<TypeChoice> types = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", description = "Only records of this year or later.")
    private @Nullable Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only records of this year or earlier.")
    private @Nullable Integer to;

    @Option(names = "--grade", paramLabel = "GRADE", split = ",", converter = GradeConverter.class,
            description = "Only judgements with these grades: outstanding, good, requires-improvement, adequate, inadequate.")
    private List<Grade> grades = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", split = ",", converter = StatusConverter.class,
            description = "Only actions with these RAG statuses: red, amber, green, blue, completed.")
    private List<RagStatus> statuses = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            description = "Only findings of these kinds: improvement, strength, observation.")
    private List<FindingKind> kinds = new ArrayList<>();

    @Option(names = "--authority", paramLabel = "NAME",
            description = "Only judgements and findings about this authority ('thurrock' matches 'Thurrock Council').")
    private List<String> authorities = new ArrayList<>();

    @Option(names = "--council", paramLabel = "NAME", description = "Only records from this council's papers.")
    private List<String> councils = new ArrayList<>();

    @Option(names = "--committee", paramLabel = "NAME", description = "Only meetings and reports of this committee.")
    private List<String> committees = new ArrayList<>();

    @Option(names = "--framework", paramLabel = "NAME", description = "Only judgements under this inspection framework (ILACS, SIF).")
    private List<String> frameworks = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME",
            description = {"Only records that name this person: who asked or answered a question, whom a report is from or by, "
                    + "an action's owner, a meeting's members, and (indexed with NLP) people the text mentions. "
                    + "The whole name, any case, titles dropped: --person \"Cllr Watson\" matches Councillor Watson, "
                    + "not John Watson."})
    private List<String> people = new ArrayList<>();

    @Option(names = "--organisation", paramLabel = "NAME",
            description = "Only records whose text mentions this organisation, as NLP found it (see 'index --no-nlp'): "
                    + "--organisation \"Essex Police\".")
    private List<String> organisations = new ArrayList<>();

    /** The query with these filters; a year range that runs backwards is a usage error. */
    public Query applyTo(Query query, CommandLine cmd) {
        for (Integer year : new Integer[] {from, to}) {
            if (year != null && (year < Query.MIN_YEAR || year > Query.MAX_YEAR)) {
                throw new ParameterException(cmd, (year.equals(from) ? "--from " : "--to ") + year + " is not a year from "
                        + Query.MIN_YEAR + " to " + Query.MAX_YEAR);
            }
        }
        if (from != null && to != null && from > to) {
            throw new ParameterException(cmd, "--from " + from + " is after --to " + to);
        }
        Query q = query;
        List<RecordType> recordTypes = types.stream().map(TypeChoice::record).filter(Objects::nonNull).toList();
        if (!recordTypes.isEmpty()) {
            q = q.type(recordTypes);
        }
        if (from != null || to != null) {
            q = q.years(from, to);
        }
        if (!grades.isEmpty()) {
            q = q.grade(grades.toArray(new Grade[0]));
        }
        if (!statuses.isEmpty()) {
            q = q.status(statuses.toArray(new RagStatus[0]));
        }
        if (!kinds.isEmpty()) {
            q = q.kind(kinds.toArray(new FindingKind[0]));
        }
        if (!authorities.isEmpty()) {
            q = q.authority(authorities.toArray(new String[0]));
        }
        if (!councils.isEmpty()) {
            q = q.council(councils.toArray(new String[0]));
        }
        if (!committees.isEmpty()) {
            q = q.committee(committees.toArray(new String[0]));
        }
        if (!frameworks.isEmpty()) {
            q = q.framework(frameworks.toArray(new String[0]));
        }
        if (!people.isEmpty()) {
            q = q.person(people.toArray(new String[0]));
        }
        if (!organisations.isEmpty()) {
            q = q.organisation(organisations.toArray(new String[0]));
        }
        return q;
    }

    /** Whether {@code --type} named {@code passage}. */
    public boolean passagesNamed() {
        return types.stream().anyMatch(TypeChoice::passage);
    }

    /**
     * What {@code --type} asks to look at: passages only for {@code passage} alone, records and
     * passages for record types and {@code passage}, records for record types alone, and
     * {@code otherwise} (the command's own default) when no type is given.
     */
    public Query.Scope scope(Query.Scope otherwise) {
        if (types.isEmpty()) {
            return otherwise;
        }
        boolean records = types.stream().anyMatch(t -> !t.passage());
        return !passagesNamed() ? Query.Scope.RECORDS : records ? Query.Scope.BOTH : Query.Scope.PASSAGES;
    }

    /** A {@code --type} value: a record type, or (record null) the passages of body text. */
    record TypeChoice(@Nullable RecordType record) {
        static final String PASSAGE = "passage";

        boolean passage() {
            return record == null;
        }
    }

    /** Reads a {@code --type} value: a record type as {@link RecordTypeConverter} does, or {@code passage}. */
    static final class TypeConverter implements ITypeConverter<TypeChoice> {
        @Override
        public TypeChoice convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT);
            if (key.equals(TypeChoice.PASSAGE) || key.equals("passages")) {
                return new TypeChoice(null);
            }
            return RecordType.find(value).map(TypeChoice::new).orElseThrow(() -> new TypeConversionException(
                    "unknown type '" + value + "' (expected one of " + String.join(", ", new TypeNames()) + ")"));
        }
    }

    /** The record types' JSON names, in schema order, then {@code passage}: for help and shell completion. */
    public static final class TypeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            new RecordTypeConverter.Names().forEach(names::add);
            names.add(TypeChoice.PASSAGE);
            return names.iterator();
        }
    }

    /** An enum value as users type it: any case, with spaces or hyphens for underscores. */
    static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        String key = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> E convert(Class<E> type, String what, String value) {
        return find(type, value).orElseThrow(() -> new TypeConversionException("unknown " + what + " '" + value + "' (expected "
                + Stream.of(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /** {@code good}, {@code requires-improvement}, {@code "Requires improvement"}. */
    public static final class GradeConverter implements ITypeConverter<Grade> {
        @Override
        public Grade convert(String value) {
            return FilterOptions.convert(Grade.class, "grade", value);
        }
    }

    /** {@code red}, {@code AMBER}. */
    public static final class StatusConverter implements ITypeConverter<RagStatus> {
        @Override
        public RagStatus convert(String value) {
            return FilterOptions.convert(RagStatus.class, "status", value);
        }
    }

    /** {@code improvement}, {@code strength}, {@code observation}. */
    public static final class KindConverter implements ITypeConverter<FindingKind> {
        @Override
        public FindingKind convert(String value) {
            return FilterOptions.convert(FindingKind.class, "finding kind", value);
        }
    }
}
