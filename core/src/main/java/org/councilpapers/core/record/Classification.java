package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a committee report is open to the public or exempt from publication. */
public enum Classification {
    @JsonProperty("public")
    PUBLIC,
    @JsonProperty("exempt")
    EXEMPT
}
