package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;

/**
 * The benchmark's measure of a flat layout: all eight facets in one lucene-facet field of their own,
 * people and organisations as their keys alone (one value a name, no path), as session 6 compared
 * lucene-facet with the hand-written counter. It counts what the index counts, but shows a name's
 * key, not a printed form, so only its counts are compared.
 */
final class FlatFacetCounter {
    private static final String FIELD = "$flatFacets";
    private static final Comparator<FacetCount> MOST_COMMON_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final SortedSetDocValuesReaderState state;
    private final int top;

    private FlatFacetCounter(SortedSetDocValuesReaderState state, int top) {
        this.state = state;
        this.top = top;
    }

    static FacetsConfig config() {
        FacetsConfig c = new FacetsConfig();
        for (Facet f : Facet.values()) {
            c.setIndexFieldName(dim(f), FIELD);
            c.setDrillDownTermsIndexing(dim(f), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        c.setMultiValued(dim(Facet.PERSON), true);
        c.setMultiValued(dim(Facet.ORGANISATION), true);
        return c;
    }

    private static String dim(Facet f) {
        return "flat." + f.label();
    }

    static FlatFacetCounter of(IndexReader reader, int top) throws IOException {
        return new FlatFacetCounter(new DefaultSortedSetDocValuesReaderState(reader, FIELD, config()), top);
    }

    /** The record's facets as this layout's fields, built into the document's doc values. */
    static Document withFields(FacetsConfig config, Document d, PaperRecord r, DocumentInfo info) throws IOException {
        RecordFacts f = RecordFacts.of(r, info);
        Document extra = new Document();
        extra.add(new SortedSetDocValuesFacetField(dim(Facet.TYPE), r.type().jsonName()));
        if (f.year() != null && f.year() >= 1000 && f.year() <= 9999) {
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.YEAR), f.year().toString()));
        }
        if (f.grade() != null) {
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.GRADE), f.grade().name()));
        }
        if (f.status() != null) {
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.STATUS), f.status().name()));
        }
        if (f.authority() != null && !f.authority().isEmpty()) {
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.AUTHORITY), f.authority()));
        }
        if (info.council() != null && !info.council().isEmpty()) {
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.COUNCIL), info.council()));
        }
        for (String p : f.people()) {
            String k = Names.personKey(p);
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.PERSON), k.isEmpty() ? " " : k));
        }
        for (String o : f.organisations()) {
            String k = Names.organisationKey(o);
            extra.add(new SortedSetDocValuesFacetField(dim(Facet.ORGANISATION), k.isEmpty() ? " " : k));
        }
        for (var field : config.build(extra)) {
            d.add(field);
        }
        return d;
    }

    FacetCounter.Result count(IndexSearcher s, Query q) throws IOException {
        FacetsCollector fc = s.search(q, new FacetsCollectorManager());
        long matches = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        SortedSetDocValuesFacetCounts counts = matches == 0 ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (Facet f : Facet.values()) {
            List<FacetCount> list = new ArrayList<>();
            if (counts != null && state.getOrdRange(dim(f)) != null) {
                FacetResult r = f == Facet.TYPE || f == Facet.YEAR ? counts.getAllChildren(dim(f)) : counts.getTopChildren(top, dim(f));
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        list.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            }
            list.sort(f == Facet.YEAR ? Comparator.comparing(FacetCount::value) : MOST_COMMON_FIRST);
            out.put(f, List.copyOf(list));
        }
        return new FacetCounter.Result(matches, out);
    }
}
