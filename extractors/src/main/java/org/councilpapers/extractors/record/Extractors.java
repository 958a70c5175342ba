package org.councilpapers.extractors.record;

import java.util.List;

/** The record extractors in a fixed order: records come out grouped in this order, each in reading order. */
public final class Extractors {
    private Extractors() {}

    public static List<RecordExtractor> standard() {
        return List.of(
                new MeetingExtractor(),
                new AgendaItemExtractor(),
                new ReportExtractor(),
                new RecommendationExtractor(),
                new InspectionRecommendationTables(),
                new ResolutionExtractor(),
                new JudgementExtractor(),
                new FindingExtractor(),
                new ActionPlanExtractor(),
                new WorkProgrammeExtractor(),
                new QuestionExtractor());
    }
}
