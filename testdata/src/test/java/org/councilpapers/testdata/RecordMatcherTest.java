package org.councilpapers.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.Test;

class RecordMatcherTest {
    private static JsonNode json(String s) throws Exception {
        return PaperJson.mapper().readTree(s.replace('`', '"'));
    }

    @Test
    void onlyTheGivenFieldsAreCheckedAndCaseQuotesAndDashesAreFolded() throws Exception {
        JsonNode expected = json("{`type`:`judgement`,`area`:`Children’s services – overall`,`grade`:`GOOD`}");
        assertTrue(RecordMatcher.matches(expected, json("{`type`:`judgement`,`area`:`children's services - Overall.`,`grade`:`GOOD`,`year`:2019}")));
        assertFalse(RecordMatcher.matches(expected, json("{`type`:`judgement`,`area`:`children's services - Overall`,`grade`:`ADEQUATE`}")));
        assertFalse(RecordMatcher.matches(expected, json("{`type`:`finding`,`area`:`children's services - Overall`,`grade`:`GOOD`}")));
    }

    @Test
    void explicitNullDemandsNull() throws Exception {
        JsonNode expected = json("{`type`:`agendaItem`,`number`:`1`,`pages`:null}");
        assertTrue(RecordMatcher.matches(expected, json("{`type`:`agendaItem`,`number`:`1`,`pages`:null}")));
        assertFalse(RecordMatcher.matches(expected, json("{`type`:`agendaItem`,`number`:`1`,`pages`:{`from`:5,`to`:16}}")));
        assertEquals(List.of("pages"), RecordMatcher.mismatches(expected, json("{`type`:`agendaItem`,`number`:`1`,`pages`:{`from`:5}}")));
    }

    @Test
    void longExpectedTextMatchesWhenItsWordsAreInTheExtractedText() throws Exception {
        String start = "Complete re-alignment documentation and consult with the management team members about the new structure";
        JsonNode expected = json("{`type`:`action`,`text`:`" + start + "`}");
        assertTrue(RecordMatcher.matches(expected, json("{`type`:`action`,`text`:`A1. " + start + " and realign duties to leads.`}")));
        assertFalse(RecordMatcher.matches(expected, json("{`type`:`action`,`text`:`Realign duties to Strategic Leads and amend job descriptions for the team`}")));
        assertFalse(RecordMatcher.textMatches("Short text here", "Short text here and more"), "short texts must be equal");
    }

    @Test
    void listsCompareAsSetsOfObjects() throws Exception {
        JsonNode expected = json("{`type`:`meeting`,`members`:[{`name`:`Graham Snell`,`role`:`Vice-Chair`},{`name`:`Sara Muldowney`,`role`:`Chair`}]}");
        assertTrue(RecordMatcher.matches(expected, json("{`type`:`meeting`,`members`:[{`name`:`Sara Muldowney`,`role`:`Chair`},{`name`:`Graham Snell`,`role`:`Vice-Chair`}]}")));
        assertFalse(RecordMatcher.matches(expected, json("{`type`:`meeting`,`members`:[{`name`:`Sara Muldowney`,`role`:`Chair`}]}")));
        assertFalse(RecordMatcher.matches(expected, json("{`type`:`meeting`,`members`:[{`name`:`Sara Muldowney`,`role`:null},{`name`:`Graham Snell`,`role`:`Vice-Chair`}]}")));
    }
}
