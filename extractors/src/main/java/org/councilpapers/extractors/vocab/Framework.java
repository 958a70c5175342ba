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
    FOCUSED_VISIT("focused visit", Set.of(), titled("focused visit", "focussed visit"), null,
            List.of("focused visit", "focussed visit")),
    MONITORING_VISIT("monitoring visit", Set.of(), titled("monitoring visit"), null, List.of("monitoring visit")),
    JTAI("JTAI", Set.of(), titled("joint targeted area inspection"), null, List.of("joint targeted area inspection", "jtai")),
    /** The local area SEND inspections: the 2016 framework's letters and the 2023 framework's outcomes, neither graded. */
    SEND_LOCAL_AREA("SEND", Set.of(),
            s -> s.contains("local area send") || s.contains("send inspection")
                    || s.contains("special educational needs and/or disabilities") && s.contains("local area"),
            null, List.of("send inspection", "local area send", "send local area", "local area")),
    /** Inspection of local authority children's services, 2018 onwards. */
    ILACS("ILACS", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE),
            s -> Patterns.ILACS_TITLE.matcher(s).find() || s.contains("ilacs") || s.contains("inspection of children's social care services")
                    || s.contains("impact of leaders on social work practice"),
            Patterns.ILACS_MENTION, List.of("ilacs", "inspection of local authority children", "children's social care services")),
    /** The single inspection framework, 2013–2017. */
    SIF("SIF", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE),
            s -> s.contains("children in need of help and protection") && (s.contains("care leavers") || s.contains("single inspection"))
                    || s.contains("single inspection framework"),
            Patterns.SIF_MENTION, List.of("single inspection", "sif")),
    /** Inspection of safeguarding and looked after children services, 2009–2012. */
    SLAC_2009("safeguarding and looked after children", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE),
            titled("safeguarding and looked after children"), Patterns.SLAC_MENTION, List.of("inspection")),
    /** Inspection of services for looked after children, 2012–2013. */
    LAC_2013("looked after children", Set.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.INADEQUATE),
            titled("inspection of services for looked after children", "looked after children services"), null, List.of("inspection"));

    private final String label;
    private final Set<Grade> grades;
    private final Title title;
    private final @Nullable Pattern mention;
    private final List<String> keywords;

    Framework(String label, Set<Grade> grades, Title title, @Nullable Pattern mention, List<String> keywords) {
        this.label = label;
        this.grades = grades;
        this.title = title;
        this.mention = mention;
        this.keywords = keywords;
    }

    /** The id records carry in {@code judgement.framework} and {@code finding.source}: "ILACS", "SIF", "SLAC_2009". */
    public String id() {
        return name();
    }

    /** How a finding's {@code source} names it: "ILACS", "focused visit", "SEND" ("Ofsted ILACS 2019"). */
    public String label() {
        return label;
    }

    /** The grades its judgements are given in; empty for the visits and inspections that give none. */
    public Set<Grade> grades() {
        return grades;
    }

    /** The words by which a paper mentions it, lower case, for finding the sentence that dates it. */
    public List<String> keywords() {
        return keywords;
    }

    /** The framework the opening text of an inspection report or letter names, if any. */
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

    /** The framework of an id a record carries, if it is one of these. */
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
        static final Pattern SLAC_MENTION = Pattern.compile("\\bsafeguarding and looked after children('s)? services");
    }
}
