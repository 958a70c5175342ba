package org.councilpapers.cli.option;

import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilpapers.core.record.RecordType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a record type as users write it: the JSON name ({@code agendaItem}) or a spelling
 * {@link RecordType#find} accepts ({@code agenda-item}, {@code AGENDA_ITEM}).
 */
public final class RecordTypeConverter implements ITypeConverter<RecordType> {
    @Override
    public RecordType convert(String value) {
        return RecordType.find(value).orElseThrow(() -> new TypeConversionException(
                "unknown record type '" + value + "' (expected one of " + String.join(", ", new Names()) + ")"));
    }

    /** The JSON names, in schema order: for {@code ${COMPLETION-CANDIDATES}} in help and for shell completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.of(RecordType.values()).map(RecordType::jsonName).collect(Collectors.toList()).iterator();
        }
    }
}
