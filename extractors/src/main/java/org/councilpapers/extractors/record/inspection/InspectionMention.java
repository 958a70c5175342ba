package org.councilpapers.extractors.record.inspection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.Framework;
import org.councilpapers.extractors.vocab.Inspectorate;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * The inspection a passage of a committee paper is talking about, read from the text before it:
 * which framework it names, the year the nearest mention gives, and the date of the letter or
 * report where one is printed. Committee reports and packs quote inspections; their findings
 * need to say which one.
 *
 * @param date the letter's date (a date standing alone on its line, in a passage holding a letter)
 *             or the date the report "was published on"
 */
record InspectionMention(@Nullable String inspectorate, @Nullable String framework, @Nullable Integer year, @Nullable PartialDate date) {
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(?:published:?|(?:letter|report)\\b[^.;]{0,30}?\\bdated)\\s+(?:on\\s+(?:the\\s+)?)?([^.;]{4,40})");
    // The words dating an inspectorate's inspection, most telling first, per inspectorate: built once from the vocabulary.
    private static final Map<Inspectorate, List<String>> INSPECTORATE_KEYS = inspectorateKeys();
    private static final List<String> OFSTED_KEYS = INSPECTORATE_KEYS.get(Inspectorate.OFSTED);
    // Each opens with a look-ahead at its first letters, so find() passes over most places without \b's costly test.
    private static final Pattern A_YEAR = Pattern.compile("(?=[12])\\b((?:19|20)\\d{2})\\b");
    private static final Pattern EARLIER = Pattern.compile("(?i)(?=[lpe])\\b(?:last|previous|earlier|prior)\\b");
    private static final Pattern ACT_YEAR = Pattern.compile("(?=[ARO])\\b(?:Act|Regulations|Order|Rules)\\s+(?:19|20)\\d{2}\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)(?=l)\\blast\\s+(january|february|march|april|may|june|july|august|september|october|november|december)\\b");

    /** The inspection the blocks {@code from..to-1} (in reading order) lead up to; {@code paperDate} places "last November". */
    static InspectionMention before(List<Block> body, int from, int to, @Nullable PartialDate paperDate) {
        StringBuilder window = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (body.get(i).kind() != BlockKind.TABLE) {
                window.append(body.get(i).text()).append('\n');
            }
        }
        String text = window.toString();
        String lower = Texts.fold(text);
        String framework = Framework.identify(text).map(Framework::id).orElse(null);
        String inspectorate = inspectorate(lower, framework);
        List<String> keys = framework != null ? Framework.of(framework).map(Framework::keywords).orElse(List.of("inspection"))
                : Inspectorate.labelled(inspectorate).map(INSPECTORATE_KEYS::get).orElse(List.of());
        Integer year = keys.isEmpty() ? null : yearNearest(body, from, to, keys, paperDate);
        if (year == null && !keys.isEmpty()) {
            year = yearInSentence(body, from, to, keys); // "In March 2023, Ofsted carried out an ILACS inspection"
        }
        if (year == null && framework != null && "Ofsted".equals(inspectorate)) {
            // The framework named only in a title ("Outcome of the Ofsted Inspection of Local Authority Children's Services (ILACS)"),
            // the inspection dated where the paper says "the Ofsted inspection …, 6 to 17 October 2025": Ofsted's words date it.
            year = yearNearest(body, from, to, OFSTED_KEYS, paperDate);
        }
        return new InspectionMention(inspectorate, framework, year, date(body, from, to, lower));
    }

    /**
     * Who inspected: Ofsted for its frameworks (a joint inspection led by Ofsted too), else His Majesty's Inspectorate of
     * Constabulary and Fire &amp; Rescue Services (fire and rescue services, police forces) or the Care Quality Commission (adult
     * social care, health); null where the text names none.
     */
    static @Nullable String inspectorate(String lower, @Nullable String framework) {
        if (framework != null || Inspectorate.OFSTED.namedIn(lower)) {
            return Inspectorate.OFSTED.label();
        }
        return Inspectorate.frameworklessNamedIn(lower).map(Inspectorate::label).orElse(null);
    }

    private static Map<Inspectorate, List<String>> inspectorateKeys() {
        Map<Inspectorate, List<String>> keys = new EnumMap<>(Inspectorate.class);
        for (Inspectorate i : Inspectorate.values()) {
            keys.put(i, i.datingKeys());
        }
        return Collections.unmodifiableMap(keys);
    }

    /** "Ofsted ILACS 2019", as a finding's source; null when no inspection is named. */
    @Nullable String sourceLabel() {
        if (inspectorate == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(inspectorate);
        if (framework != null) {
            s.append(' ').append(Framework.of(framework).map(Framework::label).orElse(framework));
        }
        if (year != null) {
            s.append(' ').append(year);
        }
        return s.toString();
    }

    // The nearest sentence (reading backwards) that names the framework and gives a date after the name. Where the keys are an
    // inspectorate's, the most telling key is tried first over every sentence: "HMICFRS inspected the Service between …" dates
    // the inspection, where "The inspection report was published on …", nearer, dates only the report.
    private static @Nullable Integer yearNearest(List<Block> body, int from, int to, List<String> keys, @Nullable PartialDate paperDate) {
        if (INSPECTORATE_KEYS.values().stream().anyMatch(k -> k == keys)) {
            for (String key : keys) {
                Integer year = yearNearest(body, from, to, List.of(key), paperDate);
                if (year != null) {
                    return year;
                }
            }
            return null;
        }
        for (int i = to - 1; i >= from; i--) {
            List<Texts.Span> sentences = Texts.sentences(body.get(i).text());
            for (int k = sentences.size() - 1; k >= 0; k--) {
                // "the Children and Families Act 2014" dates a law, not the inspection; "Improvement Plan 2026-2028" a plan's period
                String sentence = InspectionFacts.YEAR_SPAN.matcher(ACT_YEAR.matcher(sentences.get(k).text()).replaceAll("")).replaceAll("");
                String lower = Texts.fold(sentence);
                for (String key : keys) {
                    int at = lower.indexOf(key);
                    if (at < 0) {
                        continue;
                    }
                    String after = sentence.substring(Math.min(sentence.length(), at + key.length()));
                    // "… inspected the service in the autumn of 2023 and published its report on 30 January 2024": the year
                    // before "published" is the inspection's.
                    int published = Texts.fold(after).indexOf("published");
                    Matcher bare = published > 0 ? A_YEAR.matcher(after.substring(0, published)) : null;
                    if (bare != null && bare.find()) {
                        return Integer.valueOf(bare.group(1));
                    }
                    Optional<PartialDate> d = UkDates.find(after);
                    if (d.isPresent()) {
                        return d.get().year();
                    }
                    Matcher last = LAST_MONTH.matcher(sentence);
                    if (last.find() && paperDate != null && paperDate.month() != null) {
                        int month = UkDates.find("1 " + last.group(1) + " 2000").map(PartialDate::month).orElse(1);
                        return month < paperDate.month() ? paperDate.year() : paperDate.year() - 1;
                    }
                }
            }
        }
        return null;
    }

    // The nearest sentence naming the inspection with a date before the name, where none gives one after it; not a sentence
    // about an earlier inspection.
    private static @Nullable Integer yearInSentence(List<Block> body, int from, int to, List<String> keys) {
        for (int i = to - 1; i >= from; i--) {
            List<Texts.Span> sentences = Texts.sentences(body.get(i).text());
            for (int k = sentences.size() - 1; k >= 0; k--) {
                String sentence = InspectionFacts.YEAR_SPAN.matcher(ACT_YEAR.matcher(sentences.get(k).text()).replaceAll("")).replaceAll("");
                String lower = Texts.fold(sentence);
                if (keys.stream().anyMatch(lower::contains) && !EARLIER.matcher(sentence).find()) {
                    Optional<PartialDate> d = UkDates.find(sentence);
                    if (d.isPresent()) {
                        return d.get().year();
                    }
                }
            }
        }
        return null;
    }

    private static @Nullable PartialDate date(List<Block> body, int from, int to, String lowerWindow) {
        if (lowerWindow.contains("dear ")) {
            for (int i = to - 1; i >= from; i--) {
                Optional<PartialDate> d = UkDates.parse(body.get(i).text());
                if (d.isPresent() && d.get().isFullDate() && body.get(i).text().strip().length() <= 20) {
                    return d.get();
                }
            }
        }
        for (int i = to - 1; i >= from; i--) {
            Matcher m = PUBLISHED.matcher(body.get(i).text());
            while (m.find()) {
                Optional<PartialDate> d = UkDates.find(m.group(1));
                if (d.isPresent() && d.get().isFullDate() && !body.get(i).text().toLowerCase(Locale.ROOT).contains("agenda published")) {
                    return d.get();
                }
            }
        }
        return null;
    }
}
