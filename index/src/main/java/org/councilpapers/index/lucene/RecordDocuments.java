package org.councilpapers.index.lucene;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.Passage;
import org.jspecify.annotations.Nullable;

/**
 * Turns a paper's extraction into its block of Lucene documents (see {@link Fields}): one per
 * record in reading order, then one per passage, then the paper's own entry last. Indexed with
 * {@code IndexWriter.updateDocuments}, the block replaces the paper's earlier block atomically.
 *
 * <p>A passage inside the span of a record that holds its words (any record but a meeting, a
 * report cover or a whole RAG table, whose spans hold much more than their words) is left out: the
 * typed record already finds those words, and says more about them; keeping both would show each
 * such paragraph or row twice in a trace.
 */
final class RecordDocuments {
    private static final ObjectWriter RECORD_WRITER = PaperJson.mapper()
            .registerModule(new SimpleModule().addSerializer(PartialDate.class, new PartialDateSerializer()))
            .writerFor(PaperRecord.class);
    private static final ObjectReader RECORD_READER = PaperJson.reader().forType(PaperRecord.class);
    private static final ObjectWriter DOCUMENT_WRITER = PaperJson.writer().forType(DocumentInfo.class);
    private static final ObjectReader DOCUMENT_READER = PaperJson.reader().forType(DocumentInfo.class);
    private static final ObjectWriter PASSAGE_WRITER = PaperJson.writer().forType(Passage.class);
    private static final ObjectReader PASSAGE_READER = PaperJson.reader().forType(Passage.class);
    /** Records whose span is much wider than their words: they do not stand for the passages inside them. */
    private static final Set<RecordType> CONTAINERS = EnumSet.of(RecordType.MEETING, RecordType.REPORT, RecordType.RAG_TABLE);

    /** Values longer than this are cut in doc values, whose terms Lucene limits to 32766 bytes. */
    private static final int MAX_DOC_VALUE_CHARS = 2000;

    private RecordDocuments() {}

    /** The paper's block without passages. */
    static List<Document> of(Extraction x, @Nullable String location) {
        return of(x, List.of(), location, null);
    }

    /** The paper's block: its records in reading order, the passages no record covers, then its own entry. */
    static List<Document> of(Extraction x, List<Passage> passages, @Nullable String location, @Nullable Boolean nlp) {
        DocumentInfo info = x.document();
        BytesRef documentId = new BytesRef(info.id());
        BytesRef source = new BytesRef(clip(info.source()));
        String councilKey = info.council() == null ? null : clip(Names.placeKey(info.council()));
        BytesRef council = info.council() == null ? null : new BytesRef(clip(info.council()));
        FacetsConfig facets = FacetFields.config();
        List<Document> docs = new ArrayList<>(x.records().size() + 1);
        int ordinal = 0;
        for (PaperRecord r : x.records()) {
            docs.add(FacetFields.build(facets, record(r, info, ordinal++, documentId, source, councilKey, council)));
        }
        List<Passage> kept = uncovered(x.records(), passages);
        for (Passage p : kept) {
            docs.add(FacetFields.build(facets, passage(p, info, ordinal++, documentId, source, councilKey, council)));
        }
        Document paper = new Document();
        paper.add(new StringField(Fields.ENTRY, Fields.ENTRY_DOCUMENT, Field.Store.NO));
        paper.add(new StringField(Fields.DOCUMENT_ID, documentId, Field.Store.NO));
        paper.add(new SortedDocValuesField(Fields.DOCUMENT_ID, documentId));
        paper.add(new SortedDocValuesField(Fields.SOURCE, source));
        paper.add(new StoredField(Fields.DOCUMENT_JSON, json(DOCUMENT_WRITER, info)));
        if (location != null) {
            paper.add(new StringField(Fields.LOCATION, location, Field.Store.YES));
        }
        paper.add(new StoredField(Fields.RECORD_COUNT, x.records().size()));
        paper.add(new NumericDocValuesField(Fields.RECORD_COUNT, x.records().size()));
        paper.add(new StoredField(Fields.WARNING_COUNT, x.warnings().size()));
        paper.add(new NumericDocValuesField(Fields.WARNING_COUNT, x.warnings().size()));
        paper.add(new StoredField(Fields.PASSAGE_COUNT, kept.size()));
        if (nlp != null) {
            paper.add(new StoredField(Fields.NLP, nlp.toString()));
        }
        docs.add(paper);
        return docs;
    }

    private static Document record(PaperRecord r, DocumentInfo info, int ordinal, BytesRef documentId, BytesRef source,
            @Nullable String councilKey, @Nullable BytesRef council) {
        RecordFacts f = RecordFacts.of(r, info);
        Document d = new Document();
        d.add(new StringField(Fields.DOCUMENT_ID, documentId, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.DOCUMENT_ID, documentId));
        d.add(new SortedDocValuesField(Fields.SOURCE, source));
        d.add(new StringField(Fields.ID, r.id(), Field.Store.NO));
        d.add(new StoredField(Fields.RECORD_JSON, json(RECORD_WRITER, r)));
        d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        d.add(new TextField(Fields.TEXT, f.text(), Field.Store.NO));

        String type = r.type().jsonName();
        d.add(new StringField(Fields.TYPE, type.toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.FACET_KEY, FacetKey.of(r.type(), f.year(), f.grade(), f.status())));
        FacetFields.add(d, Facet.TYPE, type);
        // The years the packed key can hold, so the year facet and the timeline agree.
        FacetFields.add(d, Facet.YEAR, f.year() == null || f.year() < 1000 || f.year() > 9999 ? null : f.year().toString());
        FacetFields.add(d, Facet.GRADE, f.grade() == null ? null : f.grade().name());
        FacetFields.add(d, Facet.STATUS, f.status() == null ? null : f.status().name());
        if (councilKey != null && council != null) {
            d.add(new StringField(Fields.COUNCIL, councilKey, Field.Store.NO));
            FacetFields.add(d, Facet.COUNCIL, council.utf8ToString());
        }
        if (f.committee() != null) {
            d.add(new StringField(Fields.COMMITTEE, clip(Names.key(f.committee())), Field.Store.NO));
        }
        if (f.authority() != null) {
            d.add(new StringField(Fields.AUTHORITY, clip(Names.placeKey(f.authority())), Field.Store.NO));
            FacetFields.add(d, Facet.AUTHORITY, clip(f.authority()));
        }
        if (f.framework() != null) {
            d.add(new StringField(Fields.FRAMEWORK, clip(Names.key(f.framework())), Field.Store.NO));
        }
        if (f.grade() != null) {
            d.add(new StringField(Fields.GRADE, RecordFacts.enumKey(f.grade().name()), Field.Store.NO));
        }
        if (f.status() != null) {
            d.add(new StringField(Fields.STATUS, RecordFacts.enumKey(f.status().name()), Field.Store.NO));
        }
        if (f.kind() != null) {
            d.add(new StringField(Fields.KIND, RecordFacts.enumKey(f.kind().name()), Field.Store.NO));
        }
        if (f.area() != null) {
            d.add(new SortedDocValuesField(Fields.AREA, new BytesRef(clip(f.area()))));
        }
        for (String person : f.people()) {
            d.add(new StringField(Fields.PERSON, clip(Names.personKey(person)), Field.Store.NO));
            FacetFields.addGrouped(d, Facet.PERSON, clip(person), Names::personKey);
        }
        for (String organisation : f.organisations()) {
            d.add(new StringField(Fields.ORGANISATION, clip(Names.organisationKey(organisation)), Field.Store.NO));
            FacetFields.addGrouped(d, Facet.ORGANISATION, clip(organisation), Names::organisationKey);
        }
        if (f.year() != null) {
            d.add(new IntPoint(Fields.YEAR, f.year()));
        }
        if (f.date() != null) {
            long[] period = RecordFacts.period(f.date());
            d.add(new LongRange(Fields.DATE_RANGE, new long[] {period[0]}, new long[] {period[1]}));
            d.add(new NumericDocValuesField(Fields.DATE, RecordFacts.dateKey(f.date())));
        }
        return d;
    }

    /** The passages no record's span and words cover, in the order given. */
    static List<Passage> uncovered(List<PaperRecord> records, List<Passage> passages) {
        if (passages.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        for (PaperRecord r : records) {
            if (!CONTAINERS.contains(r.type())) {
                spans.add(new int[] {r.provenance().start(), r.provenance().end()});
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]));
        // Running maximum of span ends, so one binary search tells whether any span starting at or before a passage reaches past its end.
        int[] starts = new int[spans.size()];
        int[] reach = new int[spans.size()];
        int max = -1;
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            max = Math.max(max, spans.get(i)[1]);
            reach[i] = max;
        }
        List<Passage> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            int i = lastAtOrBefore(starts, p.start());
            if (i < 0 || reach[i] < p.end()) {
                out.add(p);
            }
        }
        return out;
    }

    private static int lastAtOrBefore(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static Document passage(Passage p, DocumentInfo info, int ordinal, BytesRef documentId, BytesRef source,
            @Nullable String councilKey, @Nullable BytesRef council) {
        Document d = new Document();
        d.add(new StringField(Fields.ENTRY, Fields.ENTRY_PASSAGE, Field.Store.NO));
        d.add(new StringField(Fields.DOCUMENT_ID, documentId, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.DOCUMENT_ID, documentId));
        d.add(new SortedDocValuesField(Fields.SOURCE, source));
        d.add(new StringField(Fields.ID, p.id(), Field.Store.NO));
        d.add(new StoredField(Fields.PASSAGE_JSON, json(PASSAGE_WRITER, p)));
        d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        d.add(new TextField(Fields.TEXT, p.text(), Field.Store.NO));
        if (councilKey != null && council != null) {
            d.add(new StringField(Fields.COUNCIL, councilKey, Field.Store.NO));
            FacetFields.add(d, Facet.COUNCIL, council.utf8ToString());
        }
        PartialDate date = info.date();
        d.add(new NumericDocValuesField(Fields.PASSAGE_YEAR, date == null ? 0 : date.year()));
        if (date != null) {
            d.add(new IntPoint(Fields.YEAR, date.year()));
            long[] period = RecordFacts.period(date);
            d.add(new LongRange(Fields.DATE_RANGE, new long[] {period[0]}, new long[] {period[1]}));
            d.add(new NumericDocValuesField(Fields.DATE, RecordFacts.dateKey(date)));
        }
        return d;
    }

    /** Reads a passage back from its stored JSON. */
    static Passage passage(BytesRef json) throws IOException {
        return PASSAGE_READER.readValue(json.bytes, json.offset, json.length);
    }

    /** Reads a record back from its stored JSON. */
    static PaperRecord record(BytesRef json) throws IOException {
        return RECORD_READER.readValue(json.bytes, json.offset, json.length);
    }

    /** Reads a paper's facts back from its stored JSON. */
    static DocumentInfo document(BytesRef json) throws IOException {
        return DOCUMENT_READER.readValue(json.bytes, json.offset, json.length);
    }

    private static byte[] json(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Our own types always serialise; failing here is a bug, not bad input.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String clip(String s) {
        return s.length() <= MAX_DOC_VALUE_CHARS ? s : s.substring(0, MAX_DOC_VALUE_CHARS);
    }

    /**
     * Writes a date as {@link PartialDate#toString()} does, without its {@code String.format}: that
     * was a twentieth of the indexing thread's time, on records that carry a few dates each.
     */
    static final class PartialDateSerializer extends StdSerializer<PartialDate> {
        private static final long serialVersionUID = 1L;

        PartialDateSerializer() {
            super(PartialDate.class);
        }

        @Override
        public void serialize(PartialDate d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text(d));
        }

        static String text(PartialDate d) {
            if (d.year() < 0 || d.year() > 9999 || d.month() != null && (d.month() < 0 || d.month() > 99)
                    || d.day() != null && (d.day() < 0 || d.day() > 99)) {
                return d.toString();
            }
            char[] c = new char[d.day() != null ? 10 : d.month() != null ? 7 : 4];
            digits(c, 0, d.year(), 4);
            if (d.month() != null) {
                c[4] = '-';
                digits(c, 5, d.month(), 2);
            }
            if (d.day() != null) {
                c[7] = '-';
                digits(c, 8, d.day(), 2);
            }
            return new String(c);
        }

        private static void digits(char[] c, int at, int value, int width) {
            int v = value;
            for (int i = at + width - 1; i >= at; i--) {
                c[i] = (char) ('0' + v % 10);
                v /= 10;
            }
        }
    }
}
