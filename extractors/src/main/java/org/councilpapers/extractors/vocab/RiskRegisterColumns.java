package org.councilpapers.extractors.vocab;

import java.util.List;
import java.util.regex.Pattern;
import org.councilpapers.extractors.internal.Texts;

/**
 * The header of a risk register, in any council's wording: one row per risk, scored by likelihood and impact ("Likelihood
 * | Impact | Risk rating", "Probability | Severity | Score", "L | I | Residual risk") or rated by level ("Risk description |
 * Inherent risk | Residual risk"). A risk's colour is its level, a product of two numbers or a band on a heat map, not how
 * a piece of work is going; and its mitigations or controls are the risk's, not a plan's actions. So such a table is
 * neither a RAG table nor a plan, however its cells are coloured.
 */
public final class RiskRegisterColumns {
    private static final Pattern LIKELIHOOD = words("likelihood|probability");
    private static final Pattern IMPACT = words("impact|severity|consequences?");
    // "Risk", "Risk description", "Risk title", "Description of risk": the column naming each row's risk.
    private static final Pattern RISK = words("risks?(?: (?:description|title|name|identified|area|event))?|description of (?:the )?risk");
    // "Inherent risk", "Residual risk score", "Current risk rating", "Target risk", "Risk level": a risk's level.
    private static final Pattern LEVEL = words("(?:inherent|residual|current|target|gross|net|initial|revised|mitigated|unmitigated)"
            + " risk(?: (?:score|rating|level))?|risk (?:score|rating|level)");

    private RiskRegisterColumns() {}

    /**
     * Whether a header's column names make a risk register: likelihood and impact, or a risk and its level.
     *
     * @param names a header's column names
     * @return true for a risk register's header
     */
    public static boolean isRegister(List<String> names) {
        boolean likelihood = false;
        boolean impact = false;
        boolean risk = false;
        boolean level = false;
        for (String n : names) {
            String h = Texts.fold(n);
            if (h.isEmpty()) {
                continue;
            }
            // "L" and "I" alone head the two scores in a compact register.
            likelihood |= h.equals("l") || LIKELIHOOD.matcher(h).matches();
            impact |= h.equals("i") || IMPACT.matcher(h).matches();
            risk |= RISK.matcher(h).matches();
            level |= LEVEL.matcher(h).matches();
        }
        return likelihood && impact || risk && level;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:^|.*[^a-z0-9])(?:" + alternatives + ")(?:$|[^a-z0-9].*)");
    }
}
