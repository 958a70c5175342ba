package org.councilpapers.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;

/**
 * One paper's coverage: per record type, the evidence its text holds against the records extracted
 * ({@link #types()}, only the types with either), the stretches where evidence sits with no record of
 * its type near it ({@link #gaps()}), and every marker seen.
 *
 * @param source the paper's name, as the extraction gives it
 * @param kind   what the classifier took the paper for (a fact, shown because a wrong kind explains many gaps)
 * @param pages  the paper's page count
 * @param types   the coverage of each record type the paper has evidence or records for
 * @param gaps    the stretches where evidence sits with no record of its type near it
 * @param markers every marker the scan found, in reading order
 */
public record PaperAudit(String source, DocumentKind kind, int pages, List<TypeCoverage> types, List<Gap> gaps, List<Marker> markers) {
    /** A record within this many pages of a marker (either side) answers it: a minute's decision may sit a page after its heading. */
    public static final int NEAR_PAGES = 2;
    // A report's author or contact block, which closes a report as often as it opens it: answered by a report before it.
    private static final Pattern CONTACT_LINE = Pattern.compile("^\\W{0,3}(?:report authors?|contact officers?|authors?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("recommendations?(?:\\(s\\))?\\s*[:–-]?\\s*");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d{1,2}\\.?\\s+");

    /**
     * Refuses a missing source or kind, and copies the lists.
     *
     * @param source the paper's name
     * @param kind what the classifier took the paper for
     * @param pages the paper's page count
     * @param types the coverage of each record type with evidence or records
     * @param gaps the stretches of evidence with no record near
     * @param markers every marker the scan found
     */
    public PaperAudit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        types = List.copyOf(types);
        gaps = List.copyOf(gaps);
        markers = List.copyOf(markers);
    }

    /**
     * Whether any type has evidence and no records, or a gap: a paper to look at.
     *
     * @return true for a paper to look at
     */
    @JsonProperty("flagged")
    public boolean flagged() {
        return !gaps.isEmpty() || types.stream().anyMatch(t -> t.verdict() == Verdict.EVIDENCE_NO_RECORDS);
    }

    /**
     * Whether this type is flagged in this paper: evidence and no records of it, or a gap.
     *
     * @param type a record type
     * @return true where the type is flagged in this paper
     */
    public boolean flagged(RecordType type) {
        return gaps.stream().anyMatch(g -> g.type() == type)
                || types.stream().anyMatch(t -> t.type() == type && t.verdict() == Verdict.EVIDENCE_NO_RECORDS);
    }

    /**
     * The coverage of one type (evidence 0, records 0, ok where the paper has neither).
     *
     * @param type a record type
     * @return its coverage
     */
    public TypeCoverage coverage(RecordType type) {
        return types.stream().filter(t -> t.type() == type).findFirst().orElse(new TypeCoverage(type, 0, 0, Verdict.OK));
    }

    /**
     * Sets the markers found in {@code layout} against the records of {@code x}, which was read from it.
     * A record covers the pages from its provenance's page to the page its span ends on, and answers the
     * markers of its type within {@link #NEAR_PAGES} of them. A grade stated again away from its judgement (an
     * inspection's summary table, then each section opening "… is good") is answered by a judgement of the same
     * grade anywhere in the paper: the grade was read, once.
     *
     * @param x the extraction
     * @param layout the layout it was read from
     * @param markers the markers found in the layout
     * @return the paper's audit
     */
    public static PaperAudit of(Extraction x, LayoutDocument layout, List<Marker> markers) {
        Map<RecordType, List<int[]>> spans = new EnumMap<>(RecordType.class);
        for (PaperRecord r : x.records()) {
            Provenance p = r.provenance();
            int last = Math.max(p.page(), layout.pageAt(Math.max(p.start(), p.end() - 1)));
            spans.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(new int[] {p.page(), last});
        }
        Map<RecordType, Integer> evidence = new EnumMap<>(RecordType.class);
        Map<RecordType, Integer> explained = new EnumMap<>(RecordType.class);
        for (Marker m : markers) {
            (m.byDesign() == null ? evidence : explained).merge(m.type(), 1, Integer::sum);
        }
        List<TypeCoverage> types = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            int e = evidence.getOrDefault(t, 0);
            int d = explained.getOrDefault(t, 0);
            List<int[]> recs = spans.getOrDefault(t, List.of());
            if (e + d == 0 && recs.isEmpty()) {
                continue;
            }
            types.add(new TypeCoverage(t, e + d, recs.size(), Verdict.of(e, d, recs.size())));
            gaps.addAll(gaps(t, markers, recs, grades(x), layout));
        }
        return new PaperAudit(x.document().source(), x.document().kind(), x.document().pages(), types, gaps, markers);
    }

    // Unanswered markers of a type, gathered into stretches: a marker within NEAR_PAGES of the last one joins its stretch.
    private static List<Gap> gaps(RecordType type, List<Marker> markers, List<int[]> records, List<String> grades, LayoutDocument layout) {
        List<Gap> out = new ArrayList<>();
        Marker first = null;
        int last = 0;
        int count = 0;
        Set<String> read = new HashSet<>();
        for (Marker m : markers) {
            if (m.type() != type || m.byDesign() != null) {
                continue;
            }
            String same = same(m.snippet());
            if (answered(m.page(), records) || m.value() != null && grades.contains(m.value()) || read.contains(same)
                    || type == RecordType.REPORT && CONTACT_LINE.matcher(m.snippet()).find() && records.stream().anyMatch(r -> r[0] <= m.page())) {
                read.add(same);
                if (LABEL.matcher(LEADING_NUMBER.matcher(m.snippet()).replaceFirst("").toLowerCase(java.util.Locale.ROOT)).lookingAt()) {
                    read.add("heading");
                }
                continue;
            }
            if (first != null && m.page() - last > NEAR_PAGES) {
                out.add(new Gap(type, first.page(), last, layout.printedPage(first.page()), count, first.cue(), first.snippet()));
                first = null;
            }
            if (first == null) {
                first = m;
                count = 0;
            }
            last = m.page();
            count++;
        }
        if (first != null) {
            out.add(new Gap(type, first.page(), last, layout.printedPage(first.page()), count, first.cue(), first.snippet()));
        }
        return out;
    }

    /*
     * A line said again: a report that repeats its recommendations in its closing section ("Recommendation(s):",
     * "Cabinet is asked to:") states what its cover already stated, and the record read there answers both.
     * Numbering is left out ("9 Recommendation(s):" repeats "Recommendation(s):").
     */
    private static String same(String snippet) {
        String s = LEADING_NUMBER.matcher(snippet).replaceFirst("").toLowerCase(java.util.Locale.ROOT);
        Matcher label = LABEL.matcher(s);
        if (label.lookingAt()) {
            // A heading alone ("Recommendation(s):") repeats any earlier heading of its kind; a line after a label its text.
            s = label.end() == s.length() ? "heading" : s.substring(label.end());
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    // The grades of the paper's judgements, in the words a marker's value uses.
    private static List<String> grades(Extraction x) {
        return x.records(Judgement.class).stream().filter(j -> j.grade() != null)
                .map(j -> j.grade().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).distinct().toList();
    }

    private static boolean answered(int page, List<int[]> records) {
        for (int[] r : records) {
            if (page >= r[0] - NEAR_PAGES && page <= r[1] + NEAR_PAGES) {
                return true;
            }
        }
        return false;
    }
}
