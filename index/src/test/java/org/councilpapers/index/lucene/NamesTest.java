package org.councilpapers.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
