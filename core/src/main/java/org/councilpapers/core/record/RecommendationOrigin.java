package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who made a recommendation: a report to a committee, or an inspectorate. */
public enum RecommendationOrigin {
    /** What a report asks the committee to do; {@code report} in JSON. */
    @JsonProperty("report")
    REPORT,
    /** What an inspectorate told the authority to do; {@code inspection} in JSON. */
    @JsonProperty("inspection")
    INSPECTION
}
