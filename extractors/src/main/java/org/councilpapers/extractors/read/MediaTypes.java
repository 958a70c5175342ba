package org.councilpapers.extractors.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Media type detection from magic bytes first and the file name second, so that an HTML page
 * saved as {@code .pdf} is not taken for a PDF. Tika's detector would do more, but the text and
 * PDF paths must work without Tika on the class path.
 */
public final class MediaTypes {
    /** PDF. */
    public static final String PDF = "application/pdf";
    /** Plain text. */
    public static final String TEXT = "text/plain";
    /** Markdown, read as text. */
    public static final String MARKDOWN = "text/markdown";
    /** An HTML page. */
    public static final String HTML = "text/html";
    /** Word (.docx). */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Excel (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** OpenDocument text (.odt). */
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    /** OpenDocument spreadsheet (.ods). */
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    /** Word 97-2003 (.doc). */
    public static final String DOC = "application/msword";
    /** Excel 97-2003 (.xls). */
    public static final String XLS = "application/vnd.ms-excel";
    /** Rich text (.rtf). */
    public static final String RTF = "application/rtf";
    /** Bytes of no format recognised. */
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("txt", TEXT), Map.entry("text", TEXT), Map.entry("md", MARKDOWN),
            Map.entry("markdown", MARKDOWN), Map.entry("html", HTML), Map.entry("htm", HTML),
            Map.entry("docx", DOCX), Map.entry("xlsx", XLSX), Map.entry("odt", ODT), Map.entry("ods", ODS), Map.entry("doc", DOC),
            Map.entry("xls", XLS), Map.entry("rtf", RTF));

    /** The formats that are zip packages, whose name says which one a zip is. */
    private static final Set<String> ZIPPED = Set.of(DOCX, XLSX, ODT, ODS);

    /** The formats a text file never is: a name promising one of these is checked against the bytes. */
    private static final Set<String> BINARY = Set.of(PDF, DOCX, XLSX, ODT, ODS, DOC, XLS);

    private MediaTypes() {}

    /**
     * The media type of a paper, from its opening bytes, then its name.
     *
     * @param bytes the paper's first bytes (a few KB are enough)
     * @param name its file name
     * @return one of this class's constants, or {@code application/zip} for a zip that is no office format
     */
    public static String detect(byte[] bytes, String name) {
        String byName = BY_EXTENSION.getOrDefault(extension(name), OCTET_STREAM);
        if (startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        if (startsWith(bytes, "{\\rtf")) {
            return RTF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            // A zip: trust the name for which OOXML/ODF format it is, but never call a zip text or PDF.
            return ZIPPED.contains(byName) ? byName : "application/zip";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11) {
            return byName.equals(XLS) ? XLS : DOC; // OLE2 compound file
        }
        if (looksLikeHtml(bytes)) {
            return HTML;
        }
        if (BINARY.contains(byName)) {
            // The name promises a binary format the bytes do not have: say what the bytes are.
            return looksLikeText(bytes) ? TEXT : OCTET_STREAM;
        }
        if (byName.equals(OCTET_STREAM) && looksLikeText(bytes)) {
            return TEXT;
        }
        return byName;
    }

    /**
     * Why the bytes are not what the name promises, if they are not: "an HTML page, not a PDF". A
     * page saved from a browser with a .pdf name is a common way for a download to go wrong, and
     * reading it as HTML would silently index an error page.
     *
     * @param detected the media type {@link #detect} found
     * @param name the file name
     * @return the reason, for an error message; empty where the bytes are what the name says or the name promises nothing
     */
    public static java.util.Optional<String> mislabelled(String detected, String name) {
        String byName = BY_EXTENSION.getOrDefault(extension(name), OCTET_STREAM);
        if (!BINARY.contains(byName) || byName.equals(detected)) {
            return java.util.Optional.empty();
        }
        String what = switch (detected) {
            case HTML -> "an HTML page";
            case TEXT -> "plain text";
            case OCTET_STREAM -> "not a recognised document";
            default -> describe(detected);
        };
        return java.util.Optional.of("named ." + extension(name) + " but is " + what + ", not " + article(describe(byName))
                + " (a failed download?)");
    }

    private static String article(String thing) {
        return ("AEIOU".indexOf(Character.toUpperCase(thing.charAt(0))) >= 0 && !thing.startsWith("Word") ? "an " : "a ") + thing;
    }

    /**
     * A short human name for error messages: "PDF", "Word (.docx)", "plain text".
     *
     * @param mediaType a media type
     * @return its name for people
     */
    public static String describe(String mediaType) {
        return switch (mediaType) {
            case PDF -> "PDF";
            case TEXT -> "plain text";
            case MARKDOWN -> "markdown";
            case HTML -> "HTML";
            case DOCX -> "Word (.docx)";
            case DOC -> "Word 97-2003 (.doc)";
            case XLSX -> "Excel (.xlsx)";
            case XLS -> "Excel 97-2003 (.xls)";
            case ODT -> "OpenDocument text (.odt)";
            case ODS -> "OpenDocument spreadsheet (.ods)";
            case RTF -> "RTF";
            default -> mediaType;
        };
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash && dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (bytes.length < m.length + skip) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i + skip] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    /** No NUL bytes in the first 8 KiB, and mostly printable: the test `file` and git use. */
    static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return n == 0 || control * 100 / n < 2;
    }
}
