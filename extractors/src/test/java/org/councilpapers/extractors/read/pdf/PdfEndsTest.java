package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfEndsTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfEndingWithItsMarkerIsWhole() {
        assertFalse(PdfEnds.endsEarly(bytes("%PDF-1.7\n...\nstartxref\n1234\n%%EOF\n")));
        assertFalse(PdfEnds.endsEarly(bytes("%PDF-1.7\n...\n%%EOF\r\n" + " ".repeat(2000))), "padding after the marker");
    }

    @Test
    void aPdfWithoutItsMarkerNearTheEndEndsEarly() {
        assertTrue(PdfEnds.endsEarly(bytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")));
        assertTrue(PdfEnds.endsEarly(bytes("%PDF-1.7\n%%EOF\n" + "x".repeat(5000))), "an earlier revision's marker, far back");
        assertTrue(PdfEnds.endsEarly(new byte[0]));
    }
}
