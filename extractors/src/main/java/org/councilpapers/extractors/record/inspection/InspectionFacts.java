package org.councilpapers.extractors.record.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.Framework;
import org.councilpapers.extractors.vocab.Inspectorate;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * What an inspection report or letter says about the inspection as a whole, read from its
 * opening: the authority, the inspectorate, the framework and the inspection dates.
 *
 * @param authority the council inspected, as a place name, or null
 * @param inspectorate who inspected ("Ofsted"), or null where the opening does not say
 * @param framework the framework's id ({@link org.councilpapers.extractors.vocab.Framework#id()}), or null
 * @param start the inspection's first day, or null
 * @param end its last day, or null
 * @param published the report's publication date where printed, else null
 * @param namedYear the year printed beside the framework's name ("2008 annual performance assessment"), for a paper that
 *                  prints no inspection dates; else null
 */
public record InspectionFacts(
        @Nullable String authority,
        @Nullable String inspectorate,
        @Nullable String framework,
        @Nullable PartialDate start,
        @Nullable PartialDate end,
        @Nullable PartialDate published,
        @Nullable Integer namedYear) {

    private static final int OPENING_BLOCKS = 40;
    private static final int TITLE_BLOCKS = 6;
    private static final int TITLE_LINE = 150;
    private static final Pattern PUBLISHED_LINE = Pattern.compile("(?i)\\b(?:report\\s+)?published\\s*(?:on)?\\s*:?\\s*(\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4})");
    private static final Pattern VISIT_ON = Pattern.compile(
            "(?i)\\b(?:visit|inspection)\\b[^.]{0,160}?\\bon\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|&|to|-|–)\\s*)?(\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4})");
    private static final Pattern TOOK_PLACE = Pattern.compile(
            "(?i)\\b(?:inspection|visit)\\b.{0,80}\\b(?:took place|was carried out|was conducted|was undertaken)\\b");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:last|previous|earlier|prior)\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?i)^between\\s+[^.]{1,40}?\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4}");
    // A letter's date stands alone on its line above "Dear …".
    private static final Pattern DATE_ALONE = Pattern.compile("^\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4}$");
    // "HMICFRS inspected the service between February and April 2022": an inspection dated only in a sentence, to the month.
    private static final Pattern INSPECTED_IN = Pattern.compile("(?i)\\binspected\\b.{0,120}?\\b(?:between|from|in|during)\\b");
    private static final Pattern DATES_LINE = Pattern.compile("(?i)(?:inspection|visit)\\s+dates?\\s*:?\\s*(.+)");

    /** The facts of a paper that is no inspection report or letter: every one null. */
    public static final InspectionFacts NONE = new InspectionFacts(null, null, null, null, null, null, null);

    /**
     * The facts of an inspection report or letter; {@link #NONE} for other papers. A paper is read as an
     * inspection's own report when it is classified so, or when its opening says so whatever its kind: an
     * "Inspection dates:" line, as every Ofsted report prints under its title.
     *
     * @param doc the paper's layout
     * @param kind the document's kind, as classified
     * @return the facts, {@link #NONE} where the paper is no inspection's
     */
    public static InspectionFacts of(LayoutDocument doc, DocumentKind kind) {
        List<Block> opening = doc.body().stream().filter(b -> b.kind() != BlockKind.TABLE).limit(OPENING_BLOCKS).toList();
        if (kind != DocumentKind.INSPECTION_REPORT && kind != DocumentKind.INSPECTION_LETTER
                && opening.stream().limit(TITLE_BLOCKS * 2).noneMatch(b -> DATES_LINE.matcher(b.text().strip()).lookingAt())) {
            return NONE;
        }
        StringBuilder all = new StringBuilder();
        for (Block b : opening) {
            all.append(b.text()).append('\n');
        }
        // The judgement table is part of what names the framework (ILACS's "impact of leaders" row).
        doc.body().stream().filter(b -> b.kind() == BlockKind.TABLE).limit(2).forEach(b -> all.append(b.text()).append('\n'));
        String text = all.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        // HMICFRS inspects fire and rescue services and police forces; a joint inspection it shares with Ofsted is Ofsted's.
        // Ofsted's inspectors' signature ("HMI", "His Majesty's Inspector") says Ofsted where no body is named, and over a partner
        // of a joint inspection it leads (the CQC); HMICFRS's own inspectors are "His Majesty's Inspectors of Constabulary", so
        // its name comes first.
        String inspectorate = Inspectorate.OFSTED.namedIn(lower) ? Inspectorate.OFSTED.label()
                : Inspectorate.HMICFRS.namedIn(lower) ? Inspectorate.HMICFRS.label()
                : Inspectorate.OFSTED.inspectors().stream().anyMatch(text::contains) ? Inspectorate.OFSTED.label() : null;
        // The title names the framework; the body may mention others ("since the last monitoring visit"), so it comes second.
        StringBuilder title = new StringBuilder();
        for (Block b : doc.body()) {
            if (b.kind() == BlockKind.TABLE || b.text().length() > TITLE_LINE || title.length() > TITLE_LINE * TITLE_BLOCKS) {
                break; // the title area ends where the judgement table or the prose begins
            }
            title.append(b.text()).append('\n');
        }
        String authority = authorityInTitle(doc).orElse(null);
        for (Block b : opening) {
            if (authority != null) {
                break;
            }
            authority = Authorities.find(b.text()).orElse(null);
        }
        PartialDate[] range = dates(opening);
        String framework = Framework.identify(title.toString()).or(() -> Framework.identify(text)).map(Framework::id).orElse(null);
        if (inspectorate == null && framework != null) {
            inspectorate = Inspectorate.OFSTED.label(); // every framework we recognise is Ofsted's
        }
        Integer named = range[0] == null && range[1] == null ? yearBesideName(lower, framework) : null;
        return new InspectionFacts(authority, inspectorate, framework, range[0], range[1], published(opening), named);
    }

    private static final int LEAD_IN_BLOCKS = 4;
    private static final Pattern INSPECTION_WORD = Pattern.compile("(?i)\\b(?:ofsted|inspect(?:ion|ed|ors?)|monitoring visit|focused visit)\\b");
    private static final Pattern A_YEAR = Pattern.compile("\\b(20[0-4]\\d)\\b");
    /**
     * A span of years ("2026-2028", "2026 to 2029", "2025/26"): a plan's or a strategy's period, never the date of an inspection.
     */
    static final Pattern YEAR_SPAN = Pattern.compile("\\b(?:19|20)\\d{2}\\s*(?:[-–/]|(?i:to))\\s*(?:(?:19|20)\\d{2}|\\d{2})\\b");

    /**
     * Where a table printed on over pages starts: a part that comes straight after another table of as many columns, nothing
     * between them, carries that one on (its header repeated, or not), so the words leading into the first part lead into it.
     *
     * @param body  the document's body
     * @param table the index of a table block in it
     * @return the index of the table's first part, {@code table} itself where it continues none
     */
    static int firstPart(List<Block> body, int table) {
        int first = table;
        while (first > 0 && body.get(first).table() != null && body.get(first - 1).table() != null
                && body.get(first - 1).table().colCount() == body.get(first).table().colCount()) {
            first--;
        }
        return first;
    }

    /**
     * The facts a grade table printed in another paper (a committee report's appendix, a briefing) does not state
     * itself, taken from what the paper says around it: the heading and sentences leading into the table first,
     * then the paper as a whole (the authority it is about, the one inspection whose dates or year it gives). A
     * fact the paper is silent or ambiguous on stays null. The names of the facts found are in {@code inherited}.
     *
     * @param council the paper's own council, where known, which a paper about its own services is about
     */
    static Surroundings around(List<Block> body, int table, @Nullable String council) {
        int first = firstPart(body, table);
        StringBuilder lead = new StringBuilder();
        for (int i = first - 1; i >= 0 && i >= first - LEAD_IN_BLOCKS; i--) {
            Block b = body.get(i);
            if (b.kind() == BlockKind.TABLE) {
                break;
            }
            lead.insert(0, b.text() + "\n");
            if (b.kind() == BlockKind.HEADING) {
                break;
            }
        }
        String leadText = withoutOthers(lead.toString(), council);
        String framework = Framework.identify(leadText).or(() -> Framework.mentionedIn(leadText)).map(Framework::id).orElse(null);
        PartialDate[] range = inspectionRange(leadText);
        Integer year = yearOf(leadText);
        String authority = Authorities.find(leadText).orElse(null);
        boolean ofsted = framework != null || leadText.toLowerCase(Locale.ROOT).contains("ofsted");
        // The paper as a whole: what it says of the one inspection it discusses.
        if (range[1] == null || year == null || framework == null || !ofsted) {
            StringBuilder paper = new StringBuilder();
            for (Block b : body) {
                if (b.kind() != BlockKind.TABLE && INSPECTION_WORD.matcher(b.text()).find()) {
                    paper.append(b.text()).append('\n');
                }
            }
            String all = withoutOthers(paper.toString(), council);
            if (range[1] == null) {
                // The dates the paper gives its inspection, where a year the lead-in gives does not say another one.
                PartialDate[] dated = inspectionRange(all);
                if (dated[1] != null && (year == null || year == dated[1].year())) {
                    range = dated;
                }
                if (year == null) {
                    year = range[1] != null ? Integer.valueOf(range[1].year()) : yearOf(all);
                }
            }
            if (framework == null) {
                java.util.Set<String> named = new java.util.LinkedHashSet<>();
                for (Texts.Span sp : Texts.sentences(all)) {
                    Framework.mentionedIn(sp.text()).map(Framework::id).ifPresent(named::add);
                }
                framework = named.size() == 1 ? named.iterator().next() : null;
            }
            ofsted = ofsted || framework != null || all.toLowerCase(Locale.ROOT).contains("ofsted");
        }
        if (year == null && range[1] != null) {
            year = range[1].year();
        }
        if (authority == null) {
            authority = council;
        }
        if (authority == null) {
            for (Block b : body) {
                if (b.page() > 1 || b.kind() == BlockKind.TABLE) {
                    break;
                }
                authority = Authorities.find(b.text()).orElse(null);
                if (authority != null) {
                    break; // the authority the paper names on its first page
                }
            }
        }
        List<String> inherited = new java.util.ArrayList<>();
        if (authority != null) {
            inherited.add("authority");
        }
        if (ofsted) {
            inherited.add("inspectorate");
        }
        if (framework != null) {
            inherited.add("framework");
        }
        if (range[0] != null) {
            inherited.add("inspectionStart");
        }
        if (range[1] != null) {
            inherited.add("inspectionEnd");
        }
        if (year != null) {
            inherited.add("year");
        }
        return new Surroundings(new InspectionFacts(authority, ofsted ? "Ofsted" : null, framework, range[0], range[1], null, null), year, inherited);
    }

    // "… leading into the table", "set out below", "as follows:": a sentence that says the table is what it describes.
    private static final Pattern LEADS_INTO_TABLE = Pattern.compile("(?i)(?::\\s*$|\\b(?:below|as follows|the following|this table|the table)\\b)");

    /**
     * The text without its sentences about another council than the paper's own ("Northfleet, our neighbour, was judged
     * outstanding in 2022"): a comparison in the paragraph before a table says nothing of the table's own inspection. A
     * sentence that leads into the table ("Northfleet's grades are set out below:") stays, whoever it names.
     */
    private static String withoutOthers(String text, @Nullable String council) {
        if (council == null) {
            return text;
        }
        String own = Authorities.key(council);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            for (Texts.Span sp : Texts.sentences(line)) {
                List<Authorities.Mention> named = namesACouncil(sp.text()) ? Authorities.findAll(sp.text()) : List.of();
                boolean other = !named.isEmpty() && named.stream().noneMatch(m -> Authorities.key(m.place()).equals(own));
                if (!other || LEADS_INTO_TABLE.matcher(sp.text()).find()) {
                    out.append(sp.text()).append(' ');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    // A cheap look before the council names' patterns, each of which needs one of these words ("Northfleet Borough Council", "Cyngor Sir").
    static boolean namesACouncil(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.contains("council") || s.contains("borough") || s.contains("county") || s.contains("city") || s.contains("cyngor");
    }

    /** What a table's surroundings say, and which facts those are. */
    record Surroundings(InspectionFacts facts, @Nullable Integer year, List<String> inherited) {
        Surroundings {
            inherited = List.copyOf(inherited);
        }
    }

    // The dates of an inspection stated in sentences that name one: "Ofsted inspected our services from 4 to 15 March 2019".
    private static PartialDate[] inspectionRange(String text) {
        List<Texts.Span> sentences = Texts.sentences(text);
        // A sentence about the inspection before ("The previous inspection took place from …") dates only that one.
        List<Texts.Span> ordered = new java.util.ArrayList<>(sentences.stream().filter(sp -> !EARLIER.matcher(sp.text()).find()).toList());
        sentences.stream().filter(sp -> EARLIER.matcher(sp.text()).find()).forEach(ordered::add);
        for (Texts.Span sp : ordered) {
            if (INSPECTION_WORD.matcher(sp.text()).find()) {
                Optional<PartialDate[]> r = UkDates.range(sp.text());
                if (r.isPresent()) {
                    return r.get();
                }
                Matcher dl = DATES_LINE.matcher(sp.text());
                if (dl.find()) {
                    Optional<PartialDate> d = UkDates.find(dl.group(1));
                    if (d.isPresent() && d.get().isFullDate()) {
                        return new PartialDate[] {null, d.get()};
                    }
                }
            }
        }
        return new PartialDate[] {null, null};
    }

    // The year of the inspection sentences name, where they name one year only; several years say nothing for sure.
    private static @Nullable Integer yearOf(String text) {
        java.util.Set<Integer> years = new java.util.LinkedHashSet<>();
        for (Texts.Span sp : Texts.sentences(text)) {
            if (INSPECTION_WORD.matcher(sp.text()).find()) {
                Matcher y = A_YEAR.matcher(YEAR_SPAN.matcher(sp.text()).replaceAll(" "));
                while (y.find()) {
                    years.add(Integer.parseInt(y.group(1)));
                }
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    private static final Pattern INSPECTION_OF = Pattern.compile(
            "[Ii]nspection of ([A-Z][\\w'’-]+(?:[ -](?:and |upon |on )?[A-Z][\\w'’-]+)*)(?:'s|’s)?\\s+"
                    + "(?i:local authority|council|children|fire and rescue|police|constabulary)");
    private static final Pattern BARE_PLACE = Pattern.compile("^[A-Z][\\w'’-]+(?:[ -](?:and|upon|on|of|the)?[ -]?[A-Z][\\w'’-]+){0,3}$");

    // Reports name the authority in their title: "Birmingham City Council", "Inspection of North Northamptonshire local
    // authority children's services", or a place name alone on the first line ("Bolton").
    private static Optional<String> authorityInTitle(LayoutDocument doc) {
        List<Block> title = new java.util.ArrayList<>();
        for (Block b : doc.body()) {
            if (b.kind() == BlockKind.TABLE || b.text().length() > TITLE_LINE || title.size() >= TITLE_BLOCKS) {
                break;
            }
            title.add(b);
        }
        for (Block b : title) {
            Optional<String> a = Authorities.find(b.text());
            if (a.isPresent()) {
                return a;
            }
            Matcher m = INSPECTION_OF.matcher(b.text());
            if (m.find()) {
                // "Inspection of Fenland Borough local authority": the place, as the classifier and the index name it.
                return Optional.of(m.group(1).replaceFirst("\\s+(?:Metropolitan\\s+)?(?:Borough|City|County|District)$", ""));
            }
        }
        return title.stream().map(b -> b.text().strip()).filter(t -> BARE_PLACE.matcher(t).matches())
                .filter(t -> !t.matches("(?i).*\\b(inspection|report|ofsted|inspector|children|services?|council|contents|dear|yours|mr|mrs|ms|miss|dr)\\b.*"))
                .findFirst();
    }

    // "Published: 16 August 2013", "Report published: 8 August 2014": the date of the report, which its findings carry.
    private static @Nullable PartialDate published(List<Block> opening) {
        for (Block b : opening) {
            if (b.text().strip().toLowerCase(Locale.ROOT).startsWith("dear ")) {
                break;
            }
            if (DATE_ALONE.matcher(b.text().strip()).matches()) {
                Optional<PartialDate> d = UkDates.find(b.text());
                if (d.isPresent() && d.get().isFullDate()) {
                    return d.get(); // the letter's date
                }
            }
        }
        for (Block b : opening) {
            Matcher m = PUBLISHED_LINE.matcher(b.text());
            if (m.find()) {
                Optional<PartialDate> d = UkDates.find(m.group(1));
                if (d.isPresent() && d.get().isFullDate()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    /**
     * The date a finding from this report carries: the date of the report or letter itself, its printed publication date or
     * the letter's date. The hand-checked records date findings so in every generation (SIF, ILACS, letters, and the committee
     * papers that quote them); the inspection's last day is when inspectors looked, not when the report said so, and a report
     * that prints no date of its own leaves the finding's date unstated rather than guessed.
     *
     * @return the finding date, or null where the report prints none
     */
    public @Nullable PartialDate reportDate() {
        return published;
    }

    /**
     * The year the inspection belongs to: its last day's year.
     *
     * @return the year, or null where no date is printed
     */
    public @Nullable Integer year() {
        return end != null ? Integer.valueOf(end.year()) : start != null ? Integer.valueOf(start.year()) : null;
    }

    /**
     * "Ofsted ILACS 2019": how a finding names the inspection it came from.
     *
     * @return the source label, or null where neither inspectorate nor framework is known
     */
    public @Nullable String sourceLabel() {
        if (inspectorate == null && framework == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        String label = Framework.of(framework).map(Framework::label).orElse(framework);
        for (Object part : new Object[] {inspectorate, label, year() != null ? year() : namedYear}) {
            if (part != null) {
                s.append(s.length() == 0 ? "" : " ").append(part);
            }
        }
        return s.toString();
    }

    // "2008 annual performance assessment", "the annual performance assessment 2007": a framework that dates itself by the year
    // it names, in a letter that prints no days of a visit. One year only; two say nothing for sure.
    private static @Nullable Integer yearBesideName(String lower, @Nullable String framework) {
        List<String> keys = Framework.of(framework).map(Framework::keywords).orElse(List.of());
        Integer found = null;
        for (String key : keys) {
            if (key.length() < 8) {
                continue; // "sif", "jtai": too short to be printed beside a year as a name
            }
            for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length())) {
                Integer year = yearAt(lower, at - 5, at - 1, at - 1);
                if (year == null) {
                    year = yearAt(lower, at + key.length() + 1, at + key.length() + 5, at + key.length());
                }
                if (year != null && found != null && !found.equals(year)) {
                    return null;
                }
                found = year != null ? year : found;
            }
        }
        return found;
    }

    // A year of four digits exactly at [from, to), no digit either side, and a space at {@code gap} between it and the name.
    private static @Nullable Integer yearAt(String s, int from, int to, int gap) {
        if (from < 0 || to > s.length() || !Character.isWhitespace(s.charAt(gap)) || from > 0 && Character.isDigit(s.charAt(from - 1))
                || to < s.length() && Character.isDigit(s.charAt(to))) {
            return null;
        }
        String y = s.substring(from, to);
        return y.matches("(?:19|20)\\d{2}") ? Integer.valueOf(y) : null;
    }

    // "11 November 2019 to 22 November 2019", "11 to 22 November 2019", "30 June - 1 July 2021", "22 November 2019"
    private static PartialDate[] dates(List<Block> opening) {
        for (Block b : opening) {
            Matcher m = DATES_LINE.matcher(b.text());
            if (!m.find()) {
                continue;
            }
            String range = m.group(1);
            String[] halves = range.split("\\s+(?:to|until|and)\\s+|\\s*[-–]\\s*", 2);
            Optional<PartialDate> end = UkDates.find(halves.length > 1 ? halves[1] : halves[0]);
            Optional<PartialDate> start = halves.length > 1 && end.isPresent() ? UkDates.startOf(halves[0], end.get()) : end;
            return new PartialDate[] {start.orElse(null), end.orElse(null)};
        }
        // Letters state the visit's days in their first sentence: "the focused visit to X on 24 and 25 May 2022",
        // "Between 3 June 2019 and 7 June 2019, Ofsted and the CQC conducted a joint inspection".
        for (Block b : opening) {
            String text = Texts.squash(b.text());
            Matcher on = VISIT_ON.matcher(text);
            if (on.find()) {
                Optional<PartialDate> end = UkDates.find(on.group(2));
                Optional<PartialDate> start = end.flatMap(e -> on.group(1) == null ? Optional.of(e) : UkDates.startOf(on.group(1), e));
                if (end.isPresent() && end.get().isFullDate()) {
                    return new PartialDate[] {start.orElse(null), end.get()};
                }
            }
            Matcher between = BETWEEN.matcher(text);
            if (between.find()) {
                Optional<PartialDate[]> r = UkDates.range(between.group());
                if (r.isPresent()) {
                    return r.get();
                }
            }
        }
        // "This inspection took place from 4 to 8 April 2022.", as JTAI and other joint letters date themselves; not a sentence
        // about the last inspection ("The last inspection, which took place from …").
        for (Block b : opening) {
            for (Texts.Span sp : Texts.sentences(Texts.squash(b.text()))) {
                if (TOOK_PLACE.matcher(sp.text()).find() && !EARLIER.matcher(sp.text()).find()) {
                    Optional<PartialDate[]> r = UkDates.range(sp.text());
                    if (r.isPresent()) {
                        return r.get();
                    }
                }
            }
        }
        for (Block b : opening) {
            for (Texts.Span sp : Texts.sentences(Texts.squash(b.text()))) {
                Matcher in = INSPECTED_IN.matcher(sp.text());
                if (in.find() && !EARLIER.matcher(sp.text()).find()) {
                    String rest = sp.text().substring(in.start());
                    Optional<PartialDate[]> r = UkDates.range(rest);
                    if (r.isPresent()) {
                        return r.get();
                    }
                    Optional<PartialDate> d = UkDates.find(rest);
                    if (d.isPresent()) {
                        return new PartialDate[] {null, d.get()};
                    }
                }
            }
        }
        return new PartialDate[] {null, null};
    }
}
