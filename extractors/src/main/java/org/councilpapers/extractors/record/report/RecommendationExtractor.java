package org.councilpapers.extractors.record.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.plan.ActionLinker;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.vocab.Inspectorate;
import org.councilpapers.extractors.vocab.RecommendationWords;
import org.jspecify.annotations.Nullable;

/**
 * Recommendations: what a committee report asks the committee to do (under "Recommendation(s)",
 * "RECOMMENDATIONS", "The Committee is asked to:", or inline: "Recommendation: That Cabinet (a) … (b) …")
 * and what an inspectorate recommends, wherever the paper prints it. Each numbered, lettered or
 * bulleted item is one recommendation; the list ends where the recommendations end: the next heading,
 * a new section number ("2. INTRODUCTION AND BACKGROUND", "2.1 …" after "1.1", "1.2"), a line in
 * capitals, prose after the list. "Reasons for Recommendation" heads reasons, not recommendations.
 *
 * <p>Whose recommendations they are is read from the evidence around them, not from the kind of paper:
 * a heading that names the inspection ("Ofsted's recommendations", "Recommendations from the
 * inspection"), a lead-in that says the inspectors made them, or a paper or appendix that reproduces an
 * inspection's text (its title "Inspection of …", its "Inspection dates:"); but items that ask a committee
 * to decide ("That the Committee notes …") are always the report's. The kind only breaks a tie.
 */
public final class RecommendationExtractor implements RecordExtractor {
    // "2. Recommendations", "2 | Recommendations", "Recommendations to the committee:", "Members are asked to:" (RecommendationWords).
    private static final Pattern SECTION = RecommendationWords.HEADING;
    private static final Pattern REASONS = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?reasons? for (?:the )?recommendations?.*");
    private static final Pattern TOP_NUMBER = Pattern.compile("^(\\d+)\\.?$");
    // "5. If Recommendation 4 is passed, …": an item's plain number and text, read off a line that is not a list item.
    private static final Pattern PLAIN_NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern NUMBERED_TEXT = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$");
    // "A. Agree to …", "b) DELEGATE …": a lettered item a PDF reading left as a paragraph (the reader takes no capital letter
    // for a list marker); taken only in sequence, A then B, so a paragraph that merely opens with an initial is not one.
    private static final Pattern LETTERED_TEXT = Pattern.compile("^([A-Ha-h])[.)]\\s+(\\S.*)$");
    // How far into a paragraph an inspectorate's recommendation names who should act ("Leaders in education, health and care").
    private static final int INSPECTORS_SUBJECT = 120;
    private static final String INSPECTORS = "(?:" + Inspectorate.listingAlternation() + "|inspection|inspectors?|inspectorate)";
    // "Ofsted's recommendations", "Recommendations from the inspection", "The inspectors made the following recommendations:".
    private static final Pattern INSPECTION_SECTION = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:appendix\\s+\\w{1,3}\\s*[:.–-]?\\s*)?(?:"
            + "(?:the\\s+)?" + INSPECTORS + "(?:['’]s)?\\s+(?:report['’]s\\s+)?recommendations?(?:\\s+(?:for|to)\\s+[^.]{0,60})?"
            + "|recommendations?\\s+(?:made\\s+)?(?:by|from|of|following|arising from|in)\\s+(?:the\\s+)?(?:[a-z’' ]{0,40}\\s)?" + INSPECTORS + "[^.]{0,60}"
            // "made", "gave", "set out" only with what they made: "Inspectors reviewed the progress made …, with a focus on:" leads
            // into the visit's scope, not its recommendations.
            + "|(?:the\\s+)?" + INSPECTORS + "(?:['’]s)?\\b[^.:]{0,80}?\\b(?:(?:made|gave|set out)\\b(?=[^.]{0,80}?\\b(?:recommend|the following))"
            + "|recommended|recommend)\\b[^.]{0,80})\\s*:?$");
    private static final Pattern INSPECTION_WORD = Pattern.compile("(?i)\\b" + INSPECTORS + "\\b");
    // The title of an inspection's own text, or of an appendix reproducing it.
    private static final Pattern INSPECTION_TITLE = Pattern.compile("(?i)(?:\\binspection of\\b.{0,80}\\b(?:children|services|local authority|council)"
            + "|\\binspection report\\b|\\b(?:focused|monitoring) visit\\b|joint targeted area inspection|^\\s*(?:inspection|visit) dates?\\s*:)");
    // Items that ask a committee to decide are the report's own recommendations, whatever the paper quotes around them.
    private static final Pattern ASKS_COMMITTEE = Pattern.compile("(?i)^(?:that\\b|(?:the\\s+)?(?:committee|cabinet|board|panel|council|members?|"
            + "scrutiny|executive|forum)\\b|(?:to\\s+)?(?:note|notes|noted|agree|agrees|approve|approves|endorse|endorses|comment|consider|"
            + "considers|recommend|delegate|authorise|support|scrutinise)\\b)|\\b(?:is|are) (?:asked|recommended|invited) to\\b");
    // A heading in capitals, perhaps numbered: "2. INTRODUCTION AND BACKGROUND".
    private static final Pattern CAPITALS_HEADING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?[A-Z][A-Z0-9 ,&'’()/-]{3,80}$");
    // A numbered section heading printed as a line: "2. Introduction and Background", short and without a full stop.
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2})\\.?\\s+([A-Z][^.;:]{2,60})$");
    // "Recommendation: That Cabinet (a) approves …; (b) notes …": recommendations inline after their label.
    private static final Pattern INLINE = Pattern.compile("(?i)^(?:\\d+\\.?\\s+)?recommendations?(?:\\(s\\))?\\s*[:–-]\\s*(\\S.{10,})$");
    // "(a) … (b) …", "a) … b) …", and "A. … B. …" as a paragraph runs a lettered list together (taken only in sequence).
    private static final Pattern LETTERED = Pattern.compile("(?:^|\\s)\\(?([a-hA-H]|i{1,3}|iv|v)(?:\\)|(?<=[A-H])\\.)\\s+");
    private static final int LEAD_IN = 3;
    // "Proposals", "2. Proposal", "Proposed decision(s)": a heading some councils put over what the report asks, and others
    // over the options a report weighs; it is a recommendations section only where its first item asks the committee.
    private static final Pattern PROPOSALS = Pattern.compile("(?i)^(?:\\d+\\.?\\s+)?(?:proposals?|proposed decisions?(?:\\(s\\))?)\\s*:?$");
    // "(a) notes …", "a) endorses …", "1. That the committee agrees …": an item that opens by asking, after its marker.
    private static final Pattern ASKING_ITEM = Pattern.compile("(?i)^(?:\\(?[a-h1-9][.)]\\s+)?(?:that\\s+\\S|(?:to\\s+)?(?:notes?|agrees?|approves?"
            + "|endorses?|supports?|adopts?|authorises?|authorizes?|delegates?|recommends?|considers?|comments? on|confirms?|accepts?|asks?)\\b)");

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        boolean inspectionKind = ctx.document().kind() == DocumentKind.INSPECTION_REPORT
                || ctx.document().kind() == DocumentKind.INSPECTION_LETTER;
        List<PaperRecord> out = new ArrayList<>();
        List<Block> body = doc.body();
        List<ReportExtractor.Cover> covers = new ReportExtractor().covers(body, ctx);
        String itemNumber = null;
        String itemTitle = null;
        int nextCover = 0;
        int lastCover = -1;
        List<Recommendation> sentences = new ArrayList<>(); // read from a sentence or a body's lead-in, with no heading
        // A proposed decision's parts are what it asks the decision taker to do, read once for each part that is one.
        Map<Integer, ProposedDecisions.Proposal> proposals = new LinkedHashMap<>();
        for (Part p : ctx.parts()) {
            ProposedDecisions.Proposal proposal = p.kind().carriesRecords() ? ProposedDecisions.read(p.blocks()) : null;
            if (proposal != null) {
                proposals.put(p.from(), proposal);
            }
        }
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
            ProposedDecisions.Proposal proposal = part == null ? null : proposals.get(part.from());
            if (proposal != null && proposal.title() != null && (lastCover < part.from() || itemTitle == null)) {
                itemTitle = proposal.title(); // a proposal has no cover: its title is the decision's
            }
            if (proposal != null && !proposal.parts().isEmpty() && i == part.from() + proposal.from()) {
                for (ProposedDecisions.DecisionPart d : proposal.parts()) {
                    Provenance p = ctx.provenance(d.first().block().page(), d.first().start(), Math.max(d.first().end(), d.last().end()),
                            d.first());
                    out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, d.number() == null ? "" : d.number(), d.text()),
                            d.number(), d.text(), RecommendationOrigin.REPORT, part.itemNumber() != null ? part.itemNumber() : itemNumber,
                            itemTitle, p, Mentions.NONE));
                }
                i = part.from() + proposal.to() - 1;
                continue;
            }
            String text = Texts.squash(b.text());
            if (b.kind() == BlockKind.TABLE && b.table() != null && headedRecommendations(b.table())) {
                // "No. | Recommendation", "2 | Recommendations" over "2.1 Note … | Please refer to Section 3": one row each.
                int before = out.size();
                tableRows(b, 1, origin(body, i, part, false, inspectionKind, true), itemNumber, itemTitle, ctx, out);
                asTheReports(out, before);
                continue;
            }
            if (b.kind() == BlockKind.TABLE || REASONS.matcher(text).matches()) {
                continue;
            }
            boolean inspectionSection = INSPECTION_SECTION.matcher(text).matches();
            Matcher inline = INLINE.matcher(text);
            boolean heading = SECTION.matcher(text).matches() || proposals(body, i, text);
            boolean bodyLeadIn = !inspectionSection && !heading && b.kind() != BlockKind.HEADING
                    && RecommendationWords.BODY_LEAD_IN.matcher(text).matches();
            if (!inspectionSection && !bodyLeadIn && !heading) {
                if (inline.matches() && b.kind() != BlockKind.HEADING) {
                    inline(b, inline.group(1), inline.start(1), inlineOrigin(body, i, inline.group(1)), itemNumber, itemTitle, ctx, out);
                } else if (b.kind() != BlockKind.HEADING && asksInASentence(part)) {
                    sentence(b, text, itemNumber, itemTitle, ctx, sentences);
                }
                continue;
            }
            RecommendationOrigin origin = origin(body, i, part, inspectionSection, inspectionKind, false);
            // A lead-in sentence's own paragraph number is not a section the list's numbers belong to.
            String section = text.split("\\s+").length > 8 ? null : sectionNumber(b);
            int lastPlain = 0;
            int sectionStart = out.size();
            String firstTop = null;
            String pending = null;
            int paragraphs = 0; // recommendations read as whole paragraphs, with no list
            int j = i + 1;
            for (; j < body.size(); j++) {
                Block item = body.get(j);
                String itemText = Texts.squash(item.text());
                if (item.kind() == BlockKind.TABLE && item.table() != null && out.size() > sectionStart
                        && !headedRecommendations(item.table())) {
                    // The list goes on in a table, as a page break or a reading of aligned columns sets it: "2.1 …" as a
                    // line, then "2.2 | … | Please refer to Section 3g" as rows. Taken only where the first row's number
                    // carries the list on.
                    List<PaperRecord> rows = new ArrayList<>();
                    tableRows(item, 0, origin, itemNumber, itemTitle, ctx, rows);
                    String last = ((Recommendation) out.get(out.size() - 1)).number();
                    if (!rows.isEmpty() && nextNumber(last, ((Recommendation) rows.get(0)).number())) {
                        out.addAll(rows);
                        continue;
                    }
                }
                if (item.kind() == BlockKind.TABLE && item.table() != null && out.size() == sectionStart && j <= i + LEAD_IN
                        && !headedRecommendations(item.table()) && !namesRecommendationColumn(item.table())) {
                    // The section set out as a table: number | text, perhaps with a column pointing to where it is discussed.
                    int before = out.size();
                    tableRows(item, 0, origin, itemNumber, itemTitle, ctx, out);
                    if (out.size() > before) {
                        j++;
                        break;
                    }
                }
                Matcher nextItem = PLAIN_NUMBERED.matcher(itemText);
                if (item.kind() != BlockKind.LIST_ITEM && item.kind() != BlockKind.TABLE && lastPlain >= 1 && out.size() > sectionStart
                        && nextItem.matches() && Integer.parseInt(nextItem.group(1)) == lastPlain + 1 && !looksLikeHeading(itemText)) {
                    // "5. If Recommendation 4 is passed, APPROVE …" after items 1–4: a reading that took the item for a numbered
                    // heading or a paragraph does not end the list its number continues.
                    lastPlain++;
                    String recText = clean(nextItem.group(2));
                    Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
                    out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, nextItem.group(1), recText), nextItem.group(1), recText,
                            origin, itemNumber, itemTitle, p, Mentions.NONE));
                    continue;
                }
                if (item.kind() == BlockKind.HEADING || item.kind() == BlockKind.TABLE || REASONS.matcher(itemText).matches()
                        || endsSection(item, itemText, section, lastPlain) || newSection(item, itemText, section, firstTop)) {
                    break;
                }
                // Word and PDF renderings often print "1.1 That the Committee…" as a paragraph, or behind a bullet; behind a
                // bullet the number is the item's whatever its section is numbered ("3. Recommendation(s)" over "1.1", "1.2").
                Matcher numbered = NUMBERED_TEXT.matcher(itemText);
                boolean bulleted = item.kind() == BlockKind.LIST_ITEM && number(item.marker()) == null;
                boolean numberedText = numbered.matches() && (section == null || bulleted || numbered.group(1).startsWith(section + "."));
                Matcher lettered = LETTERED_TEXT.matcher(itemText);
                boolean letteredText = item.kind() != BlockKind.LIST_ITEM && !numberedText && lettered.matches()
                        && nextLetter(out, sectionStart, lettered.group(1));
                if (item.kind() != BlockKind.LIST_ITEM && !numberedText && !letteredText && continues(out, out.size() > sectionStart, itemText)) {
                    // A line a PDF reading set apart from the item it wraps: it goes on in lower case, or after an item with no full stop.
                    Recommendation last = (Recommendation) out.get(out.size() - 1);
                    Provenance lp = last.provenance(); // the item's page and box, where it starts; its span now takes in the line
                    Provenance p = new Provenance(lp.page(), lp.printedPage(), lp.start(), Math.max(lp.end(), item.end()), lp.bbox());
                    out.set(out.size() - 1, new Recommendation(last.id(), last.number(), clean(last.text() + " " + itemText), origin,
                            last.itemNumber(), last.itemTitle(), p, Mentions.NONE));
                    continue;
                }
                if (item.kind() != BlockKind.LIST_ITEM && !numberedText && !letteredText && !itemText.isEmpty() && out.size() > sectionStart
                        && pending == null && nextIsNumbered(body, j + 1, section)) {
                    // A number printed level with the middle of its text: the text's first line stands above the number's.
                    pending = itemText;
                    continue;
                }
                if (origin == RecommendationOrigin.INSPECTION && item.kind() == BlockKind.PARAGRAPH && !numberedText && !letteredText
                        && paragraphs == out.size() - sectionStart && inspectorsAsk(itemText)) {
                    // An inspection letter's "Recommendations" as plain paragraphs, each saying who should do what ("Leaders
                    // across the partnership should improve …"), up to the next heading or a paragraph that says nothing of the
                    // kind ("Ofsted and CQC ask that the partnership updates its strategic plan …").
                    Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
                    String recText = clean(itemText);
                    out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, "", recText), null, recText, origin, itemNumber,
                            itemTitle, p, Mentions.NONE));
                    paragraphs++;
                    continue;
                }
                if (item.kind() != BlockKind.LIST_ITEM && !numberedText && !letteredText && paragraphs == out.size() - sectionStart
                        && asks(itemText) && !nextIsListed(body, j + 1)) {
                    // "Recommendation" over "That the Committee notes the annual report.": a paragraph that asks, with no list
                    // under it, is the recommendation itself; more such paragraphs are more of them.
                    Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
                    String recText = clean(itemText);
                    out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, "", recText), null, recText, origin, itemNumber,
                            itemTitle, p, Mentions.NONE));
                    paragraphs++;
                    continue;
                }
                if (item.kind() != BlockKind.LIST_ITEM && !numberedText && !letteredText || itemText.isEmpty()) {
                    if (j > i + 1) {
                        break; // prose after the list: the section is over
                    }
                    continue;
                }
                if (itemText.endsWith(":") && nextIsTable(body, j + 1)) {
                    continue; // "3.1 Ofsted made the following recommendations:" over their table: the table's lead-in, not one of them
                }
                String number = letteredText ? lettered.group(1)
                        : numberedText && (item.marker() == null || number(item.marker()) == null) ? numbered.group(1) : number(item.marker());
                if (number != null && number.matches("\\d.*") && out.size() > sectionStart && lettered(out.get(out.size() - 1))) {
                    break; // "1. Introduction" after "a)", "b)": the report's sections, not more of the list
                }
                if (number != null && number.matches("\\d{1,2}") && out.size() > sectionStart && headsSubsections(body, j, number, itemText)) {
                    break; // "3. Proposed model" over "3.1 …": the report's next section, however its words are cased
                }
                if (number != null && number.matches("\\d{1,2}") && item.kind() == BlockKind.LIST_ITEM && out.size() > sectionStart
                        && itemText.split("\\s+").length <= 4 && !CLOSED.matcher(itemText).matches() && titleCase(itemText)) {
                    break; // "2. Background" numbered as a list item: a heading
                }
                if (number != null && number.matches("\\d{1,2}")) {
                    int n = Integer.parseInt(number);
                    if (n <= lastPlain && item.kind() == BlockKind.LIST_ITEM) {
                        break; // the numbers start again: another list
                    }
                    lastPlain = n;
                }
                if (firstTop == null && number != null && number.contains(".")) {
                    firstTop = number.substring(0, number.indexOf('.'));
                }
                String recText = clean((pending != null ? pending + " " : "") + (letteredText ? lettered.group(2)
                        : numberedText && !numbered.group(1).equals(item.marker()) ? numbered.group(2) : itemText));
                pending = null;
                Provenance p = ctx.provenance(item.page(), item.start(), item.end(), item);
                out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, number == null ? "" : number, recText), number,
                        recText, origin, itemNumber, itemTitle, p, Mentions.NONE));
            }
            // Items that ask a committee to decide are a report's, whatever the heading over them quoted.
            if (origin == RecommendationOrigin.INSPECTION && out.size() > sectionStart
                    && ASKS_COMMITTEE.matcher(((Recommendation) out.get(sectionStart)).text()).find()) {
                for (int k = sectionStart; k < out.size(); k++) {
                    Recommendation r = (Recommendation) out.get(k);
                    out.set(k, new Recommendation(r.id(), r.number(), r.text(), RecommendationOrigin.REPORT, r.itemNumber(), r.itemTitle(),
                            r.provenance(), Mentions.NONE));
                }
            }
            if (bodyLeadIn) {
                // Read with the sentences that ask: what the report asks only where it has no recommendations of its own.
                for (PaperRecord r : new ArrayList<>(out.subList(sectionStart, out.size()))) {
                    sentences.add((Recommendation) r);
                }
                out.subList(sectionStart, out.size()).clear();
            }
            i = j - 1;
        }
        // A sentence that asks, or a list under a lead-in in the body, is the paper's recommendation only where its part has
        // none under a heading or a label: a report with a recommendations section spells them out or repeats them in its
        // body, and says in its summary or its pathway what other meetings are asked.
        Set<String> unheaded = new java.util.HashSet<>();
        List<Part> headed = out.stream().map(o -> ctx.partAt(o.provenance().start())).toList();
        for (Recommendation r : sentences) {
            Part at = ctx.partAt(r.provenance().start());
            if (headed.stream().noneMatch(h -> h == at)) {
                out.add(r);
                unheaded.add(r.id());
            }
        }
        if (!unheaded.isEmpty()) {
            out.sort(java.util.Comparator.comparingInt(o -> o.provenance().start()));
        }
        return withoutRepeats(out, unheaded, ctx);
    }

    /**
     * Whether a "Proposals" heading heads what the report asks: its first item (next block, or the one after a lead-in such as
     * "The committee is asked to:") opens with a verb of deciding in the committee's voice ("(a) notes …", "That …").
     */
    private static boolean proposals(List<Block> body, int at, String text) {
        if (text.length() > 30 || !PROPOSALS.matcher(text).matches()) {
            return false;
        }
        for (int k = at + 1; k < Math.min(body.size(), at + 3); k++) {
            Block next = body.get(k);
            String t = Texts.squash(next.text());
            if (t.isEmpty()) {
                continue;
            }
            if (next.kind() == BlockKind.TABLE || next.kind() == BlockKind.HEADING) {
                return false;
            }
            if (SECTION.matcher(t).matches()) {
                return false; // a lead-in of its own under the heading, read as the section
            }
            return ASKING_ITEM.matcher(t).find() && (next.kind() == BlockKind.LIST_ITEM || LETTERED_TEXT.matcher(t).matches()
                    || t.startsWith("(") || t.toLowerCase(java.util.Locale.ROOT).startsWith("that "));
        }
        return false;
    }

    // A paragraph that asks the committee for something: "That the Committee notes …", "Members are asked to agree …", not a lead-in.
    /**
     * Whether a paragraph is an inspectorate's recommendation in a sentence: someone "should" do something, said early in a
     * sentence that ends the paragraph ("Leaders across the partnership should improve …", "The statutory safeguarding
     * partners should strengthen …"). The cheap look for " should " comes first.
     */
    private static boolean inspectorsAsk(String text) {
        int should = text.indexOf(" should ");
        return should > 0 && should < INSPECTORS_SUBJECT && text.endsWith(".") && text.split("\\s+").length <= MAX_SENTENCE_WORDS;
    }

    private static boolean asks(String text) {
        return !text.endsWith(":") && text.split("\\s+").length <= MAX_SENTENCE_WORDS
                && (RecommendationWords.PARAGRAPH.matcher(text).matches() || RecommendationWords.SENTENCE.matcher(text).matches());
    }

    // Whether the next block with text is a list's item: then the paragraph before it is the list's lead-in.
    private static boolean nextIsListed(List<Block> body, int from) {
        for (int k = from; k < body.size(); k++) {
            Block b = body.get(k);
            String t = Texts.squash(b.text());
            if (!t.isEmpty()) {
                String n = b.kind() == BlockKind.LIST_ITEM ? number(b.marker()) : null;
                if (n != null && n.matches("\\d{1,2}") && (headsSubsections(body, k, n, t) || looksLikeHeading(n + ". " + t))) {
                    return false; // "1. Background" over "1.1 …": the next section's heading, not a list under a lead-in
                }
                return b.kind() == BlockKind.LIST_ITEM || NUMBERED_TEXT.matcher(t).matches() || LETTERED_TEXT.matcher(t).matches();
            }
        }
        return false;
    }

    // A report, an appendix or a paper of no known part asks in a sentence; minutes record, and a front sheet lists items.
    private static boolean asksInASentence(@Nullable Part part) {
        return part == null || part.kind() == PartKind.REPORT || part.kind() == PartKind.APPENDIX || part.kind() == PartKind.OTHER;
    }

    /** "3.1 The board is asked to note the briefing.": a recommendation in one sentence, with no heading and no list. */
    private static boolean sentence(Block b, String text, @Nullable String itemNumber, @Nullable String itemTitle, ExtractContext ctx,
            List<Recommendation> out) {
        Matcher m = RecommendationWords.SENTENCE.matcher(text);
        if (b.kind() == BlockKind.TABLE || !m.matches() || text.split("\\s+").length > MAX_SENTENCE_WORDS) {
            return false;
        }
        String number = m.group(1) != null ? m.group(1) : b.kind() == BlockKind.LIST_ITEM ? number(b.marker()) : null;
        String recText = clean(m.group(2));
        Provenance p = ctx.provenance(b.page(), b.start(), b.end(), b);
        out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, number == null ? "" : number, recText), number, recText,
                RecommendationOrigin.REPORT, itemNumber, itemTitle, p, Mentions.NONE));
        return true;
    }

    private static final int MAX_SENTENCE_WORDS = 80;

    private static boolean lettered(PaperRecord r) {
        String n = ((Recommendation) r).number();
        return n != null && n.matches("[A-Za-z]|[ivx]{1,4}");
    }

    // A row's number cell: "2.1", "3.", "(a)", "B", and a part of a numbered recommendation, "2a", "(3b)".
    private static final Pattern NUMBER_CELL = Pattern.compile("^\\(?(\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-h]?|[a-hA-H]|[ivx]{1,4})[.)]?$");
    // A number opening a line of a cell that holds the text too: "2.1 Note the forecast …".
    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^\\s*(\\d{1,2}(?:\\.\\d{1,2}){1,2}|\\d{1,2}[.)]|\\(?[a-hA-H][.)])\\s+(?=\\S)");
    // "Please refer to Section 3", "See paragraph 4.2", "Appendix A": where a recommendation is discussed, not what it asks.
    private static final Pattern CROSS_REFERENCE = Pattern.compile("(?i)^(?:please\\s+)?(?:see|refer to|refers? to|as set out in|detailed in|"
            + "section|paragraph|para\\.?|appendix|page)s?\\b[^.]{0,40}$");
    // A table's header cells that name the columns of a recommendations table, not recommendations.
    private static final Pattern COLUMN_NAME = Pattern.compile("(?i)^(?:no\\.?|number|ref(?:erence)?\\.?|#|item|paragraph|para|section|"
            + "recommendations?|recommendation\\(s\\)|see|page|reason)$");
    // Plan columns: a table with them is an action plan's (PlanTables reads it), not a list of what the report asks.
    private static final Pattern PLAN_COLUMN = Pattern.compile("(?i)\\b(?:actions?|owner|lead|due|deadline|timescale|target date|status|rag|"
            + "progress|update|evidence|milestones?|completion|responsible|by when|response|comments?|accepted|agreed|implemented)\\b");
    private static final int MIN_WORDS = 4;

    /**
     * Whether this extractor reads a table as a list of recommendations, one a row: its first row heads it as recommendations
     * ("No. | Recommendation", "Ref | Recommendation") and names no plan's columns. Another reader of tables leaves such a
     * table alone, so each recommendation is read once.
     *
     * @param t a table as the reader built it
     * @return true where the table is read here
     */
    public static boolean readsTable(org.councilpapers.core.layout.Table t) {
        return headedRecommendations(t);
    }

    // A header cell naming a column of recommendations ("Recommendation", "Ofsted recommendations"): the table has a header,
    // so it is no headerless list of numbered rows.
    private static final Pattern RECOMMENDATION_COLUMN = Pattern.compile("(?i)^(?:[\\w’'-]+\\s+){0,2}recommendations?\\b.{0,40}$");

    private static boolean namesRecommendationColumn(org.councilpapers.core.layout.Table t) {
        for (String c : t.rowTexts(0)) {
            if (c.length() < 60 && RECOMMENDATION_COLUMN.matcher(Texts.squash(c)).matches()) {
                return true;
            }
        }
        return false;
    }

    // Whether the next block with text is a table.
    private static boolean nextIsTable(List<Block> body, int from) {
        for (int k = from; k < body.size(); k++) {
            Block b = body.get(k);
            if (b.kind() == BlockKind.TABLE) {
                return true;
            }
            if (!b.text().isBlank()) {
                return false;
            }
        }
        return false;
    }

    // A table's rows that ask a committee to decide are the report's, whatever lead-in named an inspection above them.
    private static void asTheReports(List<PaperRecord> out, int from) {
        if (out.size() == from || ((Recommendation) out.get(from)).origin() != RecommendationOrigin.INSPECTION
                || !ASKS_COMMITTEE.matcher(((Recommendation) out.get(from)).text()).find()) {
            return;
        }
        for (int k = from; k < out.size(); k++) {
            Recommendation r = (Recommendation) out.get(k);
            out.set(k, new Recommendation(r.id(), r.number(), r.text(), RecommendationOrigin.REPORT, r.itemNumber(), r.itemTitle(),
                    r.provenance(), Mentions.NONE));
        }
    }

    /** Whether a table's first row heads it as recommendations ("Recommendation(s)", "2 | Recommendations"), with no plan's columns. */
    private static boolean headedRecommendations(org.councilpapers.core.layout.Table t) {
        if (t.rowCount() < 2 || t.colCount() > 3) {
            return false;
        }
        boolean named = false;
        for (String c : t.rowTexts(0)) {
            String s = Texts.squash(c);
            if (PLAN_COLUMN.matcher(s).find()) {
                return false;
            }
            named |= SECTION.matcher(s).matches() && !INSPECTION_SECTION.matcher(s).matches();
        }
        return named;
    }

    /**
     * The rows of a recommendations table from {@code first}, one recommendation each: its number from a number cell or the
     * number opening its text cell (wherever in the cell a PDF reading put it), its text the cell that is neither the number
     * nor a pointer to where the report discusses it. A row without a number that goes on in lower case continues the row
     * above (a page break inside a row); a lead-in row ("Cabinet is asked to:") is none. A table whose rows are not prose
     * gives nothing.
     */
    private static void tableRows(Block b, int first, RecommendationOrigin origin, @Nullable String itemNumber, @Nullable String itemTitle,
            ExtractContext ctx, List<PaperRecord> out) {
        org.councilpapers.core.layout.Table t = b.table();
        List<Recommendation> rows = new ArrayList<>();
        int prose = 0;
        for (int r = first; r < t.rowCount(); r++) {
            String number = null;
            String text = "";
            org.councilpapers.core.layout.Cell textCell = null;
            for (org.councilpapers.core.layout.Cell c : t.row(r)) {
                String s = Texts.squash(withMarkers(c));
                Matcher n = NUMBER_CELL.matcher(s);
                if (n.matches() && number == null) {
                    number = n.group(1);
                } else if (!s.isEmpty() && !CROSS_REFERENCE.matcher(s).matches() && !COLUMN_NAME.matcher(s).matches() && s.length() > text.length()) {
                    text = withMarkers(c);
                    textCell = c;
                }
            }
            if (textCell == null) {
                continue;
            }
            Matcher inCell = NUMBER_LINE.matcher(text);
            if (number == null && inCell.find()) {
                number = number(inCell.group(1));
                text = text.substring(0, inCell.start()) + " " + text.substring(inCell.end());
            }
            text = clean(text);
            if (text.endsWith(":") && number == null) {
                continue; // the lead-in the rows complete
            }
            if (number == null && !rows.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
                Recommendation last = rows.remove(rows.size() - 1);
                rows.add(new Recommendation(last.id(), last.number(), clean(last.text() + " " + text), origin, itemNumber, itemTitle,
                        last.provenance(), Mentions.NONE));
                continue;
            }
            prose += text.split("\\s+").length >= MIN_WORDS ? 1 : 0;
            int start = textCell.end() > textCell.start() ? textCell.start() : b.start();
            int end = textCell.end() > textCell.start() ? textCell.end() : b.end();
            Provenance p = ctx.provenance(b.page(), start, end, textCell.box() != null ? textCell : b);
            rows.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, number == null ? "" : number, text), number, text, origin,
                    itemNumber, itemTitle, p, Mentions.NONE));
        }
        if (!rows.isEmpty() && prose * 2 >= rows.size()) {
            out.addAll(rows);
        }
    }

    // A cell's text with its list items' markers, which a reader keeps apart from the text ("3.1" before "Note the …").
    private static String withMarkers(org.councilpapers.core.layout.Cell c) {
        if (c.blocks().stream().noneMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.marker() != null)) {
            return c.text();
        }
        StringBuilder s = new StringBuilder();
        for (Block b : c.blocks()) {
            s.append(s.isEmpty() ? "" : "\n").append(b.kind() == BlockKind.LIST_ITEM && b.marker() != null && !b.text().startsWith(b.marker())
                    ? b.marker() + " " : "").append(b.text());
        }
        return s.toString();
    }

    // Shares of words two wordings of one recommendation hold in common: a report that prints its recommendations on its
    // cover and again in its last section rewords them a little ("note the forecast …" / "NOTE the forecast … .").
    private static final double SAME_RECOMMENDATION = 0.7;

    // Figures and numbers as printed ("£23.3m", "2025", "1"): a rewording keeps them, another report's list changes them.
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*\\w*");
    private static final Pattern FIGURE_END = Pattern.compile("[.,]+$");

    /**
     * The recommendations without the copies a paper prints again: a later one in the same part, of the same item and
     * number, with the same figures and nearly the same words as an earlier one. A second list that asks for other things
     * under the same letters stays, and so do templated lists of other reports ("… in report 1" / "… in report 2").
     */
    private static List<PaperRecord> withoutRepeats(List<PaperRecord> found, Set<String> unheaded, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>(found.size());
        List<Wording> kept = new ArrayList<>(found.size());
        for (PaperRecord p : found) {
            Recommendation r = (Recommendation) p;
            Wording w = new Wording(r, ctx.partAt(r.provenance().start()), unheaded.contains(r.id()));
            if (kept.stream().noneMatch(w::repeats)) {
                out.add(r);
                kept.add(w);
            }
        }
        return out;
    }

    /** A recommendation with what a repeat of it must share, worked out once. */
    private record Wording(Recommendation r, @Nullable Part part, boolean unheaded, Set<String> figures, Set<String> words) {
        Wording(Recommendation r, @Nullable Part part, boolean unheaded) {
            this(r, part, unheaded, figuresIn(r.text()), ActionLinker.words(r.text()));
        }

        boolean repeats(Wording e) {
            // An unnumbered wording ("Recommendation: That …" inline) repeats a numbered one too, and so does a sentence read with no
            // heading, whose number is its paragraph's ("1.1" in the summary), not the recommendation's.
            boolean sameNumber = r.number() == null || e.r.number() == null || unheaded || e.unheaded || r.number().equals(e.r.number());
            return sameNumber && Objects.equals(r.itemTitle(), e.r.itemTitle()) && r.origin() == e.r.origin()
                    && part == e.part && figures.equals(e.figures) && ActionLinker.overlap(words, e.words) >= SAME_RECOMMENDATION;
        }
    }

    private static Set<String> figuresIn(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(FIGURE_END.matcher(m.group()).replaceAll(""));
        }
        return out;
    }

    /**
     * Whose recommendations a section holds: the inspectorate's where its heading says so, where the sentence leading
     * into it says the inspectors made them, or where the paper or the appendix it sits in reproduces an inspection's
     * text; else the report's. Where nothing around says either way, an inspection's own paper is the tie-breaker.
     */
    private static RecommendationOrigin origin(List<Block> body, int heading, @Nullable Part part, boolean inspectionSection,
            boolean inspectionKind, boolean table) {
        if (inspectionSection) {
            return RecommendationOrigin.INSPECTION;
        }
        int from = part == null ? 0 : part.from();
        // The lead-in: the blocks just before the heading, back to the heading above them.
        for (int k = heading - 1; k >= Math.max(from, heading - LEAD_IN); k--) {
            Block b = body.get(k);
            if (b.kind() == BlockKind.TABLE) {
                break;
            }
            String t = Texts.squash(b.text());
            // Over a table whose header already says "Recommendation", a lead-in naming the inspection says whose they are.
            if (INSPECTION_WORD.matcher(t).find() && (table || t.toLowerCase(java.util.Locale.ROOT).contains("recommend"))) {
                return RecommendationOrigin.INSPECTION;
            }
            if (b.kind() == BlockKind.HEADING) {
                break;
            }
        }
        // A reproduction: an appendix heading above that names an inspection's report or letter, or the opening of the part.
        for (int k = heading - 1; k >= from; k--) {
            Block b = body.get(k);
            String t = Texts.squash(b.text());
            if ((b.kind() == BlockKind.HEADING || b.isBold()) && t.toLowerCase(java.util.Locale.ROOT).startsWith("appendix")) {
                if (INSPECTION_WORD.matcher(t).find() || INSPECTION_TITLE.matcher(t).find()) {
                    return RecommendationOrigin.INSPECTION;
                }
                break; // the section's appendix is another paper's
            }
        }
        int opened = 0;
        for (int k = from; k < heading && opened < 8; k++) {
            Block b = body.get(k);
            if (b.kind() == BlockKind.TABLE) {
                continue;
            }
            opened++;
            if (INSPECTION_TITLE.matcher(Texts.squash(b.text())).find()) {
                return RecommendationOrigin.INSPECTION;
            }
        }
        return inspectionKind ? RecommendationOrigin.INSPECTION : RecommendationOrigin.REPORT;
    }

    // Recommendations printed inline after their label; lettered ones ("(a) … (b) …") are one each.
    // A cause of concern an inspectorate printed ("Cause of concern: The constabulary does not …"), as a minute reproduces it.
    private static final Pattern CAUSE_OF_CONCERN = Pattern.compile("(?i)^causes?\\s+(?:of|for)\\s+concern\\s*\\d{0,2}\\s*[:.–-]");
    private static final int INLINE_LEAD_IN = 3;

    /**
     * Whose a labelled recommendation ("Recommendation: Within six months, the constabulary should …") is: the inspectorate's
     * where it follows the cause of concern it answers, or a lead-in naming the inspectorate's recommendation ("The report
     * reproduced the inspectorate's cause of concern and recommendation:"); else the report's. One asking a committee to decide
     * is the report's whatever precedes it.
     */
    private static RecommendationOrigin inlineOrigin(List<Block> body, int at, String rest) {
        if (ASKS_COMMITTEE.matcher(rest.strip()).find()) {
            return RecommendationOrigin.REPORT;
        }
        for (int k = at - 1; k >= Math.max(0, at - INLINE_LEAD_IN); k--) {
            Block b = body.get(k);
            if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TABLE) {
                break;
            }
            String t = Texts.squash(b.text());
            if (CAUSE_OF_CONCERN.matcher(t).lookingAt()
                    || t.endsWith(":") && INSPECTION_WORD.matcher(t).find() && t.toLowerCase(java.util.Locale.ROOT).contains("recommend")) {
                return RecommendationOrigin.INSPECTION;
            }
        }
        return RecommendationOrigin.REPORT;
    }

    private static void inline(Block b, String rest, int offset, RecommendationOrigin origin, @Nullable String itemNumber,
            @Nullable String itemTitle, ExtractContext ctx, List<PaperRecord> out) {
        Matcher m = LETTERED.matcher(rest);
        List<int[]> marks = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        while (m.find()) {
            String letter = m.group(1);
            boolean next = letters.isEmpty() ? letter.equalsIgnoreCase("a") || letter.equals("i")
                    : letter.length() == 1 && letters.get(letters.size() - 1).length() == 1
                            && Character.toLowerCase(letter.charAt(0)) == Character.toLowerCase(letters.get(letters.size() - 1).charAt(0)) + 1;
            if (next || !letters.isEmpty() && letter.matches("i{1,3}|iv|v")) {
                marks.add(new int[] {m.start(1), m.end()});
                letters.add(letter);
            }
        }
        String squashed = Texts.squash(b.text());
        int base = squashed.equals(b.text()) ? b.start() + offset : -1;
        if (marks.size() < 2) {
            Provenance p = ctx.provenance(b.page(), b.start(), b.end(), b);
            String text = clean(rest);
            out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, "", text), null, text, origin,
                    itemNumber, itemTitle, p, Mentions.NONE));
            return;
        }
        String cover = rest.substring(0, Math.max(0, marks.get(0)[0] - (rest.charAt(Math.max(0, marks.get(0)[0] - 1)) == '(' ? 1 : 0))).strip();
        for (int k = 0; k < marks.size(); k++) {
            int end = k + 1 < marks.size() ? marks.get(k + 1)[0] - 1 : rest.length();
            String part = rest.substring(marks.get(k)[1], Math.max(marks.get(k)[1], end)).strip().replaceAll("[;,]?\\s*(?:and|or)?\\s*\\(?$", "");
            // "That Cabinet (a) approves …" reads as one sentence with its part; "Cabinet is asked to: A. AGREE …" is a lead-in.
            String text = clean(cover.isEmpty() || cover.endsWith(":") ? part : cover + " " + part);
            int start = base < 0 ? b.start() : base + marks.get(k)[0];
            int stop = base < 0 ? b.end() : Math.min(b.end(), base + Math.max(marks.get(k)[1], end));
            Provenance p = ctx.provenance(b.page(), start, Math.max(start, stop), b);
            String number = letters.get(k);
            out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, number, text), number, text, origin,
                    itemNumber, itemTitle, p, Mentions.NONE));
        }
    }

    /**
     * Whether a line starts the paper's next section rather than carrying on the recommendations: a line in capitals, a
     * numbered heading line ("2. Introduction and Background") other than the section's own number, or a paragraph
     * numbered under another section ("2.1 …" after "1.1", "1.2").
     */
    private static boolean newSection(Block item, String text, @Nullable String section, @Nullable String firstTop) {
        String bare = text.replaceFirst("^\\d+(?:\\.\\d+)*\\.?\\s+", "");
        if (CAPITALS_HEADING.matcher(text).matches() && bare.chars().filter(Character::isLetter).count() >= 4
                && bare.split("\\s+").length >= 2) {
            return true;
        }
        Matcher h = NUMBERED_HEADING.matcher(text);
        if (item.kind() != BlockKind.LIST_ITEM && h.matches() && !h.group(1).equals(section) && titleCase(h.group(2))) {
            return true;
        }
        if (item.kind() == BlockKind.LIST_ITEM && item.marker() != null && firstTop != null) {
            Matcher top = TOP_NUMBER.matcher(item.marker());
            if (top.matches() && !top.group(1).equals(firstTop)) {
                return true; // "2." after "1.1", "1.2": the next section
            }
        }
        Matcher n = NUMBERED_TEXT.matcher(text);
        String top = n.matches() ? n.group(1).substring(0, n.group(1).indexOf('.')) : null;
        if (top == null && item.marker() != null && item.marker().matches("\\d+\\.\\d+.*")) {
            top = item.marker().substring(0, item.marker().indexOf('.'));
        }
        return top != null && firstTop != null && !top.equals(firstTop);
    }

    // "Introduction and Background", "Financial Implications": most of its longer words capitalised, as a heading's are.
    private static boolean titleCase(String s) {
        String[] words = s.trim().split("\\s+");
        int longer = 0;
        int capital = 0;
        for (String w : words) {
            if (w.length() > 3) {
                longer++;
                capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words.length <= 8 && longer > 0 && capital * 2 > longer;
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
        if (Character.isLowerCase(text.codePointAt(0))) {
            return true;
        }
        // "Background", "Financial Implications": a short line in title case after an item is the next section's heading.
        boolean headingLike = text.split("\\s+").length <= 4 && !CLOSED.matcher(text).matches() && titleCase(text);
        return !headingLike && !CLOSED.matcher(last.text()).matches();
    }

    // "… for the year. Please refer to Section 3": a table's pointer column that a reading without the table's rulings ran onto
    // the recommendation's line, after the sentence has ended.
    // After a closing bracket too ("… (excluding Schools) Please refer to Section 3"), and a pointer to several places ("Please
    // refer to Section 7, 8, and Appendix 3"); one run into the middle of a wrapped row stays, as it cannot be told apart there.
    private static final Pattern TRAILING_POINTER = Pattern.compile("(?i)(?<=[.;:)])\\s+(?:(?:please\\s+)?(?:see|refer to)\\s+)?"
            + "(?:section|paragraph|para\\.?|appendix)s?\\s+[\\w.]{1,8}(?:\\s*(?:,|and|&|,\\s*and)\\s*(?:appendix\\s+)?[\\w.]{1,8}){0,4}$");

    // Emphasis stars a conversion left at the end of an item ("… funding gap.**") are markup, not words.
    private static String clean(String text) {
        return TRAILING_POINTER.matcher(STRAY_EMPHASIS.matcher(Texts.squash(text)).replaceAll("").strip()).replaceFirst("").strip();
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

    /**
     * Whether a plain-numbered list item ends the section headed "n. Recommendations": the next section's number does, but
     * a list numbered afresh under the heading ("8. Recommendations" over "1.", "2.", …) is the section's own, and so is the
     * item whose number carries its list on.
     */
    private static boolean endsSection(Block item, String text, @Nullable String section, int lastPlain) {
        if (section == null || item.marker() == null) {
            return false;
        }
        Matcher m = TOP_NUMBER.matcher(item.marker());
        if (!m.matches() || m.group(1).equals(section)) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        boolean carriesOn = lastPlain >= 1 ? n == lastPlain + 1 : n == 1;
        return !carriesOn || n == Integer.parseInt(section) + 1 && looksLikeHeading(text);
    }

    /**
     * Whether a short numbered line ("3. Proposed model", at block {@code at}, numbered {@code number}) heads a section: the
     * next block with text is numbered as its first paragraph ("3.1 …").
     */
    private static boolean headsSubsections(List<Block> body, int at, String number, String text) {
        String bare = text.replaceFirst("^\\d{1,2}[.)]?\\s+", "");
        if (bare.split("\\s+").length > 8 || CLOSED.matcher(bare).matches()) {
            return false;
        }
        for (int k = at + 1; k < body.size(); k++) {
            Block b = body.get(k);
            String t = Texts.squash(b.text());
            if (t.isEmpty()) {
                continue;
            }
            String first = number + ".1";
            Matcher n = NUMBERED_TEXT.matcher(t);
            return first.equals(number(b.marker())) || n.matches() && n.group(1).equals(first);
        }
        return false;
    }

    // "Background", "2. Financial Implications": short, title case, no full stop: the next section's heading, not an item.
    private static boolean looksLikeHeading(String text) {
        Matcher h = NUMBERED_HEADING.matcher(text);
        return h.matches() && titleCase(h.group(2));
    }

    // Whether the next block with text is a numbered item of the section: "2.6 …" as a paragraph, or a numbered list item.
    private static boolean nextIsNumbered(List<Block> body, int from, @Nullable String section) {
        for (int k = from; k < body.size(); k++) {
            Block b = body.get(k);
            String t = Texts.squash(b.text());
            if (t.isEmpty()) {
                continue;
            }
            Matcher n = NUMBERED_TEXT.matcher(t);
            return b.kind() != BlockKind.HEADING && b.kind() != BlockKind.TABLE && (n.matches() && (section == null || n.group(1).startsWith(section + "."))
                    || b.kind() == BlockKind.LIST_ITEM && number(b.marker()) != null && number(b.marker()).contains("."));
        }
        return false;
    }

    /** Whether {@code next} is the number after {@code last} in one list: "2.1" → "2.2", "3" → "4", "b" → "c", "B" → "C". */
    private static boolean nextNumber(@Nullable String last, @Nullable String next) {
        if (last == null || next == null) {
            return false;
        }
        int dot = last.lastIndexOf('.');
        if (last.matches("\\d{1,2}(?:\\.\\d{1,2}){0,2}") && next.matches("\\d{1,2}(?:\\.\\d{1,2}){0,2}")) {
            int nextDot = next.lastIndexOf('.');
            return last.substring(0, dot + 1).equals(next.substring(0, nextDot + 1))
                    && Integer.parseInt(next.substring(nextDot + 1)) == Integer.parseInt(last.substring(dot + 1)) + 1;
        }
        return last.length() == 1 && next.length() == 1 && Character.isLetter(last.charAt(0)) && next.charAt(0) == last.charAt(0) + 1;
    }

    /** Whether {@code letter} goes on this section's lettered list: "a" or "A" first, then the letter after the last one, in its case. */
    private static boolean nextLetter(List<PaperRecord> out, int sectionStart, String letter) {
        if (out.size() == sectionStart) {
            return letter.equalsIgnoreCase("a");
        }
        String last = ((Recommendation) out.get(out.size() - 1)).number();
        return last != null && last.length() == 1 && Character.isLetter(last.charAt(0)) && letter.charAt(0) == last.charAt(0) + 1;
    }

    private static @Nullable String number(@Nullable String marker) {
        if (marker == null || marker.matches("[-•*◦▪o–]")) {
            return null;
        }
        return marker.replaceAll("^\\(|[.)]$", "");
    }
}
