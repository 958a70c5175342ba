package org.councilpapers.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the paths on a command line into the papers to read: files as named, folders walked
 * recursively in name order, skipping hidden files and folders (a dot first) and the output
 * folder, so a second run does not read the first run's output as papers.
 */
final class InputFiles {
    private InputFiles() {}

    /** One paper to read; {@code named} when the user typed it, rather than it being found in a folder. */
    record Input(Path path, boolean named) {
        @Override
        public String toString() {
            return path.toString();
        }

        /** The output name stem: {@code a/x.txt} gives {@code x}, {@code .x} and {@code x} stay as they are. */
        String baseName() {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }

    /**
     * The papers under these paths, each once, in command-line order and, within a folder, in name
     * order. A folder with nothing to read, and a file the walk cannot open, go to {@code log}.
     */
    static List<Input> expand(List<Path> paths, @Nullable Path exclude, RunLog log) {
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        Set<Path> seen = new HashSet<>();
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                // Missing and unreadable files are reported by the reading, with the library's reason.
                if (seen.add(p.toAbsolutePath().normalize())) {
                    inputs.add(new Input(p, true));
                }
                continue;
            }
            List<Path> found = walk(p, skip, log);
            if (found.isEmpty()) {
                log.failed(new Input(p, true), "folder has no papers to read", null);
            }
            for (Path f : found) {
                if (seen.add(f.toAbsolutePath().normalize())) {
                    inputs.add(new Input(f, false));
                }
            }
        }
        return List.copyOf(inputs);
    }

    private static List<Path> walk(Path root, @Nullable Path skip, RunLog log) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean isRoot = dir.equals(root);
                    if (!isRoot && (hidden(dir) || dir.toAbsolutePath().normalize().equals(skip))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) {
                        log.failed(new Input(file, false), reason(e), e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Only the root can fail here (the visitor carries on past everything else).
            log.failed(new Input(root, true), reason(e), e);
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A user's reason for an I/O failure; the exception's own message is mostly just the path again. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
