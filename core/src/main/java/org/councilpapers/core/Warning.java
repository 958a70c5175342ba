package org.councilpapers.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A problem met while reading a paper that did not stop the reading: data, not an exception. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(WarningCode code, String message, @Nullable Integer page) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
