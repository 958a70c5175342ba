package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilpapers.core.record.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts of names over an index of many segments: values are numbered across segments, so a
 * value in several segments must be counted once with its total, names a filter takes as one must be
 * counted together, and only the most common values are kept. The expected counts are the test's own
 * tallies of what it added.
 */
class PaperIndexFacetCountsTest {
    @TempDir
    Path dir;

    @Test
    void authoritiesAndPeopleCountedAcrossSegmentsMostCommonFirst() throws IOException {
        Map<String, Long> authorities = new TreeMap<>();
        Map<String, Long> councils = new TreeMap<>();
        long watson = 0;
        try (PaperIndex index = PaperIndex.open(dir)) {
            // 30 papers, one commit (so at least one segment) each; authority i is judged i + 1 times
            // in all, spread over papers, so every count differs and the top-20 cut is unambiguous.
            for (int p = 0; p < 30; p++) {
                String council = "Council " + (p % 3);
                Papers.Paper paper = paper("report-" + p + ".pdf", council, 2010 + p % 10, 1 + p % 12);
                for (int a = p; a < 30; a++) {
                    if ((a + p) % 2 == 0 || a == p) {
                        String authority = String.format("Authority %02d", a);
                        paper.judgement("Overall effectiveness", Grade.GOOD, 2010 + p % 10, authority);
                        authorities.merge(authority, 1L, Long::sum);
                        councils.merge(council, 1L, Long::sum);
                    }
                }
                // A councillor printed two ways in alternate papers: one person to a filter, so one facet value.
                String form = p % 2 == 0 ? "Cllr J Watson" : "Cllr J. Watson";
                paper.report("Report " + p, form, null);
                watson++;
                councils.merge(council, 1L, Long::sum);
                index.add(paper.build());
            }
        }
        try (PaperIndex index = PaperIndex.openReadOnly(dir)) {
            SearchResult r = index.search(Query.all().withFacets(true));
            List<FacetCount> expected = mostCommonFirst(authorities);
            assertTrue(expected.size() > 20, "more authorities than a facet keeps: " + expected.size());
            assertEquals(expected.subList(0, 20), r.facet(Facet.AUTHORITY));
            List<FacetCount> people = r.facet(Facet.PERSON);
            assertEquals(1, people.size(), "one person, however printed: " + people);
            assertEquals(watson, people.get(0).count());
            assertTrue(people.get(0).value().endsWith("Watson"), people.get(0).value());
            assertEquals(mostCommonFirst(councils), r.facet(Facet.COUNCIL));
            // A narrower query counts only its own matches.
            SearchResult some = index.search(Query.all().authority("Authority 29").withFacets(true));
            assertEquals(List.of(new FacetCount("Authority 29", authorities.get("Authority 29"))), some.facet(Facet.AUTHORITY));
        }
    }

    private static List<FacetCount> mostCommonFirst(Map<String, Long> counts) {
        List<FacetCount> list = new ArrayList<>();
        counts.forEach((v, n) -> list.add(new FacetCount(v, n)));
        list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return list;
    }
}
