package org.councilpapers.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class RecordTypeConverterTest {
    private final RecordTypeConverter converter = new RecordTypeConverter();

    @Test
    void acceptsTheJsonNameAndTheSpellingsUsersType() {
        assertEquals(RecordType.AGENDA_ITEM, converter.convert("agendaItem"));
        assertEquals(RecordType.AGENDA_ITEM, converter.convert("agenda-item"));
        assertEquals(RecordType.AGENDA_ITEM, converter.convert("AGENDA_ITEM"));
        assertEquals(RecordType.WORK_PROGRAMME_ENTRY, converter.convert("workprogrammeentry"));
    }

    @Test
    void refusalListsTheJsonNames() {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("minute"));
        assertEquals("unknown record type 'minute' (expected one of meeting, agendaItem, report, recommendation, resolution, "
                + "judgement, finding, action, ragTable, workProgrammeEntry, question)", e.getMessage());
    }

    @Test
    void namesAreTheJsonNamesInSchemaOrder() {
        List<String> names = new ArrayList<>();
        new RecordTypeConverter.Names().forEach(names::add);
        assertEquals(RecordType.values().length, names.size());
        assertEquals("meeting", names.get(0));
        assertEquals("question", names.get(names.size() - 1));
    }
}
