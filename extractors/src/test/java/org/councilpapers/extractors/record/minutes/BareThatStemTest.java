package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stem that is the bare word "That" ("RESOLVED: That" or "The Panel RESOLVED that:" over numbered or lettered clauses) adds
 * nothing to its parts: each is a clause complete as printed (less the "; and" that joins it to the next), as the expected
 * records of four annotators read them. A stem that is "That" and the body alone ("That the Panel" over "(a) notes …", "It was
 * RESOLVED that the Authority:") is read the same: the part as printed, "notes …" (session 12, as the annotators of full Council,
 * panel and fire authority minutes wrote it).
 */
class BareThatStemTest {
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aBareThatIsNotCarriedIntoTheClauses(DocumentKind kind) {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, Variants.read("minutes-borough-scrutiny-bare-that-stem-numbered-clauses.txt"))
                .records(Resolution.class);
        assertEquals(List.of(
                "14/1 the annual report of the Community Safety Partnership be noted;",
                "14/2 the Panel's thanks be conveyed to the partner agencies",
                "14/3 the Partnership report again in April 2026 on shop theft.",
                "15/a the findings of the youth provision review be noted",
                "15/b a task group be set up to look at detached youth work.",
                "16/a notes the contractor's performance for the first half of the year",
                "16/b asks for a report on swimming lesson waiting lists in January."),
                rs.stream().map(r -> r.itemNumber() + "/" + r.number() + " " + r.text()).toList());
    }
}
