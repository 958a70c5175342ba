package org.councilpapers.index.lucene;

import java.util.Arrays;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * A record's type, year, grade and status packed into one number, stored as one doc value:
 * timeline counting then reads one value per match instead of four, which is most of its cost
 * over hundreds of thousands of matches (facets are counted by lucene-facet, {@link FacetCounter}). The key is the same in every segment, so counts
 * need no per-segment ordinals.
 *
 * <p>Bits 0-3 type (ordinal), 4-17 year (0: none, else year - 999), 18-20 grade and 21-23 status
 * (0: none, else ordinal + 1).
 */
final class FacetKey {
    private static final RecordType[] TYPES = RecordType.values();
    private static final Grade[] GRADES = Grade.values();
    private static final RagStatus[] STATUSES = RagStatus.values();

    private FacetKey() {}

    static int of(RecordType type, @Nullable Integer year, @Nullable Grade grade, @Nullable RagStatus status) {
        int y = year == null || year < 1000 || year > 9999 ? 0 : year - 999;
        return type.ordinal() | y << 4 | (grade == null ? 0 : grade.ordinal() + 1) << 18 | (status == null ? 0 : status.ordinal() + 1) << 21;
    }

    static RecordType type(int key) {
        return TYPES[key & 0xF];
    }

    static @Nullable Integer year(int key) {
        int y = key >>> 4 & 0x3FFF;
        return y == 0 ? null : y + 999;
    }

    static @Nullable Grade grade(int key) {
        int g = key >>> 18 & 0x7;
        return g == 0 ? null : GRADES[g - 1];
    }

    static @Nullable RagStatus status(int key) {
        int s = key >>> 21 & 0x7;
        return s == 0 ? null : STATUSES[s - 1];
    }

    /** Counts of keys: open addressing, since a query meets a few thousand distinct keys at most. */
    static final class Counts {
        private int[] keys = new int[1024];
        private int[] counts = new int[1024];
        private int size;

        void add(int key) {
            add(key, 1);
        }

        void add(int key, int n) {
            int stored = key + 1; // 0 marks an empty slot
            int mask = keys.length - 1;
            int i = mix(stored) & mask;
            while (keys[i] != 0 && keys[i] != stored) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                keys[i] = stored;
                if (++size * 2 > keys.length) {
                    counts[i] += n;
                    grow();
                    return;
                }
            }
            counts[i] += n;
        }

        void clear() {
            Arrays.fill(keys, 0);
            Arrays.fill(counts, 0);
            size = 0;
        }

        void addAll(Counts other) {
            other.forEach(this::add);
        }

        interface KeyCount {
            void accept(int key, int count);
        }

        void forEach(KeyCount each) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    each.accept(keys[i] - 1, counts[i]);
                }
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new int[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    add(oldKeys[i] - 1, oldCounts[i]);
                }
            }
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B9;
            return h ^ h >>> 16;
        }
    }
}
