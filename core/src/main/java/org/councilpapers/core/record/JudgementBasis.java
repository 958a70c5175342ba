package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a judgement was read from a grade table or from a sentence that states it. */
public enum JudgementBasis {
    @JsonProperty("table")
    TABLE,
    @JsonProperty("text")
    TEXT
}
