package org.councilpapers.core.export;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The columns of one inspection row ({@link Inspection}): the areas Ofsted's children's services frameworks judge,
 * each with the words by which a judgement's area (and the heading it sits under) names it. The frameworks word the
 * same area differently (the 2018 ILACS "impact of leaders on social work practice", the 2013 SIF "leadership,
 * management and governance", the 2009 "leadership and management"), so an area is known by its words, tried in
 * this order: the narrower names first, since "children in care and care leavers" also says "care leavers".
 */
public enum InspectionArea {
    /** Overall effectiveness: every framework's headline judgement. */
    OVERALL_EFFECTIVENESS("overallEffectiveness", List.of("overall effectiveness")),
    /** The impact of leaders (ILACS), leadership, management and governance (SIF), leadership and management (2009–2013). */
    LEADERS("leaders", List.of("impact of leaders", "leadership")),
    /** The experiences and progress of children who need help and protection (ILACS, SIF). */
    HELP_AND_PROTECTION("helpAndProtection", List.of("help and protection")),
    /**
     * Children in care (ILACS from 2023), children in care and care leavers (ILACS 2018–2023, one judgement for both,
     * as Ofsted's own data puts it), children looked after and achieving permanence (SIF).
     */
    CHILDREN_IN_CARE("childrenInCare", List.of("children in care", "achieving permanence")),
    /** The experiences and progress of care leavers (SIF's sub-judgement; ILACS from 2023). */
    CARE_LEAVERS("careLeavers", List.of("care leavers")),
    /** Adoption performance (SIF's sub-judgement). */
    ADOPTION("adoption", List.of("adoption")),
    /** The effectiveness of the Local Safeguarding Children Board (SIF's separate review). */
    LSCB("lscb", List.of("safeguarding children board", "lscb")),
    /** Capacity to improve (2009–2013). */
    CAPACITY_TO_IMPROVE("capacityToImprove", List.of("capacity to improve", "capacity for improvement")),
    /** Outcomes for looked after children and young people (2009–2013). */
    OUTCOMES("outcomes", List.of("outcomes")),
    /** Quality of provision (2009–2013). */
    QUALITY_OF_PROVISION("qualityOfProvision", List.of("quality of provision"));

    private final String column;
    private final List<String> words;

    InspectionArea(String column, List<String> words) {
        this.column = column;
        this.words = words;
    }

    /**
     * The column's name in CSV and JSON.
     *
     * @return the name, camel case ({@code helpAndProtection})
     */
    public String column() {
        return column;
    }

    /**
     * The area a judgement's label names.
     *
     * @param area the judgement's area as printed ("The experiences and progress of care leavers")
     * @return the area, or null for a label none of them names (it goes to {@code otherAreas})
     */
    public static @Nullable InspectionArea of(String area) {
        String s = area.toLowerCase(Locale.ROOT).replace('’', '\'');
        // "Overall effectiveness of services for looked after children" is still the overall judgement.
        if (s.startsWith("overall effectiveness")) {
            return OVERALL_EFFECTIVENESS;
        }
        for (InspectionArea a : values()) {
            if (a != OVERALL_EFFECTIVENESS && a.words.stream().anyMatch(s::contains)) {
                return a;
            }
        }
        return null;
    }
}
