package org.councilpapers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Passage;

/**
 * A small index built in code for the command tests: Thurrock papers from 2016 to 2021 following
 * return home interviews, two inspections' judgements, and an Essex paper on the same subject.
 * Record ids are {@code <source>#<n>}; each record is on page n + 1 (printed n + 1).
 */
final class IndexFixture {
    private IndexFixture() {}

    static Path build(Path dir) throws IOException {
        try (PaperIndex index = PaperIndex.open(dir)) {
            index.add(paper("committee-2016.txt", "Thurrock", PartialDate.ofMonth(2016, 3), List.of(
                    (id, p) -> new Recommendation(id, "1", "That the committee notes the low take-up of return home interviews",
                            RecommendationOrigin.REPORT, "5", "Missing children", p, Mentions.NONE))));
            index.add(paper("ilacs-2016.txt", "Thurrock", PartialDate.ofMonth(2016, 6), List.of(
                    (id, p) -> judgement(id, p, "Thurrock", 2016, "Overall effectiveness", Grade.REQUIRES_IMPROVEMENT),
                    (id, p) -> judgement(id, p, "Thurrock", 2016, "Children who need help and protection", Grade.INADEQUATE))));
            index.add(paper("plan-2017.txt", "Thurrock", PartialDate.ofMonth(2017, 4), List.of(
                    (id, p) -> new Action(id, "1.1", null, "Commission a return home interview service", "Head of Service", "Sept 2017",
                            PartialDate.ofMonth(2017, 9), RagStatus.AMBER, List.of(), null, null, null, null, null, p, Mentions.NONE),
                    (id, p) -> new Action(id, "1.2", null, "Recruit more foster carers", "Head of Service", "Dec 2017",
                            PartialDate.ofMonth(2017, 12), RagStatus.RED, List.of(), null, null, null, null, null, p, Mentions.NONE))));
            index.add(paper("ilacs-2019.txt", "Thurrock", PartialDate.ofMonth(2019, 11), List.of(
                    (id, p) -> judgement(id, p, "Thurrock Council", 2019, "Overall effectiveness", Grade.GOOD),
                    (id, p) -> judgement(id, p, "Thurrock Council", 2019, "Children who need help and protection", Grade.GOOD),
                    (id, p) -> new Finding(id, FindingKind.IMPROVEMENT, "Children who go missing are not always offered a return home interview",
                            "Thurrock", "Ofsted ILACS 2019", PartialDate.ofMonth(2019, 11), p, Mentions.NONE))));
            index.add(paper("focused-visit-2021.txt", "Thurrock", PartialDate.ofMonth(2021, 6), List.of(
                    (id, p) -> new Finding(id, FindingKind.STRENGTH, "Return home interviews are now offered to all children who go missing",
                            "Thurrock", "Ofsted focused visit 2021", PartialDate.ofMonth(2021, 6), p, Mentions.NONE))));
            index.add(paper("essex-2018.txt", "Essex", PartialDate.ofMonth(2018, 2), List.of(
                    (id, p) -> judgement(id, p, "Essex", 2018, "Overall effectiveness", Grade.OUTSTANDING),
                    (id, p) -> new Finding(id, FindingKind.STRENGTH, "Return home interviews for missing children are timely", "Essex",
                            "Ofsted ILACS 2018", PartialDate.ofMonth(2018, 2), p, Mentions.NONE))));
        }
        return dir;
    }

    /**
     * The index of {@link #build}, with the 2019 report's finding indexed a second time from
     * {@code ilacs-2019.pdf}, as if the PDF the text was taken from had been indexed too (record 1, page 2).
     */
    static Path buildWithCopy(Path dir) throws IOException {
        build(dir);
        try (PaperIndex index = PaperIndex.open(dir)) {
            index.add(paper("ilacs-2019.pdf", "Thurrock", PartialDate.ofMonth(2019, 11), List.of(
                    (id, p) -> new Finding(id, FindingKind.IMPROVEMENT, "Children who go missing are not always offered a return home interview",
                            "Thurrock", "Ofsted ILACS 2019", PartialDate.ofMonth(2019, 11), p, Mentions.NONE))));
        }
        return dir;
    }

    /**
     * A second small index with passages: a 2019 Thurrock inspection report with one finding
     * ("Children who go missing are not always offered a return home interview", page 2) and two
     * passages of its body text, one on return home interviews (page 4), one on social workers (page 5).
     */
    static Path buildWithPassages(Path dir) throws IOException {
        try (PaperIndex index = PaperIndex.open(dir)) {
            Extraction x = paper("ilacs-2019.txt", "Thurrock", PartialDate.ofMonth(2019, 11), List.of(
                    (id, p) -> new Finding(id, FindingKind.IMPROVEMENT, "Children who go missing are not always offered a return home interview",
                            "Thurrock", "Ofsted ILACS 2019", PartialDate.ofMonth(2019, 11), p, Mentions.NONE)));
            index.add(x, List.of(
                    new Passage("passage-rhi", Passage.Kind.PARAGRAPH, 4, "4", 400, 450, "Missing children",
                            "Return home interviews do not take place routinely."),
                    new Passage("passage-sw", Passage.Kind.PARAGRAPH, 5, "5", 500, 540, "Social work", "Social workers know their children well.")));
        }
        return dir;
    }

    /** Makes a record from its id and provenance. */
    interface Maker {
        PaperRecord make(String id, Provenance p);
    }

    static String id(String source, int n) {
        return source + "#" + n;
    }

    private static Extraction paper(String source, String council, PartialDate date, List<Maker> makers) {
        List<PaperRecord> records = new ArrayList<>();
        for (Maker m : makers) {
            int n = records.size() + 1;
            records.add(m.make(id(source, n), new Provenance(n + 1, Integer.toString(n + 1), n * 100, n * 100 + 80, null)));
        }
        String docId = DocumentInfo.idOf(source.getBytes(StandardCharsets.UTF_8));
        return new Extraction(new DocumentInfo(docId, source, "text/plain", DocumentKind.OTHER, null, council, date, records.size() + 1),
                records, List.of());
    }

    private static Judgement judgement(String id, Provenance p, String authority, int year, String area, Grade grade) {
        String word = switch (grade) {
            case REQUIRES_IMPROVEMENT -> "Requires improvement to be good";
            case INADEQUATE -> "Inadequate";
            case OUTSTANDING -> "Outstanding";
            default -> "Good";
        };
        return new Judgement(id, authority, "Ofsted", "ILACS", PartialDate.of(year, 1, 10), PartialDate.of(year, 1, 21), year, null, area,
                grade, word, JudgementBasis.TABLE, p, Mentions.NONE, List.of());
    }
}
