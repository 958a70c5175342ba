package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouncilDomainsTest {
    private static List<String> places(String text) {
        return CouncilDomains.findAll(text).stream().map(CouncilDomains.Address::place).toList();
    }

    @Test
    void webAndMailAddressesNameTheirPlace() {
        assertEquals(List.of("Kent"), places("More at www.kent.gov.uk/cabinet"));
        assertEquals(List.of("Barnet"), places("Contact democratic.services@barnet.gov.uk or 020 8359 2000"));
        assertEquals(List.of("Southwark"), places("http://moderngov.southwark.gov.uk/mgAi.aspx?ID=55630"));
        assertEquals(List.of("North Northamptonshire"), places("democratic.services@north-northamptonshire.gov.uk"));
        assertEquals(List.of("Gwynedd"), places("www.gwynedd.llyw.cymru"));
    }

    @Test
    void anAddressBrokenOverTwoLinesAtADotIsStillRead() {
        assertEquals(List.of("Kent"), places("Email: georgina.little@kent\n.gov.uk"));
        assertEquals(List.of("Kent"), places("georgina.little@kent .gov.uk"));
    }

    @Test
    void theKindOfCouncilAddedToThePlaceIsDropped() {
        assertEquals(Optional.of("Lowbrook"), CouncilDomains.placeOf("lowbrook-dc"));
        assertEquals(Optional.of("Hertfordshire"), CouncilDomains.placeOf("hertfordshire-cc"));
        assertEquals(Optional.of("Sandwell"), CouncilDomains.placeOf("sandwell-mbc"));
        assertEquals(Optional.of("Kent"), CouncilDomains.placeOf("kentcouncil"));
        assertEquals(Optional.of("Epping Forest"), CouncilDomains.placeOf("eppingforestdc"), "listed: the place's words run together");
    }

    @Test
    void hostedCommitteeSitesNameTheirCouncil() {
        assertEquals(List.of("Watford"), places("http://watford.moderngov.co.uk/ieListMeetings.aspx?CId=121"));
        assertEquals(List.of("Colchester"), places("colchester.cmis.uk.com/colchester/MeetingCalendar"));
    }

    @Test
    void abbreviatedAddressesComeFromTheTable() {
        assertEquals(List.of("Kensington and Chelsea"), places("Website: www.rbkc.gov.uk"));
        assertEquals(List.of("North Hertfordshire"), places("democracy.north-herts.gov.uk"));
    }

    @Test
    void governmentInspectoratesAndParishesAreNoCouncil() {
        assertEquals(List.of(), places("enquiries@ofsted.gov.uk and www.gov.uk/government/organisations/ofsted"));
        assertEquals(List.of(), places("enquiries@ofsted.gsi.gov.uk"), "the secure network's label is not a place");
        assertEquals(List.of("Kent"), places("jane.doe@kent.gcsx.gov.uk"));
        assertEquals(List.of(), places("assets.publishing.service.gov.uk and www.legislation.gov.uk"));
        assertEquals(List.of(), places("clerk@gillinghamdorset-tc.gov.uk"), "a town council");
        assertEquals(List.of(), places("www.local.gov.uk"), "the Local Government Association");
        assertEquals(List.of(), places("the government's policy"));
    }

    @Test
    void addressesComeInTheOrderPrinted() {
        assertEquals(List.of("Amberleigh", "Stonemoor"),
                places("committee.services@amberleigh.gov.uk, copied to members@stonemoor.gov.uk"));
    }

    @Test
    void addressesAnywhereInALongTextAreFoundWhereTheyStand() {
        // The patterns run only around each "gov." / "llyw." / "cmis.": at the text's ends, in capitals, split at the dot,
        // hosted, and two run together must all still be found, with the offsets the whole text gives.
        String prose = "The committee noted the government's guidance on governance. ".repeat(2000);
        String text = "kent.gov.uk " + prose + "Contact: DEMOCRATIC.SERVICES@BARNET.GOV.UK. " + prose + "watford.moderngov.co.uk"
                + "/www.surrey.gov.uk " + prose + "see colchester.cmis.uk.com and georgina.little@medway\n. gov.uk";
        List<CouncilDomains.Address> found = CouncilDomains.findAll(text);
        assertEquals(List.of("Kent", "Barnet", "Watford", "Surrey", "Colchester", "Medway"),
                found.stream().map(CouncilDomains.Address::place).toList());
        assertEquals(0, found.get(0).start());
        assertEquals(text.length(), found.get(5).end());
        assertEquals(text.indexOf("BARNET"), found.get(1).start()); // the mailbox before the @ is no part of the host
        assertEquals(text.indexOf("watford"), found.get(2).start());
    }
}
