package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aNamePrintedInCapitalsIsRead() {
        assertEquals(Optional.of("Barsetshire"), Authorities.find("BARSETSHIRE COUNTY COUNCIL"));
        assertEquals(Optional.of("Bath and North East Somerset"), Authorities.find("BATH AND NORTH EAST SOMERSET COUNCIL"));
        assertEquals(Optional.of("Kent"), Authorities.find("MINUTES of a meeting of KENT COUNTY COUNCIL"));
        assertEquals(Optional.empty(), Authorities.find("UNRESTRICTED ITEMS"));
        assertEquals(Optional.empty(), Authorities.find("FULL COUNCIL"));
    }

    @Test
    void prefixedNamesKeepTheirWholePlace() {
        assertEquals(Optional.of("Isles of Scilly"), Authorities.find("Council of the Isles of Scilly"));
        assertEquals(Optional.of("Kingston upon Thames"), Authorities.find("Royal Borough of Kingston upon Thames"));
        assertEquals(Optional.of("Windsor and Maidenhead"), Authorities.find("Royal Borough of Windsor and Maidenhead"));
        assertEquals(Optional.of("Barnet"), Authorities.find("London Borough of Barnet Children's Services"));
        assertEquals(Optional.of("London"), Authorities.find("City of London"));
        assertEquals(Optional.of("York"), Authorities.find("City of York Council"));
        assertEquals(Optional.of("Kingston upon Thames"), Authorities.find("Report to the Royal Borough of Kingston upon Thames Council"));
    }

    @Test
    void aMeetingOrAKindOfCouncilIsNoPlace() {
        assertEquals(Optional.empty(), Authorities.find("(or on the rising of Full Council, whichever is the later)"));
        assertEquals(Optional.empty(), Authorities.find("if required by County Council, of Decision 24/00093"));
        assertEquals(Optional.empty(), Authorities.find("Members agreed to refer the decision to the City Council"));
        assertEquals(Optional.empty(), Authorities.find("The Extraordinary Council meeting"));
        assertEquals(Optional.of("Kent"), Authorities.find("Full Council of Kent County Council"));
    }

    @Test
    void aNameNeverRunsAcrossTableCells() {
        assertEquals(Optional.empty(), Authorities.find("Climate Action Plan Annual Update\tKiran Lal\tCouncil motion\t12 April 2023"));
        assertEquals(Optional.empty(), Authorities.find("| Kiran Lal | Council motion |"));
        assertEquals(Optional.of("Northshire"), Authorities.find("Item\tNorthshire County Council\tmotion"));
    }

    @Test
    void bodiesAndRolesAreNotCouncils() {
        assertEquals(Optional.empty(), Authorities.find("the Youth Council met the Cabinet"));
        assertEquals(Optional.empty(), Authorities.find("The Kent Youth County Council (KYCC) elections"));
        assertEquals(Optional.empty(), Authorities.find("Report of: Cllr Jane Doe, Cabinet Member for Children and Council Services"));
        assertEquals(Optional.empty(), Authorities.find("Cabinet Member Council"));
        assertEquals(Optional.of("Northshire"),
                Authorities.find("Cllr Jane Doe, Cabinet Member for Adult Social Care, Northshire County Council"));
    }

    @Test
    void isPlaceRefusesMeetingsAndRoles() {
        assertEquals(true, Authorities.isPlace("North Northamptonshire"));
        assertEquals(true, Authorities.isPlace("Kingston upon Thames"));
        assertEquals(false, Authorities.isPlace("Full"));
        assertEquals(false, Authorities.isPlace("The"));
        assertEquals(false, Authorities.isPlace("Cabinet Member"));
        assertEquals(false, Authorities.isPlace("Youth"));
        assertEquals(false, Authorities.isPlace("thurrock"));
    }

    @Test
    void aCommitteeOrBuildingNamedForACouncilOfAKindNamesIt() {
        assertEquals(Optional.of("Kent"), Authorities.find("Kent County Council Cabinet"));
        assertEquals(Optional.of("Northshire"), Authorities.find("Northshire Borough Council Offices, Market Street"));
        assertEquals(Optional.empty(), Authorities.find("Georgina Little Council Chamber"), "a person's name is no place");
        assertEquals(Optional.of("Westshire"), Authorities.find("Minutes of the Licensing Committee of Westshire Borough Council"));
        assertEquals(Optional.of("Eastmoor"), Authorities.find("the Health and Wellbeing Board of Eastmoor Council"));
    }

    @Test
    void everyCouncilNamedIsFoundInOrder() {
        List<Authorities.Mention> all = Authorities.findAll(
                "Dunmere County Council, Fernwick City Council and the London Borough of Ashgate are our neighbours.");
        assertEquals(List.of("Dunmere", "Fernwick", "Ashgate"), all.stream().map(Authorities.Mention::place).toList());
        assertEquals(0, all.get(0).start());
        assertEquals(List.of(), Authorities.findAll("the council's website"));
    }

    @Test
    void placesShareAKeyHoweverTheyAreWritten() {
        assertEquals("brightonhove", Authorities.key("Brighton and Hove"));
        assertEquals("brightonhove", Authorities.key("brighton-hove"));
        assertEquals("kingstonthames", Authorities.key("Kingston upon Thames"));
        assertEquals("cheshireeast", Authorities.key("Cheshire East"));
    }
}
