package org.councilpapers.extractors.vocab;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilpapers.core.record.ResolutionOutcome;

/**
 * The words by which minutes and decision notices record a decision, each one entry with what it means and the ways
 * councils set it: "RESOLVED that …" in capitals, "Resolved: …" or "Resolved that …" in ordinary case, "It was resolved
 * that …", "The Committee resolved: …". Councils differ most in which of these they use, so the extractors' patterns are
 * built from these entries: adding a wording, or a way to set one, is one change here.
 */
public final class DecisionWords {
    /** How a wording may be set so that it records a decision rather than mentions one. */
    public enum Setting {
        /** In capitals leading the paragraph: "RESOLVED:", "AGREED – that …", "NOT AGREED". */
        CAPITALS,
        /** In ordinary case, leading a line and set apart by a colon or dash, or standing alone: "Resolved: …", "Decision". */
        LABEL,
        /** In ordinary case, leading the paragraph and followed by "that": "Resolved that the report be noted." */
        LEADING_THAT,
        /** Reported: "It was resolved that …", "It was unanimously agreed …". */
        IT_WAS,
        /**
         * Said of the body, set apart by a colon or dash ("The Committee resolved:- (i) …", "Cabinet agreed – …"), or
         * running on as a sentence of the minutes ("The Committee resolved to approve …", "Council resolved that …").
         */
        BODY,
        /**
         * In capitals after the words that lead to it: the motion ("moved by …, seconded by … and RESOLVED that …"), the
         * vote ("On being put to the vote it was RESOLVED:"), the body after a clause ("Having considered the
         * representations, the Sub-Committee AGREED that …").
         */
        AFTER_LEAD,
        /**
         * In ordinary case, closing the motion that it settles: "It was moved by Councillor A, seconded by Councillor B and carried
         * that …", "Proposed by …, seconded by … and agreed that …". The mover and seconder are the evidence that a vote was taken.
         */
        MOTION
    }

    /** A decision wording: the word as printed in capitals, what it records, and the settings in which it records it. */
    public enum Word {
        /** "RESOLVED", in every setting. */
        RESOLVED("RESOLVED", ResolutionOutcome.RESOLVED, false, EnumSet.allOf(Setting.class)),
        /** "AGREED", in every setting. */
        AGREED("AGREED", ResolutionOutcome.RESOLVED, false, EnumSet.allOf(Setting.class)),
        /**
         * "PENDERFYNWYD" (Welsh: "it was resolved"), alone or with its English after a stroke ("PENDERFYNWYD / RESOLVED:"), as bilingual
         * Welsh councils head a decision; in capitals or as a label.
         */
        PENDERFYNWYD("PENDERFYNWYD", ResolutionOutcome.RESOLVED, false, EnumSet.of(Setting.CAPITALS, Setting.LABEL)),
        /** "CYTUNWYD" (Welsh: "it was agreed"), alone or as "CYTUNWYD / AGREED". */
        CYTUNWYD("CYTUNWYD", ResolutionOutcome.RESOLVED, false, EnumSet.of(Setting.CAPITALS, Setting.LABEL)),
        /** "DECIDED", in every setting. */
        DECIDED("DECIDED", ResolutionOutcome.RESOLVED, false, EnumSet.allOf(Setting.class)),
        /** "DECISION:", "Decision", "Decisions taken", "Decision(s):". */
        DECISION("DECISION", ResolutionOutcome.RESOLVED, false, EnumSet.of(Setting.CAPITALS, Setting.LABEL)),
        /** "UNRESOLVED": a decision not made, in capitals or as a label. */
        UNRESOLVED("UNRESOLVED", ResolutionOutcome.UNRESOLVED, false, EnumSet.of(Setting.CAPITALS, Setting.LABEL)),
        /** "NOT AGREED": a decision not made, in capitals. */
        NOT_AGREED("NOT AGREED", ResolutionOutcome.UNRESOLVED, false, EnumSet.of(Setting.CAPITALS, Setting.AFTER_LEAD)),
        /** "NOT RESOLVED": a decision not made, in capitals. */
        NOT_RESOLVED("NOT RESOLVED", ResolutionOutcome.UNRESOLVED, false, EnumSet.of(Setting.CAPITALS, Setting.AFTER_LEAD)),
        /** "RECOMMENDED that Council …": the body decided to recommend, which another body will decide. */
        RECOMMENDED("RECOMMENDED", ResolutionOutcome.RESOLVED, true, EnumSet.of(Setting.CAPITALS, Setting.AFTER_LEAD)),
        /** "NOTED", in capitals only: "Noted" in ordinary case is a sentence's verb, not a decision. */
        NOTED("NOTED", ResolutionOutcome.RESOLVED, false, EnumSet.of(Setting.CAPITALS)),
        /**
         * "… and on being put to the vote was CARRIED that …", "moved by …, seconded by … and carried that …": the motion's words after
         * it are the decision.
         */
        CARRIED("CARRIED", ResolutionOutcome.RESOLVED, false, EnumSet.of(Setting.AFTER_LEAD, Setting.MOTION));

        private final String capitals;
        private final ResolutionOutcome outcome;
        private final boolean recommendation;
        private final Set<Setting> settings;

        Word(String capitals, ResolutionOutcome outcome, boolean recommendation, Set<Setting> settings) {
            this.capitals = capitals;
            this.outcome = outcome;
            this.recommendation = recommendation;
            this.settings = settings;
        }

        /**
         * The word as printed in capitals: "RESOLVED", "NOT AGREED".
         *
         * @return the word in capitals
         */
        public String capitals() {
            return capitals;
        }

        /**
         * What a decision recorded with this word is: made, or not made ("NOT AGREED", "UNRESOLVED").
         *
         * @return RESOLVED for a decision made, UNRESOLVED for one not made
         */
        public ResolutionOutcome outcome() {
            return outcome;
        }

        /**
         * Whether the body decided to recommend to another ("RECOMMENDED"), rather than decided itself.
         *
         * @return true for a recommendation to another body
         */
        public boolean recommendation() {
            return recommendation;
        }

        /**
         * Whether the word records a decision when set this way.
         *
         * @param s a setting
         * @return true where the word in that setting records a decision
         */
        public boolean setAs(Setting s) {
            return settings.contains(s);
        }

        // "NOT AGREED" as a pattern that allows any space between its words; in ordinary case "Decision" is also the label of a
        // record of decisions ("Decisions", "Decisions taken").
        private String pattern(boolean capitalsCase) {
            if (!capitalsCase && this == DECISION) {
                return "(?:Decisions?|Decision\\(s\\))(?: taken| made)?"; // "Decision(s):" over a notice's numbered decisions
            }
            if (this == DECISION) {
                return "DECISION(?:S|\\(S\\))?"; // "DECISIONS" over a notice's numbered decisions, as "Decisions" is
            }
            String w = capitalsCase ? capitals : capitals.charAt(0) + capitals.substring(1).toLowerCase(Locale.ROOT);
            // A bilingual heading gives the word in both languages, either first: "PENDERFYNWYD / RESOLVED", "RESOLVED / PENDERFYNWYD".
            String other = switch (this) {
                case PENDERFYNWYD -> "RESOLVED";
                case CYTUNWYD -> "AGREED";
                case RESOLVED -> "PENDERFYNWYD";
                case AGREED -> "CYTUNWYD";
                default -> null;
            };
            if (other != null) {
                String o = capitalsCase ? other : other.charAt(0) + other.substring(1).toLowerCase(Locale.ROOT);
                return w + "(?:\\s*/\\s*" + o + ")?";
            }
            return w.replace(" ", "\\s+");
        }
    }

    /**
     * The bodies that decide, as minutes name them in "The Committee resolved": councils' committees, boards and panels,
     * their executives, commissions and assemblies, and the meeting itself.
     */
    public static final List<String> BODIES = List.of("committee", "sub-committee", "cabinet", "council", "panel", "board", "executive",
            "executive board", "forum", "commission", "assembly", "meeting");

    /**
     * The members who decide alone, as minutes name them in "The Cabinet Member for Transport decided to …": the leader, a cabinet,
     * executive or lead member, a portfolio holder, a mayor. Regex fragments, in lower case.
     */
    public static final List<String> DECIDING_MEMBERS = List.of("leader(?:\\s+of\\s+the\\s+council)?", "(?:deputy\\s+)?cabinet\\s+member",
            "(?:deputy\\s+)?executive\\s+member", "(?:deputy\\s+)?lead\\s+member", "portfolio\\s+holder", "(?:city\\s+|elected\\s+)?mayor");

    /** "Members" decide when the word is set apart ("Members RESOLVED that …"), but "Members agreed that …" is an opinion. */
    public static final String MEMBERS = "members";

    /** What may stand between "it was" or a body and the word: "It was unanimously resolved", "It was further agreed". */
    public static final List<String> QUALIFIERS = List.of("unanimously", "further", "therefore");

    private DecisionWords() {}

    /**
     * The words that record a decision when set this way, as a regex alternation in the case the setting prints them: capitals
     * for {@link Setting#CAPITALS} and {@link Setting#AFTER_LEAD}, else an initial capital (patterns that ignore case may use it).
     *
     * @param setting how the word is set
     * @return the words as a regex alternation
     */
    public static String alternation(Setting setting) {
        return alternation(setting, setting == Setting.CAPITALS || setting == Setting.AFTER_LEAD);
    }

    /**
     * The words that record a decision when set this way, as a regex alternation in capitals or with an initial capital.
     *
     * @param setting how the word is set
     * @param capitals whether to give the words in capitals rather than with an initial capital
     * @return the words as a regex alternation
     */
    public static String alternation(Setting setting, boolean capitals) {
        return List.of(Word.values()).stream().filter(w -> w.setAs(setting))
                // Longest first, so "NOT AGREED" is tried before a word it starts with could be.
                .sorted((a, b) -> b.capitals().length() - a.capitals().length())
                .map(w -> w.pattern(capitals)).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The deciding bodies as a regex alternation, longest first ("executive board" before "executive").
     *
     * @return the bodies as a regex alternation, in lower case
     */
    public static String bodies() {
        return BODIES.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The deciding bodies and "Members", for a decision word set apart in capitals or by a colon.
     *
     * @return the bodies and "members" as a regex alternation
     */
    public static String bodiesAndMembers() {
        return "(?:" + bodies() + "|" + MEMBERS + ")";
    }

    /**
     * The members who decide alone as a regex alternation.
     *
     * @return the deciding members as a regex alternation, in lower case
     */
    public static String decidingMembers() {
        return DECIDING_MEMBERS.stream().collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The qualifiers as a regex alternation.
     *
     * @return the qualifiers ("unanimously", "further") as a regex alternation
     */
    public static String qualifiers() {
        return QUALIFIERS.stream().collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The entry a decision word names, in any case and spacing: "Resolved", "NOT  AGREED"; empty if it is none.
     *
     * @param printed a decision word as printed
     * @return the word's entry, empty where it names none
     */
    public static Optional<Word> word(String printed) {
        // "PENDERFYNWYD / RESOLVED": the word before the stroke, its other language's after it.
        String key = printed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s*/.*$", "").replaceAll("\\s+", " ");
        for (Word w : Word.values()) {
            if (w.capitals().equals(key)) {
                return Optional.of(w);
            }
        }
        // "Decisions", "Decisions taken", "Decision made": the label of a record of decisions.
        return key.matches("DECISION(?:S|\\(S\\))?(?: TAKEN| MADE)?") ? Optional.of(Word.DECISION) : Optional.empty();
    }
}
