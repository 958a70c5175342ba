package org.councilpapers.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.jspecify.annotations.Nullable;

/**
 * Writes records as JSON lines (SCHEMA.md "Flat exports"): one record a line, its own JSON with
 * {@code documentId}, {@code source}, {@code council} and {@code documentDate} first, so records
 * of many papers can share one file. Where a record has a field of the same name
 * ({@code finding.source}), the document's is written as {@code documentSource} instead.
 *
 * <p>The caller owns the writer: this class flushes it on request but never closes it. Not thread-safe.
 */
public final class JsonlWriter implements Flushable {
    private final Writer out;

    /**
     * A writer of JSON lines to {@code out}.
     *
     * @param out where to write; not closed by this class
     * @throws NullPointerException if {@code out} is null
     */
    public JsonlWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes every record of the extraction, in order.
     *
     * @param extraction one paper's extraction
     * @return how many lines were written
     * @throws IOException if writing fails
     */
    public int write(Extraction extraction) throws IOException {
        return write(extraction.document(), extraction.records());
    }

    /**
     * Writes the given records of one document, in order.
     *
     * @param document the paper the records come from, for the document fields
     * @param records the records, of any types
     * @return how many lines were written
     * @throws IOException if writing fails
     */
    public int write(DocumentInfo document, List<? extends PaperRecord> records) throws IOException {
        for (PaperRecord r : records) {
            write(document, r);
        }
        return records.size();
    }

    /**
     * Writes one record's line, ending in {@code \n}.
     *
     * @param document the paper the record comes from, for the document fields
     * @param record the record
     * @throws IOException if writing fails
     */
    public void write(DocumentInfo document, PaperRecord record) throws IOException {
        out.write(line(document, record));
        out.write('\n');
    }

    /**
     * One record's line, without the line break.
     *
     * @param document the paper the record comes from, for the document fields
     * @param record the record
     * @return compact JSON: the document fields, then the record's {@code type} and its own fields
     */
    public static String line(DocumentInfo document, PaperRecord record) {
        ObjectNode node = PaperJson.objectNode();
        List<String> names = RecordColumns.documentFields(record.getClass());
        List<@Nullable String> values = RecordColumns.documentValues(document);
        for (int i = 0; i < names.size(); i++) {
            node.put(names.get(i), values.get(i));
        }
        // PaperRecord's @JsonTypeInfo is inherited, so the tree starts with the record's "type".
        node.setAll((ObjectNode) PaperJson.tree(record));
        try {
            return PaperJson.writer().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.type().jsonName() + " " + record.id() + " as JSON", e);
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
}
