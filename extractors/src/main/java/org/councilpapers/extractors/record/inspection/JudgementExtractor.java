package org.councilpapers.extractors.record.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.table.ColumnPath;
import org.councilpapers.extractors.table.TableView;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.Framework;
import org.councilpapers.extractors.vocab.GradeWords;
import org.councilpapers.extractors.vocab.Inspectorate;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * Inspection judgements, from grade tables in any layout and from sentences that state a grade.
 *
 * <p>A table is a grade table when one of its columns holds grade words; with one such column
 * each row is an area of one inspection, with several it is a comparison of authorities (an
 * authority per row, an area per column). A grade repeated in a section heading is not read:
 * the table already said it. Tables are read only through {@link TableView}: its header rows, column paths, row paths and
 * the cells at grid positions, never the layout's raw rows.
 */
public final class JudgementExtractor implements RecordExtractor {
    private static final String GRADE = "(requir(?:es?|ing)\\s+improvement(?:\\s*\\(?\\s*to\\s+be\\s+good\\s*\\)?)?|outstanding|inadequate|adequate|good)";
    private static final String Q = "['\"‘’“”]?";
    // "is good at holding partners to account" praises; a grade ends its phrase.
    private static final String NOT_PRAISE = "(?!\\s+at\\b)";
    private static final List<Pattern> SENTENCE_FORMS = List.of(
            // "was judged to be 'Requires Improvement'", "rated Good across the four domains", "were judged to require improvement",
            // "Ofsted judged the service Good", "inspectors rated the council's children's services as inadequate"
            Pattern.compile("\\b(?:judged|rated|graded|assessed)\\s+(?:(?:the|its|our)\\s+(?:[\\w'’]+\\s+){0,3}?(?:services?|authority|council|department|"
                    + "directorate)\\s+)?(?:to\\s+be\\s+|as\\s+(?:being\\s+)?|to\\s+)?(?:an?\\s+)?" + Q + GRADE + Q,
                    Pattern.CASE_INSENSITIVE),
            // "a 'Good' judgement in all areas", "the Requires Improvement Ofsted Judgement in 2016"
            Pattern.compile("\\b(?:an?|the|its)\\s+" + Q + GRADE + Q + "\\s+(?:ofsted\\s+)?(?:judgement|judgment|rating|grade|outcome)",
                    Pattern.CASE_INSENSITIVE),
            // "gave an overall judgement that children's services require improvement to be good"
            Pattern.compile("\\boverall\\s+(?:judgement|judgment|effectiveness)\\s+(?:that|of|was|is|as)\\s+[^.;]{0,80}?\\b" + Q + GRADE + Q,
                    Pattern.CASE_INSENSITIVE));
    // "Children's services in Norfolk are inadequate": the authority is named in the sentence.
    // "Children's services in Fenmoor require improvement to be good": the SIF headline has no verb before its grade.
    private static final Pattern SERVICES_IN = Pattern.compile(
            "children['’]s services in ([A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)*)\\s+(?:(?:are|were|is|was|remain|remains|have been|had been|has been)\\s+"
                    + "(?:now\\s+|still\\s+)?(?:(?:judged|rated|graded|found)\\s+(?:to\\s+be\\s+|as\\s+)?)?" + Q + GRADE + Q + NOT_PRAISE
                    + "|(?:still\\s+)?(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?))",
            Pattern.CASE_INSENSITIVE);
    // "The effectiveness of the Local Safeguarding Children Board (LSCB) is good", "The LSCB requires improvement": the board's
    // review was graded on its own, so it is its own judgement, never the authority's overall effectiveness.
    private static final Pattern LSCB = Pattern.compile(
            "((?:the\\s+)?(?:(?:overall\\s+)?effectiveness\\s+of\\s+)?(?:the\\s+)?(?:(?:[A-Z][\\w'’-]+\\s+){0,3}?local\\s+safeguarding\\s+children['’]?s?\\s+board"
                    + "(?:\\s*\\(lscb\\))?|lscb))\\s+(?:(?:(?:is|are|was|were|has\\s+been|had\\s+been|remains?)\\s+)?(?:(?:judged|rated|graded|found)\\s+"
                    + "(?:to\\s+be\\s+|as\\s+)?)?" + Q + GRADE + Q + NOT_PRAISE + "|(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?))",
            Pattern.CASE_INSENSITIVE);
    // Grades of schools and other providers, aims, and explicit non-judgements are not judgements of the authority.
    // This and the patterns below open with a look-ahead at their words' first letters: find() then passes over most
    // places of a sentence without \b's costly test of the characters either side (a hot spot of the rules).
    private static final Pattern NOT_AUTHORITY = Pattern.compile(
            "(?=[sanpchm])\\b(?:schools?|academ(?:y|ies)|nurser(?:y|ies)|providers?|colleges?|settings?|childminders?|children['’]s homes?|"
                    + "homes? (?:is|are|was|were)|mat)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASPIRATION = Pattern.compile(
            "\\b(?:maintain|retain|keep|aim|aims|aiming|aspire|aspiration|ambition|want|wants|strive|striving|achieve|become|target|hope|"
                    + "working towards|move to|journey to|get to|not be a judgement|not a judgement|usual ratings)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_AREAS = Pattern.compile(
            "\\b(?:all (?:areas|judgements?|judgement categories|domains)|across all|four domains|every (?:area|judgement)|each judgement)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?=2)\\b(20[0-4]\\d)\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?=l)\\blast\\s+(january|february|march|april|may|june|july|august|september|october|november|december)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}'’]+)[\\s,]*$");
    private static final Pattern AUXILIARY = Pattern.compile("(?i)(?:is|are|was|were|be|been|being|has|have|had|and|or|then|now|again|also|"
            + "not|never|services|service|authority|council|department|directorate|trust|it|they|which|that|who|we|ofsted|inspectors)");
    // "One was judged to be outstanding": a sentence that goes on about the homes or schools the one before named.
    private static final Pattern CARRIED_SUBJECT = Pattern.compile("(?i)^(?:one|two|three|four|five|both|all|each|some|most|none|"
            + "it|they|these|this|the other|the others|the remaining|of these|of which)\\b");
    // A quoted word where a grade should be: "was judged to be 'Satisfactory'".
    private static final Pattern QUOTED_AFTER_VERB = Pattern.compile(
            "(?=[jrg])\\b(?:judged|rated|graded)\\s+(?:to\\s+be\\s+|as\\s+)?(?:an?\\s+)?['‘\"“]([A-Za-z][A-Za-z -]{1,40})['’\"”]");
    private static final Pattern PLACE_SERVED = Pattern.compile("\\bin ((?-i:[A-Z][a-z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}))\\s+"
            + "(?:requires?|are|is|were|was|remains?|have been|has been)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?i)\\b(?:january|february|march|april|may|june|july|august|"
            + "september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|england|wales|the)\\b");
    private static final String OVERALL = "Overall effectiveness";
    private static final int MAX_GROUP = 80;
    // Lines the layout may set apart between a table and its rows on the next page.
    private static final int MAX_BRIDGE = 2;
    private static final Pattern LINE_HEAD = Pattern.compile("\\p{Ll}[,;]?\\s(\\p{Lu})");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*[.)]?");
    // "The overall judgement is requires improvement", "The Local Safeguarding Children Board (LSCB) requires improvement":
    // a subject, then its grade, then the end of the line or the explanation that follows it.
    private static final Pattern BOX_STATEMENT = Pattern.compile("^([^.;:]{3,140}?)\\s+(?:(?:is|are)\\s+(?:judged\\s+(?:to\\s+be\\s+)?)?"
            + Q + GRADE + Q + "|(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?))(?=\\s*$|\\s*\\.|\\s+(?-i:[A-Z]))", Pattern.CASE_INSENSITIVE);
    // "The overall judgement is requires improvement": a SIF report's box over its grades, set as a paragraph where the report
    // comes as text; like the headline it states the report's own judgement, which its grade rows leave out.
    private static final Pattern OWN_OVERALL = Pattern.compile("(?i)\\s*(?:the\\s+)?overall\\s+(?:judgement|judgment|effectiveness)\\s+(?:is|was)\\b");
    private static final Pattern OVERALL_SUBJECT = Pattern.compile("(?i)(?:the\\s+)?overall\\s+(?:judgement|judgment|effectiveness)");
    private static final Pattern SERVICE_GROUP = Pattern.compile("(?i)\\b(?:services?|safeguarding|looked after|in care|care leavers)\\b");
    private static final Pattern NOT_A_GROUP = Pattern.compile("(?i)\\b(?:inspector|inspection|report|record of|judgements?|grades?|contents)\\b");
    private static final Pattern BRACKETED_LETTERS = Pattern.compile("\\(([A-Za-z&/]{2,8})\\)\\s*$");
    // What a sentence says was judged, before its verb: "2.3 Adoption performance was …" is adoption performance's grade.
    private static final Pattern SUBJECT = Pattern.compile("(?i)^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:the\\s+)?(.{3,120}?)\\s+"
            + "(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?)\\s+)?(?:also\\s+|again\\s+|now\\s+)?$");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\)?\\s+(?=\\S)");

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        InspectionFacts facts = InspectionFacts.of(doc, ctx.document().kind());
        List<PaperRecord> out = new ArrayList<>();
        List<Block> body = doc.body();
        String carried = null;
        int lastTable = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).table() != null) {
                // A grade table the page break cut in two: its rows on the next page go on under the group they were in.
                boolean continued = lastTable >= 0 && body.get(lastTable).page() + 1 == body.get(i).page() && bridged(body, lastTable, i);
                carried = fromTable(body, i, facts, continued ? carried : null, ctx, out);
                lastTable = i;
            }
        }
        fromSentences(doc, facts, ctx, out);
        return out;
    }

    // "Northfleet Borough Council, our neighbour, was inspected in 2022 and its services were judged to be outstanding": the one
    // council a sentence names before its grade is whose grade it is, not the paper's own.
    private static Optional<String> soleCouncil(String before) {
        if (!InspectionFacts.namesACouncil(before)) {
            return Optional.empty();
        }
        List<Authorities.Mention> named = Authorities.findAll(before);
        if (named.isEmpty() || named.stream().map(m -> Authorities.key(m.place())).distinct().count() > 1) {
            return Optional.empty();
        }
        return Optional.of(named.get(0).place());
    }

    // ---- tables ---------------------------------------------------------------------------------------------------

    /**
     * The facts a table's judgements carry: an inspection report's own, or, for a table another paper prints, what
     * that paper says around it, with the names of the facts so inherited.
     */
    private record Setting(InspectionFacts facts, @Nullable Integer year, List<String> inherited) {
        Setting {
            inherited = List.copyOf(inherited);
        }

        static Setting own(InspectionFacts f) {
            return new Setting(f, f.year(), List.of());
        }

        // Only the facts a judgement takes from here count as inherited.
        List<String> used(String... facts) {
            return inherited.stream().filter(List.of(facts)::contains).toList();
        }
    }

    // Between a table and its rows on the next page there is nothing, or at the new page's top a line or two the layout set
    // apart from the rows: a sub-heading with the first line of a wrapped area ("Safeguarding outcomes for children and
    // young people", "Children and young people are safe: effectiveness of"). Prose or a heading ends the table.
    private static boolean bridged(List<Block> body, int table, int next) {
        int page = body.get(next).page();
        if (next - table - 1 > MAX_BRIDGE) {
            return false;
        }
        for (int k = table + 1; k < next; k++) {
            Block b = body.get(k);
            String t = b.text().strip();
            if (b.kind() != BlockKind.PARAGRAPH || b.page() != page || t.length() > 2 * MAX_GROUP || t.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    // "Safeguarding outcomes for children and young people Children and young people are safe: effectiveness of", the lines
    // over a table whose first area starts in lower case: the area's first line is the last, which starts at the last capital
    // after a word in lower case (a line of its own starts a label; a line break inside one does not bring a capital).
    private static @Nullable String wrappedHead(@Nullable Block before, Block table) {
        if (before == null || before.kind() != BlockKind.PARAGRAPH || before.page() != table.page()) {
            return null;
        }
        String t = Texts.squash(before.text());
        if (t.isEmpty() || t.length() > 2 * MAX_GROUP || t.endsWith(".") || !Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        Matcher m = LINE_HEAD.matcher(t);
        int at = 0;
        while (m.find()) {
            at = m.start(1);
        }
        return t.substring(at);
    }

    // Returns the group the table's last rows sit under, for the rows of a table the next page carries on.
    private @Nullable String fromTable(List<Block> body, int index, InspectionFacts facts, @Nullable String carried, ExtractContext ctx,
            List<PaperRecord> out) {
        Block block = body.get(index);
        Block before = index > 0 ? body.get(index - 1) : null;
        TableView view = TableView.of(block.table());
        List<Integer> gradeCols = gradeColumns(view);
        if (gradeCols.isEmpty()) {
            return null;
        }
        Setting setting = facts != InspectionFacts.NONE ? Setting.own(facts) : around(body, index, ctx);
        if (gradeCols.size() == 1) {
            String heading = headingGroup(before);
            return areasByRow(block, view, gradeCols.get(0), heading != null ? heading : carried, wrappedHead(before, block), setting, ctx,
                    out);
        }
        // A matrix printed on over a page, its header repeated: the line leading into its first part names the framework.
        int first = InspectionFacts.firstPart(body, index);
        matrix(block, view, gradeCols, leadInFramework(first > 0 ? body.get(first - 1) : null), setting, ctx, out);
        return null;
    }

    private static Setting around(List<Block> body, int index, ExtractContext ctx) {
        InspectionFacts.Surroundings s = InspectionFacts.around(body, index, ctx.document().council());
        return new Setting(s.facts(), s.year(), s.inherited());
    }

    // A short heading right above a table without its own group rows names the group its rows belong to, as a 2009–2012
    // "record of main findings" prints "Safeguarding services" and "Services for looked after children" over two tables.
    // Text laid out by spaces sets the first group row apart from the table's columns, as a line of its own: a framework's
    // service group it names is the group, whatever its style.
    private static @Nullable String headingGroup(@Nullable Block before) {
        if (before == null || before.table() != null) {
            return null;
        }
        String text = Texts.squash(before.text());
        if (before.kind() != BlockKind.HEADING && !before.isBold()) {
            return text.length() <= MAX_GROUP && Framework.groupNamed(text).isPresent() ? text : null;
        }
        // "Children's services in Fenmoor require improvement to be good" in bold over a SIF table is its headline judgement.
        return text.length() <= MAX_GROUP && SERVICE_GROUP.matcher(text).find() && !NOT_A_GROUP.matcher(text).find() && stated(text).isEmpty()
                ? text : null;
    }

    // A grade column: most of its filled data cells are grade words, and it has two of them or a header that says so.
    private static List<Integer> gradeColumns(TableView v) {
        List<Integer> cols = new ArrayList<>();
        int headerRows = v.headerRows();
        // Column 0 holds labels in every layout we know; grade words there are row labels (a count table's "Good | 40").
        for (int c = 1; c < v.colCount(); c++) {
            int filled = 0;
            int grades = 0;
            for (int r = headerRows; r < v.rowCount(); r++) {
                Cell cell = v.cell(r, c);
                if (cell == null || cell.isBlank() || cell.colSpan() == v.colCount() || v.isRepeatedHeader(r)) {
                    continue;
                }
                filled++;
                if (GradeWords.parse(cell.text()).isPresent()) {
                    grades++;
                }
            }
            String header = Texts.fold(v.column(c).name());
            boolean namedGrade = header.matches(".*\\b(grade|judgement|judgment|rating|outcome|effectiveness|capacity).*");
            if (grades >= 1 && grades * 2 >= filled && (grades >= 2 || namedGrade || v.rowCount() - headerRows <= 2)) {
                cols.add(c);
            }
        }
        return cols;
    }

    private @Nullable String areasByRow(Block block, TableView v, int gradeCol, @Nullable String headingGroup, @Nullable String wrappedHead,
            Setting setting, ExtractContext ctx, List<PaperRecord> out) {
        int headerRows = v.headerRows();
        InspectionFacts facts = setting.facts();
        String authority = facts.authority() != null ? facts.authority() : ctx.document().council();
        // A one-cell "header" row is the first group heading ("Safeguarding services" over its rows), or, in SIF reports,
        // a judgement boxed over the table ("Children's services in Birmingham are inadequate"); so is a title over a header.
        String group = headingGroup;
        if (v.title() != null) {
            group = regroup(group, boxRow(block, v.title(), group, authority, setting, ctx, out));
        }
        int top = v.firstHeaderRow();
        List<String> first = new ArrayList<>();
        for (int c = 0; headerRows - top == 1 && c < v.colCount(); c++) {
            Cell cell = v.cell(top, c);
            first.add(cell == null ? "" : cell.text());
        }
        if (!first.isEmpty() && !first.get(0).isBlank() && first.stream().skip(1).allMatch(String::isBlank)) {
            group = regroup(group, boxRow(block, v.cellAt(top, 0), group, authority, setting, ctx, out));
        }
        int topCol = labelColumn(v, headerRows, gradeCol);
        String topArea = null;
        String topNumber = null;
        for (int r = headerRows; r < v.rowCount(); r++) {
            Cell gradeCell = v.cellAt(r, gradeCol);
            Cell areaCell = areaCell(v, r, gradeCol);
            if (areaCell == null || v.isRepeatedHeader(r)) {
                continue;
            }
            String label = Texts.squash(areaCell.text());
            String number = null;
            if (NUMBER_ONLY.matcher(label).matches()) {
                // SIF tables may print the number in a cell of its own: "2.1 | Adoption performance | Good".
                number = label.replaceAll("[.)]$", "");
                Cell next = areaCell(v, r, gradeCol, areaCell.col() + areaCell.colSpan());
                if (next == null) {
                    continue;
                }
                areaCell = next;
                label = Texts.squash(next.text());
            }
            if (!label.matches(".*\\p{L}.*")) {
                continue;
            }
            Matcher num = NUMBERING.matcher(label);
            if (number == null && num.find()) {
                number = num.group(1);
                label = label.substring(num.end()).trim();
            }
            if (number == null) {
                number = listNumber(areaCell);
            }
            if (r == headerRows && wrappedHead != null && Character.isLowerCase(label.codePointAt(0))) {
                label = wrappedHead + " " + label; // the area's first line sits over the table, apart from the rest
            }
            String area = label;
            boolean spansRow = areaCell.colSpan() == v.colCount() || gradeCell == areaCell;
            if (spansRow || gradeCell == null || gradeCell.isBlank()) {
                // A row with a label and no grade heads the rows below it ("Services for looked after children"), unless
                // it is a boxed statement of a judgement or a paragraph of explanation.
                group = regroup(group, boxRow(block, areaCell, group, authority, setting, ctx, out));
                topArea = null;
                continue;
            }
            Optional<Grade> grade = GradeWords.parse(gradeCell.text());
            if (grade.isEmpty()) {
                if (GradeWords.looksLikeGradeWord(gradeCell.text())) {
                    ctx.warnings().add(WarningCode.UNKNOWN_GRADE_WORD, "'" + Texts.squash(gradeCell.text())
                            + "' is not a known grade (area '" + area + "'); no judgement recorded", block.page());
                }
                continue;
            }
            String rowGroup = group;
            if (number != null && number.contains(".") && topNumber != null && number.startsWith(topNumber + ".")) {
                rowGroup = topArea; // SIF sub-judgements: "2.1 Adoption performance" sits under "2. Children looked after…"
            } else if (number == null && areaCell.col() > topCol && topArea != null) {
                rowGroup = topArea; // the same, shown by indenting the label into the next column instead of numbering it
            } else if (number == null || !number.contains(".")) {
                topNumber = number;
                topArea = area;
            }
            Provenance p = ctx.provenance(block.page(), Math.min(areaCell.start(), gradeCell.start()),
                    Math.max(areaCell.end(), gradeCell.end()), areaCell.box() != null ? areaCell : block);
            add(out, new Judgement(ctx.id(RecordType.JUDGEMENT, p, area, grade.get().name()), authority, facts.inspectorate(),
                    facts.framework(), facts.start(), facts.end(), setting.year(), rowGroup, area, grade.get(),
                    Texts.squash(gradeCell.text()).replaceAll("^['\"‘“]|['\"’”]$", ""), JudgementBasis.TABLE, p, Mentions.NONE, List.of())
                    .withInherited(setting.inherited()));
        }
        return group;
    }

    // A row that spans the table: a judgement stated in a box ("The overall judgement is requires improvement", "The Local
    // Safeguarding Children Board (LSCB) requires improvement"), a group heading, or prose that explains a grade.
    // Returns the group the rows below belong to.
    private @Nullable String boxRow(Block block, Cell cell, @Nullable String group, @Nullable String authority, Setting setting,
            ExtractContext ctx, List<PaperRecord> out) {
        InspectionFacts facts = setting.facts();
        String text = Texts.squash(cell.text());
        String sentence = Texts.sentences(text).stream().findFirst().map(Texts.Span::text).orElse(text);
        String area = null;
        Grade grade = null;
        String gradeText = null;
        Optional<Stated> overall = stated(sentence);
        Matcher box = BOX_STATEMENT.matcher(sentence);
        if (overall.isPresent()) {
            area = overall.get().area() != null ? overall.get().area() : OVERALL;
            grade = overall.get().grade();
            gradeText = overall.get().text();
        } else if (box.find()) {
            String said = box.group(2) != null ? box.group(2) : box.group(3);
            String subject = box.group(1).trim();
            area = OVERALL_SUBJECT.matcher(subject).matches() ? OVERALL : subject;
            grade = GradeWords.parse(said).orElse(null);
            gradeText = Texts.squash(said);
            area = grade == null ? null : area;
        }
        if (area != null) {
            Provenance p = ctx.provenance(block.page(), cell.start(), cell.end(), cell.box() != null ? cell : block);
            add(out, new Judgement(ctx.id(RecordType.JUDGEMENT, p, area, grade.name()), authority, facts.inspectorate(),
                    facts.framework(), facts.start(), facts.end(), setting.year(), null, area, grade, gradeText, JudgementBasis.TABLE, p, Mentions.NONE, List.of())
                    .withInherited(setting.inherited()));
            return group;
        }
        return text.length() <= MAX_GROUP ? text : null;
    }

    // The group the rows under a heading row belong to. A framework's service group ("Services for looked after children")
    // holds its rows until the next service group, whatever section questions or sub-headings ("How good are outcomes for
    // looked after children and care leavers?", "Quality of provision") the table prints between them; a question is never
    // a group of its own.
    private static @Nullable String regroup(@Nullable String current, @Nullable String heading) {
        if (heading != null && Framework.groupNamed(heading).isPresent()) {
            return heading;
        }
        if (current != null && Framework.groupNamed(current).isPresent() || heading != null && heading.strip().endsWith("?")) {
            return current;
        }
        return heading;
    }

    // Adds a table judgement unless the paper has stated it already: SIF and ILACS reports repeat each grade in a box over
    // the section about it ("The experiences and progress of children who need help and protection | Requires improvement").
    private static void add(List<PaperRecord> out, Judgement j) {
        if (j.year() == null) {
            // Not an inspection's own report (a committee paper quoting tables of several inspections): no way to tell a
            // repeat from another inspection's grade, so keep it.
            out.add(j);
            return;
        }
        String area = sameArea(j.area());
        for (PaperRecord r : out) {
            if (r instanceof Judgement k && k.grade() == j.grade() && Objects.equals(k.year(), j.year())
                    && Objects.equals(k.authority(), j.authority()) && sameArea(k.area()).equals(area)
                    && (k.group() == null || j.group() == null || Texts.fold(k.group()).equals(Texts.fold(j.group())))) {
                return;
            }
        }
        out.add(j);
    }

    // "The experiences and progress of children who need help and protection" and "Children who need help and protection"
    // name one judgement, as do "The effectiveness of the LSCB" and "The LSCB", "Overall effectiveness" and "The overall
    // judgement".
    private static String sameArea(String area) {
        String a = Texts.fold(area).replaceAll("^(?:the\\s+)?(?:(?:experiences and progress|effectiveness|impact) of\\s+)?(?:the\\s+)?", "")
                .replaceAll("\\s*\\([a-z&/]{2,8}\\)\\s*$", ""); // "… and/or disabilities (SEND)": the letters repeat the name
        if (a.startsWith("overall ")) {
            return "overall";
        }
        return a.contains("lscb") || a.contains("local safeguarding children") ? "lscb" : a;
    }

    // One area named in full with its letters in brackets and by the letters alone: "Special educational needs and/or
    // disabilities (SEND)" and "SEND".
    private static boolean sameAreaNamed(String a, String b) {
        String x = sameArea(a);
        String y = sameArea(b);
        return x.equals(y) || y.equals(letters(a)) || x.equals(letters(b));
    }

    private static @Nullable String letters(String area) {
        Matcher m = BRACKETED_LETTERS.matcher(area);
        return m.find() ? Texts.fold(m.group(1)) : null;
    }

    // A reader that sees "2.1 Adoption performance" as a numbered list item in its cell keeps the number as the item's marker.
    private static @Nullable String listNumber(Cell cell) {
        if (cell.blocks().isEmpty() || cell.blocks().get(0).kind() != BlockKind.LIST_ITEM || cell.blocks().get(0).marker() == null) {
            return null;
        }
        String marker = cell.blocks().get(0).marker().strip();
        return NUMBER_ONLY.matcher(marker).matches() ? marker.replaceAll("[.)]$", "") : null;
    }

    // The column most labels start in; a label further right is indented under the row above.
    private static int labelColumn(TableView v, int headerRows, int gradeCol) {
        int min = Integer.MAX_VALUE;
        for (int r = headerRows; r < v.rowCount(); r++) {
            Cell c = areaCell(v, r, gradeCol);
            if (c != null && !NUMBER_ONLY.matcher(Texts.squash(c.text())).matches()) {
                min = Math.min(min, c.col());
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private static @Nullable Cell areaCell(TableView v, int r, int gradeCol) {
        return areaCell(v, r, gradeCol, 0);
    }

    private static @Nullable Cell areaCell(TableView v, int r, int gradeCol, int fromCol) {
        for (int c = fromCol; c < v.colCount(); c++) {
            Cell cell = v.cellAt(r, c);
            if (c != gradeCol && cell != null && cell.row() == r && !cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    // A comparison of authorities is about other councils' inspections, so the paper's own facts do not date or name them; the
    // sentence leading into the table often says which framework they were ("the outcomes of the safeguarding and looked
    // after children inspections of councils in our region").
    private static @Nullable String leadInFramework(@Nullable Block before) {
        return before == null || before.table() != null ? null
                : Framework.identify(before.text()).or(() -> Framework.mentionedIn(before.text())).map(Framework::id).orElse(null);
    }

    private static final Pattern AUTHORITY_CORNER = Pattern.compile("(?i)^(?:local\\s+)?(?:councils?|authorit(?:y|ies)|las?|local authorit(?:y|ies)|name)\\b.*");
    private static final Pattern AREA_CORNER = Pattern.compile("(?i)^(?:judge?ments?|areas?|aspects?|domains?|grades?|outcomes?|inspection areas?)\\b.*");
    private static final Pattern YEAR_TEXT = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final int SHORT_CELL = 40;
    private static final Pattern DATED_LABEL = Pattern.compile("(?i)[\\s,–-]*\\(?\\s*(?:(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?\\s+)?(?:19|20)\\d\\d\\s*\\)?\\s*$");
    private static final Pattern FRAMEWORK_WORDS = Pattern.compile("\\b(?:ofsted|ilacs?|sif|single inspection(?: framework)?|inspection|framework|"
            + "judge?ments?|grades?|ratings?|outcomes?|(?:19|20)\\d\\d)\\b|[^a-z0-9 ]");

    /**
     * A grade matrix: several grade columns. Read through the table's paths, one judgement per graded cell. Which
     * axis holds the authorities is read from the corner over the labels ("Council", "Judgement"), then from what
     * the column headers are (years: one authority's inspections over time; places: authorities as columns);
     * without either, authorities are the rows, as comparison tables print them. The area is the column's leaf and
     * the group the header above it (or, transposed, the row and its group row).
     */
    private void matrix(Block block, TableView v, List<Integer> gradeCols, @Nullable String leadFramework, Setting setting,
            ExtractContext ctx, List<PaperRecord> out) {
        Orientation o = orientation(v, gradeCols);
        int currentCol = o == Orientation.YEARS_AS_COLUMNS ? currentColumn(v, gradeCols, setting) : -1;
        Set<String> seen = new HashSet<>();
        for (TableView.Address a : v.cells()) {
            if (!gradeCols.contains(a.col()) || a.cell().colSpan() == v.colCount()) {
                continue;
            }
            Cell cell = a.cell();
            Cell labelCell = labelCell(v, a.row());
            if (labelCell == null) {
                continue;
            }
            String rowLabel = Texts.squash(labelCell.text());
            ColumnPath col = a.column();
            Integer colYear = yearIn(col);
            String authority;
            String area;
            String group;
            List<String> inherited = new ArrayList<>();
            String rowFramework = null;
            boolean current = false;
            if (o == Orientation.AUTHORITIES_AS_ROWS) {
                authority = withoutYear(rowLabel);
                area = col.leaf().isEmpty() ? "Judgement" : col.leaf();
                group = groupOf(col.parent());
                // "Dunmere (2018)", or a row's own "Year" / "Date of inspection" / "Framework" cells, date that authority's grades.
                RowFacts rf = rowFacts(v, a.row(), gradeCols, labelCell);
                colYear = colYear != null ? colYear : rf.year() != null ? rf.year() : yearIn(rowLabel);
                rowFramework = rf.framework();
            } else {
                area = rowLabel;
                group = a.rowPath().group();
                if (o == Orientation.YEARS_AS_COLUMNS) {
                    authority = setting.facts().authority() != null ? setting.facts().authority() : ctx.document().council();
                    inherited.addAll(setting.used("authority"));
                    current = a.col() == currentCol;
                } else {
                    authority = withoutYear(col.leaf()); // "Corbridge (2019)"
                }
            }
            Optional<Grade> grade = GradeWords.parse(cell.text());
            if (grade.isEmpty()) {
                if (GradeWords.looksLikeGradeWord(cell.text())) {
                    ctx.warnings().add(WarningCode.UNKNOWN_GRADE_WORD, "'" + Texts.squash(cell.text())
                            + "' is not a known grade (" + authority + ", " + area + ")", block.page());
                }
                continue;
            }
            // Columns of one authority's inspections over time are different inspections even where their headers give no year.
            String when = o == Orientation.YEARS_AS_COLUMNS && colYear == null ? "#" + a.col() : String.valueOf(colYear);
            if (!seen.add(Texts.fold(authority + "|" + group + "|" + area + "|" + when))) {
                continue; // the same authority listed again under another region heading
            }
            String framework = rowFramework != null ? rowFramework : frameworkIn(col);
            PartialDate start = null;
            PartialDate end = null;
            if (current) {
                // The column of the inspection the paper is about takes what the paper says of it: its framework, its dates
                // and year; another column of the authority's grades (the previous inspection) takes none of them.
                InspectionFacts f = setting.facts();
                if (framework == null && f.framework() != null) {
                    framework = f.framework();
                    inherited.addAll(setting.used("framework"));
                }
                if (colYear == null || f.end() != null && f.end().year() == colYear) {
                    start = f.start();
                    end = f.end();
                    inherited.addAll(setting.used("inspectionStart", "inspectionEnd"));
                }
                if (colYear == null && setting.year() != null) {
                    colYear = setting.year();
                    inherited.addAll(setting.used("year"));
                }
            }
            if (framework == null && leadFramework != null) {
                framework = leadFramework;
                inherited.add("framework");
            }
            String inspectorate = null;
            if (framework != null || setting.facts().inspectorate() != null) {
                inspectorate = "Ofsted";
                if (framework == null || inherited.contains("framework")) {
                    inherited.add("inspectorate");
                }
            }
            Provenance p = ctx.provenance(block.page(), Math.min(labelCell.start(), cell.start()), Math.max(labelCell.end(), cell.end()),
                    cell.box() != null ? cell : block);
            out.add(new Judgement(ctx.id(RecordType.JUDGEMENT, p, authority, area, grade.get().name()), authority, inspectorate, framework,
                    start, end, colYear, group, area, grade.get(), Texts.squash(cell.text()), JudgementBasis.TABLE, p, Mentions.NONE, List.of())
                    .withInherited(inherited));
        }
    }

    // "This inspection", "Current grade", "Latest judgement": a column of the inspection the paper reports on; "Previous
    // inspection", "Last grade", "Grade at the 2021 inspection": an earlier one.
    private static final Pattern NOW_WORDS = Pattern.compile("(?i)\\b(?:this|current|latest|new|most recent|present)\\b");
    private static final Pattern THEN_WORDS = Pattern.compile("(?i)\\b(?:previous|last|prior|earlier|former|old)\\b");
    private static final Pattern WHEN_WORDS = Pattern.compile("(?i)\\b(?:this|current|latest|new|most recent|present|previous|last|prior|"
            + "earlier|former|old|at the|from the|in)\\b");

    /**
     * The column of a table of the authority's grades over time that holds the inspection the paper reports on: the one its
     * header calls current ("This inspection"), else the one dated as the inspection the paper dates (its month and year, or
     * its year where the header gives only that). -1 where no column, or more than one, is that inspection's.
     */
    private static int currentColumn(TableView v, List<Integer> gradeCols, Setting setting) {
        List<Integer> named = new ArrayList<>();
        List<Integer> dated = new ArrayList<>();
        PartialDate end = setting.facts().end();
        Integer year = end != null ? Integer.valueOf(end.year()) : setting.year();
        for (int c : gradeCols) {
            String leaf = v.column(c).name();
            if (NOW_WORDS.matcher(leaf).find() && !THEN_WORDS.matcher(leaf).find()) {
                named.add(c);
            }
            if (year != null && year.equals(yearIn(leaf)) && !THEN_WORDS.matcher(leaf).find()) {
                Optional<PartialDate> d = UkDates.find(leaf);
                Integer month = d.map(PartialDate::month).orElse(null);
                if (month == null || end == null || end.month() == null || month.equals(end.month())
                        || setting.facts().start() != null && month.equals(setting.facts().start().month())) {
                    dated.add(c);
                }
            }
        }
        return named.size() == 1 ? named.get(0) : named.isEmpty() && dated.size() == 1 ? dated.get(0) : -1;
    }

    private enum Orientation { AUTHORITIES_AS_ROWS, AUTHORITIES_AS_COLUMNS, YEARS_AS_COLUMNS }

    /** What a comparison table's row says of its authority's inspection besides the grades: its year and framework. */
    private record RowFacts(@Nullable Integer year, @Nullable String framework) {}

    // The row's cells outside its label and grades: a "Year" or "Date of inspection" column ("Nov 2019", "2018"), a
    // "Framework" column ("SIF", "ILACS"). Only short cells count: a comment column that mentions a year is no date.
    private static RowFacts rowFacts(TableView v, int r, List<Integer> gradeCols, Cell labelCell) {
        Integer year = null;
        String framework = null;
        for (int c = 0; c < v.colCount(); c++) {
            Cell cell = v.cellAt(r, c);
            if (gradeCols.contains(c) || cell == null || cell == labelCell || cell.isBlank() || cell.text().length() > SHORT_CELL) {
                continue;
            }
            if (year == null) {
                year = yearIn(cell.text());
            }
            if (framework == null) {
                framework = Framework.identify(cell.text()).or(() -> Framework.mentionedIn(cell.text())).map(Framework::id).orElse(null);
            }
        }
        return new RowFacts(year, framework);
    }

    private static @Nullable Integer yearIn(String text) {
        Matcher m = YEAR_TEXT.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    // "2016", "March 2018", "SIF inspection 2016": a column of one authority's inspection over time, not "Corbridge (2019)".
    private static boolean isDateOnly(String leaf) {
        return YEAR_TEXT.matcher(leaf).find()
                && FRAMEWORK_WORDS.matcher(Texts.fold(DATED_LABEL.matcher(leaf).replaceFirst(""))).replaceAll(" ").isBlank();
    }

    // "This inspection", "Previous grade", "Current judgement (2025)": a column of one authority's inspections told apart by
    // when, not by whom.
    private static boolean isWhenOnly(String leaf) {
        String folded = Texts.fold(DATED_LABEL.matcher(leaf).replaceFirst(""));
        return WHEN_WORDS.matcher(folded).find()
                && FRAMEWORK_WORDS.matcher(WHEN_WORDS.matcher(folded).replaceAll(" ")).replaceAll(" ").isBlank();
    }

    // "Corbridge (2019)", "Felham – 2021", "Orton, March 2018": the place without the date its column or row carries.
    private static String withoutYear(String label) {
        String s = DATED_LABEL.matcher(label).replaceFirst("").strip();
        return s.isEmpty() ? label : s;
    }

    // A header over the area columns that only names the framework ("ILACS judgements", "Ofsted grades 2019") says what
    // the grades are, not a group of areas.
    private static @Nullable String groupOf(@Nullable String parent) {
        if (parent == null) {
            return null;
        }
        String rest = FRAMEWORK_WORDS.matcher(Texts.fold(parent)).replaceAll(" ").strip();
        return frameworkIn(new ColumnPath(List.of(parent))) != null && rest.isEmpty() ? null : parent;
    }

    private static Orientation orientation(TableView v, List<Integer> gradeCols) {
        String corner = Texts.squash(v.corner());
        if (AUTHORITY_CORNER.matcher(corner).matches()) {
            return Orientation.AUTHORITIES_AS_ROWS;
        }
        if (gradeCols.stream().allMatch(c -> isDateOnly(v.column(c).leaf()) || isWhenOnly(v.column(c).leaf()))) {
            return Orientation.YEARS_AS_COLUMNS;
        }
        if (AREA_CORNER.matcher(corner).matches()) {
            return Orientation.AUTHORITIES_AS_COLUMNS;
        }
        long placeColumns = gradeCols.stream().filter(c -> Authorities.find(v.column(c).leaf()).isPresent()).count();
        long placeRows = v.dataRows().stream().map(r -> labelCell(v, r)).filter(Objects::nonNull)
                .filter(c -> Authorities.find(c.text()).isPresent()).count();
        return placeColumns * 2 > gradeCols.size() && placeRows == 0 ? Orientation.AUTHORITIES_AS_COLUMNS : Orientation.AUTHORITIES_AS_ROWS;
    }

    // The row's own label: the label cell nearest the grades.
    private static @Nullable Cell labelCell(TableView v, int r) {
        for (int c = v.stubColumns() - 1; c >= 0; c--) {
            Cell cell = v.cellAt(r, c);
            if (cell != null && !cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    private static @Nullable Integer yearIn(ColumnPath col) {
        for (String part : col.parts()) {
            Matcher m = YEAR_TEXT.matcher(part);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static @Nullable String frameworkIn(ColumnPath col) {
        for (String part : col.parts()) {
            Optional<String> f = Framework.mentionedIn(part).map(Framework::id);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return null;
    }

    // ---- sentences ------------------------------------------------------------------------------------------------

    private void fromSentences(LayoutDocument doc, InspectionFacts facts, ExtractContext ctx, List<PaperRecord> out) {
        // Papers repeat a judgement; the first mention is kept, and what later mentions add (framework, dates) is merged in.
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < out.size(); k++) {
            Judgement j = (Judgement) out.get(k);
            seen.put(key(j.authority(), j.year(), j.area(), j.grade()), k);
        }
        String section = null; // the title of the section or minute a sentence sits in
        String heading = null; // the last title set as a heading or in bold: a numbered sub-section ("2. Inspection outcome") sits under it
        for (Block b : doc.body()) {
            if (sectionTitle(b)) {
                section = b.text();
                if (b.kind() == BlockKind.HEADING || b.isBold()) {
                    heading = b.text();
                }
            }
            if (b.kind() == BlockKind.HEADING && facts != InspectionFacts.NONE) {
                // A report's headline may be set as a heading ("Children's services in Fenmoor require improvement to be good").
                headlineHeading(b, facts, ctx, out);
                continue;
            }
            if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM) {
                continue;
            }
            Integer previousYear = null;
            boolean previousNotAuthority = false;
            for (Texts.Span s : Texts.sentences(b.text())) {
                Optional<Stated> stated = stated(s.text());
                if (previousNotAuthority && CARRIED_SUBJECT.matcher(s.text()).find()) {
                    stated = Optional.empty();
                }
                previousNotAuthority = NOT_AUTHORITY.matcher(s.text()).find() || previousNotAuthority && CARRIED_SUBJECT.matcher(s.text()).find();
                if (otherInspectorate(s, b, facts, ctx, out)) {
                    continue; // another body's grade of one area: never the council's overall effectiveness
                }
                if (stated.isEmpty()) {
                    unknownGrade(s.text(), b, ctx);
                }
                Integer sentenceYear = stated.map(st -> yearNear(s.text(), st.at, st.end, ctx)).orElseGet(() -> yearNear(s.text(), 0, 0, ctx))
                        .orElse(previousYear);
                Integer year = sentenceYear == null && stated.isPresent() && facts != InspectionFacts.NONE && facts.year() == null
                        ? lettersOwnYear(s.text(), facts, ctx) : sentenceYear;
                if (stated.isPresent() && (stated.get().headline() || OWN_OVERALL.matcher(s.text()).lookingAt()) && skipAsRepeatOfTable(facts, year)) {
                    ownHeadline(stated.get(), s, b, facts, ctx, out);
                } else if (stated.isPresent() && !skipAsRepeatOfTable(facts, year)) {
                    Stated st = stated.get();
                    String authority = st.authority != null ? st.authority
                            : soleCouncil(s.text().substring(0, st.at())).orElse(facts.authority() != null ? facts.authority()
                                    : ctx.document().council());
                    if (authority == null) {
                        authority = placeServed(b.text()); // "services to families in Barset require improvement"
                    }
                    String area = st.area() != null ? st.area() : tableArea(s.text().substring(0, st.at()), out)
                            .orElse(ALL_AREAS.matcher(s.text()).find() ? "All areas" : OVERALL);
                    if (repeatsTable(authority, year, area, st.grade(), out)) {
                        previousYear = year;
                        continue; // the paper's grade table states it; its row is the record
                    }
                    Provenance p = ctx.provenance(b.page(), b.start() + s.start(), b.start() + s.end(), b);
                    String framework = Framework.mentionedIn(s.text()).map(Framework::id)
                            .orElseGet(() -> paragraphFramework(b.text(), year));
                    String inspectorate = s.text().toLowerCase(Locale.ROOT).contains("ofsted")
                            || b.text().toLowerCase(Locale.ROOT).contains("ofsted") || framework != null ? "Ofsted" : facts.inspectorate();
                    // "Ofsted Inspection of Local Authority Children's Services - Update" over a minute whose sentences say only
                    // "the inspection": the title names who inspected; a minute whose title names no one leaves it unsaid.
                    // A short numbered line is a section title in one form and a list item in another: the heading above decides too.
                    boolean fromTitle = inspectorate == null && (section != null && section.toLowerCase(Locale.ROOT).contains("ofsted")
                            || heading != null && heading.toLowerCase(Locale.ROOT).contains("ofsted"));
                    if (fromTitle) {
                        inspectorate = "Ofsted";
                    }
                    // The sentence's own dates, else the paragraph's dates of an inspection of the same year ("Ofsted inspected our
                    // services from 3 to 14 March 2025. Overall effectiveness was judged …"); never another inspection's.
                    PartialDate[] range = inspectionDates(s.text(), year)
                            .or(() -> year == null ? Optional.empty() : inspectionDates(b.text(), year))
                            .orElse(new PartialDate[] {null, null});
                    Judgement j = new Judgement(ctx.id(RecordType.JUDGEMENT, p, area, st.grade.name()), authority, inspectorate,
                            framework, range[0], range[1], year, null, area, st.grade, st.text, JudgementBasis.TEXT, p, Mentions.NONE, List.of())
                            .withInherited(fromTitle ? List.of("inspectorate") : List.of());
                    String key = key(authority, year, area, st.grade);
                    Integer earlier = seen.get(key);
                    if (earlier == null) {
                        seen.put(key, out.size());
                        out.add(j);
                    } else if (out.get(earlier) instanceof Judgement first && first.basis() == JudgementBasis.TEXT) {
                        out.set(earlier, merge(first, j));
                    }
                }
                previousYear = year;
            }
        }
    }

    // "The Care Inspectorate evaluated leadership as good", "Estyn judged standards to be good", "the Care Inspectorate graded the
    // service good for leadership": another inspectorate's grade of one area, which the minute of a committee reports in a
    // sentence with the body named before its verb. "very good" is a grade of their six-point scale that no word here reads.
    private static final Pattern AREA_AS_GRADE = Pattern.compile("\\b(?:evaluated|graded|rated|assessed|judged)\\s+(?:the\\s+(?:service|council|(?:local\\s+)?authority|force|constabulary|partnership)['’]s\\s+)?"
            + "((?:(?!as\\b|to\\b)[\\w'’-]+\\s+){1,8}?)(?:as\\s+(?:being\\s+)?|to\\s+be\\s+)" + Q + GRADE + Q + "(?=\\W|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GRADE_FOR_AREA = Pattern.compile("\\b(?:evaluated|graded|rated|assessed|judged)\\s+(?:(?:the|its|our|this|that)\\s+"
            + "(?!as\\b)[\\w'’-]+(?:\\s+(?!as\\b)[\\w'’-]+)?\\s+|it\\s+)?(?:as\\s+)?" + Q + GRADE + Q + "\\s+for\\s+(?:its\\s+|the\\s+)?"
            + "([\\w'’-]+(?:\\s+(?!and\\s+(?:very\\s+)?(?:good|adequate|weak|excellent|unsatisfactory))[\\w'’-]+){0,7}?)"
            + "(?=\\s*(?:[.,;:]|$)|\\s+(?:and|but|while|with|at|in|when|during|following)\\b)", Pattern.CASE_INSENSITIVE);

    private boolean otherInspectorate(Texts.Span s, Block b, InspectionFacts facts, ExtractContext ctx, List<PaperRecord> out) {
        String text = s.text();
        if (text.indexOf("raded") < 0 && text.indexOf("ated") < 0 && text.indexOf("ssessed") < 0
                && text.indexOf("udged") < 0) {
            return false;
        }
        Optional<String> body = Inspectorate.named(text);
        int named;
        if (body.isPresent()) {
            named = text.toLowerCase(Locale.ROOT).indexOf(body.get().toLowerCase(Locale.ROOT));
        } else {
            // "The inspectorate had graded the constabulary good at …": the body the paragraph named before, in a sentence of its own.
            named = text.toLowerCase(Locale.ROOT).indexOf("the inspectorate ");
            body = named < 0 ? body : Inspectorate.named(b.text().substring(0, Math.min(b.text().length(), s.start())));
            if (body.isEmpty()) {
                return false;
            }
        }
        if (areaList(text, named, body.get(), s, b, facts, ctx, out)) {
            return true;
        }
        String area;
        String said;
        int at;
        int end;
        // "rated the service as good for well-being": the area is what the grade is for, not the object of the verb.
        Matcher m = GRADE_FOR_AREA.matcher(text);
        if (m.find() && m.start() > named) {
            area = m.group(2).strip();
            said = m.group(1);
            at = m.start(1);
            end = m.end();
        } else if ((m = AREA_AS_GRADE.matcher(text)).find() && m.start() > named) {
            area = m.group(1).strip();
            said = m.group(2);
            at = m.start(2);
            end = m.end();
        } else {
            return false;
        }
        if (text.substring(0, at).matches("(?is).*\\bvery\\s+['\"‘“]?$")) {
            return false; // "evaluated care as very good": their scale's fifth grade, not "good"
        }
        Optional<Grade> grade = grade(said);
        if (grade.isEmpty() || area.isEmpty()) {
            return false;
        }
        // "judged the Authority's current performance and its prospects for improvement to be adequate": one grade of two areas,
        // each named without the body that owns it.
        Matcher owner = OWNER.matcher(area);
        if (owner.lookingAt()) {
            area = area.substring(owner.end());
        }
        // The year nearest the whole statement, verb to grade: "in 2012 Estyn judged …, and … in 2014" is 2012.
        for (String part : SECOND_AREA.split(area)) {
            addOther(part.strip(), grade.get(), said, m.start(), end, body.get(), s, b, facts, ctx, out);
        }
        // "judged the Authority's current performance to be adequate and its prospects for improvement to be adequate": a second
        // area with a grade of its own.
        Matcher more = NEXT_AREA_AS_GRADE.matcher(text);
        int from = end;
        while (more.region(from, text.length()).lookingAt()) {
            Optional<Grade> g = grade(more.group(2));
            if (g.isEmpty()) {
                break;
            }
            addOther(more.group(1).strip(), g.get(), more.group(2), m.start(), more.end(), body.get(), s, b, facts, ctx, out);
            from = more.end();
        }
        return true;
    }

    private static final Pattern NEXT_AREA_AS_GRADE = Pattern.compile("\\s*,?\\s+and\\s+(?:its\\s+|their\\s+)?"
            + "((?:(?!as\\b|to\\b)[\\w'’-]+\\s+){1,8}?)(?:as\\s+(?:being\\s+)?|to\\s+be\\s+)" + Q + GRADE + Q + "(?=\\W|$)",
            Pattern.CASE_INSENSITIVE);

    // "the Authority's", "the council's", "the service's": whose the area is, not part of its name.
    private static final Pattern OWNER = Pattern.compile("(?i)the\\s+(?:[\\w-]+\\s+)?(?:authority|council|service|force|constabulary|department|"
            + "partnership)['’]s\\s+");
    // A second area of one grade is led by its owner ("and its prospects", "and their leadership"); "care and support" is one area.
    private static final Pattern SECOND_AREA = Pattern.compile("(?i)\\s+and\\s+(?:its|their)\\s+");
    // "graded the constabulary good at preventing crime, adequate at investigating crime and inadequate at responding to the
    // public": a grade per area, each grade before the area it is for.
    private static final Pattern LIST_VERB = Pattern.compile("\\b(?:evaluated|graded|rated|assessed|judged)\\s+(?:(?:the|its|our|this|that)\\s+"
            + "(?:(?!as\\b)[\\w'’-]+\\s+){1,3}?)?(?:as\\s+)?(?=" + Q + GRADE + Q + "\\s+(?:at|in|for)\\s+\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile(Q + GRADE + Q + "\\s+(at|in|for)\\s+(?=\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_ITEM = Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?=" + Q + GRADE + Q + "\\s+(?:at|in|for)\\s+\\p{L})",
            Pattern.CASE_INSENSITIVE);
    // The last area ends at the sentence's punctuation or where its time is given ("… to the public in 2025").
    private static final Pattern LAST_AREA_END = Pattern.compile("(?i)\\s*[,;:(]|\\s+(?:in|during|following|when|since|at\\s+(?:its|the|their)\\s+"
            + "(?:last|latest|most))\\s+(?:\\d|(?:its|the|their|our|last)\\b)|[.\\s]*$");

    private boolean areaList(String text, int named, String body, Texts.Span s, Block b, InspectionFacts facts, ExtractContext ctx,
            List<PaperRecord> out) {
        if (text.indexOf(" at ") < 0 && text.indexOf(" in ") < 0 && text.indexOf(" for ") < 0) {
            return false;
        }
        Matcher v = LIST_VERB.matcher(text);
        if (!v.find() || v.start() < named) {
            return false;
        }
        record Item(String area, String said, int end) {}
        List<Item> items = new ArrayList<>();
        Matcher item = LIST_ITEM.matcher(text);
        Matcher next = NEXT_ITEM.matcher(text);
        int pos = v.end();
        boolean byAt = false;
        while (item.region(pos, text.length()).lookingAt()) {
            byAt |= item.group(2).equalsIgnoreCase("at");
            int from = item.end();
            int to;
            boolean more = next.region(from, text.length()).find() && text.substring(from, next.start()).matches("[^.,;:()]+");
            if (more) {
                to = next.start();
            } else {
                Matcher e = LAST_AREA_END.matcher(text);
                e.region(from, text.length()).find();
                to = e.start();
            }
            items.add(new Item(text.substring(from, to).strip(), item.group(1), to));
            if (!more) {
                break;
            }
            pos = next.end();
        }
        // One grade "for" an area is GRADE_FOR_AREA's; "good in all areas" is no list. A list, or a grade "at" something, is.
        if (items.isEmpty() || items.size() == 1 && !byAt) {
            return false;
        }
        for (Item i : items) {
            Optional<Grade> g = grade(i.said());
            if (g.isEmpty() || i.area().isEmpty()) {
                return false;
            }
        }
        for (Item i : items) {
            addOther(i.area(), grade(i.said()).orElseThrow(), i.said(), v.start(), items.get(items.size() - 1).end(), body, s, b, facts, ctx, out);
        }
        return true;
    }

    private static void addOther(String area, Grade grade, String said, int at, int end, String body, Texts.Span s, Block b,
            InspectionFacts facts, ExtractContext ctx, List<PaperRecord> out) {
        String text = s.text();
        Integer year = yearNear(text, at, end, ctx).orElseGet(() -> yearBefore(b.text(), s.start()));
        String authority = facts.authority() != null ? facts.authority() : ctx.document().council();
        Provenance p = ctx.provenance(b.page(), b.start() + s.start(), b.start() + s.end(), b);
        out.add(new Judgement(ctx.id(RecordType.JUDGEMENT, p, area, grade.name()), authority, body, null, null, null, year, null,
                area, grade, Texts.squash(said), JudgementBasis.TEXT, p, Mentions.NONE, List.of()));
    }

    // The year of the inspection the paragraph dated before the sentence ("… following the Estyn inspection … in October 2013.
    // Members were reminded that Estyn had judged …"): the last year of an earlier sentence of the paragraph that tells of an
    // inspection; a plan's span of years ("2023-2026") is none. Null where none does.
    private static @Nullable Integer yearBefore(String paragraph, int sentenceStart) {
        List<Texts.Span> before = Texts.sentences(paragraph.substring(0, Math.min(paragraph.length(), sentenceStart)));
        for (int i = before.size() - 1; i >= 0; i--) {
            String t = before.get(i).text();
            if (!hasDigit(t) || !INSPECTION_TOLD.matcher(t).find()) {
                continue;
            }
            Matcher y = YEAR.matcher(InspectionFacts.YEAR_SPAN.matcher(t).replaceAll(" "));
            Integer last = null;
            while (y.find()) {
                last = Integer.parseInt(y.group(1));
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static final Pattern INSPECTION_TOLD = Pattern.compile("(?i)inspect|review|visit");

    private static final int MAX_SECTION_TITLE = 160;

    // A heading, or a short line set apart as one: bold, in capitals, or a minute's number and title ("24. Ofsted Inspection –
    // Update"); not a sentence.
    private static boolean sectionTitle(Block b) {
        if (b.kind() == BlockKind.HEADING) {
            return true;
        }
        String t = b.text().strip();
        if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM || t.isEmpty() || t.length() > MAX_SECTION_TITLE || t.endsWith(".") || t.indexOf('\n') >= 0) {
            return false;
        }
        // A minute's number the layout set as a list marker ("23." then "Ofsted Inspection … - Update"): the title is the item's text.
        boolean numberedItem = b.kind() == BlockKind.LIST_ITEM && b.marker() != null && !b.marker().isEmpty()
                && Character.isDigit(b.marker().charAt(0)) && Character.isUpperCase(t.charAt(0)) && MINUTE_TITLE.matcher("1 " + t).matches();
        return b.isBold() || numberedItem || Character.isDigit(t.charAt(0)) && MINUTE_TITLE.matcher(t).matches()
                || t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static final Pattern MINUTE_TITLE = Pattern.compile("^\\d{1,3}(?:/\\d{1,3})?\\.?\\s+\\p{Lu}[^.]*$");

    // "3–14 March 2025", "3 to 14 March 2025", "28 February – 4 March 2025": a range printed without "from" or "between".
    private static final Pattern BARE_RANGE = Pattern.compile("(?i)\\b(\\d{1,2}(?:st|nd|rd|th)?(?:\\s+[a-z]{3,9})?)\\s*(?:[-–—]|\\bto\\b)\\s*"
            + "(\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\s+(?:19|20)\\d{2})\\b");

    // The first range of inspection dates the text prints whose end falls in the judgement's year (any, where the year is unknown).
    private static Optional<PartialDate[]> inspectionDates(String text, @Nullable Integer year) {
        Optional<PartialDate[]> r = UkDates.range(text).filter(d -> year == null || d[1].year() == year);
        if (r.isPresent()) {
            return r;
        }
        Matcher m = BARE_RANGE.matcher(text);
        while (m.find()) {
            Optional<PartialDate> end = UkDates.find(m.group(2)).filter(PartialDate::isFullDate);
            Optional<PartialDate> start = end.flatMap(e -> UkDates.startOf(m.group(1), e));
            if (start.isPresent() && start.get().compareTo(end.get()) <= 0 && (year == null || end.get().year() == year)) {
                return Optional.of(new PartialDate[] {start.get(), end.get()});
            }
        }
        return Optional.empty();
    }

    // The framework a paragraph names for the inspection its judgement sentence leaves unnamed: only where the paragraph names
    // one framework and no year but the judgement's, so a paragraph comparing two inspections lends neither its name.
    private static @Nullable String paragraphFramework(String paragraph, @Nullable Integer year) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (Texts.Span sp : Texts.sentences(paragraph)) {
            Framework.mentionedIn(sp.text()).map(Framework::id).ifPresent(named::add);
        }
        if (named.size() != 1) {
            return null;
        }
        Matcher y = YEAR.matcher(paragraph);
        while (y.find()) {
            if (year == null || Integer.parseInt(y.group(1)) != year) {
                return null;
            }
        }
        return named.iterator().next();
    }

    // The area of the paper's grade table a sentence names as its subject, if it names one.
    private static Optional<String> tableArea(String beforeVerb, List<PaperRecord> out) {
        Matcher m = SUBJECT.matcher(beforeVerb);
        if (!m.matches()) {
            return Optional.empty();
        }
        String subject = m.group(1);
        for (PaperRecord r : out) {
            if (r instanceof Judgement k && k.basis() == JudgementBasis.TABLE && sameAreaNamed(k.area(), subject)) {
                return Optional.of(k.area());
            }
        }
        return Optional.empty();
    }

    // A sentence of no other year restating the grade the paper's table gives the same area: a committee paper's summary of
    // the table it reproduces, read once, from the table.
    private static boolean repeatsTable(@Nullable String authority, @Nullable Integer year, String area, Grade grade, List<PaperRecord> out) {
        for (PaperRecord r : out) {
            if (r instanceof Judgement k && k.basis() == JudgementBasis.TABLE && k.grade() == grade && (year == null || year.equals(k.year()))
                    && (authority == null || k.authority() == null || Texts.fold(authority).equals(Texts.fold(k.authority())))
                    && sameAreaNamed(k.area(), area)) {
                return true;
            }
        }
        return false;
    }

    private static void headlineHeading(Block b, InspectionFacts facts, ExtractContext ctx, List<PaperRecord> out) {
        Texts.Span whole = new Texts.Span(0, b.text().length(), b.text());
        stated(b.text()).filter(Stated::headline).filter(st -> yearNear(b.text(), st.at(), st.end(), ctx).map(y -> y.equals(facts.year())).orElse(true))
                .ifPresent(st -> ownHeadline(st, whole, b, facts, ctx, out));
    }

    // An inspection report's headline or LSCB judgement stated only in prose ("Children's services in Fenmoor require
    // improvement to be good" over a table of the other areas) is a judgement of that inspection; where its table or a box
    // already grades the same area, the prose only repeats it.
    private static void ownHeadline(Stated st, Texts.Span s, Block b, InspectionFacts facts, ExtractContext ctx, List<PaperRecord> out) {
        if (Framework.of(facts.framework()).map(f -> f.grades().isEmpty()).orElse(false)) {
            return; // a focused or monitoring visit, a JTAI or a SEND visit grades nothing, whatever its letter says in passing
        }
        String authority = facts.authority() != null ? facts.authority() : st.authority();
        String area = st.area() != null ? st.area() : OVERALL;
        String same = sameArea(area);
        for (PaperRecord r : out) {
            if (r instanceof Judgement k && Objects.equals(k.year(), facts.year()) && sameArea(k.area()).equals(same)) {
                return;
            }
        }
        Provenance p = ctx.provenance(b.page(), b.start() + s.start(), b.start() + s.end(), b);
        out.add(new Judgement(ctx.id(RecordType.JUDGEMENT, p, area, st.grade().name()), authority, facts.inspectorate(), facts.framework(),
                facts.start(), facts.end(), facts.year(), null, area, st.grade(), st.text(), JudgementBasis.TEXT, p, Mentions.NONE, List.of()));
    }

    // A paper that names no council may still name the place its services are for, in the paragraph that grades them.
    private static @Nullable String placeServed(String paragraph) {
        Matcher m = PLACE_SERVED.matcher(paragraph);
        while (m.find()) {
            if (!MONTH_OR_DAY.matcher(m.group(1)).find()) {
                return m.group(1);
            }
        }
        return null;
    }

    // "was judged to be 'Satisfactory'": a grade was meant, but not one we know; say so rather than guess.
    private static void unknownGrade(String sentence, Block b, ExtractContext ctx) {
        Matcher q = QUOTED_AFTER_VERB.matcher(sentence);
        if (q.find() && GradeWords.parse(q.group(1)).isEmpty() && !NOT_AUTHORITY.matcher(sentence).find()
                && !ASPIRATION.matcher(sentence.substring(0, q.start())).find()) {
            ctx.warnings().add(WarningCode.UNKNOWN_GRADE_WORD, "'" + Texts.squash(q.group(1))
                    + "' is not a known grade (in: " + Texts.squash(sentence) + "); no judgement recorded", b.page());
        }
    }

    private static Judgement merge(Judgement first, Judgement later) {
        return new Judgement(first.id(), first.authority(), first.inspectorate() != null ? first.inspectorate() : later.inspectorate(),
                first.framework() != null ? first.framework() : later.framework(),
                first.inspectionStart() != null ? first.inspectionStart() : later.inspectionStart(),
                first.inspectionEnd() != null ? first.inspectionEnd() : later.inspectionEnd(), first.year(), first.group(),
                first.area(), first.grade(), first.gradeText(), first.basis(), first.provenance(), Mentions.NONE, List.of());
    }

    // An inspection report restates its own grades in prose; only its mentions of other inspections are new.
    // "The overall effectiveness of the council's services for children and young people is adequate" in an annual performance
    // assessment letter: the letter states its own grade in the present tense, so the inspection is of the letter's year. A past
    // or earlier grade ("was judged inadequate at the last inspection") is left without one.
    private static final Pattern OWN_PRESENT = Pattern.compile("(?i)\\b(?:is|are)\\s+(?:judged\\s+(?:to\\s+be\\s+|as\\s+)?)?" + Q + GRADE);
    private static final Pattern EARLIER_GRADE = Pattern.compile("(?i)\\b(?:last|previous|earlier|prior|former|since|remains?|still)\\b");

    private static @Nullable Integer lettersOwnYear(String sentence, InspectionFacts facts, ExtractContext ctx) {
        if ((sentence.indexOf(" is ") < 0 && sentence.indexOf(" are ") < 0) || !OWN_PRESENT.matcher(sentence).find()
                || EARLIER_GRADE.matcher(sentence).find()) {
            return null;
        }
        PartialDate date = facts.published() != null ? facts.published() : ctx.document().date();
        return date == null ? null : date.year();
    }

    private static boolean skipAsRepeatOfTable(InspectionFacts facts, @Nullable Integer year) {
        return facts.year() != null && (year == null || year.equals(facts.year()));
    }

    /** A grade stated in a sentence; {@code at} is where the statement starts in the sentence. */
    private record Stated(Grade grade, String text, @Nullable String authority, int at, int end, @Nullable String area) {
        Stated(Grade grade, String text, @Nullable String authority, int at, int end) {
            this(grade, text, authority, at, end, null);
        }

        // The report's own headline ("Children's services in X are inadequate") or its LSCB judgement: judgements an
        // inspection report may state only in prose, where its grade table leaves them out.
        boolean headline() {
            return authority != null || area != null;
        }
    }

    // "The Local Safeguarding Children Board (LSCB) requires improvement": the area is the board's name, without the article
    // the sentence gives it or the letters it adds in brackets; "The effectiveness of the Local Safeguarding Children Board (LSCB)"
    // is the label of an area of the framework, kept whole as printed.
    private static String boardArea(String subject) {
        String area = Texts.squash(subject);
        Matcher article = BOARD_ARTICLE.matcher(area);
        return article.lookingAt() ? BOARD_LETTERS.matcher(area.substring(article.end())).replaceFirst("") : area;
    }

    private static final Pattern BOARD_LETTERS = Pattern.compile("\\s*\\((?i:lscb)\\)$");
    private static final Pattern BOARD_ARTICLE = Pattern.compile("^(?i:the)\\s+(?=(?:[A-Z][\\w'’-]+\\s+){0,3}?(?i:local\\s+safeguarding|lscb))");

    private static Optional<Stated> stated(String sentence) {
        // Every grade GRADE matches holds one of these words. Most sentences of a pack hold none, and
        // this look costs less than one of the patterns below (each sentence of every paper meets them).
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!lower.contains("good") && !lower.contains("adequate") && !lower.contains("outstanding") && !lower.contains("improvement")) {
            return Optional.empty();
        }
        if (NOT_AUTHORITY.matcher(sentence).find()) {
            return Optional.empty();
        }
        Matcher board = LSCB.matcher(sentence);
        if (board.find() && !ASPIRATION.matcher(sentence.substring(0, board.start())).find()) {
            String said = board.group(2) != null ? board.group(2) : board.group(3);
            return grade(said).map(g -> new Stated(g, Texts.squash(said), null, board.start(), board.end(), boardArea(board.group(1))));
        }
        Matcher in = SERVICES_IN.matcher(sentence);
        if (in.find()) {
            String said = in.group(2) != null ? in.group(2) : in.group(3);
            return grade(said).map(g -> new Stated(g, Texts.squash(said), in.group(1), in.start(), in.end()));
        }
        for (Pattern form : SENTENCE_FORMS) {
            Matcher m = form.matcher(sentence);
            if (m.find()) {
                if (ASPIRATION.matcher(sentence.substring(0, m.start())).find()) {
                    return Optional.empty();
                }
                if (form == SENTENCE_FORMS.get(0) && gradesSomethingElse(sentence.substring(0, m.start()))) {
                    return Optional.empty();
                }
                return grade(m.group(1)).map(g -> new Stated(g, Texts.squash(m.group(1)), null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    // "outcomes judged good at the last inspection": a noun straight before the verb is what was judged, and unless it is
    // the service or the authority ("services rated good", "Barset judged inadequate") it is a part, not a judgement area.
    private static boolean gradesSomethingElse(String before) {
        Matcher w = LAST_WORD.matcher(before);
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        return !AUXILIARY.matcher(word).matches() && !Character.isUpperCase(word.charAt(0)) && !word.endsWith("ly");
    }

    private static Optional<Grade> grade(String phrase) {
        return GradeWords.parse(phrase);
    }

    // The year a sentence's inspection happened: the named year nearest the statement ("from 2017 following the
    // Requires Improvement judgement in 2016" is 2016), or "last November" counted back from the paper's date.
    private static Optional<Integer> yearNear(String sentence, int at, int end, ExtractContext ctx) {
        Matcher y = YEAR.matcher(sentence);
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        // A year needs a digit; most sentences have none, and a pattern with \b costs at every position.
        boolean digits = hasDigit(sentence);
        while (digits && y.find()) {
            int distance = y.end() <= at ? at - y.end() : Math.max(0, y.start() - end);
            if (distance < bestDistance) {
                best = Integer.parseInt(y.group(1));
                bestDistance = distance;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        PartialDate date = ctx.document().date();
        if (date == null || date.month() == null) {
            return Optional.empty();
        }
        Matcher last = LAST_MONTH.matcher(sentence);
        if (last.find()) {
            int month = UkDates.find("1 " + last.group(1) + " 2000").map(PartialDate::month).orElse(1);
            return Optional.of(month < date.month() ? date.year() : date.year() - 1);
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String key(@Nullable String authority, @Nullable Integer year, String area, Grade grade) {
        return Texts.fold(authority + "|" + year + "|" + area + "|" + grade);
    }
}
