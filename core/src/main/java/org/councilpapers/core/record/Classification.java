package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a committee report is open to the public or exempt from publication. */
public enum Classification {
    /** Open to the public; {@code public} in JSON. */
    @JsonProperty("public")
    PUBLIC,
    /** Exempt from publication (wholly or in part) under the access-to-information rules; {@code exempt} in JSON. */
    @JsonProperty("exempt")
    EXEMPT
}
