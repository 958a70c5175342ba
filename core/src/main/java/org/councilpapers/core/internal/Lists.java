package org.councilpapers.core.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Defensive copies for record components: JSON may omit a list, a record never holds null for one. */
public final class Lists {
    private Lists() {}

    public static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
