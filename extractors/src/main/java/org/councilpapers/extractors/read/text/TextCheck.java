package org.councilpapers.extractors.read.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.jspecify.annotations.Nullable;

/**
 * Tells text from binary data named as text. Text in any encoding a council writes (UTF-8, UTF-16 with its
 * byte-order mark, windows-1252) has almost no control bytes besides tab, line ends and form feed; random
 * bytes, images and archives have about one byte in ten. Samples are taken across the whole file, not just
 * its head, so binary data behind a text-like opening is caught too.
 */
final class TextCheck {
    /** Bytes looked at per sample, and samples taken. */
    private static final int SAMPLE = 8192;
    private static final int SAMPLES = 8;
    /** Control bytes above one in fifty are not text; real text has none or a stray few. */
    private static final int MAX_CONTROL_PERCENT = 2;

    private TextCheck() {}

    /** Why the bytes are not text, in a few words, or null where they read as text. */
    static @Nullable String binary(byte[] b) {
        try {
            return binary(new Source(b, "bytes", MediaTypes.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory are never unreadable
        }
    }

    /** Why the source is not text, in a few words, or null where it reads as text; only the samples are read. */
    static @Nullable String binary(Source source) throws IOException {
        long length = source.size();
        byte[] bom = source.range(0, 2);
        if (bom.length == 2 && ((bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF || (bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE)) {
            return null; // UTF-16 with a byte-order mark: half its bytes are NUL by design
        }
        long looked = 0;
        long control = 0;
        int samples = length <= SAMPLE * SAMPLES ? 1 : SAMPLES;
        for (int s = 0; s < samples; s++) {
            long from = samples == 1 ? 0 : (length - SAMPLE) * s / (SAMPLES - 1);
            byte[] b = source.range(from, samples == 1 ? (int) length : SAMPLE);
            for (byte x : b) {
                int c = x & 0xff;
                looked++;
                if (c < 0x09 || c > 0x0d && c < 0x20 && c != 0x1b || c == 0x7f) {
                    control++;
                }
            }
        }
        if (looked == 0) {
            return null;
        }
        if (control * 100 / looked >= MAX_CONTROL_PERCENT) {
            return String.format(Locale.ROOT, "%d%% of its bytes are control codes", control * 100 / looked);
        }
        return null;
    }
}
