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
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.councilpapers.extractors.table.CellKind;
import org.councilpapers.extractors.table.ColumnPath;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.Inspectorate;
import org.jspecify.annotations.Nullable;

/**
 * Findings: the items listed under "What needs to improve", "Areas for improvement", "Areas for priority action",
 * "Areas of concern", "areas of significant weakness" and their kin (IMPROVEMENT), and under "Strengths", "Key
 * strengths", "What is working well" (STRENGTH), in inspection reports and letters of every generation (2009 to
 * today) and in the committee reports that quote them. The lead-in may be a heading, a bold line, a short line, or a
 * sentence ending in a colon that names them ("Inspectors identified the following areas for improvement:"); the
 * items are the list items that follow it, the paragraphs under a heading of an inspection's own report or letter
 * (the 2016 SEND letters and the 2023 area SEND reports print them as paragraphs), or the cells of a table column
 * headed with their name ("Areas for improvement", "Area for improvement | Our response").
 *
 * <p>An inspectorate's "Recommendations" are not findings: they are {@code recommendation} records with
 * {@code origin: inspection}, read by the recommendation readers, so no point is counted twice.
 */
public final class FindingExtractor implements RecordExtractor {
    // What an inspectorate says needs to improve, as a heading or at the start of a lead-in line.
    private static final String IMPROVE_NAMES = "what needs to improve|(?:specific |key |main )?areas? (?:for|of|requiring) (?:further )?"
            + "(?:improvement|development|concern)|areas? for (?:priority|immediate) action|what (?:the local authority|the council|leaders) "
            + "(?:needs?|should) (?:to )?(?:improve|do)|what (?:does|do) (?:the )?[\\w'’ -]{0,40}? need to (?:improve|do better)"
            + "|priority (?:and immediate )?actions?|improvements needed|(?:the )?areas? of (?:significant )?weakness|causes? (?:of|for) concern";
    private static final Pattern IMPROVE = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:" + IMPROVE_NAMES + ")\\b.*");
    private static final Pattern STRENGTH = Pattern.compile(
            "(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:strengths|areas? of strength|key strengths|what(?: is|'s|’s) working well|what works well|"
                    + "areas? of (?:good|strong|positive|effective) practice|positive findings|what (?:is|was) going well|"
                    + "what (?:is|are) (?:the )?[\\w'’ -]{0,40}? doing (?:that is |that are )?(?:effective|well)|"
                    + "(?:the )?(?:local authority|council|lscb|local area|partnership) (?:has|have) the following strengths)\\b.*");
    private static final int MAX_LEAD_IN = 160;
    // A sentence leading into the list it names, anywhere in it: "… will tackle the following areas of significant weakness in
    // the local area's practice:", "Inspectors identified the following areas for improvement:", "… a number of strengths, including:".
    private static final int MAX_LEAD_SENTENCE = 400;
    private static final Pattern IMPROVE_IN_SENTENCE = Pattern.compile(
            "(?i)\\b(?:areas? (?:for|of|requiring) (?:further )?(?:improvement|development|concern|priority action)|areas? for immediate action"
                    + "|(?:areas? of )?(?:significant )?weakness(?:es)?|priority actions?|what needs to improve|causes? (?:of|for) concern)\\b");
    private static final Pattern STRENGTH_IN_SENTENCE = Pattern.compile("(?i)\\b(?:strengths|areas? of strength|working well|what works well"
            + "|(?:areas? of |examples of )?(?:good|strong|positive|effective|notable) practice|positives|positive (?:findings|aspects|features)"
            + "|(?:doing|going) well)\\b");
    // Other wordings of what needs to improve: "the following areas which require improvement:", "areas where improvement is
    // needed", "areas to develop". Only with no grade in the sentence: "the following areas were judged to require improvement:"
    // leads into judgement areas.
    private static final Pattern IMPROVE_LOOSE = Pattern.compile("(?i)\\b(?:areas? (?:that|which|where) (?:\\w+ ){0,3}?(?:improv|develop|strengthen|attention)"
            + "|areas? to (?:improve|develop|address|strengthen)|improvement areas?|development areas?"
            + "|(?:the following|which|that)(?: \\w+){0,2}? (?:needs?|needed|needing|requires?|required|requiring) (?:to )?(?:be )?(?:further )?"
            + "(?:improv|development|strengthen|attention))");
    // "Children's services in Barnsley require improvement because:" gives the reasons for a grade, not a list of what to improve.
    private static final Pattern JUDGED = Pattern.compile("(?i)\\b(?:judged|graded|rated|judgements?|grades?|to be good|because)\\b");
    // "The local authority should address the following areas for improvement.": a lead-in ending in a full stop.
    private static final Pattern FOLLOWING = Pattern.compile(
            "(?i)\\bthe following (?:(?:key|main|significant|priority) )?(?:areas?|strengths|weakness(?:es)?|priority actions?)\\b");
    // The sentence must say it is an inspection's list: it names the inspection, or says "the following".
    private static final Pattern INSPECTION_SENTENCE = Pattern.compile(
            "(?i)\\b(?:the following|(?:" + Inspectorate.listingAlternation() + ")\\w*|inspect\\w*|(?:focused|monitoring) visit)\\b");
    // A paragraph about what an inspection found: it names the inspectorate or the inspection.
    private static final Pattern INSPECTED = Pattern.compile("(?i)\\b(?:(?:" + Inspectorate.listingAlternation()
            + ")\\w*|inspect(?:ion|ors?|ed)|(?:focused|monitoring) visit)\\b");
    // "Key strengths and weaknesses of the LSCB": a mixed list, neither strengths nor areas for improvement.
    private static final Pattern MIXED = Pattern.compile("(?i).*\\bstrengths and (?:weaknesses|areas for (?:improvement|development))\\b.*");
    private static final Pattern LEAD_IN_ITEM = Pattern.compile(
            "(?i)^(?:in order to|to) improve\\b.{0,200}\\b(?:should|must|needs? to)\\b.{0,40}\\bfollowing\\b.{0,30}[.:]$");
    // A "Recommendations" heading under the lead: what follows is read as the inspectorate's recommendations, never as findings too.
    private static final Pattern RECOMMENDATIONS_HEAD = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:key |our |main )?recommendations?\\s*:?$");
    // What a visit looked at, which a monitoring or focused visit letter lists before what it found.
    private static final Pattern VISIT_SCOPE = Pattern.compile("(?i)\\b(?:with a (?:particular )?focus on|focus(?:s|ed|sed)? (?:\\w+ )?on)\\b");
    private static final Pattern TIMESCALE = Pattern.compile(
            "(?i)^(?:immediately|within (?:\\w+|\\d+) (?:days?|weeks?|months?)|in the (?:short|medium|longer|long) term)\\s*:?$");
    // A paragraph starting in lower case at the top of a page carries on the item the page break cut.
    private static final Pattern CONTINUES = Pattern.compile("^[a-z(]");
    // Reviews that are no inspection: a council's own audits, peer challenges, self-assessments and surveys.
    private static final Pattern OTHER_REVIEW = Pattern.compile(
            "(?i)\\b(?:internal audit|auditors?|peer (?:review|challenge)|self[- ]assessment|self[- ]evaluation|survey|our own|(?:council|service)(?:'s|’s) own)\\b");
    // "Leaders should improve:", "The local authority needs to improve the following:": a lead-in saying what is to improve.
    private static final Pattern IMPROVE_VERB_LEAD = Pattern.compile(
            "(?i)\\b(?:needs? to|should|must)(?: continue to)? (?:improve|strengthen|address|do better)\\b[^.:;]{0,60}:$");
    // "The service should make sure …", "The National Probation Service should ensure …": a body, then what it should do.
    private static final Pattern SHOULD_ITEM = Pattern.compile("^\\p{Lu}[\\p{L}'’&-]*(?: [\\p{L}'’&()-]+){0,6}? (?:should|must)(?: continue to)? \\p{Ll}");
    // "Area of Concern 1: Inaccurate records…": a finding labelled in its own line, as SEND letters and plans print them.
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^(areas? of concern|areas? for (?:improvement|development)|weakness|priority for improvement|afi|causes? (?:of|for) concern)"
                    + "\\s*(\\d{0,2})\\s*[:.–-]\\s*(.{12,})$");
    // "The inspection did not find any areas for priority and immediate action.": the heading's list is empty.
    private static final Pattern NONE_FOUND = Pattern.compile(
            "(?i)^(?:the (?:inspection|visit|inspectors?)|inspectors|this (?:inspection|visit)|ofsted)\\b.{0,40}\\b(?:did not|has not|have not|didn't)\\b"
                    + "|^there (?:are|were) no\\b|^none\\b|^no (?:areas|priority|recommendations)\\b");
    // A letter's close, or the paragraph after its lists: the end of a list of paragraphs.
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^(?:yours (?:sincerely|faithfully)|ofsted will take|we will take|(?:our|the) next (?:\\w+ )?visit\\b|the (?:local authority|director|local area)\\b.{0,60}\\b(?:should|is required to|must) "
                    + "(?:prepare|produce|submit))");
    private static final int MIN_PARAGRAPH_ITEM = 20;
    private static final int MAX_PLAIN_ITEM = 300;
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)\\b(?:these|those|the above|each of the)\\b(?: \\w+){0,2} (?:areas?|findings?|issues|points|recommendations)\\b|\\baction plan\\b|\\bappendix\\b");
    private static final int GROUP_LABEL = 60;
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+\\S");
    // A bullet typed into the paragraph's text (a Word paragraph starting "• "), not set as a list's marker.
    private static final Pattern TYPED_BULLET = Pattern.compile("^[•▪■◦●‣∙·]\\s*");
    // A table column that names an inspection's findings: "Areas for improvement", "Area for priority action", "Strengths".
    private static final Pattern IMPROVE_COLUMN = Pattern.compile(
            "(?i)^(?:(?:" + Inspectorate.listingAlternation() + ")(?:'s|’s)? |inspection )?(?:" + IMPROVE_NAMES + "|areas? of weakness|weakness(?:es)?|afis?)"
                    + "(?:\\s+(?:identified|raised|found|made|given)\\b.{0,40})?(?:\\s*\\(.{0,30}\\))?\\s*:?$");
    private static final Pattern STRENGTH_COLUMN = Pattern.compile("(?i)^(?:key )?(?:strengths?|areas? of strength)\\s*:?$");
    private static final Pattern ROW_NUMBER = Pattern.compile("(?i)^(?:afi|area for improvement|no\\.?)?\\s*(\\d{1,2})\\.?$");
    private static final int RESTATED_MIN = 30;
    private static final double RESTATED_SHARE = 0.6;

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        InspectionFacts facts = InspectionFacts.of(doc, ctx.document().kind());
        boolean inspection = ctx.document().kind() == DocumentKind.INSPECTION_REPORT
                || ctx.document().kind() == DocumentKind.INSPECTION_LETTER;
        // An inspection's own report or letter, whatever the classifier said: its headings lead paragraphs too.
        boolean ownReport = inspection || facts != InspectionFacts.NONE;
        List<PaperRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Block> body = doc.joinedBody();
        List<ReportExtractor.Cover> covers = inspection ? List.of() : new ReportExtractor().covers(body, ctx);
        String authority = facts.authority() != null ? facts.authority() : ctx.document().council();
        int listEnd = -1;
        for (int i = 0; i < body.size(); i++) {
            Block lead = body.get(i);
            if (lead.table() != null) {
                TableView v = lead.table().rowCount() >= 2 ? TableView.of(lead.table()) : null;
                List<Integer> cols = v == null ? List.of() : findingColumns(v);
                Inspection from = cols.isEmpty() ? null : inspection(ctx, facts, body, covers, i, inspection);
                // A column headed "Areas for improvement" in a paper that names the inspection before it is that inspection's list;
                // "Strengths | Areas for improvement" side by side are two lists.
                for (int col : cols) {
                    FindingKind columnKind = columnKind(v.column(col).leaf());
                    if (!ownReport && from.source() == null) {
                        break;
                    }
                    int part = ownReport ? 0 : startOfPart(covers, i);
                    for (int r : v.dataRows()) {
                        Cell cell = v.cell(r, col);
                        if (cell != null && !cell.isBlank() && !NONE_FOUND.matcher(Texts.squash(cell.text())).find()
                                && !labelledBefore(seen, part, v, r, col)) {
                            Provenance p = cell.end() > cell.start()
                                    ? ctx.provenance(TableView.pageOf(cell, lead.page()), cell.start(), cell.end(), cell)
                                    : ctx.provenance(lead.page(), lead.start(), lead.end(), lead);
                            add(out, seen, ctx, p, columnKind, cell.text(), null, authority, from.source(), from.date());
                        }
                    }
                }
                continue;
            }
            Matcher labelled = LABELLED.matcher(Texts.squash(lead.text()));
            boolean inline = labelled.matches();
            FindingKind kind = inline ? null : leadIn(lead);
            boolean sentence = false;
            if (kind == null && !inline) {
                // Right after an inspection's list, the next lead-in is the same inspection's: "2.3 The letter also set out …:".
                kind = leadInSentence(lead, i > 0 ? body.get(i - 1) : null, ownReport || i == listEnd);
                sentence = kind != null;
                if (!sentence) {
                    continue;
                }
            }
            Inspection from = inspection(ctx, facts, body, covers, i, inspection);
            if (!ownReport && from.source() == null) {
                // A council's own paper lists "areas for improvement" of its audits, surveys and plans too; only a list the paper
                // says an inspectorate gave (named before it in the same report) is an inspection's findings.
                continue;
            }
            int part = ownReport ? 0 : startOfPart(covers, i);
            if (inline) {
                add(out, seen, ctx, lead, FindingKind.IMPROVEMENT, labelled.group(3), labelKey(labelled, part), authority, from.source(),
                        from.date());
                continue;
            }
            int j = i + 1;
            Block pending = null;
            Block first = null;
            // The paragraphs under a heading of an inspection's own paper are its items, when no list follows the heading.
            boolean underLead = j < body.size() && (sentence || titleLike(lead));
            // "Area for improvement" over "The service should make sure …": paragraphs each saying what a body should do are the
            // list's items in any paper, and only such paragraphs (the report's prose follows them under no heading of its own).
            boolean shoulds = underLead && shouldItem(body.get(j));
            // A sentence ending in a colon leads into its items whatever their shape: plain lines where the bullets were lost.
            boolean plain = !shoulds && !ownReport && sentence && Texts.squash(lead.text()).endsWith(":") && j < body.size()
                    && plainItem(body.get(j));
            boolean paragraphs = shoulds || plain || ownReport && underLead && body.get(j).kind() == BlockKind.PARAGRAPH && !listItem(body.get(j))
                    && paragraphItem(body.get(j), Texts.squash(body.get(j).text()));
            StringBuilder pendingText = new StringBuilder();
            for (; j < body.size(); j++) {
                Block item = body.get(j);
                String squashed = Texts.squash(item.text());
                if (item.kind() == BlockKind.LIST_ITEM && LEAD_IN_ITEM.matcher(squashed).matches() && pending == null) {
                    continue; // "In order to improve …, the local authority should take the following action."
                }
                if (item.kind() != BlockKind.LIST_ITEM && RECOMMENDATIONS_HEAD.matcher(squashed).matches()) {
                    break; // "What does the local authority need to improve?" over "Recommendations": the SIF's list is recommendations
                }
                if (item.kind() != BlockKind.LIST_ITEM && TIMESCALE.matcher(squashed).matches()) {
                    continue; // "Immediately:", "Within three months:" group the actions of one list
                }
                if (pending != null && item.kind() == BlockKind.PARAGRAPH && item.page() > pending.page()
                        && CONTINUES.matcher(squashed).find()) {
                    pendingText.append(' ').append(item.text()); // an item cut by the page break
                    continue;
                }
                boolean inBulletedList = first == null ? j == i + 1 : bulleted(first);
                if (!paragraphs && !listItem(item) && groupLabel(lead, item, squashed, inBulletedList) && j + 1 < body.size()
                        && listItem(body.get(j + 1)) && (first == null || bulleted(first) == bulleted(body.get(j + 1)))) {
                    continue; // "Children's social care", "Health" over their own bullets: one list grouped by agency
                }
                if (squashed.endsWith(":") && leadInSentence(item, body.get(j - 1), ownReport) != null) {
                    break; // "4.1 The areas for improvement in the report were:" leads a list of its own
                }
                // A letter's list by agency ends in paragraphs for the agencies with one point: "Health partners should make sure …".
                boolean shouldAfterList = !paragraphs && ownReport && first != null && shouldItem(item);
                if (paragraphs) {
                    if (plain ? !plainItem(item) : !paragraphItem(item, squashed) || shoulds && !shouldItem(item)) {
                        break;
                    }
                } else if (!listItem(item) && !shouldAfterList) {
                    break;
                }
                if (first != null && !shouldAfterList && (bulleted(first) != bulleted(item) || !markerShape(first).equals(markerShape(item)))) {
                    break; // a change of list: bullets, then a numbered paragraph of the report ("2.2 Ofsted's recommendations …")
                }
                first = first == null ? item : first;
                if (pending != null) {
                    addItem(out, seen, ctx, pending, pendingText.toString(), kind, part, authority, from.source(), from.date());
                }
                pending = item;
                pendingText.setLength(0);
                pendingText.append(item.text());
            }
            if (pending != null) {
                addItem(out, seen, ctx, pending, pendingText.toString(), kind, part, authority, from.source(), from.date());
            }
            if (first != null) {
                listEnd = j;
            }
            i = j - 1;
        }
        return out;
    }

    /** The inspection a finding comes from: the paper's own, or the one a committee paper names before the finding. */
    private record Inspection(@Nullable String source, @Nullable PartialDate date) {}

    private static Inspection inspection(ExtractContext ctx, InspectionFacts facts, List<Block> body, List<ReportExtractor.Cover> covers,
            int at, boolean inspection) {
        if (inspection || facts != InspectionFacts.NONE) {
            return new Inspection(facts.sourceLabel(), facts.reportDate());
        }
        // A quoted inspection is named somewhere in the same report, before its findings.
        InspectionMention m = InspectionMention.before(body, startOfPart(covers, at), at + 1, ctx.document().date());
        return new Inspection(m.sourceLabel(), m.date());
    }

    // A paragraph that is one item of a list printed as paragraphs: not a heading, a bold line, a lead-in of its own, a close.
    private static boolean paragraphItem(Block item, String text) {
        return item.kind() == BlockKind.PARAGRAPH && !item.isBold() && text.length() >= MIN_PARAGRAPH_ITEM && !text.endsWith(":")
                && !NONE_FOUND.matcher(text).find() && !CLOSING.matcher(text).find() && !titleLike(item) && leadInSentence(item, null, true) == null;
    }

    // A plain line of a list whose bullets were lost: a short unnumbered paragraph, no heading, lead-in, close or labelled line
    // of the paper's furniture ("Report author: …"), nor the paragraph after the list that refers back to it ("The service has
    // prepared an action plan to address these areas").
    private static boolean plainItem(Block b) {
        if (b.kind() != BlockKind.PARAGRAPH || b.isBold() || b.table() != null) {
            return false;
        }
        String text = Texts.squash(b.text());
        return text.length() >= MIN_PARAGRAPH_ITEM && text.length() <= MAX_PLAIN_ITEM && !text.endsWith(":") && !NONE_FOUND.matcher(text).find()
                && !CLOSING.matcher(text).find() && !BACK_REFERENCE.matcher(text).find() && !SECTION_NUMBER.matcher(text).lookingAt()
                && !Texts.fieldLine(text) && leadInSentence(b, null, true) == null;
    }

    // A paragraph saying what a body should do: "The service should make sure …", "Health partners should make sure …".
    private static boolean shouldItem(Block b) {
        if (b.kind() != BlockKind.PARAGRAPH || b.isBold() || b.table() != null) {
            return false;
        }
        String text = Texts.squash(b.text());
        return (text.contains(" should ") || text.contains(" must ")) && text.length() >= MIN_PARAGRAPH_ITEM && !text.endsWith(":")
                && SHOULD_ITEM.matcher(text).lookingAt() && !CLOSING.matcher(text).find();
    }

    // A short line naming a group of the list's items (an agency, a partner, an aspect), not a section of its own: a heading
    // under the lead's level, a bold or short line; never a lead-in, a labelled finding, a sentence or a line naming strengths or
    // weaknesses. A heading of the lead's own level names a group only inside a bulleted list (or right under the lead), as a
    // printed paper sets both bold; a report's numbered paragraphs run on through its sections, so there it is the next section.
    private static boolean groupLabel(Block lead, Block label, String text, boolean inBulletedList) {
        if (label.table() != null || text.length() > GROUP_LABEL || text.matches(".*[.;?!]$") || leadIn(label) != null
                || LABELLED.matcher(text).matches() || MIXED.matcher(text).matches() || IMPROVE_IN_SENTENCE.matcher(text).find()
                || STRENGTH_IN_SENTENCE.matcher(text).find() || SECTION_NUMBER.matcher(text).lookingAt()) {
            return false; // "2. Recommendation": a numbered section of the report, not a group of the list's items
        }
        if (label.kind() == BlockKind.HEADING) {
            return lead.kind() != BlockKind.HEADING || label.level() > lead.level() || inBulletedList && label.level() == lead.level();
        }
        return label.kind() == BlockKind.PARAGRAPH;
    }

    // A heading, a bold line, or a short line with no sentence's end: what heads a section rather than says something.
    private static boolean titleLike(Block b) {
        String text = Texts.squash(b.text());
        return b.kind() == BlockKind.HEADING || b.isBold() || text.length() <= 60 && !text.matches(".*[.:;,]$");
    }

    // The columns of a table headed as an inspection's findings, in order; empty where there are none.
    private static List<Integer> findingColumns(TableView v) {
        if (v.headerRows() == 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < v.colCount(); c++) {
            ColumnPath path = v.column(c);
            if (!path.isEmpty() && columnKind(path.leaf()) != null && v.dominant(c) == CellKind.TEXT) {
                out.add(c);
            }
        }
        return out;
    }

    private static @Nullable FindingKind columnKind(String header) {
        String h = Texts.squash(header);
        if (IMPROVE_COLUMN.matcher(h).matches()) {
            return FindingKind.IMPROVEMENT;
        }
        return STRENGTH_COLUMN.matcher(h).matches() ? FindingKind.STRENGTH : null;
    }

    private static void addItem(List<PaperRecord> out, Set<String> seen, ExtractContext ctx, Block item, String text, FindingKind kind,
            int part, @Nullable String authority, @Nullable String source, @Nullable PartialDate date) {
        Matcher inner = LABELLED.matcher(Texts.squash(text));
        add(out, seen, ctx, item, kind, inner.matches() ? inner.group(3) : text, inner.matches() ? labelKey(inner, part) : null,
                authority, source, date);
    }

    // A table row numbered as a finding the paper labelled before ("AFI 1: The service should …", then a row "1 | Prevention
    // activity … | Action taken …"): the same finding, restated shorter.
    private static boolean labelledBefore(Set<String> seen, int part, TableView v, int row, int col) {
        for (int c = 0; c < v.colCount(); c++) {
            Cell cell = c == col ? null : v.cell(row, c);
            Matcher n = cell == null ? null : ROW_NUMBER.matcher(Texts.squash(cell.text()));
            if (n != null && n.matches()) {
                String prefix = part + "|";
                String suffix = " " + Integer.parseInt(n.group(1));
                return seen.stream().anyMatch(k -> k.startsWith(prefix) && k.endsWith(suffix));
            }
        }
        return false;
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
        add(out, seen, ctx, ctx.provenance(item.page(), item.start(), item.end(), item), kind, rawText, labelKey, authority, source, date);
    }

    private static void add(List<PaperRecord> out, Set<String> seen, ExtractContext ctx, Provenance p, FindingKind kind, String rawText,
            @Nullable String labelKey, @Nullable String authority, @Nullable String source, @Nullable PartialDate date) {
        String text = TYPED_BULLET.matcher(Texts.squash(rawText)).replaceFirst("");
        String key = kind + "|" + Texts.squash(Texts.fold(text).replaceAll("[^a-z0-9 ]", " "));
        boolean newText = !restated(seen, key) && seen.add(key);
        boolean newLabel = labelKey == null || seen.add(labelKey);
        if (text.isEmpty() || !newText || !newLabel) {
            return;
        }
        out.add(new Finding(ctx.id(RecordType.FINDING, p, kind.name(), text), kind, text, authority, source, date, p, Mentions.NONE));
    }

    // A finding the paper gave already, restated with a few words more or fewer ("Timeliness of initial health assessments" and
    // "Timeliness of initial health assessments … needed to improve."): one finding, whichever wording came first.
    private static boolean restated(Set<String> seen, String key) {
        for (String earlier : seen) {
            boolean keyShorter = key.length() < earlier.length();
            String shorter = keyShorter ? key : earlier;
            String longer = keyShorter ? earlier : key;
            if (shorter.length() >= RESTATED_MIN && shorter.length() >= longer.length() * RESTATED_SHARE && longer.contains(shorter)) {
                return true;
            }
        }
        return false;
    }

    // A list item, or a paragraph whose text starts with a typed bullet (a Word paper's "• " typed rather than set as a list).
    private static boolean listItem(Block b) {
        return b.kind() == BlockKind.LIST_ITEM || b.kind() == BlockKind.PARAGRAPH && TYPED_BULLET.matcher(b.text().strip()).lookingAt();
    }

    // What kind of marker a list item has: a bullet, letters ("a)", "(ii)"), or numbers of a depth ("2.2.1" is of depth 3), so that
    // "2.2.1", "2.2.2" end at "2.3" and "a)", "b)" at "2.4".
    private static String markerShape(Block item) {
        String m = item.kind() == BlockKind.LIST_ITEM ? item.marker() : null;
        if (m == null || m.chars().noneMatch(Character::isLetterOrDigit)) {
            return "bullet";
        }
        if (m.chars().anyMatch(Character::isDigit)) {
            return "number " + m.replaceAll("[^0-9.]", "").replaceAll("\\.+$", "").split("\\.").length;
        }
        return "letter";
    }

    // Whether a list item is marked by a bullet or dash rather than a number or letter.
    private static boolean bulleted(Block item) {
        if (item.kind() != BlockKind.LIST_ITEM) {
            return true; // a typed bullet
        }
        String m = item.marker();
        return m == null || m.chars().noneMatch(Character::isLetterOrDigit);
    }

    // A sentence ending in a colon that names the list it leads into, anywhere in it. It must say the list is an inspection's,
    // or follow a paragraph that does: "Ofsted's inspection in June 2023 found that … ." then "The areas for improvement were:".
    private static @Nullable FindingKind leadInSentence(Block b, @Nullable Block before, boolean ownReport) {
        String text = Texts.squash(b.text());
        if (b.table() != null || text.length() > MAX_LEAD_SENTENCE) {
            return null;
        }
        if (LEAD_IN_ITEM.matcher(text).matches()) {
            return FindingKind.IMPROVEMENT; // "In order to improve …, the local authority and its partners should take the following action."
        }
        boolean colon = text.endsWith(":") || FOLLOWING.matcher(text).find() && text.endsWith(".");
        // ("Leaders should focus on the following areas for improvement:" is a list of what to improve).
        if (colon && text.indexOf("ocus") > 0 && VISIT_SCOPE.matcher(text).find() && !text.contains(" should ") && !text.contains(" must ")
                && !text.contains(" need")) {
            return null; // "Inspectors evaluated the progress made in the following areas of concern …, with a focus on:" is the visit's scope
        }
        if (!colon || MIXED.matcher(text).matches() || OTHER_REVIEW.matcher(text).find() && !INSPECTED.matcher(text).find()) {
            return null; // "Internal audit also … identified the following areas for improvement:" is no inspection's list
        }
        // An inspection's own letter says whose list it is by being the letter; a heading naming the list ("Areas for improvement"
        // over "The areas for improvement in the report were:") says so for a committee paper.
        if (!ownReport && !INSPECTION_SENTENCE.matcher(text).find() && !namesInspection(before)
                && (before == null || !titleLike(before) || leadIn(before) == null)) {
            return null;
        }
        boolean improve = IMPROVE_IN_SENTENCE.matcher(text).find() || text.endsWith(":") && IMPROVE_VERB_LEAD.matcher(text).find()
                || IMPROVE_LOOSE.matcher(text).find() && !JUDGED.matcher(text).find();
        boolean strength = STRENGTH_IN_SENTENCE.matcher(text).find();
        if (improve == strength) {
            return null; // neither, or both ("strengths and areas for development")
        }
        return improve ? FindingKind.IMPROVEMENT : FindingKind.STRENGTH;
    }

    // The paragraph right before a lead-in (a numbered one too: "2.1 Ofsted's inspection … found …") says which inspection found
    // what follows.
    private static boolean namesInspection(@Nullable Block before) {
        return before != null && before.table() == null && (before.kind() == BlockKind.PARAGRAPH || before.kind() == BlockKind.LIST_ITEM)
                && INSPECTED.matcher(Texts.squash(before.text())).find();
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
