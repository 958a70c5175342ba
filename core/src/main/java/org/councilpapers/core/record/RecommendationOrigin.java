package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who made a recommendation: a report to a committee, or an inspectorate. */
public enum RecommendationOrigin {
    @JsonProperty("report")
    REPORT,
    @JsonProperty("inspection")
    INSPECTION
}
