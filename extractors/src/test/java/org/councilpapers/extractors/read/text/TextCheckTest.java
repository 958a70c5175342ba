package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCheckTest {
    private static final String PAPER = "Agenda item 4 \u2013 Children\u2019s services: \u00a32.3m overspend\tAmber\f\r\n";

    @Test
    void textInTheEncodingsCouncilsWriteIsText() {
        assertNull(TextCheck.binary(PAPER.repeat(2000).getBytes(StandardCharsets.UTF_8)));
        assertNull(TextCheck.binary(PAPER.repeat(2000).getBytes(Charset.forName("windows-1252"))));
        byte[] utf16 = ("\uFEFF" + PAPER.repeat(50)).getBytes(StandardCharsets.UTF_16LE);
        assertNull(TextCheck.binary(utf16), "UTF-16 with its byte-order mark: half its bytes are NUL");
        assertNull(TextCheck.binary(new byte[0]));
    }

    @Test
    void randomBytesAreNotText() {
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        assertEquals("10% of its bytes are control codes", TextCheck.binary(noise));
    }

    @Test
    void aFewStrayControlBytesInLongTextAreStillText() {
        byte[] text = PAPER.repeat(500).getBytes(StandardCharsets.UTF_8);
        text[100] = 0x01;
        text[5000] = 0x00;
        assertNull(TextCheck.binary(text));
    }

    @Test
    void binaryBehindATextOpeningIsCaughtBySamplesAcrossTheFile() {
        byte[] text = PAPER.repeat(3000).getBytes(StandardCharsets.UTF_8);
        byte[] both = Arrays.copyOf(text, text.length * 2);
        Arrays.fill(both, text.length, both.length, (byte) 0);
        assertEquals("50% of its bytes are control codes", TextCheck.binary(both));
    }
}
