package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpapers.core.record.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The inspection frameworks of council children's services, each one entry holding everything the extractors know of
 * it: the id records carry ({@code judgement.framework}), the label a finding's source uses, the words of a report's
 * title that name it, the words a committee report uses when it mentions it, and the grades its judgements are given in.
 * Adding a framework is adding an entry here. The order is the order in which a title is tried: a focused visit's
 * letter also says "children's services", so the narrower names come first.
 */
public enum Framework {
    /** Ofsted's focused visits to children's services: a letter, with no graded judgements. */
    FOCUSED_VISIT("focused visit", Set.of(), titled("focused visit", "focussed visit"), null,
            List.of("focused visit", "focussed visit"), List.of(), List.of()),
    /** Ofsted's monitoring visits to a council judged inadequate: a letter, with no graded judgements. */
    MONITORING_VISIT("monitoring visit", Set.of(), titled("monitoring visit"), null, List.of("monitoring visit"), List.of(), List.of()),
    /**
     * The annual unannounced inspections of contact, referral and assessment arrangements, 2009–2013: a letter listing strengths
     * and areas for development, with no graded judgements. Its title also says "local authority children's services", so it
     * comes before ILACS.
     */
    UNANNOUNCED_CRA("unannounced inspection", Set.of(), titled("contact, referral and assessment", "contact, assessment and referral"),
            null, List.of("unannounced inspection", "contact, referral and assessment"), List.of(), List.of()),
    /** Joint targeted area inspections, by Ofsted and its partner inspectorates: a letter, with no graded judgements. */
    JTAI("JTAI", Set.of(), titled("joint targeted area inspection"), null, List.of("joint targeted area inspection", "jtai"),
            List.of(), List.of()),
    /**
     * The local area SEND inspections: the 2016 framework's letters and the 2023 framework's outcomes. Neither is graded: the
     * 2023 framework's three inspection outcomes say what a local area partnership's arrangements lead to and when Ofsted
     * returns, on no scale of {@link Grade}, so they give no judgement (as the 2016 letters give none).
     */
    SEND_LOCAL_AREA("SEND", Set.of(),
            s -> s.contains("local area send") || s.contains("send inspection")
                    || s.contains("special educational needs and/or disabilities") && s.contains("local area"),
            null, List.of("send inspection", "local area send", "send local area", "local area"), List.of(), List.of()),
    /** Inspection of local authority children's services, 2018 onwards. */
    ILACS("ILACS", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE),
            s -> Patterns.ILACS_TITLE.matcher(s).find() || s.contains("ilacs") || s.contains("inspection of children's social care services")
                    || s.contains("impact of leaders on social work practice"),
            Patterns.ILACS_MENTION, List.of("ilacs", "inspection of local authority children", "children's social care services"),
            List.of(),
            List.of("Overall effectiveness", "The impact of leaders on social work practice with children and families",
                    "The experiences and progress of children who need help and protection",
                    "The experiences and progress of children in care and care leavers", "The experiences and progress of children in care",
                    "The experiences and progress of care leavers")),
    /** The single inspection framework, 2013–2017, with its review of the Local Safeguarding Children Board. */
    SIF("SIF", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE),
            s -> s.contains("children in need of help and protection") && (s.contains("care leavers") || s.contains("single inspection"))
                    || s.contains("single inspection framework"),
            Patterns.SIF_MENTION, List.of("single inspection", "sif"), List.of(),
            List.of("Overall effectiveness", "Children who need help and protection", "Children looked after and achieving permanence",
                    "Adoption performance", "Experiences and progress of care leavers", "Leadership, management and governance",
                    "The effectiveness of the Local Safeguarding Children Board")),
    /** Inspection of local authority arrangements for the protection of children, 2012–2013. */
    CP_2012("child protection", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE),
            titled("arrangements for the protection of children"), null, List.of("inspection"), List.of(),
            List.of("Overall effectiveness", "The effectiveness of the help and protection provided to children, young people, families and carers",
                    "The quality of practice", "The effectiveness of leadership and governance")),
    /**
     * Inspection of safeguarding and looked after children services, 2009–2012. Its record of main findings grades each
     * area under one of two service groups, whatever the section questions printed between its rows.
     */
    SLAC_2009("safeguarding and looked after children", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE),
            titled("safeguarding and looked after children"), Patterns.SLAC_MENTION, List.of("inspection"),
            List.of("Safeguarding services", "Services for looked after children"),
            List.of("Overall effectiveness", "Capacity for improvement", "Being healthy", "Staying safe", "Enjoying and achieving",
                    "Making a positive contribution", "Economic well-being", "Quality of provision", "Ambition and prioritisation",
                    "Leadership and management", "Performance management and quality assurance", "Partnership working",
                    "Equality and diversity")),
    /** Inspection of services for looked after children, 2012–2013: one service group, as its predecessor printed it. */
    LAC_2013("looked after children", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE),
            titled("inspection of services for looked after children", "looked after children services"), null, List.of("inspection"),
            List.of("Services for looked after children"),
            List.of("Overall effectiveness", "Capacity to improve", "Outcomes for looked after children and young people",
                    "Quality of provision", "Leadership and management")),
    /**
     * Ofsted's annual performance assessments of a council's services for children and young people, 2005–2009: a letter
     * that states the overall effectiveness (and the capacity to improve) in prose, on the four-point scale of its day, and
     * lists key strengths and areas for improvement; its grade table (1-4) grades the five outcomes too. Last, so that a committee paper naming an inspection beside it is that
     * inspection's.
     */
    APA("annual performance assessment", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE),
            titled("annual performance assessment"), null, List.of("annual performance assessment"), List.of(),
            List.of("Overall effectiveness", "Capacity to improve", "Being healthy", "Staying safe", "Enjoying and achieving",
                    "Making a positive contribution", "Achieving economic well-being"));

    private final String label;
    private final Set<Grade> grades;
    private final Title title;
    private final @Nullable Pattern mention;
    private final List<String> keywords;
    private final List<String> groups;
    private final List<String> areas;

    Framework(String label, Set<Grade> grades, Title title, @Nullable Pattern mention, List<String> keywords, List<String> groups,
            List<String> areas) {
        this.label = label;
        this.grades = grades;
        this.title = title;
        this.mention = mention;
        this.keywords = keywords;
        this.groups = groups;
        this.areas = areas;
    }

    /**
     * The id records carry in {@code judgement.framework} and {@code finding.source}: "ILACS", "SIF", "SLAC_2009".
     *
     * @return the framework's id
     */
    public String id() {
        return name();
    }

    /**
     * How a finding's {@code source} names it: "ILACS", "focused visit", "SEND" ("Ofsted ILACS 2019").
     *
     * @return the framework's label
     */
    public String label() {
        return label;
    }

    /**
     * The grades its judgements are given in; empty for the visits and inspections that give none.
     *
     * @return the grades, empty for an ungraded framework
     */
    public Set<Grade> grades() {
        return grades;
    }

    /**
     * The words by which a paper mentions it, lower case, for finding the sentence that dates it.
     *
     * @return the keywords, lower case
     */
    public List<String> keywords() {
        return keywords;
    }

    /**
     * The service groups its grade tables print over their rows ("Safeguarding services", "Services for looked after
     * children"); empty where its tables have none. A judgement's {@code group} is one of these, not a question or sub-heading
     * printed between the rows ("How good are outcomes for looked after children?").
     *
     * @return the service groups, empty where there are none
     */
    public List<String> groups() {
        return groups;
    }

    /**
     * The areas it judges, as its reports print them; other wordings of the same areas occur in council papers.
     *
     * @return the areas, as printed
     */
    public List<String> areas() {
        return areas;
    }

    /**
     * Whether a label is one of the framework's service groups, however it is cased or punctuated.
     *
     * @param label a group row's text
     * @return true where it names one of the framework's service groups
     */
    public boolean isGroup(String label) {
        String s = fold(label);
        return groups.stream().anyMatch(g -> fold(g).equals(s));
    }

    /**
     * The framework whose service group a label names, if any: a table's group row says so even where the paper names none.
     *
     * @param label a group row's text
     * @return the framework, empty where the label names no framework's group
     */
    public static Optional<Framework> groupNamed(String label) {
        for (Framework f : values()) {
            if (f.isGroup(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return Patterns.NOT_WORD.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
    }

    /**
     * The framework the opening text of an inspection report or letter names, if any.
     *
     * @param openingText the first text of a report or letter
     * @return the framework, empty where it names none
     */
    public static Optional<Framework> identify(String openingText) {
        String s = openingText.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Framework f : values()) {
            if (f.title.names(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The framework a sentence of a committee report mentions ("the Ofsted ILACS Inspection", "the 2016 single
     * inspection"): only the frameworks whose names cannot be an ordinary phrase of a report are looked for.
     *
     * @param sentence a sentence of a report
     * @return the framework, empty where the sentence mentions none
     */
    public static Optional<Framework> mentionedIn(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Framework f : values()) {
            if (f.mention != null && f.mention.matcher(s).find()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The framework of an id a record carries, if it is one of these.
     *
     * @param id an id as records carry it, or null
     * @return the framework, empty for null or an unknown id
     */
    public static Optional<Framework> of(@Nullable String id) {
        for (Framework f : values()) {
            if (f.name().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Title titled(String... phrases) {
        return s -> {
            for (String p : phrases) {
                if (s.contains(p)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Whether a report's title and opening text, lower case, name the framework. */
    @FunctionalInterface
    private interface Title {
        boolean names(String lowerCaseText);
    }

    // An enum's constants cannot refer to its own static fields, so the patterns they share live in a holder.
    private static final class Patterns {
        static final Pattern ILACS_TITLE = Pattern.compile("inspection of [^\\n]{0,60}local authority children's services");
        static final Pattern ILACS_MENTION = Pattern.compile("\\bilacs?\\b");
        static final Pattern SIF_MENTION = Pattern.compile("single inspection|\\bsif\\b");
        static final Pattern NOT_WORD = Pattern.compile("[^a-z']+");
        static final Pattern SLAC_MENTION = Pattern.compile("\\bsafeguarding and looked after children('s)? services");
    }
}
