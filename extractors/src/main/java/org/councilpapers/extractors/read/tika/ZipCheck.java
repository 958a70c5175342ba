package org.councilpapers.extractors.read.tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.councilpapers.extractors.read.Source;
import org.jspecify.annotations.Nullable;

/**
 * Says whether a zip container (.docx, .xlsx, .odt) is whole, so that a parse failure can be
 * reported as a damaged or truncated file rather than as a puzzle from deep inside POI.
 */
final class ZipCheck {
    private static final int END_RECORD = 22;
    private static final int MAX_COMMENT = 0xffff;

    /** The most XML a package may unpack to, summed over its parts. */
    static final long MAX_XML_BYTES = 256L << 20;

    private ZipCheck() {}

    /**
     * Whether the zip's end-of-central-directory record is there. It is the last thing written, so
     * a file cut short loses it first; Tika can still stream such a file, but may miss parts.
     */
    static boolean hasEndRecord(Source zip) throws IOException {
        return hasEndRecord(zip.tail(END_RECORD + MAX_COMMENT));
    }

    /** Whether {@code b}, the whole zip or its last 64 KB, ends in the zip's end-of-central-directory record. */
    static boolean hasEndRecord(byte[] b) {
        int lowest = Math.max(0, b.length - END_RECORD - MAX_COMMENT);
        for (int i = b.length - END_RECORD; i >= lowest; i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4b && b[i + 2] == 0x05 && b[i + 3] == 0x06) {
                int comment = (b[i + 20] & 0xff) | (b[i + 21] & 0xff) << 8;
                if (i + END_RECORD + comment == b.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What is wrong with the zip, in a few words, or null where every entry reads to its end. */
    static @Nullable String problem(Source zip) throws IOException {
        if (!hasEndRecord(zip)) {
            return "the file ends early: its zip directory is missing";
        }
        String entry = "?";
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(zip.open()))) {
            int entries = 0;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entry = e.getName();
                in.transferTo(OutputStream.nullOutputStream());
                entries++;
            }
            return entries == 0 ? "no zip entries" : null;
        } catch (IOException e) {
            return "zip entry " + entry + " is corrupt: " + Messages.firstLine(e.getMessage());
        }
    }

    /**
     * Whether an OpenDocument package is encrypted: its manifest gives encryption data for its parts, which
     * are then not XML.
     */
    static boolean encrypted(Source zip) {
        byte[] manifest = xmlParts(zip).get("meta-inf/manifest.xml");
        return manifest != null && new String(manifest, java.nio.charset.StandardCharsets.UTF_8).contains("encryption-data");
    }

    /**
     * The package's XML parts by lower-cased name, at most {@value #MAX_XML_BYTES} bytes in all so that a zip bomb
     * cannot fill the heap; a damaged zip yields the parts before the damage.
     */
    static Map<String, byte[]> xmlParts(Source zip) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(zip.open()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("/")) {
                    name = name.substring(1);
                }
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_XML_BYTES - total + 1));
                    total += data.length;
                    if (total > MAX_XML_BYTES) {
                        break;
                    }
                    parts.put(name, data);
                }
            }
        } catch (IOException damaged) {
            // Keep what came before the damage; the reader reports the damaged zip on its own.
        }
        return parts;
    }
}
