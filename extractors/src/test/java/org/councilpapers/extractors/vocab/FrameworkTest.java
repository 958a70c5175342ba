package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.councilpapers.core.record.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Inspection of Barset local authority children’s services                                          | ILACS
            Barset County Council: Inspection of children's social care services                              | ILACS
            Inspection of services for children in need of help and protection, children looked after and care leavers | SIF
            Review of the effectiveness of the Local Safeguarding Children Board, single inspection framework | SIF
            Inspection of safeguarding and looked after children services, Barset                             | SLAC_2009
            Barset: inspection of services for looked after children                                           | LAC_2013
            Inspection of local authority arrangements for the protection of children, Barset                  | CP_2012
            Focused visit to Barset local authority children’s services                                        | FOCUSED_VISIT
            Focussed visit to Barset children's services                                                       | FOCUSED_VISIT
            Monitoring visit to Barset children’s services                                                     | MONITORING_VISIT
            Joint targeted area inspection of the multi-agency response to abuse in Barset                     | JTAI
            Joint local area SEND inspection in Barset                                                         | SEND_LOCAL_AREA
            Area inspection of special educational needs and/or disabilities in the Barset local area          | SEND_LOCAL_AREA
            """)
    void aReportsTitleNamesItsFramework(String title, Framework expected) {
        assertEquals(Optional.of(expected), Framework.identify(title));
    }

    @Test
    void aVisitToChildrensServicesIsTheVisitNotTheInspection() {
        // The letter of a focused visit also says "local authority children's services": the narrower name is tried first.
        assertEquals(Optional.of(Framework.FOCUSED_VISIT),
                Framework.identify("Focused visit to Barset local authority children's services. Inspection of local authority children's services"));
    }

    @Test
    void aTitleThatNamesNoFrameworkGivesNone() {
        assertEquals(Optional.empty(), Framework.identify("Barset School inspection report: Good"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Following the Ofsted ILACS inspection in 2019 the service was judged good. | ILACS
            The 2016 single inspection found that services required improvement.      | SIF
            The council’s safeguarding and looked after children’s services were inspected in 2012. | SLAC_2009
            """)
    void aCommitteeReportMentionsAFramework(String sentence, Framework expected) {
        assertEquals(Optional.of(expected), Framework.mentionedIn(sentence));
    }

    @Test
    void anOrdinaryPhraseOfAReportIsNoMention() {
        // "monitoring visit" and "local area" are ordinary words of a report: only unmistakable names count as a mention.
        assertEquals(Optional.empty(), Framework.mentionedIn("The monitoring visit to the local area found progress."));
        assertEquals(Optional.empty(), Framework.mentionedIn("Signs of safety training began."));
    }

    @Test
    void eachEntryCarriesItsIdLabelKeywordsAndGradeScale() {
        assertEquals(Optional.of(Framework.ILACS), Framework.of("ILACS"));
        assertEquals(Optional.empty(), Framework.of("NOT_A_FRAMEWORK"));
        assertEquals(Optional.empty(), Framework.of(null));
        assertEquals("focused visit", Framework.FOCUSED_VISIT.label());
        assertEquals("SLAC_2009", Framework.SLAC_2009.id());
        assertTrue(Framework.JTAI.keywords().contains("jtai"));
        // Requires improvement replaced Adequate in November 2013: the scales say which word each framework used.
        assertEquals(Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE), Framework.ILACS.grades());
        assertTrue(Framework.SLAC_2009.grades().contains(Grade.ADEQUATE));
        assertTrue(Framework.LAC_2013.grades().contains(Grade.ADEQUATE));
        assertTrue(Framework.FOCUSED_VISIT.grades().isEmpty(), "a focused visit gives no grade");
    }

    @Test
    void aFrameworksServiceGroupsAreItsOwnAndNoQuestionIsOne() {
        assertEquals(Optional.of(Framework.SLAC_2009), Framework.groupNamed("Safeguarding services"));
        assertTrue(Framework.SLAC_2009.isGroup("SERVICES FOR LOOKED AFTER CHILDREN:"));
        assertTrue(Framework.LAC_2013.isGroup("Services for looked after children"));
        assertEquals(Optional.empty(), Framework.groupNamed("How good are outcomes for looked after children and care leavers?"));
        assertEquals(Optional.empty(), Framework.groupNamed("Quality of provision"));
        for (Framework f : Framework.values()) {
            assertTrue(f.grades().isEmpty() == f.areas().isEmpty(), f + ": a framework judges areas exactly when it grades them");
        }
        assertTrue(Framework.SIF.areas().contains("The effectiveness of the Local Safeguarding Children Board"));
        assertEquals(Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE), Framework.CP_2012.grades());
    }
}
