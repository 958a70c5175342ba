package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;

class ZipCheckTest {
    private static byte[] zip() throws IOException {
        return DocxPassTest.zip(Map.of("a.xml", "<a>" + "text ".repeat(200) + "</a>", "b.xml", "<b/>"));
    }

    @Test
    void wholeZipHasNoProblem() throws IOException {
        assertTrue(ZipCheck.hasEndRecord(zip()));
        assertNull(ZipCheck.problem(Source.of(zip(), "test.zip")));
    }

    @Test
    void zipCutShortHasLostItsDirectory() throws IOException {
        byte[] whole = zip();
        byte[] cut = Arrays.copyOf(whole, whole.length - 10);
        assertFalse(ZipCheck.hasEndRecord(cut));
        assertTrue(ZipCheck.problem(Source.of(cut, "cut.zip")).contains("ends early"));
    }

    @Test
    void corruptEntryIsNamed() throws IOException {
        byte[] bad = zip();
        for (int i = 40; i < 60; i++) {
            bad[i] = (byte) 0xff; // inside the first entry's compressed data
        }
        String problem = ZipCheck.problem(Source.of(bad, "bad.zip"));
        assertNotNull(problem);
        assertTrue(problem.startsWith("zip entry "), problem);
    }
}
