package org.councilpapers.extractors.table;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.PeriodLabels;

/**
 * What a column of an action plan or scorecard holds, named by its header. Headers vary
 * ("Description of Action(s) - How", "Owner(s) - Who", "By When (date)", "Timescale", "Lead
 * person", "Progress RAG"), so each role is a few words tried in a fixed order: the more specific
 * roles first, so "Action completed by" is a due date and "Progress RAG" a status.
 */
public enum PlanColumn {
    /** Which way a measure is moving ("Direction of travel", "DoT", "Trend"). */
    DIRECTION,
    /** When an action is due ("By when", "Timescale", "Target date"). */
    DUE,
    /** Who leads an action ("Owner", "Lead officer", "Responsible"). */
    OWNER,
    /** A RAG status or rating ("RAG", "Status", "Progress RAG"). */
    STATUS,
    /** A numeric score. */
    SCORE,
    /** What has been done so far ("Progress", "Update", "Commentary"). */
    PROGRESS,
    /** What an action is meant to achieve and how success is measured ("Outcome", "Success measures", "KPI"). */
    OUTCOME,
    /** The recommendation or finding an action answers ("Recommendation", "Area for improvement", "Issue"). */
    RECOMMENDATION,
    /** What is to be done ("Action", "Description of action(s) - how"). */
    ACTION,
    /** An action's or recommendation's number or reference. */
    REFERENCE,
    /** A reporting period ("Q1", "April 2023"): a column of one period's values. */
    PERIOD,
    /** A header naming none of the roles above, or no header. */
    OTHER;

    private static final List<Map.Entry<PlanColumn, Pattern>> WORDS = List.of(
            Map.entry(DIRECTION, words("direction of travel|direction|dot|trend")),
            Map.entry(DUE, words("by when|when|timescales?|timeframe|time ?scale|deadline|due(?: date)?|target date|completion date|date"
                    + "|completed by|complete by|to be completed by|target completion|end date")),
            // "Led by", "Lead(s)", "Delivery lead", "Officer responsible", "Responsible team": who leads each action, as plans name it.
            Map.entry(OWNER, words("owners?|owner\\(s\\)|who|responsible(?: officers?| persons?| leads?| teams?| service)?|leads?|lead\\(s\\)"
                    + "|lead (?:officers?|persons?|officer/team|members?|services?|teams?|directorates?|organisations?|agenc(?:y|ies))|led by"
                    + "|delivery leads?|delivered by|service leads?|officers? responsible|accountable(?: officers?| leads?)?|assigned lead|by whom"
                    + "|responsibility")),
            Map.entry(STATUS, words("b?rag|b?rag status|b?rag rating|status|rating|progress rag|rag rated")),
            Map.entry(SCORE, words("score|scores")),
            Map.entry(PROGRESS, words("progress|updates?|progress update|comments?|commentary|current position|position|evidence(?: of progress)?"
                    + "|narrative|notes?")),
            Map.entry(OUTCOME, words("outcomes?|success measures?|measures?(?: of success)?|success criteria|impact|outputs?|kpis?")),
            Map.entry(RECOMMENDATION, words("recommendations?|areas? (?:for|of) (?:improvement|development|concern)|findings?|issues?"
                    + "|what needs to improve|weakness(?:es)?|objectives?")),
            Map.entry(ACTION, words("actions?|action\\(s\\)|how|what|tasks?|activit(?:y|ies)|key actions?|actions? (?:required|to be taken)"
                    + "|planned actions?|what (?:we will|will we) do|steps?|milestones?|commitments?|deliverables?|interventions?")),
            // "Rec", "Ofsted rec", "Rec no.": a narrow column of the numbers of recommendations listed elsewhere.
            Map.entry(REFERENCE, words("no|no\\.|nos?|number|ref|ref\\.|reference|ref no|#|id|item|recs?|rec\\.")));

    // "Timescal e", "Shared Outcom e": a PDF's narrow header cell wraps a word, leaving its last letters on a line of their own.
    private static final Pattern WRAPPED_WORD = Pattern.compile(
            "(\\p{L}{3,}) (?!(?:a|i|an|as|at|be|by|do|go|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we)(?!\\p{L}))(\\p{Ll}{1,2})(?!\\p{L})");

    /**
     * Headers that name what a plan's actions answer only when their cells say it in words: "Priority" over "Children get
     * help at the right time" is the point answered, over "High" or "1" a ranking.
     */
    private static final Pattern ANSWERED_IF_PROSE = words("priorit(?:y|ies)|key priorit(?:y|ies)|priority areas?|themes?|focus areas?");

    /**
     * Whether a header names what the actions answer where its cells hold prose rather than a level ("Priority", "Key
     * priorities", "Theme").
     *
     * @param header a column's header text, as printed
     * @return true where the header may name the recommendation column
     */
    public static boolean namesAnsweredIfProse(String header) {
        return ANSWERED_IF_PROSE.matcher(Texts.fold(header)).find();
    }

    private static final Pattern REC_ABBREVIATION = Pattern.compile("(?:^|[^a-z])recs?(?:$|[^a-z])");

    // Lead columns rank below owner columns: in "Assigned Lead | … | Owner(s) - Who" the owner is "Owner(s) - Who".
    private static final Pattern WEAK_OWNER = Pattern.compile("(?i).*\\blead\\b.*");

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:^|[^a-z0-9])(?:" + alternatives + ")(?:$|[^a-z0-9])");
    }

    /**
     * The role a header names, or OTHER; a header that is a period label is a PERIOD column. A header naming nothing is
     * read again with a word a narrow cell wrapped joined up ("Timescal e").
     *
     * @param header a column's header text, as printed
     * @return the role the header names, OTHER for none
     */
    public static PlanColumn of(String header) {
        PlanColumn role = named(header);
        if (role == OTHER) {
            String joined = WRAPPED_WORD.matcher(header).replaceAll("$1$2");
            return joined.equals(header) ? OTHER : named(joined);
        }
        return role;
    }

    private static PlanColumn named(String header) {
        String h = Texts.fold(header);
        if (h.isEmpty()) {
            return OTHER;
        }
        if (PeriodLabels.isPeriod(header.strip())) {
            return PERIOD;
        }
        for (Map.Entry<PlanColumn, Pattern> e : WORDS) {
            if (e.getValue().matcher(h).find()) {
                return e.getKey();
            }
        }
        return OTHER;
    }

    /**
     * Whether a header names recommendations, in full or cut short ("Recommendation", "Rec no.", "Recs").
     *
     * @param header a column's header text
     * @return true where the header names recommendations
     */
    public static boolean namesRecommendation(String header) {
        return of(header) == RECOMMENDATION || REC_ABBREVIATION.matcher(Texts.fold(header)).find();
    }

    /**
     * How strongly a header names its role, so the better of two owner columns wins.
     *
     * @param header a column's header text
     * @param role the role the header was read as
     * @return 1 for a weak name ("Lead" for an owner), 2 otherwise
     */
    public static int rank(String header, PlanColumn role) {
        return role == OWNER && WEAK_OWNER.matcher(header).matches() && !Texts.fold(header).matches(".*\\b(?:owner|who|responsible)\\b.*") ? 1 : 2;
    }
}
