package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;
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
                    + "(?:improve|do)|priority actions|improvements needed)\\b.*");
    private static final Pattern STRENGTH = Pattern.compile(
            "(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:strengths|areas? of strength|key strengths|what is working well|what works well)\\b.*");
    private static final int MAX_LEAD_IN = 160;

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        InspectionFacts facts = InspectionFacts.of(doc, ctx.document().kind());
        boolean inspection = ctx.document().kind() == DocumentKind.INSPECTION_REPORT
                || ctx.document().kind() == DocumentKind.INSPECTION_LETTER;
        List<PaperRecord> out = new ArrayList<>();
        List<Block> body = doc.body();
        for (int i = 0; i < body.size(); i++) {
            FindingKind kind = leadIn(body.get(i));
            if (kind == null) {
                continue;
            }
            String source = inspection ? facts.sourceLabel() : mentionedSource(body.get(i).text());
            PartialDate date = inspection ? facts.end() : null;
            String authority = facts.authority() != null ? facts.authority() : ctx.document().council();
            int j = i + 1;
            for (; j < body.size() && body.get(j).kind() == BlockKind.LIST_ITEM; j++) {
                Block item = body.get(j);
                String text = Texts.squash(item.text());
                if (text.isEmpty()) {
                    continue;
                }
                Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
                out.add(new Finding(ctx.id(RecordType.FINDING, p, kind.name(), text), kind, text, authority, source, date, p));
            }
            i = j - 1;
        }
        return out;
    }

    private static @Nullable FindingKind leadIn(Block b) {
        String text = Texts.squash(b.text());
        boolean leadShape = b.kind() == BlockKind.HEADING || b.isBold() || text.endsWith(":") || text.length() <= 60;
        if (!leadShape || text.length() > MAX_LEAD_IN || b.kind() == BlockKind.TABLE) {
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

    // "Specific areas for improvement identified within the Ofsted Report:" names its source.
    private static @Nullable String mentionedSource(String leadIn) {
        String t = Texts.fold(leadIn);
        return t.contains("ofsted") ? "Ofsted" : t.contains("cqc") ? "CQC" : null;
    }
}
