package org.councilpapers.cli.option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --shard K/N}: this run takes the K-th of N shares of its files, so N machines given the
 * same file list split it between them without a coordinator. A file's share is decided by its path
 * as given on the command line or found under a folder argument (separators as {@code /}), hashed
 * with SHA-256: stable across runs, machines and JVMs, so a shard run again takes the same files.
 */
public final class ShardOption {
    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Take only the K-th of N shares of the files (1 <= K <= N), split by a hash of each file's path: "
                    + "run K = 1..N on N machines over the same files to share them out.")
    private @Nullable String shard;

    /**
     * The inputs of this shard, in their order; all of them without {@code --shard}.
     *
     * @param <T> the input type
     * @param inputs every input
     * @param path an input's path
     * @return this shard's inputs
     * @throws ParameterException if {@code --shard} is not K/N with 1 &lt;= K &lt;= N
     */
    public <T> List<T> select(List<T> inputs, Function<T, Path> path) {
        if (shard == null) {
            return inputs;
        }
        Matcher m = FORM.matcher(shard.strip());
        int k;
        int n;
        try {
            if (!m.matches()) {
                throw new NumberFormatException();
            }
            k = Integer.parseInt(m.group(1));
            n = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--shard takes K/N, such as 2/8, not '" + shard + "'");
        }
        if (n < 1 || k < 1 || k > n) {
            throw new ParameterException(spec.commandLine(), "--shard K/N needs 1 <= K <= N, not " + shard);
        }
        List<T> mine = new ArrayList<>();
        for (T input : inputs) {
            if (of(path.apply(input), n) == k) {
                mine.add(input);
            }
        }
        return mine;
    }

    /**
     * The shard (1 to n) a path falls in.
     *
     * @param p the path, as given or found
     * @param n the number of shards
     * @return its shard, 1-based
     */
    public static int of(Path p, int n) {
        String key = p.normalize().toString().replace('\\', '/');
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                v = v << 8 | h[i] & 0xff;
            }
            return (int) Math.floorMod(v, (long) n) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
