package org.councilpapers.core.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.jspecify.annotations.Nullable;

/**
 * Gathers judgements into one {@link Inspection} each: the shape of Ofsted's own published data, where a row is an
 * inspection and each judged area a column, instead of a row per judgement that every analyst pivots by hand.
 *
 * <p>How judgements are put together, so a user can check a row:
 * <ol>
 * <li>Judgements are of one inspection when they name the same authority (compared without "Council", "City of",
 *     "Borough" and the like, so "Thurrock" and "Thurrock Council" agree), the same framework, and the same fieldwork
 *     dates, or, where a paper gives no dates, the same year.
 * <li>A paper that gives no dates (a committee report quoting "the 2019 ILACS inspection") joins the dated inspection
 *     of the same authority, framework and year when there is exactly one.
 * <li>Copies of the same inspection in several papers (the report, and the committee report that quotes it) are one
 *     row, naming every paper. Two different grades for the same area cannot be one inspection's, so they make two
 *     rows: a report that recalls "safeguarding was judged inadequate, looked after children adequate" in one year
 *     gives two.
 * </ol>
 *
 * <p>Rows come in the order their first judgement was added. Not thread-safe.
 */
public final class Inspections {
    /** Words an authority's name may carry or drop between papers. */
    private static final Set<String> NAME_NOISE = Set.of("council", "city", "of", "borough", "county", "metropolitan", "district",
            "royal", "london", "the", "and");

    private final Map<String, List<Draft>> byKey = new LinkedHashMap<>();
    private final List<Draft> order = new ArrayList<>();
    private final Map<String, PartialDate> printedDates = new LinkedHashMap<>(); // document id -> its printed publication date

    /** An empty gathering. */
    public Inspections() {
        // nothing gathered yet
    }

    /**
     * Adds one judgement of a paper.
     *
     * @param document the paper it comes from
     * @param judgement the judgement
     */
    public void add(DocumentInfo document, Judgement judgement) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(judgement, "judgement");
        String authority = judgement.authority() != null ? judgement.authority() : document.council();
        if (authority == null) {
            authority = "";
        }
        String key = key(authority, judgement);
        List<Draft> drafts = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Draft d : drafts) {
            if (d.accepts(judgement)) {
                d.add(document, judgement);
                return;
            }
        }
        Draft d = new Draft(authority, judgement);
        d.add(document, judgement);
        drafts.add(d);
        order.add(d);
    }

    /**
     * Records the publication date an inspectorate's own report or letter prints ("Report published: 8 August 2014"),
     * as its findings carry it. A paper dated by its fieldwork (an inspection report's date is its last day on site)
     * does not say when it was published, so without this the rows of such papers have no publication date. Dates
     * given for other kinds of paper are ignored: a committee report's date is its meeting's, not the inspection's
     * publication. The first date given for a paper is kept.
     *
     * @param document the paper
     * @param published the publication date it prints
     */
    public void printedPublicationDate(DocumentInfo document, PartialDate published) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(published, "published");
        if (document.kind() == DocumentKind.INSPECTION_REPORT || document.kind() == DocumentKind.INSPECTION_LETTER) {
            printedDates.putIfAbsent(document.id(), published);
        }
    }

    /**
     * Adds every judgement of a paper.
     *
     * @param document the paper
     * @param judgements its judgements, in reading order
     */
    public void addAll(DocumentInfo document, List<Judgement> judgements) {
        judgements.forEach(j -> add(document, j));
    }

    /**
     * The inspections, undated copies merged into their dated inspection where one matches.
     *
     * @return one row per inspection
     */
    public List<Inspection> rows() {
        // Merging works on copies, so asking twice gives the same rows and later adds still work.
        List<Draft> copies = order.stream().map(Draft::new).toList();
        copies.forEach(d -> d.takePrintedDate(printedDates));
        List<Draft> kept = new ArrayList<>();
        List<Draft> undated = new ArrayList<>();
        for (Draft d : copies) {
            (d.start == null && d.end == null ? undated : kept).add(d);
        }
        List<Draft> unmatched = new ArrayList<>();
        for (Draft u : undated) {
            List<Draft> same = kept.stream().filter(d -> d.sameInspectionAs(u)).toList();
            if (same.size() == 1 && same.get(0).compatible(u)) {
                same.get(0).merge(u);
            } else {
                unmatched.add(u);
            }
        }
        List<Inspection> rows = new ArrayList<>();
        for (Draft d : copies) {
            if (kept.contains(d) || unmatched.contains(d)) {
                rows.add(d.row());
            }
        }
        return List.copyOf(rows);
    }

    /** The authority's name without the words papers add or drop, lower case: "thurrock" for "Thurrock Council". */
    static String authorityKey(String authority) {
        StringBuilder key = new StringBuilder();
        for (String word : authority.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!word.isEmpty() && !NAME_NOISE.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    private static String key(String authority, Judgement j) {
        String when = j.inspectionStart() != null || j.inspectionEnd() != null
                ? j.inspectionStart() + ".." + j.inspectionEnd()
                : "year " + j.year();
        return authorityKey(authority) + "|" + j.framework() + "|" + when;
    }

    /** An inspection being gathered. */
    private static final class Draft {
        private final String authority;
        private final String authorityKey;
        private @Nullable String inspectorate;
        private final @Nullable String framework;
        private final @Nullable PartialDate start;
        private final @Nullable PartialDate end;
        private final @Nullable Integer year;
        private @Nullable PartialDate published;
        private final Map<InspectionArea, Grade> grades = new EnumMap<>(InspectionArea.class);
        private final Map<String, Grade> others = new LinkedHashMap<>();
        private final Set<String> bases = new LinkedHashSet<>();
        private final Map<String, String> papers = new LinkedHashMap<>(); // document id -> file name
        private final List<String> judgementIds = new ArrayList<>();
        private final int page;
        private final @Nullable String printedPage;

        Draft(String authority, Judgement first) {
            this.authority = authority;
            this.authorityKey = authorityKey(authority);
            this.framework = first.framework();
            this.start = first.inspectionStart();
            this.end = first.inspectionEnd();
            this.year = first.year() != null ? first.year()
                    : first.inspectionEnd() != null ? Integer.valueOf(first.inspectionEnd().year()) : null;
            this.page = first.provenance().page();
            this.printedPage = first.provenance().printedPage();
        }

        Draft(Draft o) {
            this.authority = o.authority;
            this.authorityKey = o.authorityKey;
            this.inspectorate = o.inspectorate;
            this.framework = o.framework;
            this.start = o.start;
            this.end = o.end;
            this.year = o.year;
            this.published = o.published;
            this.grades.putAll(o.grades);
            this.others.putAll(o.others);
            this.bases.addAll(o.bases);
            this.papers.putAll(o.papers);
            this.judgementIds.addAll(o.judgementIds);
            this.page = o.page;
            this.printedPage = o.printedPage;
        }

        /** Whether the judgement can join: its area is not yet graded here, or graded the same. */
        boolean accepts(Judgement j) {
            InspectionArea area = InspectionArea.of(j.area());
            Grade had = area != null ? grades.get(area) : others.get(j.area());
            return had == null || had == j.grade();
        }

        void add(DocumentInfo document, Judgement j) {
            InspectionArea area = InspectionArea.of(j.area());
            if (area != null) {
                grades.putIfAbsent(area, j.grade());
            } else {
                others.putIfAbsent(j.area(), j.grade());
            }
            if (inspectorate == null) {
                inspectorate = j.inspectorate();
            }
            bases.add(j.basis().name().toLowerCase(Locale.ROOT));
            papers.putIfAbsent(document.id(), document.source());
            judgementIds.add(j.id());
            // The inspectorate's own report is published after its fieldwork; its date then is the publication date.
            if (published == null && document.date() != null && end != null
                    && (document.kind() == DocumentKind.INSPECTION_REPORT || document.kind() == DocumentKind.INSPECTION_LETTER)
                    && document.date().compareTo(end) > 0) {
                published = document.date();
            }
        }

        boolean sameInspectionAs(Draft undated) {
            return authorityKey.equals(undated.authorityKey) && Objects.equals(framework, undated.framework) && year != null
                    && year.equals(undated.year);
        }

        boolean compatible(Draft other) {
            for (Map.Entry<InspectionArea, Grade> e : other.grades.entrySet()) {
                Grade had = grades.get(e.getKey());
                if (had != null && had != e.getValue()) {
                    return false;
                }
            }
            for (Map.Entry<String, Grade> e : other.others.entrySet()) {
                Grade had = others.get(e.getKey());
                if (had != null && had != e.getValue()) {
                    return false;
                }
            }
            return true;
        }

        // Only the paper's own inspection, known by its fieldwork dates, was published on the date it prints: an earlier
        // inspection the report recalls ("the previous inspection in 2012") was not. And publication follows the fieldwork.
        void takePrintedDate(Map<String, PartialDate> printed) {
            for (String paper : papers.keySet()) {
                PartialDate d = printed.get(paper);
                if (published == null && d != null && end != null && d.compareTo(end) >= 0) {
                    published = d;
                }
            }
        }

        void merge(Draft other) {
            other.grades.forEach(grades::putIfAbsent);
            other.others.forEach(others::putIfAbsent);
            if (inspectorate == null) {
                inspectorate = other.inspectorate;
            }
            bases.addAll(other.bases);
            other.papers.forEach(papers::putIfAbsent);
            judgementIds.addAll(other.judgementIds);
        }

        Inspection row() {
            List<String> other = new ArrayList<>();
            others.forEach((area, grade) -> other.add(area + ": " + grade.name()));
            // "table" before "text": the table is the inspectorate's own statement, the sentence a paper's retelling.
            List<String> basis = bases.stream().sorted().toList();
            return new Inspection(authority, inspectorate, framework, start, end, year, published, grades, other,
                    String.join(CsvWriter.LIST_SEPARATOR, basis), List.copyOf(papers.values()), List.copyOf(papers.keySet()), page,
                    printedPage, judgementIds);
        }
    }
}
