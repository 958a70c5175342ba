package org.councilpapers.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.testdata.RecordMatcher;

/**
 * Runs the pipeline over papers that have hand-checked expected records and scores the result per
 * record type. Expected files live in one folder, named after the paper ({@code x.txt} → {@code x.json}),
 * holding {@code {"paper": …, "notes": …, "records": [ … ]}}.
 */
public final class Evaluation {
    /**
     * Types most sets' expected files do not annotate; extracted records of these types are not scored there. A set whose
     * files annotate every type (see {@link Form#unannotated}) scores them too.
     */
    public static final Set<RecordType> UNANNOTATED = Set.of(RecordType.RAG_TABLE);

    private final CouncilPapers papers;

    public Evaluation(CouncilPapers papers) {
        this.papers = papers;
    }

    /** A paper's result: scores per type, and the expected records no extracted one matched, and vice versa. */
    public record PaperResult(String paper, Map<String, TypeScore> scores, List<JsonNode> missed, List<JsonNode> extra) {}

    /** The whole run: each paper's result, and the totals per type in {@link RecordType} order. */
    public record Report(List<PaperResult> papers, Map<String, TypeScore> totals) {
        public TypeScore overall() {
            return totals.values().stream().reduce(new TypeScore("all", 0, 0, 0), TypeScore::plus);
        }
    }

    /**
     * The forms a sample paper comes in: its text extraction ({@code papers/x.txt}) and its renderings
     * ({@code papers/pdf/x.pdf}, {@code papers/docx/x.docx}). The same expected records hold for every form.
     */
    public enum Form {
        TEXT, PDF, DOCX,
        /**
         * The real published papers ({@code papers/real/…}), each as it was published; their expected files live in
         * {@code <expected>/real} and name the paper by its path under the papers folder ({@code real/ofsted/x.pdf}).
         */
        REAL,
        /**
         * Held-out papers ({@code papers/heldout/…}) whose expected records were written before the extractors ever ran on
         * them, so their score is out of sample; expected files live in {@code <expected>/heldout} and name the paper by its
         * path under the papers folder ({@code heldout/x.txt}).
         */
        HELDOUT,
        /**
         * A second held-out set ({@code papers/heldout2/…}), written blind after the first had been used to fix extractors and
         * so was no longer out of sample; expected files live in {@code <expected>/heldout2} and name the paper by its path
         * under the papers folder ({@code heldout2/x.txt}).
         */
        HELDOUT2,
        /**
         * A third held-out set ({@code papers/heldout3/…}), written blind once every earlier set had been exposed by fixing
         * its misses; expected files live in {@code <expected>/heldout3} and name the paper by its path under the papers
         * folder ({@code heldout3/x.txt}). Out of sample: never tune to it.
         */
        HELDOUT3,
        /**
         * A fourth held-out set ({@code papers/heldout4/…}), written blind once heldout3 too had been exposed by fixing its
         * misses; expected files live in {@code <expected>/heldout4} and name the paper by its path under the papers folder
         * ({@code heldout4/x.txt}). Out of sample: never tune to it.
         */
        HELDOUT4,
        /**
         * A fifth held-out set ({@code papers/heldout5/…}), written blind once heldout4 too had been exposed by fixing its
         * misses; expected files live in {@code <expected>/heldout5} and name the paper by its path under the papers folder
         * ({@code heldout5/x.txt}). Out of sample: never tune to it.
         */
        HELDOUT5,
        /**
         * A sixth held-out set ({@code papers/heldout6/…}), written blind in session 11 once heldout5 had been exposed; it is
         * the session's development set: measured blind first, then its misses brief the general fixes.
         */
        HELDOUT6,
        /**
         * A seventh held-out set ({@code papers/heldout7/…}), written blind in session 11 at the same time as heldout6 and
         * kept blind for longer: only its totals are read, before and after the fixes briefed from heldout6's misses, so
         * its second figure says whether those fixes reach papers nobody studied. Never read its misses.
         */
        HELDOUT7,
        /**
         * An eighth held-out set ({@code papers/heldout8/…}), written blind in session 12 once every earlier set had been
         * exposed (English, Scottish and Welsh councils' minutes, decision records, reports and questions); the session's
         * development set: measured blind first, then its misses brief the general fixes.
         */
        HELDOUT8,
        /**
         * A ninth held-out set ({@code papers/heldout9/…}), written blind in session 12 at the same time as heldout8
         * (inspections, performance and plans across eras and inspectorates) and kept blind for longer: only its totals
         * are read until the fixes briefed from other papers have landed. Never read its misses while it is blind.
         */
        HELDOUT9,
        /**
         * A real, blind development set: published papers of one Kent Cabinet meeting ({@code papers/real/kent/cabinet-2025-01-30/…})
         * whose expected records were written before the extractors ran on them; expected files live in
         * {@code <expected>/kent-cabinet} and name the paper by its path under the papers folder
         * ({@code real/kent/cabinet-2025-01-30/x.pdf}). Out of sample: never tune to it.
         */
        KENT_CABINET,
        /**
         * More real Kent papers, of its March 2025 Cabinet and full Council meetings ({@code papers/real/kent/…}), annotated
         * by hand before the extractors ran on them for records; expected files live in {@code <expected>/kent-march}. Every
         * record type is annotated, RAG tables included. Out of sample: never tune to it.
         */
        KENT_MARCH;

        /**
         * The record types this form's expected files leave out, whose extracted records are not scored. The Kent sets
         * annotate every type a paper holds, RAG tables included (they found none), so a table read as RAG-rated from colour
         * that is no status counts against them; the other sets were written before RAG tables were annotated.
         */
        public Set<RecordType> unannotated() {
            return this == KENT_CABINET || this == KENT_MARCH ? Set.of() : UNANNOTATED;
        }

        /** The form as typed on the command line and printed in reports: {@code heldout2}, {@code kent-cabinet}. */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The form a user named, in any case and with {@code -} or {@code _} between words; empty if there is none. */
        public static Optional<Form> find(String name) {
            String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            return Stream.of(values()).filter(f -> f.name().equals(key)).findFirst();
        }

        /** Where this form of the paper named in an expected file lives. */
        Path locate(Path papersDir, String paper) {
            String base = paper.replaceFirst("\\.[^.]+$", "");
            return switch (this) {
                case PDF -> papersDir.resolve("pdf").resolve(base + ".pdf");
                case DOCX -> papersDir.resolve("docx").resolve(base + ".docx");
                default -> papersDir.resolve(paper);
            };
        }

        /** The folder holding the expected files for this form: the root for the in-sample forms, else the form's name. */
        Path expected(Path expectedDir) {
            return switch (this) {
                case TEXT, PDF, DOCX -> expectedDir;
                default -> expectedDir.resolve(cliName());
            };
        }
    }

    /** Scores the text form of every paper in {@code papersDir} that has an expected file in {@code expectedDir}. */
    public Report run(Path papersDir, Path expectedDir) throws IOException {
        return run(papersDir, expectedDir, Form.TEXT);
    }

    /** Scores one form of every paper that has an expected file; a paper missing in that form is an error. */
    public Report run(Path papersDir, Path expectedDir, Form form) throws IOException {
        List<Path> expectedFiles;
        expectedDir = form.expected(expectedDir);
        try (Stream<Path> s = Files.list(expectedDir)) {
            expectedFiles = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (expectedFiles.isEmpty()) {
            throw new IOException(expectedDir + ": no expected-record files (*.json)");
        }
        List<PaperResult> results = new ArrayList<>();
        for (Path f : expectedFiles) {
            JsonNode expected = PaperJson.reader().readTree(Files.readAllBytes(f));
            String paperName = expected.path("paper").asText(null);
            if (paperName == null) {
                throw new IOException(f + ": no \"paper\" field naming the paper it describes");
            }
            Path paper = form.locate(papersDir, paperName);
            Set<String> types = new java.util.LinkedHashSet<>();
            expected.path("types").forEach(t -> types.add(t.asText()));
            results.add(score(paper.getFileName().toString(), papers.extract(paper), expected.path("records"), types, form.unannotated()));
        }
        Map<String, TypeScore> totals = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            if (form.unannotated().contains(t)) {
                continue;
            }
            TypeScore sum = new TypeScore(t.jsonName(), 0, 0, 0);
            for (PaperResult r : results) {
                sum = sum.plus(r.scores().getOrDefault(t.jsonName(), new TypeScore(t.jsonName(), 0, 0, 0)));
            }
            totals.put(t.jsonName(), sum);
        }
        return new Report(results, totals);
    }

    /** Scores one extraction against its expected records (a JSON array); greedy, in document order. */
    public static PaperResult score(String paper, Extraction x, JsonNode expectedRecords) {
        return score(paper, x, expectedRecords, Set.of());
    }

    /**
     * Scores one extraction against its expected records. When {@code types} is not empty the expected file annotates only
     * those record types (a real report annotated for its judgements and findings), and extracted records of other types
     * are not scored.
     */
    public static PaperResult score(String paper, Extraction x, JsonNode expectedRecords, Set<String> types) {
        return score(paper, x, expectedRecords, types, UNANNOTATED);
    }

    /** As {@link #score(String, Extraction, JsonNode, Set)}, leaving out extracted records of the {@code unannotated} types. */
    public static PaperResult score(String paper, Extraction x, JsonNode expectedRecords, Set<String> types, Set<RecordType> unannotated) {
        List<JsonNode> actual = new ArrayList<>();
        for (PaperRecord r : x.records()) {
            if (!unannotated.contains(r.type()) && (types.isEmpty() || types.contains(r.type().jsonName()))) {
                actual.add(PaperJson.tree(r));
            }
        }
        boolean[] used = new boolean[actual.size()];
        List<JsonNode> missed = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // type → {expected, extracted, matched}
        for (JsonNode e : expectedRecords) {
            int[] c = counts.computeIfAbsent(e.path("type").asText(), k -> new int[3]);
            c[0]++;
            boolean found = false;
            for (int i = 0; i < actual.size() && !found; i++) {
                if (!used[i] && RecordMatcher.matches(e, actual.get(i))) {
                    used[i] = true;
                    c[2]++;
                    found = true;
                }
            }
            if (!found) {
                missed.add(e);
            }
        }
        List<JsonNode> extra = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            counts.computeIfAbsent(actual.get(i).path("type").asText(), k -> new int[3])[1]++;
            if (!used[i]) {
                extra.add(actual.get(i));
            }
        }
        Map<String, TypeScore> scores = new LinkedHashMap<>();
        counts.forEach((type, c) -> scores.put(type, new TypeScore(type, c[0], c[1], c[2])));
        return new PaperResult(paper, scores, missed, extra);
    }
}
