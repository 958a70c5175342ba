package org.councilpapers.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;

class QueryTest {
    @Test
    void eachMethodReturnsANewQueryAndLeavesTheOldOneAlone() {
        Query base = Query.text("return home interviews");
        Query narrowed = base.type(RecordType.FINDING).years(2016, 2021);

        assertEquals(Set.of(), base.types());
        assertNull(base.fromYear());
        assertEquals(Set.of(RecordType.FINDING), narrowed.types());
        assertEquals(2016, narrowed.fromYear());
        assertEquals(2021, narrowed.toYear());
        assertEquals("return home interviews", narrowed.text());
    }

    @Test
    void equalQueriesAreEqualValues() {
        Query a = Query.text("care leavers").grade(Grade.GOOD, Grade.OUTSTANDING).council("Thurrock").limit(20);
        Query b = Query.text("care leavers").council("Thurrock").grade(Grade.OUTSTANDING, Grade.GOOD).limit(20);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b.offset(20));
    }

    @Test
    void toStringShowsOnlyWhatIsSet() {
        assertEquals("Query[text=\"return home\", type=[finding], years=2016..2021]",
                Query.text("return home").type(RecordType.FINDING).years(2016, 2021).toString());
        assertEquals("Query[years=..2019, order=DATE, limit=0, facets]",
                Query.all().years(null, 2019).orderBy(Query.Order.DATE).limit(0).withFacets(true).toString());
    }

    @Test
    void blankOrStarTextMatchesEverything() {
        assertNull(Query.text("  ").text());
        assertNull(Query.text(" * ").text());
        assertEquals(Query.all(), Query.text("*"));
    }

    @Test
    void blankNamesAreIgnoredAndOthersTrimmed() {
        assertEquals(List.of("Thurrock"), List.copyOf(Query.all().council(" Thurrock ", "").councils()));
    }

    @Test
    void rangesThatRunBackwardsAndNegativePagesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Query.all().years(2021, 2016));
        assertThrows(IllegalArgumentException.class, () -> Query.all().dates(java.time.LocalDate.of(2020, 1, 2), java.time.LocalDate.of(2020, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Query.all().offset(-1));
        assertThrows(IllegalArgumentException.class, () -> Query.all().limit(-1));
    }

    @Test
    void sizesAndYearsOutOfRangeAreRefusedWithTheirBounds() {
        assertEquals(Query.MAX_LIMIT, Query.all().limit(Query.MAX_LIMIT).limit());
        assertEquals(0, Query.all().limit(0).limit(), "counts and facets only");
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> Query.all().limit(Integer.MAX_VALUE));
        assertEquals("limit must be between 0 and 10000, not 2147483647", big.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Query.all().limit(-1));
        assertThrows(IllegalArgumentException.class, () -> Query.all().offset(Query.MAX_OFFSET + 1));
        assertEquals(Query.MAX_OFFSET, Query.all().offset(Query.MAX_OFFSET).offset());
        IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> Query.all().years(3000, null));
        assertEquals("year 3000 (from) is not between 1900 and 2100", year.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Query.all().year(20199));
        assertEquals(2016, Query.all().years(2016, 2021).fromYear());
    }
}
