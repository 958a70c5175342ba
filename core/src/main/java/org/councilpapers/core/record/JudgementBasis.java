package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a judgement was read from a grade table or from a sentence that states it. */
public enum JudgementBasis {
    /** Read from a row of a grade table; {@code table} in JSON. */
    @JsonProperty("table")
    TABLE,
    /** Read from a sentence that states the grade; {@code text} in JSON. */
    @JsonProperty("text")
    TEXT
}
