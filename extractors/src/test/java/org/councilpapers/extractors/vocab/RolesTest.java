package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RolesTest {
    @Test
    void chairsInAnySpellingBecomeChair() {
        assertEquals("Chair", Roles.normalise("Chairman"));
        assertEquals("Chair", Roles.normalise("(Chairwoman)"));
        assertEquals("Chair", Roles.normalise("Chair of the Committee"));
        assertEquals("Chair", Roles.normalise("in the Chair"));
    }

    @Test
    void viceAndDeputyChairsBecomeViceChair() {
        assertEquals("Vice-Chair", Roles.normalise("Vice-Chairman"));
        assertEquals("Vice-Chair", Roles.normalise("Vice Chair"));
        assertEquals("Vice-Chair", Roles.normalise("Deputy Chairman"));
        assertEquals("Vice-Chair", Roles.normalise("Vice–Chair"));
    }

    @Test
    void substitutesAndCoOptedMembersAreNamedAsTheSchemaSpellsThem() {
        assertEquals("Substitute", Roles.normalise("substitute for Susan Little"));
        assertEquals("Substitute", Roles.normalise("Substitute"));
        assertTrue(Roles.isSubstitute("as a named substitute"));
        assertFalse(Roles.isSubstitute("Chair"));
        assertEquals("Co-opted", Roles.normalise("co-opted member"));
    }

    @Test
    void otherRolesAreKeptAsPrinted() {
        assertEquals("Director of Public Health", Roles.normalise("Director of Public Health"));
        assertEquals("Parent Governor Representative", Roles.normalise(" Parent Governor Representative, "));
    }

    @Test
    void bracketsAroundARoleGoButAPairItPrintsStays() {
        org.junit.jupiter.api.Assertions.assertEquals("Chair", Roles.normalise("(Chair)"));
        org.junit.jupiter.api.Assertions.assertEquals("Vice-Chair", Roles.normalise("[Vice-Chair],"));
        org.junit.jupiter.api.Assertions.assertEquals("Head of Finance", Roles.normalise("Head of Finance)"));
        org.junit.jupiter.api.Assertions.assertEquals("Co-opted Member (Healthwatch Northshire)", Roles.normalise("Co-opted Member (Healthwatch Northshire)"));
        org.junit.jupiter.api.Assertions.assertEquals("Member (a) and (b)", Roles.normalise("Member (a) and (b)"));
    }
}
