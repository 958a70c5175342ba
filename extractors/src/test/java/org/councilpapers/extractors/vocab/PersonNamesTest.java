package org.councilpapers.extractors.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilpapers.core.record.Person;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    @Test
    void nameAndRoleSplitAtCommaOrAtTheFirstTitleWord() {
        assertEquals(new Person("Joe Tynan", "Interim Assistant Director"), PersonNames.split("Joe Tynan, Interim Assistant Director"));
        assertEquals(new Person("Joe Tynan", "Interim Assistant Director"), PersonNames.split("Joe Tynan Interim Assistant Director"));
        assertEquals(new Person("Priscilla Bruce-Annan", "Business Manager"), PersonNames.split("Priscilla Bruce-Annan Business Manager"));
        assertEquals(new Person("Sara Muldowney", null), PersonNames.split("Councillor Sara Muldowney"));
        assertNull(PersonNames.split("Lee Watson").role());
        assertEquals(new Person("Joe Tynan", "Interim Assistant Director, Children's Social Care"),
                PersonNames.split("Joe Tynan Interim Assistant Director, Children's Social Care"));
    }

    @Test
    void recognisesNames() {
        assertTrue(PersonNames.looksLikeName("Sara Muldowney"));
        assertTrue(PersonNames.looksLikeName("Cllr Mary-Jane O'Neill"));
        assertFalse(PersonNames.looksLikeName("Youth Cabinet Update 2021"));
        assertFalse(PersonNames.looksLikeName("none"));
    }

    @Test
    void titleWordsAreKnownWhateverTheirCase() {
        assertTrue(PersonNames.isTitleWord("Director"));
        assertTrue(PersonNames.isTitleWord("officer"));
        assertFalse(PersonNames.isTitleWord("Muldowney"));
    }
}
