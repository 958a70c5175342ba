package org.councilpapers.extractors.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.jspecify.annotations.Nullable;

/**
 * Enriches records with Stanford CoreNLP: tokenize, ssplit, pos, lemma and ner (with SUTime for
 * dates). SUTime is most of the cost, so it runs as its own annotator after the others, and only
 * on texts that may state a date. The pipeline takes seconds and about 200 MB of heap to load, so
 * it is built once, on first use, and shared: {@link StanfordCoreNLP#annotate} is safe to call
 * from many threads at once.
 */
final class CoreNlpEnricher implements Enricher {
    /** Texts shorter than this are one or two sentences; their boundaries would tell a reader nothing. */
    static final int SENTENCES_FROM_LENGTH = 300;

    private volatile @Nullable Pipelines pipelines;

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

    /** The mentions, read with SUTime ({@code withDates}) or without. */
    Mentions mentions(RecordTexts texts, boolean withDates) {
        String text = texts.joined();
        CoreDocument doc = new CoreDocument(text);
        Pipelines p = pipelines();
        p.names().annotate(doc);
        Set<String> people = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<PartialDate> dates = new LinkedHashSet<>();
        for (CoreEntityMention em : doc.entityMentions()) {
            String name = em.text().strip().replaceAll("\\s+", " ");
            switch (em.entityType()) {
                case "PERSON" -> people.add(name);
                case "ORGANIZATION" -> organisations.add(name);
                case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> places.add(name);
                default -> { }
            }
        }
        if (withDates) {
            p.dates().annotate(doc.annotation());
            List<CoreMap> expressions = doc.annotation().get(TimeAnnotations.TimexAnnotations.class);
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
            for (CoreSentence s : doc.sentences()) {
                int start = s.charOffsets().first();
                int end = s.charOffsets().second();
                if (end <= texts.main().length()) {
                    sentences.add(new Mentions.Span(start, end));
                }
            }
        }
        return new Mentions(List.copyOf(people), List.copyOf(organisations), List.copyOf(places), List.copyOf(dates),
                sentences.size() > 1 ? sentences : List.of());
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
     * Whether SUTime could find a date here that {@link #date} keeps: one with a year, which needs a
     * digit, since nothing gives SUTime a reference date to resolve "last March" against. SUTime is
     * most of the pipeline's time, and most records' texts (findings, recommendations) have no digit.
     */
    static boolean mayStateADate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * NER without its numeric classifiers, and SUTime on its own. Numeric classifiers label only
     * tokens the CRF left unlabelled (or MISC, which the 3-class model never gives:
     * NERClassifierCombiner.recognizeNumberSequences), so people, organisations and places are the
     * same without them; dates come from SUTime's time expressions, as they did through NER.
     */
    private record Pipelines(StanfordCoreNLP names, TimeAnnotator dates) {}

    private Pipelines pipelines() {
        Pipelines p = pipelines;
        if (p == null) {
            synchronized (this) {
                p = pipelines;
                if (p == null) {
                    p = build();
                    pipelines = p;
                }
            }
        }
        return p;
    }

    private static Pipelines build() {
        // CoreNLP logs each model it loads through Redwood; a library should not write to its caller's stderr.
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // One CRF model (person, organisation, location) instead of three, and no fine-grained
        // regex pass: most of NER's cost, and records need only these classes.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("tokenize.language", "en");
        // SUTime's holiday rules and JollyDay binder cost more than the rest of NER together (measured
        // 118 → ~40 ms for a 60-token text); minutes and plans date things by day and month, not by Easter.
        Properties time = new Properties();
        time.setProperty("sutime.binders", "0");
        time.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,edu/stanford/nlp/models/sutime/english.sutime.txt");
        return new Pipelines(new StanfordCoreNLP(props), new TimeAnnotator("sutime", time));
    }
}
