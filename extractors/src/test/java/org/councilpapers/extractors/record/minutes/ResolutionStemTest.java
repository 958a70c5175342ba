package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lettered resolution under a stem ("RESOLVED – That the Panel:" over "(a) notes …"): one rule in every layout. A stem that is "That"
 * and the body alone is not carried into its parts: each is read as printed ("notes …"), as annotators of panel, full Council and fire
 * authority minutes wrote them (session 12), and as a part that is a sentence of its own ("(a) Notes the …", Kent) always was. Parts on paragraphs of their
 * own, on lines under the stem, and run into the stem's own paragraph ("That the Panel (a) notes …; (b) asks …") read the same.
 */
class ResolutionStemTest {
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyLayoutOfAStemAndItsParts(DocumentKind kind) {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, Variants.read("minutes-unitary-panel-resolved-stem-lettered-layouts.txt"))
                .records(Resolution.class);
        assertEquals(List.of(
                "5a notes the progress made on the Carers Strategy;",
                "5b receives a further report on respite provision in January 2025.",
                "6a notes the market sustainability plan;",
                "6b asks the Director of Adult Social Care to report on home care rates in October.",
                "7a welcomes the annual report;",
                "7b endorses the Board's priorities for 2024/25.",
                "8a Notes the quality assurance framework.",
                "8b Agrees the schedule of provider visits."),
                rs.stream().map(r -> r.itemNumber() + r.number() + " " + r.text()).toList());
    }

    @Test
    void partsRunIntoTheParagraph() {
        List<String[]> parts = ResolutionExtractor.inlineParts("that Cabinet: (i) approves the scheme; (ii) delegates the award; and (iii) notes the risks.");
        assertEquals(4, parts.size());
        assertEquals("that Cabinet:", parts.get(0)[1]);
        assertEquals(List.of("i", "ii", "iii"), parts.subList(1, 4).stream().map(p -> p[0]).toList());
        assertEquals("delegates the award; and", parts.get(2)[1]);
        // A bracketed figure inside a sentence starts no sequence, and one part alone is no list.
        assertEquals(List.of(), ResolutionExtractor.inlineParts("That the fees (see paragraph 2) be approved."));
        assertEquals(List.of(), ResolutionExtractor.inlineParts("That the Panel (a) notes the report."));
    }
}
