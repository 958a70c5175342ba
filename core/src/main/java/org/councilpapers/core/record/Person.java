package org.councilpapers.core.record;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A named person with the role the paper gives them (Chair, Substitute, an officer's title), if any. */
public record Person(String name, @Nullable String role) {
    public Person {
        Objects.requireNonNull(name, "name");
    }
}
