package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The inspectorates whose inspections council papers report, each one entry holding everything the extractors know of
 * it: the name records carry, its full names and its abbreviations as printed, the inspections whose name says it
 * inspected, the frameworks it inspects under, the words that date its inspection in a sentence, and whether papers
 * quote its lists of recommendations and areas for improvement. The mention finder, the judgement reader's prose, the
 * finding and recommendation lead-ins and the plans' source labels all read this one list: adding an inspectorate, or a
 * name of one, is one entry here.
 */
public enum Inspectorate {
    /**
     * Ofsted, whose inspectors sign as HMI (His, before 2022 Her, Majesty's Inspector); the joint area review (2005-2009)
     * was led by it, and every framework of {@link Framework} is its own.
     */
    OFSTED("Ofsted", List.of("Ofsted"), List.of(), List.of("HMI", "Her Majesty's Inspector", "His Majesty's Inspector"), List.of("joint area review"), List.of(Framework.values()),
            List.of("inspected", "inspection"), true),
    /** His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMIC before 2017): police forces, fire and rescue services. */
    HMICFRS("HMICFRS", List.of("Inspectorate of Constabulary"), List.of("HMICFRS", "HMIC"), List.of(), List.of(), List.of(),
            List.of("inspected", "inspection"), true),
    /** The Care Quality Commission: adult social care and health, and the local authority assessments of adult social care. */
    CQC("CQC", List.of("Care Quality Commission"), List.of("CQC"), List.of(), List.of(), List.of(),
            List.of("assessed", "assessment", "inspection"), true),
    /** His Majesty's Inspectorate of Probation: youth justice services. */
    HMI_PROBATION("HMIP", List.of(), List.of("HMIP"), List.of(), List.of(), List.of(), List.of("inspected", "inspection"), true),
    /** Care Inspectorate Wales: social services of Welsh councils. */
    CARE_INSPECTORATE_WALES("Care Inspectorate Wales", List.of("Care Inspectorate Wales"), List.of("CIW"), List.of(), List.of(), List.of(),
            List.of("inspected", "inspection"), false),
    /** The Care Inspectorate: social work and care services in Scotland. */
    CARE_INSPECTORATE("Care Inspectorate", List.of("Care Inspectorate"), List.of(), List.of(), List.of(), List.of(),
            List.of("inspected", "inspection"), false),
    /** Education Scotland: education functions of Scottish councils. */
    EDUCATION_SCOTLAND("Education Scotland", List.of("Education Scotland"), List.of(), List.of(), List.of(), List.of(),
            List.of("inspected", "inspection"), false),
    /** Estyn: education services of Welsh councils. */
    ESTYN("Estyn", List.of("Estyn"), List.of(), List.of(), List.of(), List.of(), List.of("inspected", "inspection"), false);

    // Every full name and abbreviation of the inspectorates that grade in prose, longest first, so that "Care Inspectorate
    // Wales" is not read as "Care Inspectorate".
    private static final List<Printed> PROSE_NAMES = proseNames();
    // The regular-expression alternation of every name, abbreviation and inspector's title of the inspectorates whose lists
    // papers quote, lower case, longest first: built once.
    private static final String LISTING_ALTERNATION = buildListingAlternation();

    private final String label;
    private final List<String> names;
    private final List<String> abbreviations;
    private final List<String> inspectors;
    private final List<String> inspections;
    private final List<Framework> frameworks;
    private final List<String> datingWords;
    private final boolean listsQuoted;

    Inspectorate(String label, List<String> names, List<String> abbreviations, List<String> inspectors, List<String> inspections,
            List<Framework> frameworks, List<String> datingWords, boolean listsQuoted) {
        this.label = label;
        this.names = names;
        this.abbreviations = abbreviations;
        this.inspectors = inspectors;
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.datingWords = datingWords;
        this.listsQuoted = listsQuoted;
    }

    /**
     * How records name it ({@code finding.source}, {@code judgement.inspectorate}): "Ofsted", "HMICFRS", "CQC".
     *
     * @return its name in records
     */
    public String label() {
        return label;
    }

    /**
     * Its full names as printed, matched whatever their case: "Care Quality Commission", "Inspectorate of Constabulary".
     *
     * @return its full names
     */
    public List<String> names() {
        return names;
    }

    /**
     * Its abbreviations as printed, in capitals and matched only as a word of their own: "CQC", "HMICFRS", "HMIC".
     *
     * @return its abbreviations
     */
    public List<String> abbreviations() {
        return abbreviations;
    }

    /**
     * How its inspectors sign, a word of their own that says the inspectorate without naming it: Ofsted's "HMI".
     *
     * @return its inspectors' title
     */
    public List<String> inspectors() {
        return inspectors;
    }

    /**
     * Inspections whose name says it inspected, lower case: "joint area review" (Ofsted's).
     *
     * @return the inspections' names
     */
    public List<String> inspections() {
        return inspections;
    }

    /**
     * The frameworks it inspects councils under; empty where none of {@link Framework} is its own.
     *
     * @return its frameworks
     */
    public List<Framework> frameworks() {
        return frameworks;
    }

    /**
     * The words, lower case, that find the sentence dating its inspection, most telling first: its abbreviations and names,
     * then its verbs ("HMICFRS inspected the service in …", "the CQC assessed …").
     *
     * @return the words, lower case, most telling first
     */
    public List<String> datingKeys() {
        List<String> keys = new ArrayList<>();
        for (String a : abbreviations) {
            keys.add(a.toLowerCase(Locale.ROOT));
        }
        for (String n : names) {
            keys.add(n.toLowerCase(Locale.ROOT));
        }
        keys.addAll(datingWords);
        return List.copyOf(keys);
    }

    /**
     * Whether council papers quote its lists of recommendations and areas for improvement (under its name, or labelled with
     * it in a plan): the finding and recommendation lead-ins and the plans' source labels read its names.
     *
     * @return true where its lists are quoted
     */
    public boolean listsQuoted() {
        return listsQuoted;
    }

    /**
     * Whether lower-case text names it by a full name or an abbreviation, as a plain substring (a cheap look over a passage).
     *
     * @param lower text, lower case
     * @return true where the text names it
     */
    public boolean namedIn(String lower) {
        for (String n : names) {
            if (lower.contains(n.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String a : abbreviations) {
            if (lower.contains(a.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first inspectorate, in this order, that lower-case text names (by {@link #namedIn}), leaving out those with
     * frameworks of their own (a caller knows those from the framework).
     *
     * @param lower text, lower case
     * @return the inspectorate, empty where the text names none
     */
    public static Optional<Inspectorate> frameworklessNamedIn(String lower) {
        for (Inspectorate i : values()) {
            if (i.frameworks.isEmpty() && i.namedIn(lower)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The regular-expression alternation, without a group, of the lower-case names, abbreviations and inspectors' titles of
     * every inspectorate whose lists papers quote, longest first: "ofsted|hmicfrs|…|cqc|hmi". Callers compile it once into
     * their own patterns, case-insensitively.
     *
     * @return the alternation
     */
    public static String listingAlternation() {
        return LISTING_ALTERNATION;
    }

    private static String buildListingAlternation() {
        List<String> words = new ArrayList<>();
        for (Inspectorate i : values()) {
            if (!i.listsQuoted) {
                continue;
            }
            for (List<String> forms : List.of(i.names, i.abbreviations, i.inspectors)) {
                for (String f : forms) {
                    // One-word names only: a label or a lead-in names a body in one word ("Ofsted", "CQC", "HMIP").
                    if (f.indexOf(' ') < 0) {
                        words.add(f.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return String.join("|", words);
    }

    /**
     * The inspectorate other than Ofsted that a sentence names first, by its {@link #label()} whichever of its names the
     * sentence prints ("Estyn", "Care Inspectorate", "CQC" for "the Care Quality Commission", "HMICFRS" for "HMIC" or "HM
     * Inspectorate of Constabulary"); or "Ofsted" where the sentence first names an inspection whose name says Ofsted
     * inspected ("the joint area review of March 2007, which judged safeguarding to be inadequate"). Ofsted's own name is
     * not looked for: its prose grades are read elsewhere.
     *
     * @param sentence a sentence of a paper
     * @return the inspectorate's name, empty where the sentence names none of them
     */
    public static Optional<String> named(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int best = -1;
        String found = null;
        for (Printed p : PROSE_NAMES) {
            int at = p.letters() ? wordAt(sentence, p.text()) : lower.indexOf(p.text().toLowerCase(Locale.ROOT));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = p.inspectorate().label;
            }
        }
        for (Inspectorate i : values()) {
            for (String inspection : i.inspections) {
                int at = lower.indexOf(inspection);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    found = i.label;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The inspectorate a record names, by its label.
     *
     * @param label a label as records carry it, or null
     * @return the inspectorate, empty for null or an unknown label
     */
    public static Optional<Inspectorate> labelled(@Nullable String label) {
        return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst();
    }

    // A name as printed, whether it is letters in capitals (matched only as a word of their own), and whose it is.
    private record Printed(String text, boolean letters, Inspectorate inspectorate) {}

    private static List<Printed> proseNames() {
        List<Printed> all = new ArrayList<>();
        for (Inspectorate i : values()) {
            if (!i.frameworks.isEmpty()) {
                continue; // Ofsted's prose is read with its frameworks
            }
            for (String n : i.names) {
                all.add(new Printed(n, false, i));
            }
            for (String a : i.abbreviations) {
                all.add(new Printed(a, true, i));
            }
        }
        all.sort(Comparator.comparingInt((Printed p) -> p.text().length()).reversed());
        return List.copyOf(all);
    }

    // Letters in capitals as a word of their own: "CQC" in "the CQC rated", "HMIC" never inside "HMICFRS".
    private static int wordAt(String s, String word) {
        int at = s.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1))) && (end >= s.length() || !Character.isLetter(s.charAt(end)))) {
                return at;
            }
            at = s.indexOf(word, at + 1);
        }
        return -1;
    }
}
