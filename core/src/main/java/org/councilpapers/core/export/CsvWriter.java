package org.councilpapers.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.StatusEntry;
import org.jspecify.annotations.Nullable;

/**
 * Writes the records of one {@link RecordType} as one RFC 4180 CSV table (SCHEMA.md "Flat exports").
 *
 * <p>The columns come from the record class, so every paper gives the same header: the four
 * document columns ({@code documentId}, {@code source}, {@code council}, {@code documentDate}; see
 * {@link JsonlWriter} for the prefix a clashing name gets), then each component in declaration
 * order, nested records flattened with dots ({@code pages.from}, {@code provenance.printedPage},
 * {@code provenance.bbox.x0}). Cells: null is empty; enums and dates as in the JSON; a list of
 * scalars joined with {@code "; "}; people as {@code "name (role)"} and status history as
 * {@code "period: STATUS"} and sentence spans as {@code "start-end"}, joined the same way; anything larger (a RAG table's rows) as compact JSON.
 *
 * <p>The caller owns the writer: this class flushes it on request but never closes it. Not thread-safe.
 */
public final class CsvWriter implements Flushable {
    /** Joins list items in a cell; SCHEMA.md's separator. */
    public static final String LIST_SEPARATOR = "; ";

    /*
     * CSVFormat prints fields itself; CSVPrinter is avoided because its class file carries SpotBugs
     * annotations that are not on our class path, and javac's -Xlint:all warns about them.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Writer out;
    private final RecordType type;
    private final List<Column> columns;
    private final ObjectWriter json = PaperJson.writer();

    /**
     * Starts a table of {@code type} records on {@code out}, writing its header at once.
     *
     * @param out where to write; not closed by this class
     * @param type the record type of every row
     * @throws IOException if writing the header fails
     * @throws NullPointerException if {@code out} or {@code type} is null
     */
    public CsvWriter(Writer out, RecordType type) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        this.type = Objects.requireNonNull(type, "type");
        this.columns = recordColumns(type.javaType());
        printRow(header(type));
    }

    /**
     * The header of a {@code type} table: the document columns, then the record's.
     *
     * @param type the record type
     * @return the column names, in order
     */
    public static List<String> header(RecordType type) {
        List<String> names = new ArrayList<>(RecordColumns.documentFields(type.javaType()));
        recordColumns(type.javaType()).forEach(c -> names.add(c.name()));
        return List.copyOf(names);
    }

    /**
     * The record type this table holds.
     *
     * @return the type given to the constructor
     */
    public RecordType type() {
        return type;
    }

    /**
     * Writes the extraction's records of this table's type, skipping the others.
     *
     * @param extraction one paper's extraction
     * @return how many rows were written
     * @throws IOException if writing fails
     */
    public int write(Extraction extraction) throws IOException {
        return write(extraction.document(), extraction.records(type));
    }

    /**
     * Writes records of one document, all of this table's type.
     *
     * @param document the paper the records come from, for the document columns
     * @param records the records
     * @return how many rows were written
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a record is not of this table's type (the rows before it are written)
     */
    public int write(DocumentInfo document, List<? extends PaperRecord> records) throws IOException {
        for (PaperRecord r : records) {
            write(document, r);
        }
        return records.size();
    }

    /**
     * Writes one record as a row.
     *
     * @param document the paper the record comes from, for the document columns
     * @param record the record
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the record is not of this table's type
     */
    public void write(DocumentInfo document, PaperRecord record) throws IOException {
        if (record.type() != type) {
            throw new IllegalArgumentException("a " + type.jsonName() + " table cannot hold a " + record.type().jsonName());
        }
        List<String> row = new ArrayList<>();
        for (String v : RecordColumns.documentValues(document)) {
            row.add(v == null ? "" : v);
        }
        for (Column c : columns) {
            row.add(cell(c.valueOf(record)));
        }
        printRow(row);
    }

    /**
     * Flushes the underlying writer.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void printRow(List<String> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            FORMAT.print(row.get(i), out, i == 0);
        }
        FORMAT.println(out);
    }

    private String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            StringJoiner joined = new StringJoiner(LIST_SEPARATOR);
            for (Object item : items) {
                String s = item == null ? "" : shortForm(item);
                if (s == null) {
                    return json(value);
                }
                joined.add(s);
            }
            return joined.toString();
        }
        String s = scalar(value);
        return s != null ? s : json(value);
    }

    /** A list item's text where it fits a cell by itself, or null where only JSON will do. */
    private @Nullable String shortForm(Object item) {
        if (item instanceof Person p) {
            return p.role() == null ? p.name() : p.name() + " (" + p.role() + ")";
        }
        if (item instanceof Mentions.Span span) {
            return span.start() + "-" + span.end();
        }
        if (item instanceof StatusEntry e) {
            return e.status() == null ? e.period() + ":" : e.period() + ": " + scalar(e.status());
        }
        return scalar(item);
    }

    /** The JSON text of a string, number, boolean, enum or date; null for anything structured. */
    private @Nullable String scalar(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> || value instanceof Record || value instanceof Collection<?>) {
            return null;
        }
        JsonNode node = PaperJson.tree(value);
        return node.isValueNode() ? node.asText() : null;
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " cell as JSON", e);
        }
    }

    private static List<Column> recordColumns(Class<?> type) {
        List<Column> out = new ArrayList<>();
        addColumns(type, "", List.of(), out);
        return List.copyOf(out);
    }

    private static void addColumns(Class<?> type, String prefix, List<Method> path, List<Column> out) {
        for (RecordComponent rc : type.getRecordComponents()) {
            String name = prefix + RecordColumns.jsonName(rc);
            List<Method> p = new ArrayList<>(path);
            p.add(rc.getAccessor());
            if (rc.getType().isRecord()) {
                addColumns(rc.getType(), name + ".", p, out);
            } else {
                out.add(new Column(name, List.copyOf(p)));
            }
        }
    }

    /** A column and the accessors that lead from a record to its value. */
    private record Column(String name, List<Method> path) {
        @Nullable Object valueOf(Object record) {
            @Nullable Object v = record;
            for (Method accessor : path) {
                if (v == null) {
                    return null; // a nested record the paper did not give: all its columns are empty
                }
                try {
                    v = accessor.invoke(v);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
                }
            }
            return v;
        }
    }
}
