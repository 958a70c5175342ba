package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The record types of SCHEMA.md, each with its JSON name and Java type. */
public enum RecordType {
    /** A {@link Meeting}. */
    MEETING("meeting", Meeting.class),
    /** An {@link AgendaItem}. */
    AGENDA_ITEM("agendaItem", AgendaItem.class),
    /** A {@link Report} cover. */
    REPORT("report", Report.class),
    /** A {@link Recommendation}. */
    RECOMMENDATION("recommendation", Recommendation.class),
    /** A {@link Resolution}. */
    RESOLUTION("resolution", Resolution.class),
    /** A {@link Judgement}. */
    JUDGEMENT("judgement", Judgement.class),
    /** A {@link Finding}. */
    FINDING("finding", Finding.class),
    /** An {@link Action}. */
    ACTION("action", Action.class),
    /** A {@link RagTable}. */
    RAG_TABLE("ragTable", RagTable.class),
    /** A {@link WorkProgrammeEntry}. */
    WORK_PROGRAMME_ENTRY("workProgrammeEntry", WorkProgrammeEntry.class),
    /** A {@link Question}. */
    QUESTION("question", Question.class);

    private final String jsonName;
    private final Class<? extends PaperRecord> javaType;

    RecordType(String jsonName, Class<? extends PaperRecord> javaType) {
        this.jsonName = jsonName;
        this.javaType = javaType;
    }

    /**
     * The name SCHEMA.md and the JSON use.
     *
     * @return the camel-case name, e.g. {@code agendaItem}
     */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /**
     * The Java record class of this type.
     *
     * @return the class, e.g. {@code AgendaItem.class}
     */
    public Class<? extends PaperRecord> javaType() {
        return javaType;
    }

    /**
     * Accepts the JSON name ({@code agendaItem}), the enum name ({@code AGENDA_ITEM}) or either
     * without case or separators ({@code agenda-item}), so users can type what they read.
     *
     * @param name the name to look up
     * @return the type, or empty if no type has that name
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

    /**
     * The type with this name, as {@link #find(String)} reads it; Jackson reads {@code type} values with it.
     *
     * @param name the name to look up
     * @return the type
     * @throws IllegalArgumentException if no type has that name
     */
    @JsonCreator
    public static RecordType fromName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown record type '" + name + "'"));
    }
}
