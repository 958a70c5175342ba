package org.councilpapers.audit;

import java.util.List;
import java.util.Locale;
import org.councilpapers.core.export.Printable;

/** Prints audits for people: a small table per paper with its gaps, and the run's summary table. */
public final class AuditText {
    private AuditText() {}

    /**
     * One paper: a heading line, a row per record type it has evidence or records for, then its gaps.
     *
     * <pre>
     * minutes.pdf (minutes, 6 pages) FLAGGED
     *   type                evidence  records  verdict
     *   resolution                 4        0  evidence-no-records
     *   gap  resolution  p.3  2 markers  decision line: "RESOLVED that the report be noted"
     * </pre>
     *
     * @param a the paper's audit
     * @return the lines, each ending in a newline
     */
    public static String paper(PaperAudit a) {
        return paper(a, false);
    }

    /**
     * As {@link #paper(PaperAudit)}, with every marker listed after the gaps when {@code markers} is set.
     *
     * @param a the paper's audit
     * @param markers whether to list every marker too
     * @return the lines, each ending in a newline
     */
    public static String paper(PaperAudit a, boolean markers) {
        StringBuilder s = new StringBuilder();
        s.append(Printable.text(a.source())).append(" (").append(a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(", ")
                .append(a.pages()).append(a.pages() == 1 ? " page)" : " pages)").append(a.flagged() ? " FLAGGED" : " ok").append('\n');
        if (a.types().isEmpty()) {
            s.append("  no evidence and no records\n");
            return s.toString();
        }
        s.append(String.format(Locale.ROOT, "  %-20s %8s %8s  %s%n", "type", "evidence", "records", "verdict"));
        for (TypeCoverage t : a.types()) {
            s.append(String.format(Locale.ROOT, "  %-20s %8d %8d  %s%n", t.type().jsonName(), t.evidence(), t.records(), t.verdict().label()));
        }
        for (Gap g : a.gaps()) {
            s.append(String.format(Locale.ROOT, "  gap  %-18s %-9s %3d %-7s  %s: \"%s\"%n", g.type().jsonName(), g.pages(), g.markers(),
                    g.markers() == 1 ? "marker" : "markers", Printable.text(g.cue()), Printable.text(g.snippet())));
        }
        // Why a type's evidence flags nothing: the first explained marker of each type judged by design.
        for (TypeCoverage t : a.types()) {
            if (t.verdict() == Verdict.BY_DESIGN) {
                a.markers().stream().filter(m -> m.type() == t.type() && m.byDesign() != null).findFirst()
                        .ifPresent(m -> s.append(String.format(Locale.ROOT, "  by design  %-18s %s: \"%s\"%n", t.type().jsonName(),
                                Printable.text(m.byDesign()), Printable.text(m.snippet()))));
            }
        }
        if (markers) {
            for (Marker m : a.markers()) {
                s.append(String.format(Locale.ROOT, "  marker  %-18s p.%-4d %s: \"%s\"%s%n", m.type().jsonName(), m.page(), Printable.text(m.cue()),
                        Printable.text(m.snippet()), m.byDesign() == null ? "" : " (by design: " + Printable.text(m.byDesign()) + ")"));
            }
        }
        return s.toString();
    }

    /**
     * The run: papers audited and flagged, then per record type the evidence, records and papers flagged.
     *
     * @param sum the run's summary
     * @return the lines, each ending in a newline
     */
    public static String summary(AuditSummary sum) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Audit of %d %s: %d flagged%n", sum.papers(), sum.papers() == 1 ? "paper" : "papers", sum.flagged()));
        s.append(String.format(Locale.ROOT, "%-20s %8s %8s %15s %8s %19s %9s%n", "type", "evidence", "records", "papers-evidence", "flagged",
                "records-no-evidence", "by-design"));
        List<AuditSummary.TypeSummary> types = sum.types();
        for (AuditSummary.TypeSummary t : types) {
            s.append(String.format(Locale.ROOT, "%-20s %8d %8d %15d %8d %19d %9d%n", t.type().jsonName(), t.evidence(), t.records(),
                    t.papersWithEvidence(), t.papersFlagged(), t.papersRecordsNoEvidence(), t.papersByDesign()));
        }
        return s.toString();
    }
}
