package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How councils head and word what a report asks its committee to do. A heading: "Recommendations", "Recommendation(s)",
 * "Recommendations to the Committee:", "Recommendation to Cabinet", "Decision(s) required", "Decisions sought", "Action
 * required of the Board". A lead-in over a list: "The Committee is recommended to:", "Members are asked to:", "Cabinet is
 * asked to approve the following changes to the Capital Budget:", "It is recommended that:". A recommendation in one
 * sentence, with no list and perhaps no heading: "The board is asked to note the briefing.", "It is recommended that the
 * Panel notes the report." Adding a council's wording is one entry here.
 */
public final class RecommendationWords {
    /** Who a report asks: a deciding body ({@link DecisionWords#BODIES}), its members, or the one member who decides. */
    private static final List<String> ASKED = List.of("members", "cabinet member", "lead member", "executive member", "portfolio holder",
            "leader", "mayor", "partnership", "group", "sub-group");
    /** The verbs of asking, in the present: a past "was asked to" tells what happened at a meeting. */
    private static final String ASKING = "(?:is|are)\\s+(?:asked|recommended|invited|requested|requested and recommended)\\s+to";

    private static String asked() {
        List<String> all = new java.util.ArrayList<>(DecisionWords.BODIES);
        all.addAll(ASKED);
        return all.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    // "The Committee", "Cabinet", "The Health and Wellbeing Board", "Members": up to five words naming the body.
    private static final String WHO = "(?:the\\s+)?(?:[\\w'’&,-]+\\s+){0,5}?" + asked();

    /**
     * A recommendations heading or a lead-in line, perhaps numbered ("2.", "2 |"): the list under it is what the report asks.
     */
    public static final Pattern HEADING = Pattern.compile("(?i)^(?:\\d+\\.?\\s*(?:[|│]\\s*)?\\s)?(?:"
            + "recommendations?(?:\\(s\\))?"
            + "|recommendations?(?:\\(s\\))?\\s+(?:to|for)\\s+(?:the\\s+)?(?:[\\w'’&-]+\\s+){0,4}?(?:" + asked()
            + "|decision|approval|consideration)"
            + "|decisions?(?:\\(s\\))?\\s+(?:required|sought|requested)|actions?\\s+(?:required|requested)(?:\\s+(?:of|by|from)\\s+[\\w'’ -]{2,40})?"
            + "|" + WHO + "\\s+" + ASKING + "(?:\\s+[a-z ]{0,40})?"
            + "|it\\s+is\\s+recommended(?:\\s+that)?"
            + ")\\s*:?$");

    /**
     * A lead-in in a report's body that names what is asked and ends with a colon, over a list: "Cabinet is asked to approve
     * the following changes to the Capital Budget:". Where the report has its own recommendations, such a list spells one of
     * them out in the body; where it has none, the list is what it asks.
     */
    public static final Pattern BODY_LEAD_IN = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?" + WHO + "\\s+" + ASKING
            + "\\s+[^.:;]{1,120}:$");

    /**
     * A recommendation in one sentence: "The board is asked to note the briefing.", "3.1 Members are recommended to approve
     * the fees in Appendix A.", "It is recommended that the Panel notes the report." Group 1 is the paragraph's number where
     * printed, group 2 the sentence.
     */
    public static final Pattern SENTENCE = Pattern.compile("(?i)^(?:(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\.?\\s+)?((?:" + WHO + "\\s+" + ASKING
            + "|it\\s+is\\s+(?:therefore\\s+)?recommended\\s+that)\\s+[^:]{3,600}[.;])$");

    /**
     * A paragraph under a recommendations heading that is itself the recommendation: "That the Committee notes the report.",
     * or an instruction opening with the verb ("Note the progress made.", "To agree the revised targets.").
     */
    public static final Pattern PARAGRAPH = Pattern.compile("(?is)^(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?\\s+)?(?:that\\s+\\S"
            + "|(?:to\\s+)?(?:note|agree|approve|endorse|comment on|consider|delegate|authorise|authorize|adopt|recommend|support|scrutinise|"
            + "receive|accept|confirm|review|request)\\s+\\S).*$");

    private RecommendationWords() {}
}
