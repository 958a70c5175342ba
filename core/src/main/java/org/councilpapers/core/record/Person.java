package org.councilpapers.core.record;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named person with the role the paper gives them (Chair, Substitute, an officer's title), if any.
 *
 * @param name the name as printed
 * @param role the role as printed; null where none is given
 */
public record Person(String name, @Nullable String role) {
    /**
     * Checks the required components.
     *
     * @param name the name as printed
     * @param role the role as printed; null where none is given
     * @throws NullPointerException if {@code name} is null
     */
    public Person {
        Objects.requireNonNull(name, "name");
    }
}
