package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthoritiesTest {
    @Test
    void reducesCouncilNamesToPlaceNames() {
        assertEquals(Optional.of("Thurrock"), Authorities.find("Thurrock Council"));
        assertEquals(Optional.of("Kent"), Authorities.find("Kent County Council"));
        assertEquals(Optional.of("Birmingham"), Authorities.find("Birmingham City Council"));
        assertEquals(Optional.of("Barnet"), Authorities.find("London Borough of Barnet"));
        assertEquals(Optional.of("Barnsley"), Authorities.find("Barnsley Metropolitan Borough Council"));
        assertEquals(Optional.of("North Northamptonshire"), Authorities.find("Inspection of North Northamptonshire Council children's services"));
        assertEquals(Optional.of("Bath and North East Somerset"), Authorities.find("Bath and North East Somerset Council"));
        assertEquals(Optional.empty(), Authorities.find("the council's website"));
        assertEquals(Optional.of("Barnsley"), Authorities.find("Metropolitan Borough of Barnsley Council"));
        assertEquals(Optional.empty(), Authorities.find("the Children in Care Council met twice"));
        assertEquals(Optional.empty(), Authorities.find("Venue: Georgina Little Council Chamber, Sessions House"));
        assertEquals(Optional.empty(), Authorities.find("Members of the Cabinet\nCouncil Tax"), "never across a line break");
        assertEquals(Optional.of("Kent"), Authorities.find("Georgina Little Council Chamber, Kent County Council"));
    }

    @Test
    void aPlaceAfterAnAddresseesTitleRunIntoOneLineIsFound() {
        assertEquals(Optional.of("Upland"), Authorities.find("Mr John Director Director of Children's Services Upland Borough Council"));
        assertEquals(Optional.empty(), Authorities.find("the Children in Care Council met"));
    }
}
