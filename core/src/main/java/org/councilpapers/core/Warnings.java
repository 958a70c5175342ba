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
    /** How many warnings the no-argument constructor keeps. */
    public static final int DEFAULT_LIMIT = 1000;

    private final List<Warning> list = new ArrayList<>();
    private final int limit;
    private int dropped;

    /** A list that keeps up to {@link #DEFAULT_LIMIT} warnings. */
    public Warnings() {
        this(DEFAULT_LIMIT);
    }

    /**
     * A list that keeps up to {@code limit} warnings and counts the rest.
     *
     * @param limit how many warnings to keep
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Warnings(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /**
     * Adds a warning, or counts it as dropped once the limit is reached.
     *
     * @param code what kind of problem it is
     * @param message a description for people
     * @param page the physical page (1-based) it was met on; null where it concerns no one page
     * @throws NullPointerException if {@code code} or {@code message} is null
     */
    public void add(WarningCode code, String message, @Nullable Integer page) {
        add(new Warning(code, message, page));
    }

    /**
     * Adds a warning, or counts it as dropped once the limit is reached.
     *
     * @param warning the warning
     */
    public void add(Warning warning) {
        if (list.size() < limit) {
            list.add(warning);
        } else {
            dropped++;
        }
    }

    /**
     * Whether no warning has been added.
     *
     * @return true if none has been added
     */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * The warnings so far, in the order they were added.
     *
     * @return an unmodifiable copy; if any were dropped, a last {@link WarningCode#TOO_MANY_WARNINGS} warning says
     *     how many, so the list can hold one more than the limit
     */
    public List<Warning> toList() {
        if (dropped == 0) {
            return List.copyOf(list);
        }
        List<Warning> all = new ArrayList<>(list);
        all.add(new Warning(WarningCode.TOO_MANY_WARNINGS, dropped + " further warnings were dropped", null));
        return List.copyOf(all);
    }
}
