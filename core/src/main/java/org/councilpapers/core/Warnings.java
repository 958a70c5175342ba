package org.councilpapers.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the warnings of one extraction, in the order they were met. Like jsoup's
 * {@code ParseErrorList} it is bounded, so a pathological paper cannot fill memory with warnings.
 * Not thread-safe: one instance belongs to one extraction.
 */
public final class Warnings {
    public static final int DEFAULT_LIMIT = 1000;

    private final List<Warning> list = new ArrayList<>();
    private final int limit;
    private int dropped;

    public Warnings() {
        this(DEFAULT_LIMIT);
    }

    public Warnings(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    public void add(WarningCode code, String message, @Nullable Integer page) {
        add(new Warning(code, message, page));
    }

    public void add(Warning warning) {
        if (list.size() < limit) {
            list.add(warning);
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The warnings so far; if any were dropped, a last {@link WarningCode#TOO_MANY_WARNINGS} says how many. */
    public List<Warning> toList() {
        if (dropped == 0) {
            return List.copyOf(list);
        }
        List<Warning> all = new ArrayList<>(list);
        all.add(new Warning(WarningCode.TOO_MANY_WARNINGS, dropped + " further warnings were dropped", null));
        return List.copyOf(all);
    }
}
