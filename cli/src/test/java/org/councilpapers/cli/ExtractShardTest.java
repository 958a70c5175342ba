package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.cli.option.ShardOption;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --shard K/N}: N runs over the same files share them out, each file to exactly one, the same one each time. */
class ExtractShardTest {
    private static final int FILES = 24;

    @TempDir
    Path tmp;

    @Test
    void theShardsOfAFolderSplitItsFilesWithoutOverlapAndRerunsTakeTheSameFiles() throws IOException {
        Path folder = tmp.resolve("papers");
        Set<String> all = new TreeSet<>();
        for (int i = 0; i < FILES; i++) {
            String name = String.format(Locale.ROOT, "plan-%02d.txt", i);
            write(folder.resolve(i % 2 == 0 ? name : "sub/" + name), "Finding: Return home interviews, point " + i + "\n");
            all.add(name);
        }
        Set<String> seen = new TreeSet<>();
        int total = 0;
        for (int k = 1; k <= 3; k++) {
            List<String> shard = sources(Cli.runWithLineExtractor("extract", folder.toString(), "--format", "jsonl", "--shard", k + "/3"));
            assertFalse(shard.isEmpty(), "shard " + k + " of 3 took none of " + FILES + " files");
            assertEquals(shard, sources(Cli.runWithLineExtractor("extract", folder.toString(), "--format", "jsonl", "--shard", k + "/3")),
                    "a shard run again takes the same files");
            seen.addAll(shard);
            total += shard.size();
        }
        assertEquals(all, seen, "every file is in some shard");
        assertEquals(FILES, total, "and in one only");
        assertEquals(all, new TreeSet<>(sources(Cli.runWithLineExtractor("extract", folder.toString(), "--format", "jsonl", "--shard", "1/1"))));
    }

    @Test
    void aFilesShardDependsOnItsPathAsGivenNotOnTheMachineOrSeparators() {
        for (int n = 1; n <= 16; n++) {
            int k = ShardOption.of(Path.of("papers/2019/plan.pdf"), n);
            assertTrue(k >= 1 && k <= n);
            assertEquals(k, ShardOption.of(Path.of("papers/./2019/plan.pdf"), n));
        }
        assertEquals(1, ShardOption.of(Path.of("anything.pdf"), 1));
        // Fixed by SHA-256 of the path: the same on every machine and JVM, so N machines agree without talking.
        // (Worked out apart from this code: the first 8 bytes of the digest as a signed long, floor-mod 4, plus 1.)
        assertEquals(List.of(4, 1, 1), List.of(ShardOption.of(Path.of("papers/a.pdf"), 4), ShardOption.of(Path.of("papers/b.pdf"), 4),
                ShardOption.of(Path.of("papers/c.pdf"), 4)));
    }

    @Test
    void aShardOutsideOneToNIsAUsageError() throws IOException {
        Path a = write(tmp.resolve("a.txt"), "Finding: Return home interviews\n");
        for (String bad : List.of("3/2", "0/4", "two/4", "1/0")) {
            Run r = Cli.runWithLineExtractor("extract", a.toString(), "--shard", bad);
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("--shard"), r.err());
        }
    }

    private static List<String> sources(Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        List<String> out = new ArrayList<>();
        for (String line : r.outLines()) {
            JsonNode n = PaperJson.mapper().readTree(line);
            out.add(n.has("documentSource") ? n.get("documentSource").asText() : n.get("source").asText());
        }
        return out;
    }

    private static Path write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
