package org.councilpapers.extractors.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the record families read out of one paper and share, so that what several extractors need is read once: a set of
 * minutes is parsed once although the meeting, agenda item, resolution and question extractors each want its heading,
 * attendance and minute list. Each family keeps its own reading here under its own type (compare Tika's
 * {@code ParseContext}), so the context knows no family's state. One per paper, made with its {@link ExtractContext}.
 *
 * <p>Safe to share between threads: a reading is made under the lock, so extractors run in parallel on one paper would still
 * make each once.
 */
public final class PaperState {
    private final Map<Class<?>, Object> readings = new LinkedHashMap<>();

    /** Nothing read yet. */
    public PaperState() {}

    /**
     * The reading of this type, made the first time it is asked for.
     *
     * @param <T> the reading's type
     * @param type the reading's type, its key here
     * @param make makes the reading, called at most once
     * @return the reading of that type
     */
    public synchronized <T> T get(Class<T> type, Supplier<? extends T> make) {
        Object found = readings.get(type);
        if (found == null) {
            found = Objects.requireNonNull(make.get(), "reading");
            readings.put(type, found);
        }
        return type.cast(found);
    }

    /**
     * This state with a reading given beforehand, so a test or an embedder can put its own (one that counts its work, say).
     *
     * @param <T> the reading's type
     * @param type the reading's type, its key here
     * @param reading the reading to use
     * @return this state
     */
    public synchronized <T> PaperState with(Class<T> type, T reading) {
        readings.put(type, Objects.requireNonNull(reading, "reading"));
        return this;
    }
}
