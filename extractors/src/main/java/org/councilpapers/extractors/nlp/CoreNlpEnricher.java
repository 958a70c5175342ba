package org.councilpapers.extractors.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.internal.Lazy;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.jspecify.annotations.Nullable;

/**
 * Enriches records with Stanford CoreNLP: tokenize, ssplit, pos, lemma and ner (with SUTime for
 * dates). Each annotator reads only the sentences whose output it can change: NER those that may
 * name someone, pos, lemma and SUTime (which reads their tags) those that state a year. The
 * pipelines take seconds and about 200 MB of heap to load, so they are built once, on first use,
 * and shared: {@link StanfordCoreNLP#annotate} is safe to call from many threads at once.
 */
final class CoreNlpEnricher implements Enricher {
    /** Texts shorter than this are one or two sentences; their boundaries would tell a reader nothing. */
    static final int SENTENCES_FROM_LENGTH = 300;

    private final Lazy<Pipelines> pipelines = new Lazy<>(this::load);

    CoreNlpEnricher() {}

    @Override
    public PaperRecord enrich(PaperRecord record) {
        RecordTexts texts = RecordTexts.of(record);
        if (texts == null || texts.main().isBlank()) {
            return record;
        }
        Mentions m = mentions(texts);
        return m.isEmpty() ? record : record.withMentions(m);
    }

    /**
     * Each distinct text is read once, and texts are read in parallel on the shared pipeline; see
     * {@link DistinctTexts}.
     */
    @Override
    public List<PaperRecord> enrich(List<PaperRecord> records) {
        return DistinctTexts.enrich(records, texts -> {
            pipelines(); // load once before the threads start, not in each
            return texts.parallelStream().map(this::mentions).toList();
        });
    }

    Mentions mentions(RecordTexts texts) {
        return mentions(texts, mayStateADate(texts.joined()));
    }

    /**
     * The mentions, read with SUTime ({@code withDates}) or without. The text is split into
     * sentences first; NER then reads only the sentences that may name someone, and the tagger,
     * lemmatiser and SUTime only those that may state a date ({@link #mayNameSomething},
     * {@link #mayStateADate}): most sentences of officers' prose are neither, and these annotators
     * cost per token.
     */
    Mentions mentions(RecordTexts texts, boolean withDates) {
        String text = texts.joined();
        Pipelines p = pipelines();
        Annotation doc = new Annotation(text);
        p.split().annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> named = new ArrayList<>();
        List<CoreMap> dated = new ArrayList<>();
        for (CoreMap s : all) {
            if (mayNameSomething(s.get(CoreAnnotations.TokensAnnotation.class))) {
                named.add(s);
            }
            if (withDates && mayStateADate(s.get(CoreAnnotations.TextAnnotation.class))) {
                dated.add(s);
            }
        }
        Set<String> people = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<PartialDate> dates = new LinkedHashSet<>();
        if (!named.isEmpty()) {
            Annotation some = part(doc, named);
            p.names().annotate(some);
            List<CoreMap> found = some.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap em : found == null ? List.<CoreMap>of() : found) {
                String name = em.get(CoreAnnotations.TextAnnotation.class).strip().replaceAll("\\s+", " ");
                String type = em.get(CoreAnnotations.EntityTypeAnnotation.class);
                switch (type == null ? "" : type) {
                    case "PERSON" -> {
                        // The CRF tags "She" in "She said…" as a person now and then: a pronoun is not a name.
                        if (!PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
                            people.add(name);
                        }
                    }
                    case "ORGANIZATION" -> organisations.add(name);
                    case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> places.add(name);
                    default -> { }
                }
            }
        }
        if (!dated.isEmpty()) {
            Annotation some = part(doc, dated);
            // SUTime's rules read part-of-speech tags and lemmas; NER's model reads neither.
            p.tags().annotate(some);
            p.dates().annotate(some);
            List<CoreMap> expressions = some.get(TimeAnnotations.TimexAnnotations.class);
            for (CoreMap expression : expressions == null ? List.<CoreMap>of() : expressions) {
                Timex t = expression.get(TimeAnnotations.TimexAnnotation.class);
                PartialDate d = t != null && "DATE".equals(t.timexType()) ? date(t.value()) : null;
                if (d != null) {
                    dates.add(d);
                }
            }
        }
        List<Mentions.Span> sentences = new ArrayList<>();
        if (texts.main().length() >= SENTENCES_FROM_LENGTH) {
            for (CoreMap s : all) {
                int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (end <= texts.main().length()) {
                    sentences.add(new Mentions.Span(start, end));
                }
            }
        }
        return new Mentions(List.copyOf(people), List.copyOf(organisations), List.copyOf(places), List.copyOf(dates),
                sentences.size() > 1 ? sentences : List.of());
    }

    /**
     * The document with only some of its sentences, for an annotator to read those alone. Tokens
     * stay the document's, so the offsets and token indexes annotators set still point into it.
     */
    private static Annotation part(Annotation doc, List<CoreMap> sentences) {
        Annotation some = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        some.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
        some.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return some;
    }

    private static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they",
            "them", "who");

    /**
     * Words that start a sentence with a capital only because they start it: a sentence whose one
     * capitalised word is one of these ("The service has improved since the last inspection.") has
     * no name in it for NER to find, since the model is cased and tags capitalised words. Kept to
     * function words; a capitalised content word ("Thurrock has…", "Leaders have…") is read.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "they", "their", "them", "we",
            "our", "us", "you", "your", "he", "she", "his", "her", "who", "what", "which", "when", "where", "why", "how",
            "in", "on", "at", "for", "from", "to", "with", "without", "within", "by", "of", "as", "about", "after", "before",
            "during", "since", "until", "over", "under", "through", "between", "into", "and", "but", "or", "nor", "so", "if",
            "while", "although", "though", "because", "however", "also", "all", "some", "most", "many", "much", "more",
            "few", "each", "every", "both", "any", "no", "not", "none", "other", "such", "once", "further", "overall",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "will",
            "would", "should", "may", "might", "must");

    /**
     * Whether a sentence may name a person, organisation or place: whether any word but a
     * {@link #SENTENCE_OPENERS sentence opener} has a capital letter.
     */
    static boolean mayNameSomething(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (hasUpperCase(w) && !(i == 0 && SENTENCE_OPENERS.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SUTime's normalised value where it is a calendar date the text states in full ("2021-07-13",
     * "2021-07", "2021"); relative and partial forms ("XXXX-07", "PRESENT_REF", "2021-SU") say less
     * than a date, so they are left out rather than guessed.
     */
    static @Nullable PartialDate date(@Nullable String normalised) {
        if (normalised == null || !normalised.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        try {
            return PartialDate.parse(normalised);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether SUTime could find a date here that {@link #date} keeps: one with a year, since nothing
     * gives SUTime a reference date to resolve "last March" or "12 March" against. A year is four
     * digits ("2021", "2020-21", "12.03.2021") or the last two of a numeric date ("12/03/21"); a text
     * whose numbers are counts ("280 care leavers", "section 17") has none. SUTime costs per token,
     * and most sentences state no year.
     */
    static boolean mayStateADate(String text) {
        return YEAR.matcher(text).find();
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}(?!\\d)");

    /**
     * NER without its numeric classifiers, and SUTime on its own. Numeric classifiers label only
     * tokens the CRF left unlabelled (or MISC, which the 3-class model never gives:
     * NERClassifierCombiner.recognizeNumberSequences), so people, organisations and places are the
     * same without them; dates come from SUTime's time expressions, as they did through NER.
     */
    private record Pipelines(StanfordCoreNLP split, StanfordCoreNLP tags, StanfordCoreNLP names, TimeAnnotator dates) {}

    /**
     * The heap, in MB, CoreNLP's models need to load and read a paper beside the rest of the run, measured with the
     * CLI on the Thurrock 2019 inspection report (text): at -Xmx256m the NER model's load fails, at -Xmx384m the paper is enriched.
     */
    static final int NEEDS_MB = 400;

    /** Set once the models could not load for want of memory: every later paper is told at once, not after seconds. */
    private volatile @Nullable String outOfMemory;

    private Pipelines pipelines() {
        return pipelines.get();
    }

    /** Loads the models; called once by the holder, or again after a load that failed. */
    private Pipelines load() {
        String known = outOfMemory;
        if (known != null) {
            throw new IllegalStateException(known);
        }
        try {
            return build();
        } catch (OutOfMemoryError e) {
            // The half-loaded models are garbage now; the heap is the caller's again.
            String message = tooLittleMemory(Runtime.getRuntime().maxMemory());
            outOfMemory = message;
            throw new IllegalStateException(message, e);
        }
    }

    static String tooLittleMemory(long maxHeap) {
        return "NLP (CoreNLP) ran out of memory loading its models: it needs a heap of about " + NEEDS_MB
                + " MB and this run has " + (maxHeap >> 20) + " MB; give it more with JAVA_TOOL_OPTIONS=-Xmx1g (or java -Xmx1g)";
    }

    private static Pipelines build() {
        // CoreNLP logs each model it loads through Redwood; a library should not write to its caller's stderr.
        RedwoodConfiguration.current().clear().apply();
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // Both run on sentences already split (see mentions): the tokenizer's requirement is met by the split pipeline.
        Properties tags = new Properties();
        tags.setProperty("annotators", "pos,lemma");
        tags.setProperty("enforceRequirements", "false");
        // The 3-class CRF uses no part-of-speech features: on the 303 distinct record texts of the
        // samples, its mentions were the same with and without the tagger, in half the time.
        Properties props = new Properties();
        props.setProperty("annotators", "ner");
        props.setProperty("enforceRequirements", "false");
        // One CRF model (person, organisation, location) instead of three, and no fine-grained
        // regex pass: most of NER's cost, and records need only these classes.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        // SUTime's holiday rules and JollyDay binder cost more than the rest of NER together (measured
        // 118 → ~40 ms for a 60-token text); minutes and plans date things by day and month, not by Easter.
        Properties time = new Properties();
        time.setProperty("sutime.binders", "0");
        time.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,edu/stanford/nlp/models/sutime/english.sutime.txt");
        return new Pipelines(new StanfordCoreNLP(split), new StanfordCoreNLP(tags), new StanfordCoreNLP(props),
                new TimeAnnotator("sutime", time));
    }
}
