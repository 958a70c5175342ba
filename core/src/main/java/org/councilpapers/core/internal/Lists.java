package org.councilpapers.core.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Defensive copies for record components: JSON may omit a list, a record never holds null for one. */
public final class Lists {
    private Lists() {}

    /**
     * An unmodifiable copy of a list.
     *
     * @param list the list; null is taken as empty
     * @param <T> the element type
     * @return the copy
     * @throws NullPointerException if an element is null
     */
    public static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
