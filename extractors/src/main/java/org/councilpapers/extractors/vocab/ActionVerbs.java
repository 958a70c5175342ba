package org.councilpapers.extractors.vocab;

import java.util.Locale;
import java.util.Set;

/**
 * The verbs plans start their actions with ("Develop …", "Raise awareness …", "Embed …", "Conducting …"), so a list in
 * a plan's cell can be told apart: items that each start with something to do are actions, items that name things
 * ("Trauma informed training", "MECC programme for FHs") are the objects of one action. Matched as printed (the base
 * form, or its "-s" or "-ing" form), case aside.
 */
public final class ActionVerbs {
    private static final Set<String> VERBS = Set.of(
            "achieve", "adopt", "agree", "align", "analyse", "appoint", "apply", "assess", "audit", "bring", "build", "carry",
            "challenge", "co-develop", "co-produce", "collaborate", "commission", "complete", "conduct", "confirm", "connect",
            "consider", "consult", "continue", "coordinate", "co-ordinate", "create", "deliver", "design", "develop", "draft",
            "embed", "enable", "encourage", "engage", "enhance", "ensure", "establish", "evaluate", "expand", "explore", "extend",
            "facilitate", "gain", "give", "hold", "identify", "implement", "improve", "increase", "inform", "introduce",
            "invest", "launch", "lead", "maintain", "map", "maximise", "monitor", "move", "offer", "open", "optimise", "plan",
            "prepare", "present", "prioritise", "procure", "produce", "promote", "provide", "publish", "raise", "recruit",
            "reduce", "refresh", "report", "research", "reshape", "respond", "review", "revise", "roll", "run", "scope", "secure",
            "set", "share", "strengthen", "submit", "support", "sustain", "take", "tackle", "test", "train", "transform",
            "undertake", "update", "upskill", "use", "utilise", "work", "write");

    private ActionVerbs() {}

    /**
     * Whether a text starts with a verb of action ("Develop a plan", "raising awareness", "Embeds TELS").
     *
     * @param text a line or cell
     * @return true where its first word is a verb of action
     */
    public static boolean leads(String text) {
        String s = text.strip();
        int end = 0;
        while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        if (end == 0) {
            return false;
        }
        String w = s.substring(0, end).toLowerCase(Locale.ROOT);
        if (VERBS.contains(w)) {
            return true;
        }
        if (w.endsWith("ing") && w.length() > 5) {
            String stem = w.substring(0, w.length() - 3);
            // "developing", "raising" (raise), "running" (run), "applying"
            return VERBS.contains(stem) || VERBS.contains(stem + "e")
                    || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && VERBS.contains(stem.substring(0, stem.length() - 1));
        }
        if (w.endsWith("es") && VERBS.contains(w.substring(0, w.length() - 2))) {
            return true;
        }
        return w.endsWith("s") && VERBS.contains(w.substring(0, w.length() - 1));
    }
}
