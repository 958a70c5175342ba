package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.segment.Part;
import org.jspecify.annotations.Nullable;

/**
 * Recommendations: what a committee report asks the committee to do (under "Recommendation(s)",
 * "RECOMMENDATIONS", "The Committee is asked to:") and, in inspection reports, what the
 * inspectorate recommends. Each numbered, lettered or bulleted item is one recommendation; the
 * section ends at the next heading or the next top-level section number. "Reasons for
 * Recommendation" heads reasons, not recommendations.
 */
public final class RecommendationExtractor implements RecordExtractor {
    private static final Pattern SECTION = Pattern.compile(
            "(?i)^(?:\\d+\\.?\\s+)?(?:recommendations?|recommendation\\(s\\)|the (?:committee|cabinet|board|panel|council|members?) (?:is|are) "
                    + "(?:asked|recommended|invited) to(?: [a-z ]{0,40})?)\\s*:?$");
    private static final Pattern REASONS = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?reasons? for (?:the )?recommendations?.*");
    private static final Pattern TOP_NUMBER = Pattern.compile("^(\\d+)\\.?$");
    private static final Pattern NUMBERED_TEXT = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$");

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        RecommendationOrigin origin = ctx.document().kind() == DocumentKind.INSPECTION_REPORT
                || ctx.document().kind() == DocumentKind.INSPECTION_LETTER ? RecommendationOrigin.INSPECTION : RecommendationOrigin.REPORT;
        List<PaperRecord> out = new ArrayList<>();
        List<Block> body = doc.body();
        List<ReportExtractor.Cover> covers = new ReportExtractor().covers(body, ctx);
        String itemNumber = null;
        String itemTitle = null;
        int nextCover = 0;
        int lastCover = -1;
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            // The item a recommendation belongs to is that of the last report cover before it, in its part; a report
            // without a cover takes the item its part has from the agenda's page ranges.
            while (nextCover < covers.size() && covers.get(nextCover).block() <= i) {
                itemNumber = covers.get(nextCover).report().itemNumber();
                itemTitle = covers.get(nextCover).report().title();
                lastCover = covers.get(nextCover).block();
                nextCover++;
            }
            Part part = partOfBlock(ctx, i);
            if (part != null && part.itemNumber() != null && lastCover < part.from() && !part.itemNumber().equals(itemNumber)) {
                itemNumber = part.itemNumber();
                itemTitle = part.title();
            }
            String text = Texts.squash(b.text());
            if (b.kind() == BlockKind.TABLE || !SECTION.matcher(text).matches() || REASONS.matcher(text).matches()) {
                continue;
            }
            String section = sectionNumber(b);
            int sectionStart = out.size();
            int j = i + 1;
            for (; j < body.size(); j++) {
                Block item = body.get(j);
                String itemText = Texts.squash(item.text());
                if (item.kind() == BlockKind.HEADING || item.kind() == BlockKind.TABLE || REASONS.matcher(itemText).matches()
                        || endsSection(item, section)) {
                    break;
                }
                // Word and PDF renderings often print "1.1 That the Committee…" as a paragraph, or behind a bullet; behind a
                // bullet the number is the item's whatever its section is numbered ("3. Recommendation(s)" over "1.1", "1.2").
                Matcher numbered = NUMBERED_TEXT.matcher(itemText);
                boolean bulleted = item.kind() == BlockKind.LIST_ITEM && number(item.marker()) == null;
                boolean numberedText = numbered.matches() && (section == null || bulleted || numbered.group(1).startsWith(section + "."));
                if (item.kind() != BlockKind.LIST_ITEM && !numberedText && continues(out, out.size() > sectionStart, itemText)) {
                    // A line a PDF reading set apart from the item it wraps: it goes on in lower case, or after an item with no full stop.
                    Recommendation last = (Recommendation) out.get(out.size() - 1);
                    Provenance lp = last.provenance(); // the item's page and box, where it starts; its span now takes in the line
                    Provenance p = new Provenance(lp.page(), lp.printedPage(), lp.start(), Math.max(lp.end(), item.end()), lp.bbox());
                    out.set(out.size() - 1, new Recommendation(last.id(), last.number(), clean(last.text() + " " + itemText), origin,
                            last.itemNumber(), last.itemTitle(), p));
                    continue;
                }
                if (item.kind() != BlockKind.LIST_ITEM && !numberedText || itemText.isEmpty()) {
                    if (j > i + 1) {
                        break; // prose after the list: the section is over
                    }
                    continue;
                }
                String number = numberedText && (item.marker() == null || number(item.marker()) == null) ? numbered.group(1) : number(item.marker());
                String recText = clean(numberedText && !numbered.group(1).equals(item.marker()) ? numbered.group(2) : itemText);
                Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
                out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, number == null ? "" : number, recText), number,
                        recText, origin, itemNumber, itemTitle, p));
            }
            i = j - 1;
        }
        return out;
    }

    private static @Nullable Part partOfBlock(ExtractContext ctx, int block) {
        for (Part p : ctx.parts()) {
            if (block >= p.from() && block < p.to()) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern CLOSED = Pattern.compile("(?s).*[.;:!?)\"”’]$");
    private static final Pattern STRAY_EMPHASIS = Pattern.compile("^\\*{2,}|\\*{2,}$");

    private static boolean continues(List<PaperRecord> out, boolean afterItem, String text) {
        // Only an item of this section can go on: afterItem says one was read since the heading.
        if (!afterItem || text.isEmpty() || out.isEmpty() || !(out.get(out.size() - 1) instanceof Recommendation last)) {
            return false;
        }
        return Character.isLowerCase(text.codePointAt(0)) || !CLOSED.matcher(last.text()).matches();
    }

    // Emphasis stars a conversion left at the end of an item ("… funding gap.**") are markup, not words.
    private static String clean(String text) {
        return STRAY_EMPHASIS.matcher(Texts.squash(text)).replaceAll("").strip();
    }

    // The section number of "1. Recommendation(s)", so that "2." (the next section) ends it.
    private static @Nullable String sectionNumber(Block b) {
        if (b.marker() != null) {
            Matcher m = TOP_NUMBER.matcher(b.marker());
            if (m.matches()) {
                return m.group(1);
            }
        }
        Matcher m = Pattern.compile("^(\\d+)\\.?\\s").matcher(b.text());
        return m.find() ? m.group(1) : null;
    }

    private static boolean endsSection(Block item, @Nullable String section) {
        if (section == null || item.marker() == null) {
            return false;
        }
        Matcher m = TOP_NUMBER.matcher(item.marker());
        return m.matches() && !m.group(1).equals(section);
    }

    private static @Nullable String number(@Nullable String marker) {
        if (marker == null || marker.matches("[-•*◦▪o–]")) {
            return null;
        }
        return marker.replaceAll("^\\(|[.)]$", "");
    }
}
