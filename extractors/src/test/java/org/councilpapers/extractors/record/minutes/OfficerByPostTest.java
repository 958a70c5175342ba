package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

/**
 * An officer who answers by post alone ("The Area Roads Manager replied …") is the officer the attendance gives that post, where
 * exactly one holds it; a post named by its remit before "Manager" or "Officer" is a post like "Director of …".
 */
class OfficerByPostTest {
    private static List<String> questions(String variant) {
        return Harness.run(new QuestionExtractor(), DocumentKind.MINUTES, Variants.read(variant)).records(Question.class).stream()
                .map(q -> q.itemNumber() + "|" + q.askedBy().name() + "|" + q.answeredBy()).toList();
    }

    @Test
    void thePostInTheAttendanceNamesTheOfficer() {
        // "In attendance: … Mr J Nicol, Area Roads Manager": "The Area Roads Manager replied" is his answer.
        assertEquals(List.of("3|L Mackay|[Person[name=J Nicol, role=Area Roads Manager]]"),
                questions("scottish-area-committee-minute-committee-stem-capital-verbs.txt"));
        assertEquals(List.of("3|Ailsa Grant|[Person[name=Morag Sinclair, role=Chief Social Work Officer]]"),
                questions("scottish-council-committee-minute-committee-resolved.txt"));
    }
}
