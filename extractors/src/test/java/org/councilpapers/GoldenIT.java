package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end regression guard: every sample paper, in every form, is extracted and compared with
 * its golden file in {@code testdata/expected/<form>/<paper>.json} (pretty-printed, keys sorted).
 * On a difference the actual output goes to {@code target/golden/} and the failure names the first
 * differing JSON path. {@code -Dgolden.update=true} rewrites the golden files: review that diff like
 * code. Golden files guard against regressions; accuracy is measured separately, against the
 * hand-checked records ({@code ./councilpapers eval}).
 */
class GoldenIT {
    private static final ObjectMapper SORTED = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static CouncilPapers papers;

    @BeforeAll
    static void build() {
        papers = CouncilPapers.builder().build();
    }

    static Stream<Path> samples() throws IOException {
        Path root = TestPapers.root().resolve("papers");
        List<Path> all = new ArrayList<>(TestPapers.textPapers());
        for (String form : List.of("pdf", "docx")) {
            try (Stream<Path> s = Files.list(root.resolve(form))) {
                s.filter(p -> p.getFileName().toString().startsWith("thurrock-")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void extractionMatchesItsGoldenFile(Path paper) throws Exception {
        Extraction x = papers.extract(paper);
        RecordAssertions.assertWellFormed(x);
        assertEquals(PaperJson.toJson(x), PaperJson.toJson(papers.extract(paper)), "extracting twice gives the same output");

        String form = paper.getParent().getFileName().toString().equals("papers") ? "text" : paper.getParent().getFileName().toString();
        String name = paper.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json";
        Path golden = TestPapers.root().resolve("expected").resolve(form).resolve(name);
        JsonNode actual = SORTED.readTree(PaperJson.toJson(x));
        String actualText = SORTED.writeValueAsString(SORTED.treeToValue(actual, Object.class)) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actualText, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run with -Dgolden.update=true and review what it writes");
        }
        JsonNode expected = SORTED.readTree(golden.toFile());
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "golden", form, name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actualText, StandardCharsets.UTF_8);
            fail(paper.getFileName() + " differs from " + golden.getFileName() + " at " + firstDifference(expected, actual, "$")
                    + "; actual output in " + out.toAbsolutePath());
        }
    }

    private static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!actual.has(f)) {
                    return path + "." + f + " (missing)";
                }
                if (!expected.get(f).equals(actual.get(f))) {
                    return firstDifference(expected.get(f), actual.get(f), path + "." + f);
                }
            }
            for (Map.Entry<String, JsonNode> e : actual.properties()) {
                if (!expected.has(e.getKey())) {
                    return path + "." + e.getKey() + " (unexpected)";
                }
            }
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                }
            }
            return path + " (length " + expected.size() + " → " + actual.size() + ")";
        }
        return path + " (" + clip(expected) + " → " + clip(actual) + ")";
    }

    private static String clip(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
