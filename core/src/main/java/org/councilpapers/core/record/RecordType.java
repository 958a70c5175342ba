package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The record types of SCHEMA.md, each with its JSON name and Java type. */
public enum RecordType {
    MEETING("meeting", Meeting.class),
    AGENDA_ITEM("agendaItem", AgendaItem.class),
    REPORT("report", Report.class),
    RECOMMENDATION("recommendation", Recommendation.class),
    RESOLUTION("resolution", Resolution.class),
    JUDGEMENT("judgement", Judgement.class),
    FINDING("finding", Finding.class),
    ACTION("action", Action.class),
    RAG_TABLE("ragTable", RagTable.class),
    WORK_PROGRAMME_ENTRY("workProgrammeEntry", WorkProgrammeEntry.class),
    QUESTION("question", Question.class);

    private final String jsonName;
    private final Class<? extends PaperRecord> javaType;

    RecordType(String jsonName, Class<? extends PaperRecord> javaType) {
        this.jsonName = jsonName;
        this.javaType = javaType;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    public Class<? extends PaperRecord> javaType() {
        return javaType;
    }

    /**
     * Accepts the JSON name ({@code agendaItem}), the enum name ({@code AGENDA_ITEM}) or either
     * without case or separators ({@code agenda-item}), so users can type what they read.
     */
    public static Optional<RecordType> find(String name) {
        String key = name.replaceAll("[-_ ]", "").toLowerCase(Locale.ROOT);
        for (RecordType t : values()) {
            if (t.jsonName.toLowerCase(Locale.ROOT).equals(key) || t.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    public static RecordType fromName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown record type '" + name + "'"));
    }
}
