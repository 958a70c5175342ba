package org.councilpapers.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Grade;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link Inspection} rows as one CSV table or as JSON lines, with the same fields in the same order: authority,
 * inspectorate, framework, inspectionStart, inspectionEnd, year, publicationDate, a column per {@link InspectionArea}
 * (the grade as in the JSON, {@code REQUIRES_IMPROVEMENT}; empty where not judged), otherAreas, basis, papers,
 * documentIds, page, printedPage, judgementIds. In CSV lists are joined with {@code "; "}; in JSON they are arrays and a
 * field not known is null. The caller owns the writer: it is flushed on request, never closed. Not thread-safe.
 */
public final class InspectionWriter implements Flushable {
    /** Which form to write. */
    public enum Form {
        /** One RFC 4180 table with a header row. */
        CSV,
        /** One JSON object a line. */
        JSONL
    }

    private final Writer out;
    private final Form form;

    /**
     * Starts writing; a CSV table's header is written at once.
     *
     * @param out where to write; not closed by this class
     * @param form CSV or JSON lines
     * @throws IOException if writing the header fails
     */
    public InspectionWriter(Writer out, Form form) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        this.form = Objects.requireNonNull(form, "form");
        if (form == Form.CSV) {
            csvRow(header());
        }
    }

    /**
     * The column names, in order.
     *
     * @return the names
     */
    public static List<String> header() {
        List<String> names = new ArrayList<>(List.of("authority", "inspectorate", "framework", "inspectionStart", "inspectionEnd", "year",
                "publicationDate"));
        for (InspectionArea a : InspectionArea.values()) {
            names.add(a.column());
        }
        names.addAll(List.of("otherAreas", "basis", "papers", "documentIds", "page", "printedPage", "judgementIds"));
        return List.copyOf(names);
    }

    /**
     * Writes one row.
     *
     * @param row the inspection
     * @throws IOException if writing fails
     */
    public void write(Inspection row) throws IOException {
        if (form == Form.CSV) {
            List<@Nullable String> cells = new ArrayList<>(Arrays.asList(row.authority(), text(row.inspectorate()), text(row.framework()),
                    text(row.inspectionStart()), text(row.inspectionEnd()), text(row.year()), text(row.publicationDate())));
            for (InspectionArea a : InspectionArea.values()) {
                cells.add(text(row.grade(a)));
            }
            cells.add(String.join(CsvWriter.LIST_SEPARATOR, row.otherAreas()));
            cells.add(row.basis());
            cells.add(String.join(CsvWriter.LIST_SEPARATOR, row.papers()));
            cells.add(String.join(CsvWriter.LIST_SEPARATOR, row.documentIds()));
            cells.add(Integer.toString(row.page()));
            cells.add(text(row.printedPage()));
            cells.add(String.join(CsvWriter.LIST_SEPARATOR, row.judgementIds()));
            csvRow(cells);
        } else {
            out.write(json(row));
            out.write('\n');
        }
    }

    /**
     * One row as compact JSON.
     *
     * @param row the inspection
     * @return the fields of {@link #header()}, lists as arrays
     */
    public static String json(Inspection row) {
        ObjectNode n = PaperJson.objectNode();
        n.put("authority", row.authority());
        n.put("inspectorate", row.inspectorate());
        n.put("framework", row.framework());
        n.put("inspectionStart", text(row.inspectionStart()));
        n.put("inspectionEnd", text(row.inspectionEnd()));
        n.put("year", row.year());
        n.put("publicationDate", text(row.publicationDate()));
        for (InspectionArea a : InspectionArea.values()) {
            n.put(a.column(), text(row.grade(a)));
        }
        array(n.putArray("otherAreas"), row.otherAreas());
        n.put("basis", row.basis());
        array(n.putArray("papers"), row.papers());
        array(n.putArray("documentIds"), row.documentIds());
        n.put("page", row.page());
        n.put("printedPage", row.printedPage());
        array(n.putArray("judgementIds"), row.judgementIds());
        try {
            return PaperJson.writer().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the inspection of " + row.authority() + " as JSON", e);
        }
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

    private static void array(ArrayNode a, List<String> items) {
        items.forEach(a::add);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Grade g) {
            return g.name();
        }
        if (value instanceof PartialDate d) {
            return d.toString();
        }
        return value.toString();
    }

    private void csvRow(List<@Nullable String> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            CSVFormat.RFC4180.print(cell == null ? "" : cell, out, i == 0);
        }
        CSVFormat.RFC4180.println(out);
    }
}
