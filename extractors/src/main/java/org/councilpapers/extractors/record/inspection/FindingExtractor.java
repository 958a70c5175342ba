package org.councilpapers.extractors.record.inspection;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.jspecify.annotations.Nullable;

/**
 * Findings: the items listed under "What needs to improve", "Areas for improvement", "Areas of
 * concern" and their kin (IMPROVEMENT), and under "Strengths" (STRENGTH), in inspection reports,
 * letters and the committee reports that repeat them. The lead-in may be a heading, a bold line or
 * a sentence ending in a colon; the items are the list items that follow it.
 */
public final class FindingExtractor implements RecordExtractor {
    private static final Pattern IMPROVE = Pattern.compile(
            "(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:what needs to improve|(?:specific |key |main )?areas? (?:for|of|requiring) (?:further )?"
                    + "(?:improvement|development|concern)|what (?:the local authority|the council|leaders) (?:needs?|should) (?:to )?"
                    + "(?:improve|do)|priority (?:and immediate )?actions?|improvements needed|(?:the )?areas? of (?:significant )?weakness)\\b.*");
    private static final Pattern STRENGTH = Pattern.compile(
            "(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:strengths|areas? of strength|key strengths|what is working well|what works well|"
                    + "(?:the )?(?:local authority|council|lscb|local area|partnership) (?:has|have) the following strengths)\\b.*");
    private static final int MAX_LEAD_IN = 160;
    // "Key strengths and weaknesses of the LSCB": a mixed list, neither strengths nor areas for improvement.
    private static final Pattern MIXED = Pattern.compile("(?i).*\\bstrengths and (?:weaknesses|areas for (?:improvement|development))\\b.*");
    private static final Pattern LEAD_IN_ITEM = Pattern.compile(
            "(?i)^(?:in order to|to) improve\\b.{0,200}\\b(?:should|must|needs? to)\\b.{0,40}\\bfollowing\\b.{0,30}[.:]$");
    private static final Pattern TIMESCALE = Pattern.compile(
            "(?i)^(?:immediately|within (?:\\w+|\\d+) (?:days?|weeks?|months?)|in the (?:short|medium|longer|long) term)\\s*:?$");
    // A paragraph starting in lower case at the top of a page carries on the item the page break cut.
    private static final Pattern CONTINUES = Pattern.compile("^[a-z(]");
    // "Area of Concern 1: Inaccurate records…": a finding labelled in its own line, as SEND letters and plans print them.
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^(areas? of concern|areas? for (?:improvement|development)|weakness|priority for improvement)\\s*(\\d{0,2})\\s*[:.–-]\\s*(.{12,})$");

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        InspectionFacts facts = InspectionFacts.of(doc, ctx.document().kind());
        boolean inspection = ctx.document().kind() == DocumentKind.INSPECTION_REPORT
                || ctx.document().kind() == DocumentKind.INSPECTION_LETTER;
        List<PaperRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Block> body = doc.body();
        List<ReportExtractor.Cover> covers = inspection ? List.of() : new ReportExtractor().covers(body, ctx);
        String authority = facts.authority() != null ? facts.authority() : ctx.document().council();
        for (int i = 0; i < body.size(); i++) {
            Block lead = body.get(i);
            Matcher labelled = LABELLED.matcher(Texts.squash(lead.text()));
            boolean inline = lead.kind() != BlockKind.TABLE && labelled.matches();
            FindingKind kind = inline ? null : leadIn(lead);
            if (kind == null && !inline) {
                continue;
            }
            int part = inspection ? 0 : startOfPart(covers, i);
            String source;
            PartialDate date;
            if (inspection) {
                source = facts.sourceLabel();
                date = facts.reportDate();
            } else {
                // A quoted inspection is named somewhere in the same report, before its findings.
                InspectionMention m = InspectionMention.before(body, part, i + 1, ctx.document().date());
                source = m.sourceLabel();
                date = m.date();
            }
            if (inline) {
                add(out, seen, ctx, lead, FindingKind.IMPROVEMENT, labelled.group(3), labelKey(labelled, part), authority, source, date);
                continue;
            }
            int j = i + 1;
            Block pending = null;
            Block first = null;
            StringBuilder pendingText = new StringBuilder();
            for (; j < body.size(); j++) {
                Block item = body.get(j);
                String squashed = Texts.squash(item.text());
                if (item.kind() == BlockKind.LIST_ITEM && LEAD_IN_ITEM.matcher(squashed).matches() && pending == null) {
                    continue; // "In order to improve …, the local authority should take the following action."
                }
                if (item.kind() != BlockKind.LIST_ITEM && TIMESCALE.matcher(squashed).matches()) {
                    continue; // "Immediately:", "Within three months:" group the actions of one list
                }
                if (pending != null && item.kind() == BlockKind.PARAGRAPH && item.page() > pending.page()
                        && CONTINUES.matcher(squashed).find()) {
                    pendingText.append(' ').append(item.text()); // an item cut by the page break
                    continue;
                }
                if (item.kind() != BlockKind.LIST_ITEM) {
                    break;
                }
                if (first != null && bulleted(first) != bulleted(item)) {
                    break; // a change of list: bullets, then a numbered paragraph of the report ("2.2 Ofsted's recommendations …")
                }
                first = first == null ? item : first;
                if (pending != null) {
                    addItem(out, seen, ctx, pending, pendingText.toString(), kind, part, authority, source, date);
                }
                pending = item;
                pendingText.setLength(0);
                pendingText.append(item.text());
            }
            if (pending != null) {
                addItem(out, seen, ctx, pending, pendingText.toString(), kind, part, authority, source, date);
            }
            i = j - 1;
        }
        return out;
    }

    private static void addItem(List<PaperRecord> out, Set<String> seen, ExtractContext ctx, Block item, String text, FindingKind kind,
            int part, @Nullable String authority, @Nullable String source, @Nullable PartialDate date) {
        Matcher inner = LABELLED.matcher(Texts.squash(text));
        add(out, seen, ctx, item, kind, inner.matches() ? inner.group(3) : text, inner.matches() ? labelKey(inner, part) : null,
                authority, source, date);
    }

    // A report's findings are read against that report's text: from its cover, or the paper's start.
    private static int startOfPart(List<ReportExtractor.Cover> covers, int block) {
        int start = 0;
        for (ReportExtractor.Cover c : covers) {
            if (c.block() <= block) {
                start = c.block();
            }
        }
        return start;
    }

    // Papers repeat an inspection's findings (in a report, then in the letter it attaches): one record each.
    // A numbered label ("Area of concern 3") names one finding however its text is worded, within one report of a pack.
    private static @Nullable String labelKey(Matcher labelled, int part) {
        return labelled.group(2).isEmpty() ? null : part + "|" + Texts.fold(labelled.group(1)).replaceAll("s$", "") + " " + labelled.group(2);
    }

    private static void add(List<PaperRecord> out, Set<String> seen, ExtractContext ctx, Block item, FindingKind kind, String rawText,
            @Nullable String labelKey, @Nullable String authority, @Nullable String source, @Nullable PartialDate date) {
        String text = Texts.squash(rawText);
        boolean newText = seen.add(kind + "|" + Texts.fold(text).replaceAll("[^a-z0-9 ]", ""));
        boolean newLabel = labelKey == null || seen.add(labelKey);
        if (text.isEmpty() || !newText || !newLabel) {
            return;
        }
        Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
        out.add(new Finding(ctx.id(RecordType.FINDING, p, kind.name(), text), kind, text, authority, source, date, p));
    }

    // Whether a list item is marked by a bullet or dash rather than a number or letter.
    private static boolean bulleted(Block item) {
        String m = item.marker();
        return m == null || m.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static @Nullable FindingKind leadIn(Block b) {
        String text = Texts.squash(b.text());
        boolean leadShape = b.kind() == BlockKind.HEADING || b.isBold() || text.endsWith(":") || text.endsWith("?") || text.length() <= 60;
        if (!leadShape || text.length() > MAX_LEAD_IN || b.kind() == BlockKind.TABLE) {
            return null;
        }
        if (MIXED.matcher(text).matches()) {
            return null;
        }
        if (IMPROVE.matcher(text).matches()) {
            return FindingKind.IMPROVEMENT;
        }
        if (STRENGTH.matcher(text).matches()) {
            return FindingKind.STRENGTH;
        }
        return null;
    }
}
