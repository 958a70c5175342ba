package org.councilpapers.extractors.vocab;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises which Ofsted framework a children's services inspection belongs to from the words
 * of its title and judgement table. Each framework names itself differently, and the names are stable
 * enough across authorities to key on.
 */
public final class Frameworks {
    public static final String SLAC_2009 = "SLAC_2009";
    public static final String LAC_2013 = "LAC_2013";
    public static final String SIF = "SIF";
    public static final String ILACS = "ILACS";
    public static final String FOCUSED_VISIT = "FOCUSED_VISIT";
    public static final String MONITORING_VISIT = "MONITORING_VISIT";
    public static final String JTAI = "JTAI";
    public static final String SEND_LOCAL_AREA = "SEND_LOCAL_AREA";

    private Frameworks() {}

    /** The framework the opening text of an inspection report or letter names, if any. */
    public static Optional<String> identify(String openingText) {
        String s = openingText.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.contains("focused visit") || s.contains("focussed visit")) {
            return Optional.of(FOCUSED_VISIT);
        }
        if (s.contains("monitoring visit")) {
            return Optional.of(MONITORING_VISIT);
        }
        if (s.contains("joint targeted area inspection")) {
            return Optional.of(JTAI);
        }
        if (s.contains("local area send") || s.contains("send inspection") || s.contains("special educational needs and/or disabilities")
                && s.contains("local area")) {
            return Optional.of(SEND_LOCAL_AREA);
        }
        if (s.matches("(?s).*inspection of [^\\n]{0,60}local authority children's services.*") || s.contains("ilacs")
                || s.contains("inspection of children's social care services")
                || s.contains("impact of leaders on social work practice")) {
            return Optional.of(ILACS);
        }
        if (s.contains("children in need of help and protection") && (s.contains("care leavers") || s.contains("single inspection"))
                || s.contains("single inspection framework")) {
            return Optional.of(SIF);
        }
        if (s.contains("safeguarding and looked after children")) {
            return Optional.of(SLAC_2009);
        }
        if (s.contains("inspection of services for looked after children") || s.contains("looked after children services")) {
            return Optional.of(LAC_2013);
        }
        return Optional.empty();
    }

    /**
     * How a finding's {@code source} names a framework: "ILACS", "SIF", "focused visit", "SEND". With the
     * inspectorate and year it makes sources such as "Ofsted ILACS 2019" (testdata/expected-records/README.md).
     */
    public static String label(String framework) {
        return switch (framework) {
            case FOCUSED_VISIT -> "focused visit";
            case MONITORING_VISIT -> "monitoring visit";
            case SEND_LOCAL_AREA -> "SEND";
            case SLAC_2009 -> "safeguarding and looked after children";
            case LAC_2013 -> "looked after children";
            default -> framework;
        };
    }

    /** The words by which a paper mentions a framework, for finding the sentence that dates it. */
    public static java.util.List<String> keywords(String framework) {
        return switch (framework) {
            case FOCUSED_VISIT -> java.util.List.of("focused visit", "focussed visit");
            case MONITORING_VISIT -> java.util.List.of("monitoring visit");
            case SEND_LOCAL_AREA -> java.util.List.of("send inspection", "local area send", "send local area", "local area");
            case ILACS -> java.util.List.of("ilacs", "inspection of local authority children", "children's social care services");
            case SIF -> java.util.List.of("single inspection", "sif");
            case JTAI -> java.util.List.of("joint targeted area inspection", "jtai");
            default -> java.util.List.of("inspection");
        };
    }

    /** The framework a sentence in a committee report names ("the Ofsted ILACS Inspection", "the 2016 single inspection"). */
    public static Optional<String> mentionedIn(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (s.matches("(?s).*\\bilacs?\\b.*")) {
            return Optional.of(ILACS);
        }
        if (s.contains("single inspection") || s.matches("(?s).*\\bsif\\b.*")) {
            return Optional.of(SIF);
        }
        if (s.replace('’', '\'').matches("(?s).*\\bsafeguarding and looked after children('s)? services.*")) {
            return Optional.of(SLAC_2009);
        }
        return Optional.empty();
    }
}
