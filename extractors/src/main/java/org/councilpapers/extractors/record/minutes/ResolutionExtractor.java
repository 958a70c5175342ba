package org.councilpapers.extractors.record.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.record.report.ProposedDecisions;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.vocab.DecisionWords.Setting;
import org.councilpapers.extractors.vocab.DecisionWords;
import org.jspecify.annotations.Nullable;

/**
 * The decisions recorded in minutes, one record per decision paragraph, each with the minute it
 * belongs to. A decision is introduced by RESOLVED, UNRESOLVED, AGREED or DECISION in capitals, by
 * "It was resolved that", or by "Resolved:"; it either follows the word on the same line ("RESOLVED
 * that the minutes be signed") or is set out after it as numbered, lettered or bulleted items, or as
 * a plain paragraph. A lead-in ending in a colon ("RESOLVED that Cabinet agree to:"), or a short
 * one with no closing stop ("RESOLVED: That the Panel"), gives one record per item under it; an
 * item that goes on the lead-in's sentence ("(a) notes the report") is joined to it, so each record
 * reads as the decision it is ("That the Panel notes the report"), while a part that is a sentence of its own ("(a) Note the …")
 * stands alone; parts run into the lead-in's own paragraph ("That the Panel (a) notes …; (b) asks …") are read the same. Prose that
 * mentions a decision ("… and the Committee agreed to suspend standing orders", "the Cabinet had resolved to consult") is not one:
 * the word must be set in capitals, lead the paragraph, or follow the deciding body that opens it ("The Committee resolved to
 * approve …"). The wordings and their settings are {@link DecisionWords}.
 *
 * <p>A minute that sets no decision apart may still minute one: under "Outcome:", or as a plain sentence of the body in the
 * minute's closing paragraph ("The Board noted the report.", "Cabinet approved …", "Members agreed to refer …"; see {@link
 * #isPlainDecision}).
 */
public final class ResolutionExtractor implements RecordExtractor {
    // The decision wordings (vocab/DecisionWords), in each of the settings minutes print them.
    private static final String QUALIFIERS = DecisionWords.qualifiers();
    private static final Pattern KEYWORD = Pattern.compile("^(?:\\d{1,3}\\.?\\s+)?(?i:it\\s+was\\s+(?:" + QUALIFIERS + "\\s+)?"
            + "|(?:the\\s+)?" + DecisionWords.bodiesAndMembers() + "\\s+)?(?:UNANIMOUSLY\\s+)?"
            + "(" + DecisionWords.alternation(Setting.CAPITALS) + ")\\b(.*)$", Pattern.DOTALL);
    // "On being put to the vote the motion was NOT CARRIED", "the amendment was put to the vote and declared to be lost", "The
    // amendment fell": a motion lost is a decision not made.
    private static final Pattern LOST = Pattern.compile("\\b(?i:motion|amendment|proposal|recommendation)\\b[^.]{0,80}?\\b(?:(?:was|were)\\s+"
            + "(?:(?:accordingly|therefore|then|duly|subsequently)\\s+)?(?:put\\s+to\\s+the\\s+vote\\s+and\\s+)?(?:declared\\s+)?(?:to\\s+be\\s+)?(?:(?i:not\\s+carried)|lost|defeated|LOST|DEFEATED)"
            + "|fell|FELL|failed(?!\\s+to\\b))\\b");
    /**
     * "On a division, 3 members voted for the amendment and 5 for the motion. The motion was accordingly carried.": a Scottish
     * minute says the amendment lost by saying the motion won; the division is the amendment's, a decision not made.
     */
    private static final Pattern DIVISION_FOR_MOTION = Pattern.compile("(?i)\\bfor\\s+the\\s+amendment\\b[^.]{0,120}\\.\\s+(?:the\\s+)?motion\\s+"
            + "was\\s+(?:(?:accordingly|therefore|thus|then)\\s+)?carried\\b");
    /** "moved", "proposed", "moved as an amendment", "An amendment was moved by": a paragraph that puts a motion or amendment. */
    private static final Pattern MOVED = Pattern.compile("(?i)\\b(?:moved|proposed)\\b");
    /**
     * "The motion was put to the vote and CARRIED.", "On being put to the vote the motion was declared carried (For 31, Against 12).": a
     * vote's paragraph that carries a motion and says no more; the decision is the motion, moved in a paragraph before it.
     */
    private static final Pattern CARRIED_ALONE = Pattern.compile("(?i)^(?:on\\s+being\\s+put\\s+to\\s+the\\s+vote,?\\s+)?the\\s+(?:substantive\\s+)?"
            + "motion(?:,\\s+as\\s+amended,)?\\s+was\\s+(?:then\\s+)?(?:put\\s+to\\s+the\\s+vote\\s+and\\s+(?:was\\s+)?)?(?:declared\\s+)?"
            + "(?:duly\\s+)?carried(?:\\s+unanimously)?\\s*(?:\\([^)]{0,80}\\))?\\.?$");
    /** A recorded vote's lists run on under the result: "… CARRIED. For: Councillors A, B (7) Against: … Abstain: None (0)". */
    private static final Pattern VOTE_LIST = Pattern.compile("\\s+(?:For|FOR)\\s*:\\s.*$", Pattern.DOTALL);
    /** The nouns of {@link #LOST}, in lower case: a block naming none of them loses no motion, and is not searched. */
    private static final List<String> MOTION_WORDS = List.of("motion", "amendment", "proposal", "recommendation");
    // A table of decisions: "Decision | Reason", one decision a row.
    private static final Pattern LEADING_WORD = Pattern.compile("^(?:" + DecisionWords.alternation(Setting.CAPITALS) + ")\\s*(?:[:–—-]+\\s*)?");
    private static final Pattern DECISION_HEADER = Pattern.compile("(?i)^(?:decisions?(?: taken| made)?|resolutions?|resolved)\\s*:?$");
    // "After discussion, it was agreed that …": the clause that leads to the decision may open its sentence.
    private static final Pattern IT_WAS = Pattern.compile(
            "^(?:\\d{1,3}\\.?\\s+)?(?:(?:following|after)\\s+(?:a\\s+|the\\s+|further\\s+|some\\s+)?(?:discussion|debate|consideration)\\b[^,]{0,80},\\s*)?"
            + "it\\s+was\\s+(?:" + QUALIFIERS + "\\s+)?(" + DecisionWords.alternation(Setting.IT_WAS) + ")\\b(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // "Resolved to:" over "1. Approve …": the label and the word its parts go on from.
    private static final Pattern TITLE_CASE = Pattern.compile("^(" + DecisionWords.alternation(Setting.LABEL) + ")(?:\\s+to(?=\\s*:))?"
            + "\\s*(?:[:–—-]\\s*(.*)|$)",
            Pattern.DOTALL);
    // "Following discussion, ", "After consideration, ", "Thereafter ", "Having considered the report, ": the clause that may lead
    // the body's decision ("Following discussion, the Committee agreed:" over its clauses (i)–(iii), as Northern Irish minutes set it).
    private static final String LEAD_CLAUSE = "(?:(?:following|after)\\s+(?:a\\s+|the\\s+|further\\s+|some\\s+)?"
            + "(?:discussion|debate|consideration|questions)\\b[^,:]{0,80},\\s*|thereafter,?\\s+|having\\s+considered\\b[^,:]{1,120},\\s*)?";
    // "The Committee resolved:-" over "(i) to approve the minute …": in ordinary case, the body's decision set apart by its colon.
    private static final Pattern BODY_RESOLVED = Pattern.compile("^" + LEAD_CLAUSE + "(?:the\\s+)?" + DecisionWords.bodies() + "\\s+(?:unanimously\\s+)?"
            + "(" + DecisionWords.alternation(Setting.BODY) + ")\\s*(?::-?|:|[–—]|-\\s)\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // "The Committee resolved to approve the fees …", "Council resolved that the scheme be adopted.": the body's decision as a
    // sentence of the minutes, opening its paragraph; "Members agreed that the talk had helped" is an opinion, not a decision.
    private static final Pattern BODY_SENTENCE = Pattern.compile("^(?:the\\s+)?" + DecisionWords.bodies() + "\\s+(?:unanimously\\s+)?"
            // "The Committee resolved in terms of Section 50A(4) of the … Act 1973 to exclude the press and public …" (Scotland).
            + "(" + DecisionWords.alternation(Setting.BODY) + ")\\s+(?:in\\s+terms\\s+of\\s+(?:section|paragraph)\\s[^.;]{3,160}?\\s+)?(?:that|to)\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /**
     * "The Cabinet Member for Transport decided to approve …", "The Leader resolved that …": a member who decides alone (a portfolio
     * holder's or the mayor's decision minuted at a meeting), in a sentence opening its paragraph. Only "decided" and "resolved":
     * "The Cabinet Member agreed to circulate the slides" is a promise in discussion, as "The Chair agreed to …" is.
     */
    private static final Pattern MEMBER_DECIDED = Pattern.compile("^(?:the\\s+)?" + DecisionWords.decidingMembers()
            + "\\b[^.;:]{0,80}?\\s+(?:decided|resolved)"
            + "\\s+(?:that|to)\\s+\\S.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // "… seconded by Councillor Lake and RESOLVED that …", "On being put to the vote it was RESOLVED:", "Having considered the
    // representations, the Sub-Committee AGREED that …": the word in capitals after the words that lead to it.
    // "… on being put to the vote was CARRIED (For 7, Against 2, Abstain 1) that …": the vote may stand between the word and the decision.
    private static final Pattern AFTER_LEAD = Pattern.compile("^.{3,300}?(?:(?i:\\band|\\bit\\s+was|\\bwas)|(?:,|\\bwhich)\\s*(?i:the\\s+)?(?i:" + DecisionWords.bodies()
            + "))\\s+(?:(?i:" + QUALIFIERS + ")\\s+)?(" + DecisionWords.alternation(Setting.AFTER_LEAD) + ")\\b\\s*((?:\\([^)]{1,60}\\)\\s*)?"
            + "(?::|[–—]|-\\s|that\\b|to\\b).*)$", Pattern.DOTALL);
    // AFTER_LEAD's word alone: a text that does not hold one is passed over without trying the lead at each of 300 places.
    private static final Pattern AFTER_LEAD_WORD = Pattern.compile(DecisionWords.alternation(Setting.AFTER_LEAD));
    // "The Committee NOTED the report.": the body's word in capitals running on as a sentence; the sentence is the decision.
    private static final Pattern BODY_CAPITALS_SENTENCE = Pattern.compile("^(?i:the\\s+)?(?i:" + DecisionWords.bodiesAndMembers() + ")\\s+"
            + "(?:UNANIMOUSLY\\s+)?(" + DecisionWords.alternation(Setting.CAPITALS) + ")\\s+(?!(?i:that|to)\\b)\\p{Ll}.*$", Pattern.DOTALL);
    /**
     * "None.", "N/A", "Not applicable", "Nil": what a decision label holds where a minute decided nothing (declarations, apologies); the
     * sentences after "None." say what the body did instead ("Decision: None. The Executive noted the forecast overspend …"), which
     * decides nothing either.
     */
    private static final Pattern NOTHING_DECIDED = Pattern.compile("(?i)^\\s*[:–—-]?\\s*(?:none|nil|n/?a|not\\s+applicable|no\\s+decisions?"
            + "(?:\\s+(?:was|were)\\s+(?:taken|made|required))?|there\\s+(?:were|was)\\s+none)\\s*(?:\\.(?:\\s+(?-i:\\p{Lu}).*)?)?\\s*$",
            Pattern.DOTALL);
    /** A closing note of the vote or of the member a decision falls to; see {@link #withoutVote}. */
    private static final Pattern VOTE_NOTE = Pattern.compile("(?i)(?<=\\S)\\s*\\((?:unanimous(?:ly)?(?:\\s+(?:agreed|resolved|carried))?|nem\\.?\\s*con\\.?"
            + "|carried(?:\\s+unanimously)?|(?:votes?\\s*:?\\s*)?(?:for|in\\s+favour)\\s*:?\\s*\\d+[^()]{0,60}|\\d+\\s+(?:for|in\\s+favour)\\b[^()]{0,60}"
            + "|(?:deputy\\s+)?(?:cabinet|executive|lead)\\s+member\\b[^()]{0,80}|portfolio\\s+holder\\b[^()]{0,80})\\)\\.?$");
    /** The labels of the lines that follow a decision in its paragraph; see {@link #decisionOnly}. */
    private static final Pattern AFTER_DECISION_LABEL = Pattern.compile("\\s(?:(?:Action(?:s|\\s+by|\\s+owner)?|Reasons?(?:\\(s\\))?"
            + "(?:\\s+for\\s+(?:the\\s+)?[Dd]ecisions?)?|Voting|Votes?|Vote\\s+result|Proposed(?:\\s+by)?|Seconded(?:\\s+by)?)\\s*:|Voting\\s+[Rr]ecord\\b)");
    /** Where a decision word opens a sentence after another in its paragraph; see {@link #runOnDecision}. */
    private static final Pattern RUN_ON_DECISION = Pattern.compile("(?<=[a-z0-9)][.])\\s+(?=(?:RESOLVED|AGREED)\\b|(?:DECISION|Decision)\\s*:|(?:Resolved|Agreed)\\s*(?::|that\\b|to\\b))");
    private static final Pattern COVER_LABEL_REST = Pattern.compile("(?i)^\\s*(?:required|maker|taker|type|no\\b|no\\.|number|date|reference|ref\\b|"
            + "status|sought|making|details|pathway|timetable|to be (?:made|taken)|path|category|record\\b)");
    // "Resolved that the report be noted.": set in ordinary case, the word opens the paragraph and "that" follows it.
    // "Resolved unanimously that …": the vote's word stands between the decision word and "that", and is no part of the decision.
    private static final Pattern TITLE_CASE_THAT = Pattern.compile("^(?:\\d{1,3}\\.?\\s+)?(" + DecisionWords.alternation(Setting.LEADING_THAT)
            + ")\\s+(?:unanimously\\s+)?(that\\b.*|to\\s+\\p{Ll}.*)$", Pattern.DOTALL); // "Resolved to accept the apologies."
    /**
     * "It was moved by Councillor Sohal, seconded by Councillor Jones and carried that …", "Proposed by Councillor Dunne, seconded by
     * Councillor Mallon and agreed that …": the motion's mover, then the word in ordinary case (see {@link Setting#MOTION}) and the
     * decision. Tried only on a block that says "moved by" or "proposed by".
     */
    private static final Pattern MOTION = Pattern.compile("^(?:it\\s+was\\s+)?(?:formally\\s+)?(?:moved|proposed)\\s+by\\s+[^;]{2,240}?\\band\\s+"
            + "(?:" + QUALIFIERS + "\\s+)?(" + DecisionWords.alternation(Setting.MOTION) + ")\\s+(?:\\([^)]{1,60}\\)\\s*)?((?:that|to)\\b.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UNANIMOUS = Pattern.compile("^\\s+(?i:unanimously|nem\\.?\\s*con\\.?|without\\s+dissent)(?=\\s*[,:–—-]|\\s+that\\b)");
    private static final Pattern REST_LEAD = Pattern.compile("^\\s*(?:\\([^)]{0,60}\\))?\\s*[,:–—-]?\\s*");
    // "117.1 the consultation report be noted;": a minute numbered in the hundreds numbers its decisions' paragraphs under it.
    private static final Pattern INLINE_NUMBER = Pattern.compile(
            "^(\\(?(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}|[a-zA-Z]|[ivx]{1,4})[.)]|\\d{1,3}(?:\\.\\d{1,2}){1,2}|\\((?:\\d{1,2}|[a-zA-Z]|[ivx]{1,4})\\))\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?\\.?\\s+(?=\\S)");
    private static final Pattern PAGE_REMNANT = Pattern.compile("(?i)^(?:page\\s*)?\\d{1,4}$");
    private static final Pattern THAT = Pattern.compile("(?i)^that\\b.*");
    // A line that goes on from the item before it: it starts in lower case.
    private static final Pattern CONTINUATION = Pattern.compile("^\\p{Ll}.*", Pattern.DOTALL);
    private static final int TAIL_WORDS = 3;
    // "That the Executive Member for Children and Families be asked to": longer, and it is a decision that lost its full stop.
    private static final int MAX_LEAD_IN_WORDS = 12;
    private static final Pattern STRAY_EMPHASIS = Pattern.compile("^\\*{2,}|\\*{2,}$");
    /**
     * A decision minuted as a plain sentence of the body, with no decision word set apart: "The Board noted the report.", "Cabinet
     * approved the consultation …", "Members agreed to refer …", "Following discussion, the Panel endorsed the plan." The verb and what
     * follows it decide whether it is a decision (see {@link #isPlainDecision}).
     */
    private static final Pattern PLAIN_SENTENCE = Pattern.compile("^(?:(?:following|after)\\s+(?:a\\s+|the\\s+|further\\s+|some\\s+)?"
            + "(?:discussion|debate|consideration|questions)\\b[^,]{0,80},\\s*|having\\s+considered\\b[^,]{1,120},\\s*)?(?:the\\s+)?"
            + DecisionWords.bodiesAndMembers() + "\\s+(?:(?:then|therefore|unanimously|also|further|duly|formally)\\s+)?"
            + "(noted|approved|endorsed|adopted|ratified|agreed|accepted|supported|decided|resolved|recommended)\\b\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /**
     * "The recommendations were approved.", "The recommendations set out in the report were agreed unanimously.": what a report asked,
     * decided in the passive. "The recommendations were not approved" is not matched, and nor is a sentence that goes on to say by whom
     * in another meeting (those are read only as a minute's closing sentence, see {@link #plainDecisions}).
     */
    private static final Pattern PASSIVE_DECISION = Pattern.compile("^(?:the\\s+)?(?:report'?s\\s+)?(?:recommendations?|proposals?)\\b[^.;]{0,80}?"
            + "\\s(?:was|were)\\s+(?:(?:unanimously|duly|then|therefore|formally)\\s+)?(?:approved|agreed|adopted|endorsed|accepted|carried)\\b"
            + "[^.;]{0,200}\\.?$"
            // "The report was noted.", "The update was received and noted.": the paper taken, as the closing line of its minute.
            + "|^(?:the\\s+)?(?:report|reports|update|presentation|information)\\s+(?:was|were)\\s+(?:duly\\s+)?(?:received\\s+and\\s+)?noted\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** Verbs whose object alone makes the sentence a decision: what is approved or endorsed is decided, whatever it is. */
    private static final Set<String> DECIDING_VERBS = Set.of("approved", "endorsed", "adopted", "ratified");
    /**
     * What a committee decides to note, agree or accept: a paper or what it asks ("the report", "the contents of the update",
     * "the Better Care Fund plan", "the recommendations"). "Members noted the concerns raised" notes a point of discussion, not a paper.
     */
    private static final Pattern PAPER = Pattern.compile("(?i)\\b(?:report|reports|update|updates|minutes|information|contents?|presentation|"
            + "recommendations?|progress|plan|strategy|position|briefing|item|programme|paper|document|appendix|appendices|accounts|statement|"
            + "performance|findings|proposals?|dashboard|summary|review|petition|response|assessment|policy|budget|outturn|framework|"
            + "protocol|charter|terms of reference|action plan|options?|register|scorecard|business case)\\b");
    /** The titles of a meeting's own business, as minutes head them: "Minutes of the Previous Meeting", "Action Log", "Work Programme". */
    private static final Pattern PROCEDURAL = Pattern.compile("(?i)\\b(?:minutes|apologies|declarations?\\s+of\\s+interests?|interests|"
            + "matters\\s+arising|action\\s+(?:log|tracker|list|points)|urgent\\s+business|announcements|work\\s+programme|forward\\s+plan|"
            + "date\\s+of\\s+(?:the\\s+)?next\\s+meeting|exclusion\\s+of\\s+(?:the\\s+)?press)\\b");
    private static final Pattern NOTED = Pattern.compile("(?i)\\bnoted\\b");
    /**
     * "Members noted the update and thanked the officers …", "The Committee noted the progress made and that schools had spent …": a
     * noting run on into what else members did or heard tells the discussion, not a decision; "… noted the report and agreed to …" still
     * decides.
     */
    private static final Pattern NOTED_AND_NARRATIVE = Pattern.compile("(?i)\\sand\\s+(?:that\\s|(?!(?:agreed|approved|resolved|endorsed|"
            + "decided|recommended|adopted|authori[sz]ed|delegated|requested|instructed)\\s)[a-z]+ed\\s)");
    /** "Noted.": a minute closed by the word alone, as a Northern Irish or London council minutes a report or announcement taken. */
    private static final Pattern BARE_NOTED = Pattern.compile("(?i)^noted\\.?$");
    private static final Pattern MEETING_CLOSED = Pattern.compile("(?i)^(?:the\\s+)?meeting\\s+(?:closed|ended|finished|concluded|terminated|rose)\\b");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)^(?:chair(?:man|person)?|signed|date|mayor|convener)\\b[\\s.:_…-]*.{0,40}$");
    /** How a verb's object opens: a determiner or a possessive ("the report", "its annual report", "both reports"), or a name in capitals. */
    private static final Pattern OBJECT_START = Pattern.compile("(?:(?i:the|this|these|those|its|their|his|her|each|both|all|all\\s+the))\\s|\\p{Lu}");
    // Where the object's first phrase ends: a preposition, a conjunction or a clause ("the concerns about the report" is about concerns).
    private static final Pattern OBJECT_END = Pattern.compile("(?i)\\s(?:of|on|about|regarding|in|into|from|with|and|but|as|at|that|which|who|"
            + "whilst|while|raised|made|following|by|for)\\s|[,;:.(]");
    /** "that a working group be established", "that officers should write …": what the body decided should happen, not what it thought. */
    private static final Pattern THAT_DECIDES = Pattern.compile("(?i)^that\\b[^.;]{1,200}?(?<!\\bwould|\\bcould|\\bmight|\\bmay|\\bhad|\\bto|\\bwill)"
            + "\\s+(?:be|should|shall|must)\\b.*", Pattern.DOTALL);
    /** "Outcome: The work programme was agreed …", "Agreed outcome –": a minute's decision under the label some councils use. */
    private static final Pattern OUTCOME_LABEL = Pattern.compile("(?i)^(?:agreed\\s+)?outcomes?\\s*(?::|[–—]|-\\s)\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /**
     * Parts set out inside the decision's own paragraph: "That the Panel (a) notes the plan; (b) asks …", "… agree to: (i) approve …
     * (ii) delegate …", "RESOLVED: 1. That …; 2. That …". The first marker must open the sequence ("(a)", "(i)", "(1)", "1.") so a
     * bracket inside a sentence is not taken.
     */
    // "RESOLVED: 1. That the report be noted; 2. That …": a marker closed by a full stop opens a part only before "That", as a figure
    // or letter ending a sentence ("… in phase 2. The") does not.
    private static final Pattern INLINE_PART = Pattern.compile("(?:^|\\s)\\(?((?:[a-z]|[ivx]{1,4}|\\d{1,2}))(?:\\)|\\.(?=\\s+[Tt]hat\\b))\\s+(?=\\S)");

    /**
     * "The Committee:", "Following discussion, the Sub-Committee:", "The Committee: (i) NOTED …": the body alone over its decisions, as
     * Scottish minutes set them; what follows the colon, if anything, is group 1. The stem decides nothing itself: only parts that
     * open with a verb in capitals make it a decision's stem (see {@link #CAPITAL_VERB}).
     */
    private static final Pattern BODY_STEM = Pattern.compile("^" + LEAD_CLAUSE + "(?:the\\s+)?" + DecisionWords.bodies() + "\\s*:-?(?:\\s+(.*))?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /**
     * A part that opens with its verb in capitals, as the body's decision: "NOTED the report", "APPROVED …", "REQUESTED that …",
     * "SCRUTINISED and NOTED …". Any word in capitals ending "-ED" is taken, as councils' verbs vary more than a list would hold.
     */
    private static final Pattern CAPITAL_VERB = Pattern.compile("^\\p{Lu}{2,}ED\\b(?!\\s*[:–—-])\\s+\\S.*", Pattern.DOTALL);
    /** "That the Authority", "that Cabinet", "That this Council": a stem that is "That" and the deciding body, no more. */
    private static final Pattern BODY_THAT = Pattern.compile("^(?i:that)\\s+(?:(?i:this|the)\\s+)?(?:(?:\\p{Lu}[\\w'-]*|and|&)\\s+){0,5}"
            + "(?i:" + DecisionWords.bodies() + "|authority)\\s*[:–—-]?$");
    /** The end of a lead-in that is a decision whole, then sets out its terms: "…, namely that", "… as follows", "…, that is to say". */
    private static final Pattern SETS_OUT = Pattern.compile("(?i)(?:[,;]?\\s+namely(?:\\s+that)?|\\s+as\\s+follows|,\\s+that\\s+is\\s+to\\s+say(?:\\s+that)?"
            + "|,?\\s+viz\\.?)\\s*[:–—-]?$");
    /** What joins a list's parts, left at the end of one: "…; and", "…, and", "…; or". It is the list's, not the decision's. */
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*[;,]\\s*(?:and|or|and/or)$", Pattern.CASE_INSENSITIVE);

    /**
     * A decision as found: its outcome, the words after the keyword, whether the word was RECOMMENDED, and whether it is the body's
     * stem alone ("The Committee:"), a decision only where parts with verbs in capitals follow it.
     */
    private record Decision(ResolutionOutcome outcome, String rest, boolean recommended, boolean stem) {
        Decision(ResolutionOutcome outcome, String rest, boolean recommended) {
            this(outcome, rest, recommended, false);
        }
    }

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>();
        // Every part is read for decision lines; what the part is only decides how much a decision line must show.
        for (Part part : ctx.parts()) {
            List<Block> blocks = part.blocks();
            if (!part.kind().carriesRecords() || blocks.isEmpty()) {
                continue;
            }
            MinutesParser.Minutes m = PaperMinutes.minutes(ctx, part);
            // A proposed record of decision is no record of a meeting, whatever the part was cut or the paper classified as;
            // only the part's own meeting evidence (a minutes title, attendance) outweighs it.
            boolean proposal = ProposedDecisions.isProposal(blocks);
            boolean meeting = part.kind() == PartKind.MINUTES && !proposal || m.recordsMeeting();
            if (!meeting && (part.kind() == PartKind.REPORT || part.kind() == PartKind.APPENDIX || proposal)) {
                // A report, its appendix or a proposed record of decision asks for decisions or quotes them; only a part that
                // records a meeting (its title, its attendance) takes them.
                continue;
            }
            PartialDate date = m.date() != null ? m.date()
                    : ctx.document().kind() == DocumentKind.MINUTES || meeting && ctx.document().kind() != DocumentKind.AGENDA_PACK
                            ? ctx.document().date() : null;
            if (!meeting) {
                // A report or appendix: its numbered sections are not minutes, so its decisions belong to the part's item.
                scan(blocks, 0, blocks.size(), date, new Item(null, part.itemNumber(), part.title()), false, ctx, out);
                continue;
            }
            if (m.minutes().isEmpty()) {
                // A notice of one decision numbers no minute: its decisions are under its subject ("Title of decision: …").
                String subject = m.title() == MinutesParser.Title.DECISIONS ? MinutesParser.noticeSubject(blocks, m.headingBlock() + 1,
                        blocks.size()) : null;
                scan(blocks, m.preambleEnd() == blocks.size() ? m.headingBlock() + 1 : m.preambleEnd(), blocks.size(), date,
                        new Item(null, null, subject), true, ctx, out);
            }
            for (MinutesParser.Minute minute : m.minutes()) {
                // A notice's table of labels is its heading and holds its decision too: read from the table itself.
                int first = blocks.get(minute.from()).table() != null ? minute.from() : minute.from() + 1;
                Item item = new Item(minute.number(), minute.agendaItem(), minute.title());
                if (minute.runOn() != null) {
                    // "25/139 APOLOGIES FOR ABSENCE Apologies were received … RESOLVED to accept …": the heading's line is the minute's
                    // first paragraph too; read it as one with the blocks under it.
                    List<Block> body = new ArrayList<>(minute.to() - minute.from());
                    body.add(runOn(blocks.get(minute.from()), minute.runOn()));
                    body.addAll(blocks.subList(first, minute.to()));
                    scan(body, 0, body.size(), date, item, true, ctx, out);
                    continue;
                }
                scan(blocks, first, minute.to(), date, item, true, ctx, out);
            }
        }
        return out;
    }

    // The heading block's words after its title, as a paragraph of its own; placed at the block's end so far as the text is found.
    private static Block runOn(Block heading, String text) {
        int at = heading.text().lastIndexOf(text);
        boolean exact = at >= 0 && heading.text().length() == heading.end() - heading.start();
        int start = exact ? heading.start() + at : heading.start();
        int end = exact ? start + text.length() : heading.end();
        return new Block(BlockKind.PARAGRAPH, heading.layer(), text, heading.page(), heading.box(), start, end, heading.style(), 0, null, null);
    }

    /** The minute decisions belong to: its number, the agenda item it records, its title. */
    private record Item(@Nullable String number, @Nullable String agendaItem, @Nullable String title) {}

    /**
     * @param meeting whether the part records a meeting; where it does not (a report, an appendix), a table of decisions and a
     *                RECOMMENDED line are what the paper proposes, not decisions taken
     */
    private static void scan(List<Block> blocks, int from, int to, @Nullable PartialDate date, Item item, boolean meeting, ExtractContext ctx,
            List<PaperRecord> out) {
        int before = out.size();
        scanMarked(blocks, from, to, date, item, meeting, ctx, out);
        if (meeting && noDecisionMade(out, before)) {
            // No decision word in the whole minute: its decision, if it has one, is minuted as a plain sentence or under "Outcome:". A
            // motion or amendment lost decides nothing either: the substantive recommendations may still have been approved after it.
            plainDecisions(blocks, from, to, new Emitter(date, item, ctx, out));
        }
    }

    // Whether the records made since `from` are only motions lost (or none at all).
    private static boolean noDecisionMade(List<PaperRecord> out, int from) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i) instanceof Resolution r && r.outcome() == ResolutionOutcome.RESOLVED) {
                return false;
            }
        }
        return true;
    }

    /**
     * The decisions of a minute that sets none apart: each "Outcome:" paragraph, and each sentence of its closing paragraph in which
     * the body decides (see {@link #isPlainDecision}), as printed.
     */
    private static void plainDecisions(List<Block> blocks, int from, int to, Emitter emit) {
        emit.outcome = ResolutionOutcome.RESOLVED;
        emit.leadIn = null;
        int closing = closingParagraph(blocks, from, to);
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (b.table() != null || b.kind() == BlockKind.HEADING) {
                continue;
            }
            String text = PARAGRAPH_NUMBER.matcher(TextLine.squash(b.text())).replaceFirst("");
            Matcher outcome = OUTCOME_LABEL.matcher(text);
            if (outcome.matches()) {
                emit.record(null, outcome.group(1), b, null);
                continue;
            }
            if (CARRIED_ALONE.matcher(VOTE_LIST.matcher(text).replaceFirst("")).matches()) {
                // "It was moved by Councillor Dimmock … that the Council asks …" over "The motion was put to the vote and CARRIED.": the
                // motion as moved is the decision, as a motion lost is the decision not made.
                int mover = moverOf(blocks, from, i);
                if (mover >= 0) {
                    emit.record(null, asMoved(blocks, mover, i), blocks.get(mover), null);
                }
                continue;
            }
            if (i == closing && text.length() <= 6 && BARE_NOTED.matcher(text).matches()) {
                // The word alone on the minute's last line is its decision, set apart as plainly as RESOLVED sets one: taken
                // in a minute of the meeting's own business too ("Apologies" over "Noted.").
                emit.record(null, text, b, null);
                continue;
            }
            if (i != closing || emit.item.title() != null && PROCEDURAL.matcher(emit.item.title()).find()) {
                // The body's sentences before the minute's last paragraph are its discussion; and a minute of the meeting's own
                // business (the last minutes, apologies, the action log, the work programme) records the business done, not a
                // decision on a matter ("The minutes of the meeting held on … were approved", "Members noted the action log").
                continue;
            }
            String[] sentences = SENTENCES.split(text);
            for (String sentence : sentences) {
                // Noting is the weakest of them: only a sentence set apart as the minute's closing line ("The Board noted the
                // report.") records it as the decision; in a paragraph of discussion it reports what members took note of.
                if (isPlainDecision(sentence) && (sentences.length == 1 || !NOTED.matcher(sentence).find())) {
                    emit.record(null, sentence, b, null);
                }
            }
        }
    }

    /**
     * The paragraph a minute closes with, where minutes that set no decision apart put the decision ("The Board noted the
     * report."): its last paragraph, passing over the lines that close the meeting or the page ("The meeting closed at 8.05 pm",
     * "Chair", a page number); -1 where there is none.
     */
    private static int closingParagraph(List<Block> blocks, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Block b = blocks.get(i);
            String t = TextLine.squash(b.text());
            if (b.table() != null || b.kind() == BlockKind.HEADING || t.isEmpty() || PAGE_REMNANT.matcher(t).matches()
                    || MEETING_CLOSED.matcher(t).lookingAt() || SIGNATURE.matcher(t).matches()) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * Whether a sentence of the body decides: "The Board noted the report", "Cabinet approved the consultation …", "Members agreed to
     * refer …", "The Panel agreed that a working group be set up". What the body notes, agrees, accepts or supports must be a
     * paper or what it asks ("the report", "the recommendations"); what it approves, endorses, adopts or ratifies is decided whatever
     * it is; it decides to do something, or that something be done. "Members noted that staffing was difficult", "Members agreed
     * that the talk had helped" and "The Committee noted the concerns raised" report a discussion, and decide nothing.
     */
    static boolean isPlainDecision(String sentence) {
        if (PASSIVE_DECISION.matcher(sentence.strip()).matches()) {
            return true;
        }
        Matcher m = PLAIN_SENTENCE.matcher(sentence.strip());
        if (!m.matches()) {
            return false;
        }
        String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String rest = m.group(2).strip();
        if (rest.isEmpty()) {
            return false;
        }
        boolean that = rest.regionMatches(true, 0, "that ", 0, 5);
        boolean to = rest.regionMatches(true, 0, "to ", 0, 3) && !rest.regionMatches(true, 0, "to the ", 0, 7);
        return switch (verb) {
            case "agreed", "decided", "resolved" -> to || that && THAT_DECIDES.matcher(rest).matches() || !that && paperObject(rest);
            case "recommended" -> to || that || rest.regionMatches(true, 0, "to ", 0, 3);
            // "The Board received a report of the Director …" opens the minute; the decision notes the report it has before it.
            case "noted", "accepted", "supported" -> !that && !rest.matches("(?is)^an?\\s.*") && paperObject(rest)
                    && !(verb.equals("noted") && NOTED_AND_NARRATIVE.matcher(rest).find());
            default -> DECIDING_VERBS.contains(verb) && !that && !to;
        };
    }

    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

    /**
     * The lettered or numbered parts a decision's paragraph sets out in its own text: {stem} then {marker, text} for each part, in
     * order; empty where there are not two parts in sequence from the first ("(a)", "(b)"; "(i)", "(ii)"; "1)", "2)").
     */
    static List<String[]> inlineParts(String rest) {
        Matcher m = INLINE_PART.matcher(rest);
        List<int[]> at = new ArrayList<>(); // {marker start, text start}
        List<String> markers = new ArrayList<>();
        while (m.find()) {
            String marker = m.group(1);
            String expected = markers.isEmpty() ? null : next(markers.get(markers.size() - 1), markers.get(0));
            if (markers.isEmpty() ? marker.equals("a") || marker.equals("i") || marker.equals("1") : marker.equals(expected)) {
                markers.add(marker);
                at.add(new int[] {m.start(1) - (rest.charAt(Math.max(0, m.start(1) - 1)) == '(' ? 1 : 0), m.end()});
            }
        }
        if (markers.size() < 2) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {null, rest.substring(0, at.get(0)[0]).strip()});
        for (int k = 0; k < at.size(); k++) {
            int end = k + 1 < at.size() ? at.get(k + 1)[0] : rest.length();
            out.add(new String[] {markers.get(k), rest.substring(at.get(k)[1], end).strip()});
        }
        return out;
    }

    // The marker after this one, in the sequence the first marker began: "b" after "a", "ii" after "i", "3" after "2".
    private static @Nullable String next(String marker, String first) {
        if (first.equals("i")) {
            int k = ROMANS.indexOf(marker);
            return k >= 0 && k + 1 < ROMANS.size() ? ROMANS.get(k + 1) : null;
        }
        if (first.equals("1")) {
            return Integer.toString(Integer.parseInt(marker) + 1);
        }
        return marker.length() == 1 && marker.charAt(0) < 'z' ? String.valueOf((char) (marker.charAt(0) + 1)) : null;
    }

    // Whether the object's first phrase names a paper or what it asks: "the contents of the report" (contents), not "the concerns about it".
    private static boolean paperObject(String rest) {
        if (!OBJECT_START.matcher(rest).lookingAt()) {
            return false; // "Members agreed for briefing notes to be sent …": no object, a preposition's phrase
        }
        Matcher end = OBJECT_END.matcher(rest);
        String head = end.find() ? rest.substring(0, end.start()) : rest;
        return head.split("\\s+").length <= 10 && PAPER.matcher(head).find();
    }

    /**
     * Whether the block is the rest of a one-paragraph decision that a page break cut ("… impact on the" / "character of the
     * conservation area."): a plain paragraph at the top of a later page that starts in small letters and decides nothing itself.
     */
    private static boolean pageCut(Block next, Block decision) {
        String t = TextLine.squash(next.text());
        return next.page() > decision.page() && next.kind() == BlockKind.PARAGRAPH && next.table() == null && !t.isEmpty()
                && Character.isLowerCase(t.charAt(0)) && decision(t) == null;
    }

    private static void scanMarked(List<Block> blocks, int from, int to, @Nullable PartialDate date, Item item, boolean meeting, ExtractContext ctx,
            List<PaperRecord> out) {
        Emitter emit = new Emitter(date, item, ctx, out);
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (b.table() != null) {
                if (meeting && !decisionRows(b, emit)) {
                    labelledDecisions(b, emit);
                }
                continue;
            }
            Decision d = decision(TextLine.squash(b.text()));
            if (d == null && meeting) {
                d = runOnDecision(TextLine.squash(b.text()));
            }
            if (d != null && !meeting && d.recommended()) {
                continue;
            }
            if (d == null && meeting && mentionsMotion(b.text()) && (LOST.matcher(TextLine.squash(b.text())).find()
                    || DIVISION_FOR_MOTION.matcher(TextLine.squash(b.text())).find())) {
                emit.outcome = ResolutionOutcome.UNRESOLVED;
                emit.leadIn = null;
                int mover = moverOf(blocks, from, i);
                emit.record(null, mover < 0 ? TextLine.squash(b.text()) : asMoved(blocks, mover, i), mover < 0 ? b : blocks.get(mover), null);
                continue;
            }
            if (d == null || d.stem() && !stemsDecisions(d.rest(), blocks, i + 1, to)) {
                continue;
            }
            emit.outcome = d.outcome();
            emit.count = 0;
            emit.parentOpen = false;
            // A stem's words after its colon are its parts, first marker and all ("(i) NOTED …").
            String rest = d.stem() ? d.rest() : REST_LEAD.matcher(d.rest()).replaceFirst("").strip();
            if (rest.endsWith(":-")) {
                rest = rest.substring(0, rest.length() - 1); // "… be recommended to Council:-": the dash is the colon's
            }
            String lastFamily = null;
            String lastMarker = null;
            emit.leadIn = rest.endsWith(":") || isLeadIn(rest, blocks, i + 1, to) ? rest.replaceFirst("\\s*:$", "") : null;
            if (!rest.isEmpty() && !rest.endsWith(":") && emit.leadIn == null) {
                Matcher n = INLINE_NUMBER.matcher(rest);
                // "The Committee: (i) NOTED …; (ii) AGREED …": a stem's run-in parts open with their first marker.
                // "AGREED – (1) that …; (2) that …": parts that open the words at their first marker are parts all the same.
                List<String[]> parts = inlineParts(rest);
                if (n.matches() && !d.stem() && !(parts.size() > 2 && parts.get(0)[1].isEmpty())) {
                    parts = List.of();
                }
                if (!parts.isEmpty()) {
                    // "That the Panel (a) notes …; (b) asks …" in one paragraph: the parts as if each were set on a line of its own.
                    emit.leadIn = parts.get(0)[1].replaceFirst("\\s*[:–—-]$", "");
                    for (String[] part : parts.subList(1, parts.size())) {
                        emit.record(part[0], part[1], b, null);
                    }
                    emit.leadIn = null;
                    continue;
                }
                if (!n.matches()) {
                    emit.record(null, rest, b, null);
                    if (i + 1 < to && emit.lastIsOpenEnded() && pageCut(blocks.get(i + 1), b)) {
                        emit.continueLast(TextLine.squash(blocks.get(i + 1).text()), blocks.get(i + 1));
                        i++; // the rest of the paragraph a page break cut, over the footer and running header
                    }
                    continue; // a decision stated in one paragraph
                }
                emit.record(number(n.group(1)), n.group(2), b, null); // "RESOLVED: 1.3 …", its siblings may follow
                lastFamily = family(n.group(1));
                lastMarker = number(n.group(1));
            }
            int j = i + 1;
            for (; j < to; j++) {
                Block nb = blocks.get(j);
                String nt = TextLine.squash(nb.text());
                // Under the body's stem a part opens with its verb in capitals ("(ii) AGREED …"): a part, not a new decision.
                boolean stemPart = d.stem() && (nb.kind() == BlockKind.LIST_ITEM && nb.marker() != null || INLINE_NUMBER.matcher(nt).matches());
                if (nb.table() != null || nb.kind() == BlockKind.HEADING || !stemPart && decision(nt) != null) {
                    break;
                }
                if (PAGE_REMNANT.matcher(nt).matches() || nt.isEmpty()) {
                    continue; // a page number left in the text between items
                }
                String marker = nb.kind() == BlockKind.LIST_ITEM ? nb.marker() : null;
                String itemText = nt;
                Matcher n = INLINE_NUMBER.matcher(nt);
                if ((marker == null || family(marker).equals("bullet")) && n.matches()) {
                    marker = n.group(1); // a numbered paragraph the reader did not make a list item, or "• 1.1 …"
                    itemText = n.group(2);
                }
                // A decision a page break cut goes on at the top of the next page, whatever its first word ("… the final terms of the" /
                // "Deed of Variation with the operator.").
                if (marker == null && emit.count > 0 && (CONTINUATION.matcher(nt).matches()
                        || emit.lastIsOpenEnded() && (isTail(nt) || nb.page() > emit.lastPage()))) {
                    emit.continueLast(nt, nb); // an item's wrapped line that a PDF reading set apart
                    continue;
                }
                if (marker != null) {
                    String family = family(marker);
                    if (family.equals("roman") && "letter".equals(lastFamily) && "i".equalsIgnoreCase(lastMarker)) {
                        lastFamily = "roman"; // "(i)" read alone looks like a letter; "(ii)" after it says it was a numeral
                    }
                    if (endsList(family, lastFamily, emit)) {
                        break;
                    }
                    emit.record(family.equals("bullet") ? null : number(marker), itemText, nb,
                            lastFamily != null && !family.equals(lastFamily) ? family : null);
                    if (lastFamily == null || !emit.appended) {
                        lastFamily = family;
                        lastMarker = number(marker);
                    }
                    continue;
                }
                if (emit.count == 0 && emit.leadIn == null && rest.isEmpty() && nt.endsWith(":")
                        && isLeadIn(nt.substring(0, nt.length() - 1), blocks, j + 1, to)) {
                    emit.leadIn = nt.substring(0, nt.length() - 1).strip(); // "RESOLVED:" over "That Cabinet:" over its parts
                    continue;
                }
                if (emit.count == 0 || THAT.matcher(nt).matches() && lastFamily == null) {
                    emit.record(null, nt, nb, null); // "RESOLVED:" over a plain paragraph, or "That …" paragraphs one after another
                    continue;
                }
                break;
            }
            if (emit.count == 0 && emit.leadIn != null && !rest.isEmpty() && !rest.endsWith(":")) {
                emit.leadIn = null;
                emit.record(null, rest, b, null); // no part followed after all: the words are the decision as printed
            }
            i = j - 1;
        }
    }

    /** Makes records; a sub-item under an item that ends in a colon is joined to that item. */
    private static final class Emitter {
        final @Nullable PartialDate date;
        final Item item;
        final ExtractContext ctx;
        final List<PaperRecord> out;
        ResolutionOutcome outcome = ResolutionOutcome.RESOLVED;
        int count;
        boolean appended;
        // The last record ended in a colon: the sub-items after it ("(a) …; (b) …") complete it.
        boolean parentOpen;
        // "That the Panel" over "(a) notes the report": the words each part completes, without a closing colon.
        @Nullable String leadIn;
        // The last record's words as printed, before its list glue was taken off; null for a row of a table.
        @Nullable String lastPrinted;

        Emitter(@Nullable PartialDate date, Item item, ExtractContext ctx, List<PaperRecord> out) {
            this.date = date;
            this.item = item;
            this.ctx = ctx;
            this.out = out;
        }

        /** The page the last record ends on. */
        int lastPage() {
            return out.get(out.size() - 1) instanceof Resolution last ? last.provenance().page() : Integer.MAX_VALUE;
        }

        /** Whether the last record stops without a full stop or other closing mark, as a line cut by wrapping does. */
        boolean lastIsOpenEnded() {
            // The words as printed: a part that ended "; and" was closed by its punctuation, whatever its record keeps.
            return out.get(out.size() - 1) instanceof Resolution last
                    && !(lastPrinted != null ? lastPrinted : last.text()).matches("(?s).*(?:[.;:!?)\"”’]|[;,]\\s*(?i:and|or|and/or))$");
        }

        /** A decision read from a table row: its span is the row's where the cells carry one. */
        void recordRow(String text, Block b, List<org.councilpapers.core.layout.Cell> cells) {
            int start = b.start();
            int end = b.end();
            if (!cells.isEmpty() && cells.get(0).start() >= b.start() && cells.get(cells.size() - 1).end() <= b.end()
                    && cells.get(0).start() <= cells.get(cells.size() - 1).end()) {
                start = cells.get(0).start();
                end = cells.get(cells.size() - 1).end();
            }
            Provenance p = ctx.provenance(b.page(), start, end, b);
            String t = clean(text);
            lastPrinted = null;
            out.add(new Resolution(ctx.id(RecordType.RESOLUTION, p, "", t), date, item.number(), item.agendaItem(), item.title(), outcome,
                    null, t, p, Mentions.NONE));
            count++;
        }

        /** Adds a wrapped line to the last record. */
        void continueLast(String text, Block b) {
            if (out.get(out.size() - 1) instanceof Resolution last) {
                Provenance p = ctx.provenance(last.provenance().page(), last.provenance().start(), Math.max(last.provenance().end(), b.end()),
                        b);
                // The line the wrap cut goes on from the words as printed, glue and all ("…; and" / "approves the budget.").
                String before = lastPrinted != null ? lastPrinted : last.text();
                lastPrinted = decisionOnly(clean(before + " " + text));
                out.set(out.size() - 1, new Resolution(last.id(), date, item.number(), item.agendaItem(), item.title(), last.outcome(), last.number(),
                        withoutGlue(withoutVote(lastPrinted)), p, Mentions.NONE));
            }
        }

        /** @param subFamily the marker family when this item's markers differ from its siblings' (a candidate sub-item), else null */
        void record(@Nullable String number, String text, Block b, @Nullable String subFamily) {
            String t = withoutVote(decisionOnly(clean(text)));
            appended = false;
            if (t.isEmpty() || NOTHING_DECIDED.matcher(t).matches()) {
                return; // "Decision:" over "None."
            }
            if (subFamily != null && count > 0 && parentOpen && out.get(out.size() - 1) instanceof Resolution last) {
                Provenance p = ctx.provenance(last.provenance().page(), last.provenance().start(), Math.max(last.provenance().end(), b.end()), b);
                String joined = (lastPrinted != null ? lastPrinted : last.text()) + " " + (number != null ? "(" + number + ") " : "") + t;
                lastPrinted = joined;
                out.set(out.size() - 1, new Resolution(last.id(), date, item.number(), item.agendaItem(), item.title(), last.outcome(), last.number(),
                        withoutGlue(joined), p, Mentions.NONE));
                appended = true;
                return;
            }
            // A part that is a clause of its own ("that the outturn be noted") under "… recommended to Council:" needs no lead-in.
            // A bare "That" ("RESOLVED: That" over "1. the report be noted;") names no one the part goes on from: each part is a
            // clause complete as printed, and is read as printed.
            // A lead-in that is a decision whole and then sets out what it decided ("that the recommendations contained within the report
            // be endorsed, namely that:", "… be approved as follows:") names no words the parts go on from: each is read as printed.
            // "It was RESOLVED that the Authority:" over "(a) notes …": the body's name after "That" is the stem, like "That" alone; the
            // clause is read as printed ("notes …"), as annotators of full Council, panel and fire authority minutes write it.
            if (leadIn != null && !leadIn.isEmpty() && !leadIn.equalsIgnoreCase("that") && !BODY_THAT.matcher(leadIn).matches()
                    && CONTINUATION.matcher(t).matches()
                    && !t.startsWith("that ") && !SETS_OUT.matcher(leadIn).find()) {
                t = leadIn + " " + t; // a part that goes on the lead-in's sentence reads as the decision it is
            }
            Provenance p = ctx.provenance(b.page(), b.start(), b.end(), b);
            lastPrinted = t;
            String decided = withoutGlue(t);
            out.add(new Resolution(ctx.id(RecordType.RESOLUTION, p, number == null ? "" : number, decided), date, item.number(), item.agendaItem(),
                    item.title(), outcome, number, decided, p, Mentions.NONE));
            count++;
            parentOpen = t.endsWith(":");
        }
    }

    /**
     * A notice's table of labels and values: the value beside "Decision", "Decision made" or "Resolved" is a decision taken, without
     * the decision word that leads it ("RESOLVED that the contract be extended" gives "that the contract be extended").
     */
    private static void labelledDecisions(Block b, Emitter emit) {
        var t = b.table();
        if (t.colCount() > 3) {
            return;
        }
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> row = t.rowTexts(r).stream().map(TextLine::squash).filter(c -> !c.isEmpty()).toList();
            if (row.size() == 2 && DECISION_HEADER.matcher(row.get(0)).matches()) {
                String text = LEADING_WORD.matcher(row.get(1)).replaceFirst("").strip();
                if (!text.isEmpty()) {
                    emit.outcome = ResolutionOutcome.RESOLVED;
                    emit.recordRow(text, b, t.row(r));
                }
            }
        }
    }

    // Each row of a table headed "Decision" (beside a "Reason" or other columns) is a decision taken.
    private static boolean decisionRows(Block b, Emitter emit) {
        var t = b.table();
        if (t.rowCount() < 2 || t.rowTexts(0).isEmpty()) {
            return false;
        }
        int col = -1;
        List<String> header = t.rowTexts(0);
        for (int c = 0; c < header.size() && col < 0; c++) {
            if (DECISION_HEADER.matcher(TextLine.squash(header.get(c))).matches()) {
                col = c;
            }
        }
        if (col < 0) {
            return false;
        }
        emit.outcome = ResolutionOutcome.RESOLVED;
        emit.count = 0;
        emit.parentOpen = false;
        emit.leadIn = null;
        for (int r = 1; r < t.rowCount(); r++) {
            List<String> row = t.rowTexts(r);
            String text = col < row.size() ? TextLine.squash(row.get(col)) : "";
            if (!text.isEmpty()) {
                emit.recordRow(text, b, t.row(r));
            }
        }
        return true;
    }

    /**
     * Whether the words after the keyword open a sentence its parts finish: "That the Panel" with no closing stop, over a
     * block set out as a numbered or lettered part.
     */
    private static boolean isLeadIn(String rest, List<Block> blocks, int from, int to) {
        if (rest.isEmpty() || rest.matches("(?s).*[.;!?)\"”’]$") || INLINE_NUMBER.matcher(rest).matches()
                || rest.split("\\s+").length > MAX_LEAD_IN_WORDS) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Block nb = blocks.get(j);
            String nt = TextLine.squash(nb.text());
            if (nt.isEmpty() || PAGE_REMNANT.matcher(nt).matches()) {
                continue;
            }
            boolean marked = nb.kind() == BlockKind.LIST_ITEM && nb.marker() != null && !family(nb.marker()).equals("bullet");
            return nb.table() == null && nb.kind() != BlockKind.HEADING && (marked || INLINE_NUMBER.matcher(nt).matches());
        }
        return false;
    }

    /**
     * Whether the body's stem ("The Committee:") sets out decisions: its own paragraph runs on into parts, or the next block is a part,
     * and the first part opens with a verb in capitals ("(i) NOTED …"). "The Committee:" over points of discussion decides nothing.
     */
    private static boolean stemsDecisions(String rest, List<Block> blocks, int from, int to) {
        if (!rest.isEmpty()) {
            List<String[]> parts = inlineParts(rest);
            return !parts.isEmpty() && parts.get(0)[1].isEmpty() && CAPITAL_VERB.matcher(parts.get(1)[1]).matches();
        }
        for (int j = from; j < to; j++) {
            Block nb = blocks.get(j);
            String nt = TextLine.squash(nb.text());
            if (nt.isEmpty() || PAGE_REMNANT.matcher(nt).matches()) {
                continue;
            }
            if (nb.table() != null || nb.kind() == BlockKind.HEADING) {
                return false;
            }
            Matcher n = INLINE_NUMBER.matcher(nt);
            String part = nb.kind() == BlockKind.LIST_ITEM && nb.marker() != null && !family(nb.marker()).equals("bullet") ? nt
                    : n.matches() ? n.group(2) : null;
            return part != null && CAPITAL_VERB.matcher(part).matches();
        }
        return false;
    }

    /**
     * The paragraph that moved the motion or amendment the vote in block {@code vote} lost or carried: the nearest before it, in the
     * same minute, that says it was moved or proposed ("Councillor Cowie, seconded by Councillor Guthrie, moved as an amendment that …",
     * "An amendment was moved by Councillor X and seconded by Councillor Y:"); one that names an amendment where the vote is an
     * amendment's. -1 where the vote's own paragraph moved it ("Councillor Marsh moved that … On being put to the vote the motion was
     * LOST"), or no paragraph before it did, back to the minute's start or a decision set apart.
     */
    private static int moverOf(List<Block> blocks, int from, int vote) {
        String voted = TextLine.squash(blocks.get(vote).text());
        if (MOVED.matcher(voted).find()) {
            return -1;
        }
        // "On a division, 4 voted for the amendment and 7 for the motion. The motion was accordingly carried": the amendment's vote.
        boolean amendment = voted.toLowerCase(java.util.Locale.ROOT).contains("amendment");
        for (int k = vote - 1; k >= from; k--) {
            Block b = blocks.get(k);
            String t = TextLine.squash(b.text());
            if (b.kind() == BlockKind.HEADING) {
                continue; // "Motion" / "Amendment" set over the paragraph each moves, inside the minute
            }
            if (b.table() != null || decision(t) != null) {
                return -1;
            }
            // A motion's vote passes over the amendments moved to it since, an amendment's over the motion moved before it.
            if (MOVED.matcher(t).find() && amendment == t.toLowerCase(java.util.Locale.ROOT).contains("amendment")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The motion or amendment as moved: its mover's paragraph, and the wording it quotes on the paragraphs after it ("… seconded by
     * Councillor Y:" over "'That £120,000 be transferred …'"); not the debate, the recorded vote or the tally that follow.
     */
    private static String asMoved(List<Block> blocks, int mover, int vote) {
        String moved = TextLine.squash(blocks.get(mover).text());
        if (TextLine.squash(blocks.get(vote).text()).toLowerCase(java.util.Locale.ROOT).contains("amendment")) {
            // "Councillor Reid … moved that the audit be approved. Councillor Tait moved as an amendment that it be continued.": the
            // amendment is its own sentence of the paragraph, after the motion's.
            String[] sentences = SENTENCES.split(moved);
            for (int k = 0; k < sentences.length; k++) {
                if (sentences[k].toLowerCase(java.util.Locale.ROOT).contains("amendment") && MOVED.matcher(sentences[k]).find()) {
                    moved = String.join(" ", java.util.Arrays.asList(sentences).subList(k, sentences.length));
                    break;
                }
            }
        }
        StringBuilder text = new StringBuilder(moved);
        for (int k = mover + 1; k < vote; k++) {
            String t = TextLine.squash(blocks.get(k).text());
            if (t.isEmpty() || PAGE_REMNANT.matcher(t).matches()) {
                continue;
            }
            boolean quoted = !t.isEmpty() && "\"'\u201c\u2018".indexOf(t.charAt(0)) >= 0 || t.regionMatches(true, 0, "that ", 0, 5);
            if (!(text.toString().endsWith(":") || text.toString().endsWith(":-")) && !quoted) {
                break;
            }
            text.append(' ').append(t);
        }
        return text.toString();
    }

    // Without lower-casing the block: each noun's letters after its first, in either case ("Motion", "AMENDMENT").
    private static boolean mentionsMotion(String text) {
        for (String w : MOTION_WORDS) {
            String tail = w.substring(1);
            if (text.contains(tail) || text.contains(tail.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // The last words of a wrapped item on a line of their own ("Monitoring"), not a sentence of its own.
    private static boolean isTail(String text) {
        return text.split(" ").length <= TAIL_WORDS && !text.endsWith(".");
    }

    // Emphasis stars a conversion left at the ends of a decision ("… of the document.**") are markup, not words.
    private static String clean(String text) {
        return STRAY_EMPHASIS.matcher(TextLine.squash(text)).replaceAll("").strip();
    }

    /**
     * The decision without the note that closes it about the vote or the member it falls to: "… be approved. (Unanimous)", "… be granted.
     * (For 5, Against 2)", "… be approved. (Cabinet Member – Councillor Nia Howells)". They say how or by whom it was decided, not what;
     * a note of what was chosen ("(Option 1)") is the decision's and stays.
     */
    static String withoutVote(String text) {
        text = text.strip();
        int open = text.lastIndexOf('(');
        return open > 0 && (text.endsWith(")") || text.endsWith(").")) ? VOTE_NOTE.matcher(text).replaceFirst("") : text;
    }

    /**
     * The decision without the labelled lines a paragraph runs on into: "… be noted. Action by: Head of Performance", "… be referred to
     * Cabinet. Reason(s): To improve enforcement.", "… be approved. Voting: For 4, Against 0". Each line says who acts, why or how the
     * vote went, which the decision does not.
     */
    static String decisionOnly(String text) {
        if (text.indexOf(':') < 0 && !text.contains("Voting Record")) {
            return text;
        }
        Matcher m = AFTER_DECISION_LABEL.matcher(text);
        return m.find() && m.start() > 0 ? text.substring(0, m.start()).strip() : text;
    }

    // "notes the plan; and" is "notes the plan": the "and" joins it to the next part.
    private static String withoutGlue(String text) {
        return LIST_GLUE.matcher(text).replaceFirst("");
    }

    // After "(a) … (c)", a "1." that is not a sub-item of an item ending in a colon is the minute's next paragraph, not a decision.
    private static boolean endsList(String family, @Nullable String lastFamily, Emitter emit) {
        return lastFamily != null && !family.equals(lastFamily) && !emit.parentOpen;
    }

    private static @Nullable Decision decision(String printed) {
        // "4.3 RESOLVED: That …", "5.1 The Committee NOTED …": a paragraph's number left in its text where no list was read.
        String text = PARAGRAPH_NUMBER.matcher(printed).replaceFirst("");
        Matcher stem = BODY_STEM.matcher(text);
        if (stem.matches()) {
            return new Decision(ResolutionOutcome.RESOLVED, stem.group(1) == null ? "" : stem.group(1).strip(), false, true);
        }
        Matcher m = BODY_CAPITALS_SENTENCE.matcher(text);
        String word;
        String rest;
        if (m.matches()) {
            word = m.group(1);
            rest = ": " + text;
        } else if ((m = KEYWORD.matcher(text)).matches()) {
            word = m.group(1);
            rest = m.group(2);
        } else if ((m = IT_WAS.matcher(text)).matches() || (m = TITLE_CASE_THAT.matcher(text)).matches()) {
            word = m.group(1);
            rest = m.group(2) == null ? "" : m.group(2);
        } else if ((m = BODY_RESOLVED.matcher(text)).matches()) {
            word = m.group(1);
            rest = m.group(2).isEmpty() ? "" : ": " + m.group(2);
        } else if ((m = BODY_SENTENCE.matcher(text)).matches()) {
            word = m.group(1);
            rest = ": " + text; // the whole sentence is the decision: "The Committee resolved to approve …"
        } else if ((text.contains("ecided") || text.contains("esolved")) && (m = MEMBER_DECIDED.matcher(text)).matches()) {
            word = text.contains("ecided") ? "DECIDED" : "RESOLVED";
            rest = ": " + text; // the whole sentence is the decision, as the body's is
        } else if (mentionsMover(text) && (m = MOTION.matcher(text)).matches()) {
            word = m.group(1);
            rest = m.group(2);
        } else if (AFTER_LEAD_WORD.matcher(text).find() && (m = AFTER_LEAD.matcher(text)).matches()) {
            word = m.group(1);
            rest = m.group(2);
        } else if ((m = TITLE_CASE.matcher(text)).matches()) {
            // "Decision: That the report be noted.": the label's colon already set the decision apart.
            word = m.group(1);
            rest = m.group(2) == null ? "" : ": " + m.group(2);
        } else {
            return null;
        }
        // "RESOLVED unanimously – That …", "AGREED nem. con. that …": how the vote went stands between the word and the decision.
        rest = UNANIMOUS.matcher(rest).replaceFirst("");
        // The word must lead a decision: "RESOLVED:" or "RESOLVED that …", not "… a DECISION was taken" mid-sentence.
        if (!rest.isBlank() && !rest.matches("(?s)^\\s*(?:[,:–—-]|\\(|that\\b|to\\b|\\s+[A-Z0-9(]).*")) {
            return null;
        }
        if (COVER_LABEL_REST.matcher(rest).lookingAt()) {
            return null; // "DECISION REQUIRED", "Decision maker: Cabinet", "Decision type: Key": a cover's label, not a decision
        }
        if (NOTHING_DECIDED.matcher(rest).matches()) {
            return null; // "Decision: None.": the label over a minute of business that decided nothing
        }
        DecisionWords.Word entry = DecisionWords.word(word).orElse(DecisionWords.Word.RESOLVED);
        return new Decision(entry.outcome(), rest, entry.recommendation());
    }

    /**
     * A decision set after a sentence of narrative in the same paragraph, as town and parish minutes run them on: "Apologies were
     * received from Cllr Dunn. Resolved: to accept the apologies.", "The Clerk reported on the quotes. RESOLVED that the lowest be
     * accepted.", a community council's "The quotation was considered. DECISION: To accept it." Only the words in capitals, "Decision:", or "Resolved" / "Agreed" set apart by a colon or followed by "that" or "to", after a full
     * stop.
     */
    private static @Nullable Decision runOnDecision(String text) {
        if (!text.contains(". R") && !text.contains(". A") && !text.contains(". D")) {
            return null;
        }
        Matcher m = RUN_ON_DECISION.matcher(text);
        return m.find() ? decision(text.substring(m.end())) : null;
    }

    // Most blocks are asked, so the words are looked for as printed, in ordinary case or capitals, without lower-casing the block.
    private static boolean mentionsMover(String text) {
        return text.contains("oved by") || text.contains("roposed by") || text.contains("OVED BY") || text.contains("ROPOSED BY");
    }

    private static String family(String marker) {
        String m = marker.replaceAll("[().]", "");
        if (m.matches("\\d+")) {
            return "number";
        }
        if (m.matches("\\d+(?:\\.\\d+)+")) {
            return "section";
        }
        if (m.matches("[ivx]{1,4}") && !m.equals("i") || m.matches("[IVX]{2,4}")) {
            return "roman";
        }
        if (m.matches("[a-zA-Z]")) {
            return "letter";
        }
        return "bullet";
    }

    private static String number(String marker) {
        return marker.replaceAll("^\\(|[.)]$", "").replaceAll("\\)$", "");
    }
}
