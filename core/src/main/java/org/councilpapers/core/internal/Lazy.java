package org.councilpapers.core.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value built on first use, once, however many threads ask at the same time: the project's one
 * lazy holder, for what is costly to build and may never be needed (CoreNLP's models, Tika's
 * parsers, a run's library when every paper is unchanged). If building throws, nothing is kept
 * and the exception reaches the caller; the next call tries again.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> make;
    private volatile @Nullable T value;

    /**
     * A holder that builds its value with {@code make} on the first {@link #get()}.
     *
     * @param make builds the value; called at most once unless it throws; must not return null
     */
    public Lazy(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    /**
     * The value, built now if no call has built it yet.
     *
     * @return the value
     * @throws NullPointerException if {@code make} returned null
     */
    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(make.get(), "the lazy value");
                    value = v;
                }
            }
        }
        return v;
    }
}
