package org.councilpapers.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the fuzz tests' seed inputs: small PDFs (whole, lying about their page count, cut short) and text,
 * each followed by the byte that picks its reader (see {@link ReaderFuzzTest}). Run from the repository root:
 * {@code java -cp extractors/target/test-classes org.councilpapers.hostile.FuzzSeeds} (it needs only the JDK);
 * the seeds are committed.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of("extractors/src/test/resources/org/councilpapers/hostile");
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        pdfs.put("pdf-three-pages", HostileFiles.pages(3));
        pdfs.put("pdf-lying-count", HostileFiles.lyingPageCount(Integer.MAX_VALUE));
        byte[] five = HostileFiles.pages(5);
        pdfs.put("pdf-cut", Arrays.copyOf(five, five.length * 7 / 10));
        Map<String, byte[]> texts = new LinkedHashMap<>();
        texts.put("text-agenda", ("# Agenda\n\n1. Apologies for absence\n2. Minutes of the last meeting\n\n"
                + "| Action | Owner | RAG |\n|---|---|---|\n| Review the plan | Director | Amber |\n\nPage 2\n")
                .getBytes(StandardCharsets.UTF_8));
        for (String dir : new String[] {"ReaderFuzzTestInputs", "ReaderLongFuzzTestInputs"}) {
            Path seeds = root.resolve(dir).resolve("readersNameWhatTheyCannotRead");
            Files.createDirectories(seeds);
            for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
                Files.write(seeds.resolve(e.getKey()), picked(e.getValue(), true));
            }
            for (Map.Entry<String, byte[]> e : texts.entrySet()) {
                Files.write(seeds.resolve(e.getKey()), picked(e.getValue(), false));
            }
        }
    }

    /** The input with the last byte FuzzedDataProvider.consumeBoolean reads: odd for the PDF reader. */
    private static byte[] picked(byte[] bytes, boolean pdf) {
        byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
        out[bytes.length] = (byte) (pdf ? 1 : 0);
        return out;
    }
}
