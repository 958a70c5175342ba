package org.councilpapers.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** {@link ReaderFuzzTest} for ten minutes: {@code mvn -o -Pfuzz-long verify -pl extractors -am}. */
class ReaderLongFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void readersNameWhatTheyCannotRead(FuzzedDataProvider data) {
        boolean pdf = data.consumeBoolean();
        ReaderFuzzing.check(data.consumeRemainingAsBytes(), pdf);
    }
}
