package org.councilpapers.extractors.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoreNlpMemoryTest {
    @Test
    void tooLittleMemorySaysWhatNlpNeedsAndHowToGiveIt() {
        assertEquals("NLP (CoreNLP) ran out of memory loading its models: it needs a heap of about 400 MB and this run "
                + "has 256 MB; give it more with JAVA_TOOL_OPTIONS=-Xmx1g (or java -Xmx1g)",
                CoreNlpEnricher.tooLittleMemory(256L << 20));
    }
}
