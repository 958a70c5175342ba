package org.councilpapers.extractors.record;

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
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.Frameworks;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * What an inspection report or letter says about the inspection as a whole, read from its
 * opening: the authority, the inspectorate, the framework and the inspection dates.
 */
public record InspectionFacts(
        @Nullable String authority,
        @Nullable String inspectorate,
        @Nullable String framework,
        @Nullable PartialDate start,
        @Nullable PartialDate end) {

    private static final int OPENING_BLOCKS = 40;
    private static final int TITLE_BLOCKS = 6;
    private static final int TITLE_LINE = 150;
    private static final Pattern DATES_LINE = Pattern.compile("(?i)(?:inspection|visit)\\s+dates?\\s*:?\\s*(.+)");

    public static final InspectionFacts NONE = new InspectionFacts(null, null, null, null, null);

    /** The facts of an inspection report or letter; {@link #NONE} for other kinds of paper. */
    public static InspectionFacts of(LayoutDocument doc, DocumentKind kind) {
        if (kind != DocumentKind.INSPECTION_REPORT && kind != DocumentKind.INSPECTION_LETTER) {
            return NONE;
        }
        List<Block> opening = doc.body().stream().filter(b -> b.kind() != BlockKind.TABLE).limit(OPENING_BLOCKS).toList();
        StringBuilder all = new StringBuilder();
        for (Block b : opening) {
            all.append(b.text()).append('\n');
        }
        // The judgement table is part of what names the framework (ILACS's "impact of leaders" row).
        doc.body().stream().filter(b -> b.kind() == BlockKind.TABLE).limit(2).forEach(b -> all.append(b.text()).append('\n'));
        String text = all.toString();
        String inspectorate = text.toLowerCase(Locale.ROOT).contains("ofsted") || text.contains("Her Majesty's Inspector")
                || text.contains("His Majesty's Inspector") || text.contains("HMI") ? "Ofsted" : null;
        String authority = null;
        for (Block b : opening) {
            Optional<String> a = Authorities.find(b.text());
            if (a.isPresent()) {
                authority = a.get();
                break;
            }
        }
        PartialDate[] range = dates(opening);
        // The title names the framework; the body may mention others ("since the last monitoring visit"), so it comes second.
        StringBuilder title = new StringBuilder();
        for (Block b : doc.body()) {
            if (b.kind() == BlockKind.TABLE || b.text().length() > TITLE_LINE || title.length() > TITLE_LINE * TITLE_BLOCKS) {
                break; // the title area ends where the judgement table or the prose begins
            }
            title.append(b.text()).append('\n');
        }
        String framework = Frameworks.identify(title.toString()).or(() -> Frameworks.identify(text)).orElse(null);
        if (inspectorate == null && framework != null) {
            inspectorate = "Ofsted"; // every framework we recognise is Ofsted's
        }
        return new InspectionFacts(authority, inspectorate, framework, range[0], range[1]);
    }

    /** The year the inspection belongs to: its last day's year. */
    public @Nullable Integer year() {
        return end != null ? Integer.valueOf(end.year()) : start != null ? Integer.valueOf(start.year()) : null;
    }

    /** "Ofsted ILACS 2019": how a finding names the inspection it came from. */
    public @Nullable String sourceLabel() {
        if (inspectorate == null && framework == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (Object part : new Object[] {inspectorate, framework == null ? null : Frameworks.label(framework), year()}) {
            if (part != null) {
                s.append(s.length() == 0 ? "" : " ").append(part);
            }
        }
        return s.toString();
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
        return new PartialDate[] {null, null};
    }
}
