package org.councilpapers.extractors.record.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.record.Person;
import org.junit.jupiter.api.Test;

class FrontSheetTest {
    @Test
    void venueSetBesideAContactColumnIsWhatFollowsTheTimeWithoutTheContacts() {
        // Kent's front sheet as a reading that keeps whole lines gives it (checked against the PDF).
        assertEquals("Council Chamber, Sessions House, County Hall, Maidstone", FrontSheet.venueBesideContacts(
                "Thursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little Council Chamber, Sessions House, "
                        + "Telephone: Tel: 03000 414043 County Hall, Maidstone Email:", "Georgina Little"));
        assertEquals("Committee Room 2, Civic Centre", FrontSheet.venueBesideContacts(
                "Tuesday, 4 March 2025 at 2.00 pm Contact Officer: Jo Bell Committee Room 2, Civic Centre Direct line: 01234 567 890 "
                        + "E-mail: jo.bell@barset.gov.uk", "Jo Bell"));
        assertEquals("Council Chamber, Sessions House, County Hall, Maidstone", FrontSheet.venueBesideContacts(
                "Thursday, 13th March, 2025, at 3.00 pm (or on the rising of Full Council, whichever is the later) Ask for: Georgina "
                        + "Little Council Chamber, Sessions House, Telephone: Tel: 03000 414043 County Hall, Maidstone Email:", "Georgina Little"),
                "a note on the time in brackets is not the place");
    }

    @Test
    void noContactColumnOrNoPlaceGivesNoVenue() {
        assertNull(FrontSheet.venueBesideContacts("Thursday, 30th January, 2025, at 10.00 am in the Council Chamber", null),
                "no contact labels: the ordinary rules read this line");
        assertNull(FrontSheet.venueBesideContacts("Thursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little Telephone: 03000 414043",
                "Georgina Little"), "nothing but contacts after the time");
    }

    @Test
    void coOptedMembersBesideWhomTheyRepresentAreTheWordsAfterEachHonorific() {
        assertEquals(List.of(new Person("Dominic Kearney", null), new Person("Alison Whitcombe", null), new Person("Kwame Asante", null)),
                FrontSheet.representatives("Father Dominic Kearney Roman Catholic Diocese representative Mrs Alison Whitcombe Church of "
                        + "England Diocese representative Mr Kwame Asante Parent Governor representative (Primary)"),
                "two columns read as one line");
        assertEquals(List.of(new Person("Anselm Dorrington", null)), FrontSheet.representatives("Fr. Anselm Dorrington Diocese of Westmarch representative"));
        assertEquals(List.of(new Person("J. R. Okonkwo", null), new Person("Ingrid van Dijk", null)),
                FrontSheet.representatives("Dr J. R. Okonkwo Secondary Parent Governor Ms Ingrid van Dijk Healthwatch"), "initials and particles");
        assertEquals(List.of(), FrontSheet.representatives("Members of the public are welcome to attend"), "no honorific opens the line");
    }
}
