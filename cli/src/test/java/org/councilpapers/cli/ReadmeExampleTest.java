package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example is code that works: it is cut out of README.md, compiled against the
 * library on this class path, and run on a sample paper. A change to the API that breaks the example
 * breaks this test, not a reader's first try.
 */
class ReadmeExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- embedding-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void readmeEmbeddingExampleCompilesAndRuns() throws Exception {
        String readme = Files.readString(TestPapers.root().getParent().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = EXAMPLE.matcher(readme);
        assertTrue(m.find(), "README.md has an embedding example under <!-- embedding-example -->");
        String source = m.group(1);
        assertTrue(source.lines().count() <= 30, "the example stays short: " + source.lines().count() + " lines");

        Path src = tmp.resolve("src/Embed.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        assertEquals(0, status, "the README example compiles: " + diagnostics.toString(StandardCharsets.UTF_8));

        Path indexDir = tmp.resolve("index");
        Path paper = TestPapers.path("thurrock-2019-ofsted-ilacs-report.txt");
        String out = runMain(classes, indexDir.toString(), paper.toString());

        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("Thurrock 2019 Overall effectiveness: GOOD"), out.substring(0, Math.min(out.length(), 600)));
        JsonNode json = PaperJson.readTree(out.substring(out.indexOf("\n{") + 1));
        assertEquals("children missing from home", json.get("query").asText());
        assertTrue(json.get("total").asLong() > 0, "the report speaks of children missing from home");
        assertNotNull(json.get("facets").get("type"), "facets were asked for");
        try (PaperIndex index = PaperIndex.openReadOnly(indexDir)) {
            assertEquals(1, index.documents().size(), "the example's index holds the paper it added");
        }
    }

    private static String runMain(Path classes, String... args) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("Embed").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bomListsEveryLibraryModuleAtTheProjectVersion() throws IOException {
        Path root = TestPapers.root().getParent();
        String parent = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        String bom = Files.readString(root.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
        Matcher v = Pattern.compile("<artifactId>councilpapers-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
        assertTrue(v.find());
        String version = v.group(1);
        for (String module : List.of("councilpapers-core", "councilpapers-extractors", "councilpapers-index")) {
            assertTrue(Pattern.compile("<artifactId>" + module + "</artifactId>\\s*<version>" + Pattern.quote(version) + "</version>")
                    .matcher(bom).find(), module + " " + version + " in the BOM");
        }
        assertTrue(Pattern.compile("<artifactId>councilpapers-bom</artifactId>\\s*<version>" + Pattern.quote(version) + "</version>")
                .matcher(bom).find(), "the BOM's own version is the project's");
    }
}
