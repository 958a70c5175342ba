package org.councilpapers.extractors.record;

import java.util.List;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.record.inspection.FindingExtractor;
import org.councilpapers.extractors.record.inspection.InspectionRecommendationTables;
import org.councilpapers.extractors.record.inspection.JudgementExtractor;
import org.councilpapers.extractors.record.minutes.QuestionExtractor;
import org.councilpapers.extractors.record.minutes.ResolutionExtractor;
import org.councilpapers.extractors.record.plan.ActionPlanExtractor;
import org.councilpapers.extractors.record.plan.WorkProgrammeExtractor;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.councilpapers.extractors.record.report.ReportExtractor;

/** The record extractors in a fixed order: records come out grouped in this order, each in reading order. */
public final class Extractors {
    private Extractors() {}

    /**
     * A new instance of each standard extractor, in the order records come out.
     *
     * @return the extractors, unmodifiable
     */
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
