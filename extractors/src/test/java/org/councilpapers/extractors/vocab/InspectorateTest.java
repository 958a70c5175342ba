package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The inspectorates are one list that every consumer reads: each inspectorate's names are found in prose, and the names
 * of those whose lists papers quote lead a plan's source label and a lead-in, with no copy of them elsewhere.
 */
class InspectorateTest {
    @Test
    void everyInspectorateWithoutFrameworksIsFoundInProseByEachOfItsNamesAndGivesItsLabel() {
        for (Inspectorate i : Inspectorate.values()) {
            if (!i.frameworks().isEmpty()) {
                continue;
            }
            for (String n : i.names()) {
                assertEquals(Optional.of(i.label()), Inspectorate.named("In 2019 the " + n + " judged the service to be good."), n);
            }
            for (String a : i.abbreviations()) {
                assertEquals(Optional.of(i.label()), Inspectorate.named("In 2019 " + a + " judged the service to be good."), a);
            }
        }
    }

    @Test
    void theLongerNameWinsWhereOneStartsAnother() {
        assertEquals(Optional.of("Care Inspectorate Wales"), Inspectorate.named("Care Inspectorate Wales rated the service good."));
        assertEquals(Optional.of("Care Inspectorate"), Inspectorate.named("The Care Inspectorate graded the service good."));
        assertEquals(Optional.of("HMICFRS"), Inspectorate.named("HMICFRS judged the service good; HMIC had said so in 2014."));
        assertEquals(Optional.of("Ofsted"), Inspectorate.named("The joint area review of March 2007 judged safeguarding inadequate."));
        assertEquals(Optional.empty(), Inspectorate.named("The cabinet noted the budget."));
        assertEquals(Optional.empty(), Inspectorate.named("THE MCQCS were sent"), "letters inside a longer word are not an abbreviation");
    }

    @Test
    void everyInspectorateIsNamedInLowerCaseTextByEachOfItsNames() {
        for (Inspectorate i : Inspectorate.values()) {
            for (String n : i.names()) {
                assertTrue(i.namedIn(("the " + n + " inspected").toLowerCase(Locale.ROOT)), n);
            }
            for (String a : i.abbreviations()) {
                assertTrue(i.namedIn(("the " + a + " inspected").toLowerCase(Locale.ROOT)), a);
            }
            assertFalse(i.namedIn("the cabinet noted the budget"), i.name());
            assertEquals(Optional.of(i), Inspectorate.labelled(i.label()));
            assertTrue(i.datingKeys().containsAll(i.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()), i.name());
        }
    }

    @Test
    void eachOneWordNameOfAnInspectorateWhoseListsAreQuotedLeadsASourceLabelAndIsInTheListingAlternation() {
        Pattern listing = Pattern.compile("(?i)^(?:" + Inspectorate.listingAlternation() + ")$");
        int seen = 0;
        for (Inspectorate i : Inspectorate.values()) {
            List<String> forms = new java.util.ArrayList<>(i.names());
            forms.addAll(i.abbreviations());
            forms.addAll(i.inspectors());
            for (String f : forms) {
                if (f.indexOf(' ') >= 0) {
                    continue;
                }
                assertEquals(i.listsQuoted(), listing.matcher(f).matches(), f);
                if (i.listsQuoted()) {
                    seen++;
                    assertEquals("Recruit staff", SourceLabels.strip(f + " recommendation 2: Recruit staff"), f);
                    assertEquals("Oversight of plans", SourceLabels.strip(f + ": Oversight of plans"), f);
                } else {
                    assertEquals(f + ": Oversight of plans", SourceLabels.strip(f + ": Oversight of plans"), f);
                }
            }
        }
        assertTrue(seen >= 5, "Ofsted, HMI, HMICFRS, CQC and HMIP at least");
    }

    @Test
    void ofstedRunsEveryFrameworkAndNoOtherInspectorateRunsOne() {
        assertEquals(List.of(Framework.values()), Inspectorate.OFSTED.frameworks());
        for (Inspectorate i : Inspectorate.values()) {
            assertEquals(i == Inspectorate.OFSTED, !i.frameworks().isEmpty(), i.name());
        }
    }
}
