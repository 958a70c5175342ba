package org.councilpapers.extractors.record.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.councilpapers.extractors.table.CellKind;
import org.councilpapers.extractors.table.ColumnPath;
import org.councilpapers.extractors.table.PlanColumn;
import org.councilpapers.extractors.table.StatusKey;
import org.councilpapers.extractors.table.TableHeader;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.Inspectorate;
import org.jspecify.annotations.Nullable;

/**
 * An inspectorate's recommendations that a paper reproduces in a table: a column headed as recommendations
 * ("Recommendation", "Ofsted recommendation", "Recommendations from the inspection") whose cells are the
 * recommendations' words, in a table an inspection leads into (the heading or sentence before it, or its own title
 * or header, names Ofsted, the inspection, the inspectors or a visit), or in an inspection's own report or letter.
 * An action plan's recommendation column (a table with a column of actions) is left to the plan reader: there each
 * recommendation heads its actions and is carried as their {@code recommendation}.
 * Each distinct recommendation is one {@code recommendation} with {@code origin: inspection}, numbered from a
 * reference column or its own leading number; a plan that prints one recommendation over several action rows gives it
 * once.
 *
 * <p>What is left to others, so nothing is counted twice: recommendations listed under a heading or lead-in are the
 * {@link RecommendationExtractor}'s (a table row whose text that list already gives is skipped), and so is a table it reads
 * as a list of recommendations ("Ref | Recommendation", no plan's columns; {@link RecommendationExtractor#readsTable}); items listed under
 * "What needs to improve", "Areas for improvement" and their kin are findings of kind IMPROVEMENT
 * ({@link FindingExtractor}), as SCHEMA.md defines them, and are not recommendations as well.
 */
public final class InspectionRecommendationTables implements RecordExtractor {
    private static final Pattern INSPECTORS = Pattern.compile(
            "(?i)\\b(?:" + Inspectorate.listingAlternation() + "|inspections?|inspectors?|inspectorate|jtai|(?:focused|monitoring) visit)\\b");
    // "Recommendation", "Ofsted recommendations", "Recommendations from the inspection"; not "Rec no." (a number) or "Recommended action".
    private static final Pattern RECOMMENDATION_HEADER = Pattern.compile("(?i)^(?:[\\w’'-]+\\s+){0,2}recommendations?\\b.{0,40}$");
    private static final Pattern OWN_NUMBER = Pattern.compile("^((?:[A-Z]{1,2})?\\d{1,2}(?:\\.\\d{1,2})?)[.:)]?\\s+(?=\\S)");
    private static final int MIN_WORDS = 4;
    private static final int LOOK_BEHIND = 3;

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        boolean inspectionPaper = ctx.document().kind() == DocumentKind.INSPECTION_REPORT
                || ctx.document().kind() == DocumentKind.INSPECTION_LETTER;
        List<Block> body = doc.joinedBody();
        Set<String> listed = listedTexts(body);
        List<PaperRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b.table() == null || b.table().rowCount() < 2 || !mentionsRecommendations(b.table())
                    || RecommendationExtractor.readsTable(b.table())) {
                continue; // a "Ref | Recommendation" list is the RecommendationExtractor's, with its origin from the lead-in
            }
            TableView v = TableView.of(b.table());
            int col = recommendationColumn(v);
            if (col < 0 || !(inspectionPaper || ledByInspection(body, i, v)) || headsActions(v)) {
                continue;
            }
            int refCol = referenceColumn(v, col);
            for (int r : v.dataRows()) {
                Cell cell = v.cell(r, col);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                String text = Texts.squash(cell.text());
                String number = null;
                Matcher own = OWN_NUMBER.matcher(text);
                if (own.lookingAt()) {
                    number = own.group(1);
                    text = text.substring(own.end());
                }
                Cell ref = refCol < 0 ? null : v.cell(r, refCol);
                if (number == null && ref != null && !ref.isBlank()) {
                    number = Texts.squash(ref.text()).replaceAll("[.:)]$", "");
                }
                String key = keyChars(Texts.fold(text));
                if (text.split(" ").length < MIN_WORDS || listed.contains(key) || !seen.add(key)) {
                    continue;
                }
                Provenance p = cell.end() > cell.start() ? ctx.provenance(TableView.pageOf(cell, b.page()), cell.start(), cell.end(), cell)
                        : ctx.provenance(b.page(), b.start(), b.end(), b);
                out.add(new Recommendation(ctx.id(RecordType.RECOMMENDATION, p, number == null ? "" : number, text), number, text,
                        RecommendationOrigin.INSPECTION, null, null, p, Mentions.NONE));
            }
        }
        return out;
    }

    // A cheap look before reading a table's header: a cell of its top rows says "recommendation".
    private static boolean mentionsRecommendations(Table t) {
        for (int r = 0; r < Math.min(4, t.rowCount()); r++) {
            for (String x : t.rowTexts(r)) {
                if (x.length() < 80 && x.toLowerCase(Locale.ROOT).contains("recommendation")) {
                    return true;
                }
            }
        }
        return false;
    }

    // The column whose header names recommendations and whose cells are mostly their words, or -1.
    private static int recommendationColumn(TableView v) {
        if (v.headerRows() == 0) {
            return -1;
        }
        for (int c = 0; c < v.colCount(); c++) {
            ColumnPath path = v.column(c);
            if (path.isEmpty() || !RECOMMENDATION_HEADER.matcher(path.leaf()).matches()) {
                continue;
            }
            if (v.dominant(c) == CellKind.TEXT) {
                return c;
            }
        }
        return -1;
    }

    // An action plan: its recommendations head the actions beside them, and are read as each action's recommendation.
    private static boolean headsActions(TableView v) {
        return TableHeader.of(v, StatusKey.USUAL).map(h -> h.col(PlanColumn.ACTION) >= 0).orElse(false);
    }

    // A column of the recommendations' numbers: a reference column, or a number column beside the recommendations.
    private static int referenceColumn(TableView v, int recommendation) {
        for (int c = 0; c < v.colCount(); c++) {
            if (c != recommendation && PlanColumn.of(v.column(c).name()) == PlanColumn.REFERENCE) {
                return c;
            }
        }
        return -1;
    }

    // An inspection named in the table's own title or header, or in the few blocks before it (a heading, a lead-in sentence).
    private static boolean ledByInspection(List<Block> body, int table, TableView v) {
        Cell title = v.title();
        if (title != null && INSPECTORS.matcher(title.text()).find()) {
            return true;
        }
        if (v.columns().stream().anyMatch(p -> INSPECTORS.matcher(p.toString()).find())) {
            return true;
        }
        for (int k = table - 1; k >= Math.max(0, table - LOOK_BEHIND); k--) {
            Block before = body.get(k);
            if (before.table() != null) {
                break;
            }
            if (INSPECTORS.matcher(before.text()).find()) {
                return true;
            }
            if (before.kind() == BlockKind.HEADING) {
                break; // the nearest heading bounds the lead-in
            }
        }
        return false;
    }

    /** The letters, digits and spaces of a folded text, as {@code replaceAll("[^a-z0-9 ]", "")} keeps them, without a regex a block. */
    private static String keyChars(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // The texts of the paper's list items, which the recommendation lists are read from: a table repeating them adds nothing.
    private static Set<String> listedTexts(List<Block> body) {
        Set<String> out = new HashSet<>();
        for (Block b : body) {
            if (b.kind() == BlockKind.LIST_ITEM) {
                out.add(keyChars(Texts.fold(Texts.squash(b.text()))));
            }
        }
        return out;
    }
}
