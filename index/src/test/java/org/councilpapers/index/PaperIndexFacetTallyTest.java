package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's facet counts against the test's own count over the same records. Generated papers
 * (fixed seed, one commit each, so many segments) hold findings and judgements whose people and
 * organisations are printed in several ways, the way papers print one councillor or one body
 * differently ("Jo Watson", "JO WATSON", "jo watson"; "Dr Ruth Obi", "Ruth OBI"; "The Department for Education",
 * "Department for Education"); the test keeps what it added and, for each query, counts it itself:
 * every facet's counts, and for people and organisations the key's total under its form counted most
 * among the matches (the first in order on equal counts). Both backends run it (the SolrCloud suite
 * overrides {@link #newIndex}).
 */
class PaperIndexFacetTallyTest {
    /** A key's printed forms, as papers print them: the test's tally groups them as a filter does. */
    private static final List<List<String>> PEOPLE = List.of(
            List.of("Jo Watson", "JO WATSON", "jo watson"),
            List.of("Priya Mensah", "Priya  Mensah", "PRIYA MENSAH"),
            List.of("Alan O'Neil", "Alan ONeil"),
            List.of("Sam Kerr"),
            List.of("Dr Ruth Obi", "Ruth Obi", "Ruth OBI"));
    private static final List<List<String>> ORGANISATIONS = List.of(
            List.of("The Department for Education", "Department for Education", "DEPARTMENT FOR EDUCATION"),
            List.of("Ofsted"),
            List.of("NHS Kent & Medway", "NHS Kent and Medway"));
    private static final List<String> WORDS = List.of("budget", "transport", "library", "parking", "allotment");
    private static final List<String> COUNCILS = List.of("Marshby Council", "Upper Fenwick Borough Council", "Holm Vale District Council");
    private static final List<String> AUTHORITIES = List.of("Marshby", "Fenwick", "Holm Vale", "Crossway");

    @TempDir
    Path dir;

    /** The index under test: a folder here; the SolrCloud suite gives a collection. */
    PaperIndex newIndex() throws IOException {
        return PaperIndex.open(dir);
    }

    /** What the test added of one record. */
    private record Added(RecordType type, int year, String council, String authority, Grade grade, String word,
            List<String> people, List<String> organisations) {}

    @Test
    void everyFacetAgreesWithTheTestsOwnCount() throws IOException {
        List<Added> added = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(18);
        try (PaperIndex index = newIndex()) {
            for (int p = 0; p < 24; p++) {
                String council = COUNCILS.get(r.nextInt(COUNCILS.size()));
                int year = 2015 + r.nextInt(6);
                Papers.Paper paper = paper("paper-" + p + ".pdf", council, year, 1 + r.nextInt(12));
                for (int i = 0, n = 2 + r.nextInt(6); i < n; i++) {
                    String authority = AUTHORITIES.get(r.nextInt(AUTHORITIES.size()));
                    String word = WORDS.get(r.nextInt(WORDS.size()));
                    if (r.nextInt(4) == 0) {
                        Grade grade = Grade.values()[r.nextInt(Grade.values().length)];
                        paper.judgement("Leadership of " + word, grade, year, authority);
                        added.add(new Added(RecordType.JUDGEMENT, year, council, authority, grade, word, List.of(), List.of()));
                    } else {
                        List<String> people = pick(r, PEOPLE);
                        List<String> organisations = pick(r, ORGANISATIONS);
                        paper.finding("The " + word + " review was late.", authority, null).mentioning(people, organisations);
                        added.add(new Added(RecordType.FINDING, year, council, authority, null, word, people, organisations));
                    }
                }
                index.add(paper.build());
            }
            assertAgrees(index, Query.all(), added, a -> true);
            for (String word : WORDS) {
                assertAgrees(index, Query.text(word), added, a -> a.word().equals(word));
            }
            assertAgrees(index, Query.all().type(RecordType.FINDING), added, a -> a.type() == RecordType.FINDING);
            assertAgrees(index, Query.all().person("Cllr Jo Watson"), added, a -> a.people().stream().anyMatch(n -> key(n).equals("jo watson")));
            assertAgrees(index, Query.all().organisation("department for education"), added,
                    a -> a.organisations().stream().anyMatch(n -> organisationKey(n).equals("department for education")));
            assertAgrees(index, Query.text("budget").council("Marshby"), added, a -> a.word().equals("budget") && a.council().startsWith("Marshby"));
        }
    }

    /** Some of the keys, each printed one of its ways. */
    private static List<String> pick(SplittableRandom r, List<List<String>> keys) {
        List<String> out = new ArrayList<>();
        for (List<String> forms : keys) {
            if (r.nextInt(3) == 0) {
                out.add(forms.get(r.nextInt(forms.size())));
            }
        }
        return out;
    }

    private static void assertAgrees(PaperIndex index, Query q, List<Added> added, Predicate<Added> matches) throws IOException {
        List<Added> matching = added.stream().filter(matches).toList();
        assertTrue(!matching.isEmpty(), "the query should match something: " + q);
        SearchResult result = index.search(q.withFacets(true));
        assertEquals(matching.size(), result.total(), "matches of " + q);
        Map<Facet, List<FacetCount>> expected = tally(matching);
        for (Facet f : Facet.values()) {
            assertEquals(expected.get(f), result.facet(f), f + " of " + q);
        }
    }

    /** The facets as the index documents them, counted from what the test added. */
    private static Map<Facet, List<FacetCount>> tally(List<Added> records) {
        Map<Facet, Map<String, Long>> plain = new EnumMap<>(Facet.class);
        for (Facet f : List.of(Facet.TYPE, Facet.YEAR, Facet.GRADE, Facet.AUTHORITY, Facet.COUNCIL)) {
            plain.put(f, new TreeMap<>());
        }
        Map<String, Map<String, Long>> peopleForms = new TreeMap<>();
        Map<String, Map<String, Long>> organisationForms = new TreeMap<>();
        for (Added a : records) {
            plain.get(Facet.TYPE).merge(a.type().jsonName(), 1L, Long::sum);
            plain.get(Facet.YEAR).merge(Integer.toString(a.year()), 1L, Long::sum);
            if (a.grade() != null) {
                plain.get(Facet.GRADE).merge(a.grade().name(), 1L, Long::sum);
            }
            plain.get(Facet.AUTHORITY).merge(a.authority(), 1L, Long::sum);
            plain.get(Facet.COUNCIL).merge(a.council(), 1L, Long::sum);
            for (String n : a.people()) {
                peopleForms.computeIfAbsent(key(n), k -> new TreeMap<>()).merge(shownPerson(n), 1L, Long::sum);
            }
            for (String n : a.organisations()) {
                organisationForms.computeIfAbsent(organisationKey(n), k -> new TreeMap<>()).merge(n.replaceAll("\\s+", " "), 1L, Long::sum);
            }
        }
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        plain.forEach((f, counts) -> {
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((v, n) -> list.add(new FacetCount(v, n)));
            if (f != Facet.YEAR) {
                list.sort(MOST_COMMON_FIRST);
            }
            out.put(f, list);
        });
        out.put(Facet.STATUS, List.of());
        out.put(Facet.PERSON, grouped(peopleForms));
        out.put(Facet.ORGANISATION, grouped(organisationForms));
        return out;
    }

    private static final Comparator<FacetCount> MOST_COMMON_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    /** Each key's total, shown as its form counted most (forms are in order, so the first wins a tie). */
    private static List<FacetCount> grouped(Map<String, Map<String, Long>> forms) {
        List<FacetCount> list = new ArrayList<>();
        forms.forEach((key, counts) -> {
            String shown = null;
            long most = 0;
            long total = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                total += e.getValue();
                if (e.getValue() > most) {
                    most = e.getValue();
                    shown = e.getKey();
                }
            }
            list.add(new FacetCount(shown, total));
        });
        list.sort(MOST_COMMON_FIRST);
        return list;
    }

    private static final Set<String> TITLES = Set.of("cllr", "dr");

    /** A person's name without a leading title, spacing collapsed: as the index shows it. */
    private static String shownPerson(String name) {
        List<String> words = new ArrayList<>(List.of(name.trim().split("\\s+")));
        if (words.size() > 1 && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** The key a filter takes: lower case, no apostrophes, "&" as "and", other punctuation as a space. */
    private static String key(String name) {
        String s = shownPerson(name).toLowerCase(Locale.ROOT).replace("'", "").replace("&", " and ");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String organisationKey(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("'", "").replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Lets the tally's keys be checked once against a hand-made expectation, so the test's grouping is not the index's by copy. */
    @Test
    void theTallysKeysGroupTheFormsAsAFilterDoes() {
        Map<String, String> keys = new HashMap<>();
        for (List<String> forms : PEOPLE) {
            for (String f : forms) {
                keys.put(f, key(f));
            }
        }
        assertEquals("alan oneil", keys.get("Alan O'Neil"));
        assertEquals(keys.get("Alan O'Neil"), keys.get("Alan ONeil"));
        assertEquals(keys.get("Dr Ruth Obi"), keys.get("Ruth OBI"));
        assertEquals(organisationKey("NHS Kent & Medway"), organisationKey("NHS Kent and Medway"));
        assertEquals(organisationKey("The Department for Education"), organisationKey("DEPARTMENT FOR EDUCATION"));
    }
}
