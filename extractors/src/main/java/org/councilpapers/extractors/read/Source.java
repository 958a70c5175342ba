package org.councilpapers.extractors.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A paper's content, the name it was given, and its detected media type. The content is a file, read as a
 * stream or by random access whenever a reader asks (never whole into one array, so a file of any size costs
 * only what its reader keeps), or bytes a caller already holds in memory, which are not copied: callers hand
 * them over and must not change them afterwards.
 */
public final class Source {
    /** What media type detection looks at: the file's opening. */
    private static final int HEAD = 8192;

    private final @Nullable Path file;
    private final byte @Nullable [] bytes;
    private final long size;
    private final String name;
    private final String mediaType;

    private Source(@Nullable Path file, byte @Nullable [] bytes, long size, String name, String mediaType) {
        this.file = file;
        this.bytes = bytes;
        this.size = size;
        this.name = Objects.requireNonNull(name, "name");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * Bytes already in memory, of a known media type.
     *
     * @param bytes the content; not copied, so not to be changed after
     * @param name the paper's name, as records and messages give it
     * @param mediaType its media type, as {@link MediaTypes} names it
     */
    public Source(byte[] bytes, String name, String mediaType) {
        this(null, Objects.requireNonNull(bytes, "bytes"), bytes.length, name, mediaType);
    }

    /**
     * A source whose media type is detected from its bytes and name.
     *
     * @param bytes the content; not copied
     * @param name the paper's name
     * @return the source
     */
    public static Source of(byte[] bytes, String name) {
        return new Source(bytes, name, MediaTypes.detect(bytes, name));
    }

    /**
     * A file, its media type detected from its opening and its name. Only the opening is read here; the
     * file must stay as it is while the source is read.
     *
     * @param file the file
     * @param name the paper's name, as records and messages give it
     * @return the source
     * @throws IOException if the file cannot be read
     */
    public static Source of(Path file, String name) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        Source probe = new Source(file, null, size, name, MediaTypes.OCTET_STREAM);
        return new Source(file, null, size, name, MediaTypes.detect(probe.range(0, HEAD), name));
    }

    /**
     * The paper's name.
     *
     * @return the name given
     */
    public String name() {
        return name;
    }

    /**
     * The media type.
     *
     * @return as given or detected
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The content's length in bytes.
     *
     * @return the length
     */
    public long size() {
        return size;
    }

    /**
     * The file the content is read from, where it is one (a reader may then open it by random access).
     *
     * @return the file; empty for bytes in memory
     */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * A new stream over the whole content, from its start; the caller closes it.
     *
     * @return the stream
     * @throws IOException if the file cannot be opened
     */
    public InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /**
     * At most {@code length} bytes from {@code position} (fewer at the end of the content).
     *
     * @param position the offset of the first byte
     * @param length the most bytes
     * @return a new array of the bytes
     * @throws IOException if the file cannot be read
     */
    public byte[] range(long position, int length) throws IOException {
        if (position < 0 || length < 0) {
            throw new IllegalArgumentException("negative range");
        }
        int n = (int) Math.max(0, Math.min(length, size - position));
        if (bytes != null) {
            return Arrays.copyOfRange(bytes, (int) Math.min(position, size), (int) Math.min(position, size) + n);
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buf.hasRemaining() && ch.read(buf, position + buf.position()) > 0) {
                // read until full or the file ends
            }
        }
        return buf.position() == n ? buf.array() : Arrays.copyOf(buf.array(), buf.position());
    }

    /**
     * The last {@code length} bytes, or all of them where the content is shorter.
     *
     * @param length the most bytes
     * @return a new array of the bytes
     * @throws IOException if the file cannot be read
     */
    public byte[] tail(int length) throws IOException {
        return range(Math.max(0, size - length), length);
    }

    /**
     * The document id: SHA-256 of the content in lower-case hex (as {@code DocumentInfo.idOf} gives for the same
     * bytes), the content streamed through the digest.
     *
     * @return 64 hex digits
     * @throws java.io.UncheckedIOException if the file can no longer be read
     */
    public String id() {
        MessageDigest digest = sha256();
        try (InputStream in = open()) {
            byte[] buf = new byte[64 << 10];
            for (int n; (n = in.read(buf)) > 0;) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " again to identify it", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "Source[" + name + ", " + mediaType + ", " + size + " bytes" + (file != null ? ", " + file : "") + "]";
    }
}
