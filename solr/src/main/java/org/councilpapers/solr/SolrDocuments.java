package org.councilpapers.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrInputDocument;
import org.councilpapers.index.Facet;
import org.councilpapers.index.lucene.BackendSupport;

/**
 * Turns the embedded index's Lucene documents for a paper into Solr documents, field by field, so
 * the collection holds what the Lucene index holds (see the configset's schema): an indexed field
 * keeps its name; a doc value under the same name as an indexed key becomes {@code NAME_dv}; the
 * date range becomes {@code dateFrom} and {@code dateTo}. Each entry's key is
 * {@code DOCUMENT-ID!RECORD-ID} ({@code DOCUMENT-ID!document} for the paper's own entry): SolrCloud's
 * default router sends all of a paper's entries to one shard, and indexing a paper again replaces
 * each entry by its key.
 */
final class SolrDocuments {
    /** The unique key field. */
    static final String KEY = "key";
    static final String DATE_FROM = "dateFrom";
    static final String DATE_TO = "dateTo";
    /** Suffix of the doc-values twin of a field. */
    static final String DOC_VALUES = "_dv";

    private SolrDocuments() {}

    /**
     * The route prefix of a paper's entries, as {@code _route_} takes it.
     *
     * @param documentId the paper's id
     * @return the prefix, with its {@code !}
     */
    static String route(String documentId) {
        return documentId + "!";
    }

    static List<SolrInputDocument> of(List<Document> block) {
        List<SolrInputDocument> out = new ArrayList<>(block.size());
        for (Document d : block) {
            out.add(of(d));
        }
        return out;
    }

    static SolrInputDocument of(Document d) {
        SolrInputDocument s = new SolrInputDocument();
        for (IndexableField f : d) {
            String name = f.name();
            IndexableFieldType t = f.fieldType();
            if (f instanceof LongRange) {
                continue; // below
            }
            if (f instanceof IntPoint) {
                s.setField(name, f.numericValue().intValue());
                continue;
            }
            if (name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) || name.equals(BackendSupport.FACET_FORMS_FIELD)) {
                nameFacet(s, f.binaryValue().utf8ToString());
                continue;
            }
            switch (t.docValuesType()) {
                case SORTED, SORTED_SET:
                    s.addField(name + DOC_VALUES, f.binaryValue().utf8ToString());
                    continue;
                case NUMERIC:
                    s.setField(name, f.numericValue().longValue());
                    continue;
                default:
                    break;
            }
            if (t.indexOptions() != IndexOptions.NONE) {
                s.addField(name, text(f));
            } else if (t.stored()) {
                s.setField(name, f.numericValue() != null ? (Object) f.numericValue().longValue() : text(f));
            }
        }
        long[] range = BackendSupport.dateRange(d);
        if (range != null) {
            s.setField(DATE_FROM, range[0]);
            s.setField(DATE_TO, range[1]);
        }
        Object documentId = s.getFieldValue(BackendSupport.DOCUMENT_ID);
        Object id = s.getFieldValue(BackendSupport.ID);
        if (documentId == null) {
            throw new IllegalArgumentException("an entry without a document id: " + d);
        }
        s.setField(KEY, route(documentId.toString()) + (id == null ? BackendSupport.ENTRY_DOCUMENT : id));
        return s;
    }

    /*
     * The embedded index keeps its facets in lucene-facet's fields ("dimension / path"); the collection counts the
     * name facets with Solr's own faceting over NAME_dv, so each name facet's value goes there: an authority's or
     * council's from the facet field, a person's or organisation's name as printed from the forms field (the path's
     * last part; the client groups them by key as the embedded index does). The type, year, grade and status facets
     * are counted from the facet key.
     */
    private static void nameFacet(SolrInputDocument s, String dimensionAndPath) {
        String[] path = FacetsConfig.stringToPath(dimensionAndPath);
        for (Facet facet : Facet.values()) {
            String field = BackendSupport.nameFacetField(facet);
            boolean grouped = facet == Facet.PERSON || facet == Facet.ORGANISATION;
            // People and organisations: the facet field holds their keys alone and the forms field each key as an
            // ancestor path too; only the whole key/form path is a value, or every name would count two or three times.
            String dimension = grouped ? BackendSupport.facetFormsDimension(facet) : facet.label();
            int depth = grouped ? 3 : 2;
            if (field != null && path.length == depth && path[0].equals(dimension)) {
                s.addField(field + DOC_VALUES, path[path.length - 1]);
            }
        }
    }

    private static String text(IndexableField f) {
        String v = f.stringValue();
        if (v != null) {
            return v;
        }
        BytesRef b = f.binaryValue();
        if (b == null) {
            throw new IllegalArgumentException("field " + f.name() + " has no text");
        }
        return b.utf8ToString();
    }
}
