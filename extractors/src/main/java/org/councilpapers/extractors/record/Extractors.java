package org.councilpapers.extractors.record;

import java.util.List;

/** The record extractors in a fixed order: records come out grouped in this order, each in reading order. */
public final class Extractors {
    private Extractors() {}

    public static List<RecordExtractor> standard() {
        return List.of(new ReportExtractor(), new RecommendationExtractor(), new JudgementExtractor(), new FindingExtractor(),
                new ActionPlanExtractor(), new QuestionExtractor());
    }
}
