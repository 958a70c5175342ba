package org.councilpapers.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem met while reading a paper that did not stop the reading: data, not an exception.
 *
 * @param code what kind of problem it is; filter on this, not on the message
 * @param message a description for people; its wording may change between versions
 * @param page the physical page (1-based) it was met on; null where it concerns no one page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(WarningCode code, String message, @Nullable Integer page) {
    /**
     * Checks the required components.
     *
     * @param code what kind of problem it is
     * @param message a description for people
     * @param page the physical page (1-based) it was met on; null where it concerns no one page
     * @throws NullPointerException if {@code code} or {@code message} is null
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
