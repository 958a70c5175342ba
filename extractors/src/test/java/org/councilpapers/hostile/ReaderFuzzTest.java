package org.councilpapers.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the PDF and text readers with Jazzer, from the seeds in
 * {@code src/test/resources/org/councilpapers/hostile/ReaderFuzzTestInputs/} (small PDFs and text written by
 * {@link FuzzSeeds}; findings Jazzer saves there stay as regression inputs). The last byte of an input picks the
 * reader. The default build's {@code fuzz} Failsafe execution fuzzes for at most 15 seconds or 4,000 inputs with
 * libFuzzer's seed fixed (the same inputs every build); {@code -Pfuzz-long} runs {@link ReaderLongFuzzTest} instead,
 * for 10 minutes from a random seed. Run without {@code JAZZER_FUZZ} (as from an IDE), it only replays the seeds and
 * findings.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "15s", maxExecutions = 4000)
    void readersNameWhatTheyCannotRead(FuzzedDataProvider data) {
        boolean pdf = data.consumeBoolean();
        ReaderFuzzing.check(data.consumeRemainingAsBytes(), pdf);
    }
}
