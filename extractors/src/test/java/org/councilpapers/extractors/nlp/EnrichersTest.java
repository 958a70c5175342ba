package org.councilpapers.extractors.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library without CoreNLP (GPL v3+) on the class path, as an embedder who never asks for NLP
 * has it: the test class path with the CoreNLP jars taken out, in a class loader of its own.
 */
class EnrichersTest {
    private static final String MINUTES = "Minutes of the Meeting of the Barset Scrutiny Committee held on 4 March 2022\n\n"
            + "6. Fostering Update\n\n"
            + "Councillor Reed asked why fewer carers had been approved. Tom Hale explained that two panels were cancelled.\n";

    @Test
    void extractionWithoutNlpRunsWithNoCoreNlpOnTheClassPath() throws Exception {
        try (URLClassLoader loader = withoutCoreNlp()) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(Enrichers.CORENLP_CLASS, false, loader),
                    "the class path really has no CoreNLP");
            Object papers = build(loader, false);
            Method extract = papers.getClass().getMethod("extract", InputStream.class, String.class);
            Object extraction = extract.invoke(papers, new ByteArrayInputStream(MINUTES.getBytes(StandardCharsets.UTF_8)), "m.txt");
            List<?> records = (List<?>) extraction.getClass().getMethod("records").invoke(extraction);
            // The minutes' meeting and its item come too (SCHEMA.md); the question is the record that needs the most reading.
            List<?> questions = records.stream().filter(r -> r.getClass().getSimpleName().equals("Question")).toList();
            assertEquals(1, questions.size(), "the question was extracted: " + records);
            assertTrue(questions.get(0).toString().contains("Tom Hale"));
        }
    }

    @Test
    void askingForNlpWithoutCoreNlpSaysWhatToAdd() throws Exception {
        try (URLClassLoader loader = withoutCoreNlp()) {
            InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> build(loader, true));
            assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
            String message = e.getCause().getMessage();
            assertTrue(message.contains("Stanford CoreNLP is not on the class path") && message.contains("GPL")
                    && message.contains("edu.stanford.nlp:stanford-corenlp"), message);
        }
    }

    private static Object build(ClassLoader loader, boolean nlp) throws Exception {
        Class<?> cp = Class.forName("org.councilpapers.CouncilPapers", true, loader);
        Object builder = cp.getMethod("builder").invoke(null);
        builder = builder.getClass().getMethod("nlp", boolean.class).invoke(builder, nlp);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static URLClassLoader withoutCoreNlp() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.contains("stanford-corenlp")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertTrue(urls.size() > 5, "found the test class path: " + cp);
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
