package org.councilpapers.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void placeKeyDropsTheKindOfCouncilCaseAndPunctuation() {
        assertEquals("thurrock", Names.placeKey("Thurrock Council"));
        assertEquals("thurrock", Names.placeKey("THURROCK BOROUGH COUNCIL"));
        assertEquals("thurrock", Names.placeKey(" thurrock "));
        assertEquals("essex", Names.placeKey("Essex County Council"));
        assertEquals("kingston upon hull", Names.placeKey("Kingston upon Hull City Council"));
        assertEquals("barnsley", Names.placeKey("Barnsley Metropolitan Borough Council"));
        assertEquals("wirral", Names.placeKey("The Wirral Council"));
    }

    @Test
    void placeKeyKeepsWordsThatAreTheNameItself() {
        assertEquals("city of london", Names.placeKey("City of London"));
        assertEquals("county durham", Names.placeKey("County Durham"));
        assertEquals("council", Names.placeKey("Council"), "nothing left to drop to");
    }

    @Test
    void keyTreatsAmpersandsApostrophesAndSpacingAlike() {
        assertEquals(Names.key("Children's Services Overview and Scrutiny Committee"),
                Names.key("Childrens Services  Overview & Scrutiny Committee"));
        assertEquals("health and wellbeing board", Names.key("Health & Wellbeing Board"));
        assertEquals("brighton and hove", Names.placeKey("Brighton & Hove City Council"));
    }

    @Test
    void personKeyDropsLeadingTitlesSpacingAndCase() {
        assertEquals("watson", Names.personKey("Councillor Watson"));
        assertEquals("watson", Names.personKey("Cllr. Watson"));
        assertEquals("watson", Names.personKey("  watson "));
        assertEquals("j watson", Names.personKey("Cllr Dr J. Watson"));
        assertEquals("sue green", Names.personKey("Mrs Sue  Green"));
        assertEquals("mr", Names.personKey("Mr"), "a title alone is kept, not emptied");
        assertEquals("the chair", Names.personKey("The Chair"));
    }

    @Test
    void personNameKeepsThePrintedFormWithoutTheTitle() {
        assertEquals("Janet Simon", Names.personName("Ms  Janet Simon"));
        assertEquals("Ralph", Names.personName("Cllr Ralph"));
    }

    @Test
    void peopleInAFieldAreSplitAtSeparatorsAndCutAtTheirTitle() {
        assertEquals(List.of("Janet Simon"), Names.people("Janet Simon, Interim Assistant Director Children's Social Care"));
        assertEquals(List.of("Janet Simon", "Michele Lucas"), Names.people("Janet Simon/Michele Lucas"));
        assertEquals(List.of("SLSPPEP", "SLCSC"), Names.people("SLSPPEP; SLCSC"));
        assertEquals(List.of("Head of Children's Social Care"), Names.people("Head of Children's Social Care"));
        assertEquals(List.of(), Names.people(" ; "));
    }

    @Test
    void organisationKeyDropsALeadingThe() {
        assertEquals("department for education", Names.organisationKey("The Department for Education"));
        assertEquals("essex police", Names.organisationKey("ESSEX  POLICE"));
    }

    /** The key as first written with regular expressions; the loop that replaced it for speed must agree. */
    private static String regexKey(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = Pattern.compile("['\u2019]").matcher(s).replaceAll("");
        return Pattern.compile("[^\\p{L}\\p{N}]+").matcher(s).replaceAll(" ").strip();
    }

    @Test
    void keyAgreesWithItsRegularExpressionDefinition() {
        for (String name : List.of("Children's Services  Overview & Scrutiny Committee", "&b", "a&&b", " -- ", "", "O’Brien",
                "Ségolène Royal", "İstanbul Council", "ΣΟΦΙΑ", "Area ½ and 2²", "tab\there", "emoji \uD83D\uDE00 name",
                "Bury St. Edmunds (West) - No.5", "\u2167 Roman", "a\u00A0b")) {
            assertEquals(regexKey(name), Names.key(name), name);
        }
    }

    @Test
    void noBreakSpacesCountAsSpacesInNames() {
        assertEquals("Janet Simon", Names.personName("Cllr\u00A0Janet\u00A0 Simon"));
    }
}
