package org.councilpapers.extractors.nlp;

import java.lang.reflect.InvocationTargetException;

/**
 * Makes enrichers without naming CoreNLP types, so a class path without CoreNLP never has to
 * resolve them: the CoreNLP enricher is found by name only when it is asked for.
 */
public final class Enrichers {
    static final String CORENLP_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLP";
    private static final String MODELS_RESOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private Enrichers() {}

    /**
     * The CoreNLP enricher; its pipeline is built on first use.
     *
     * @return a new enricher, thread-safe
     * @throws IllegalStateException when CoreNLP or its English models are not on the class path
     */
    public static Enricher coreNlp() {
        ClassLoader loader = Enrichers.class.getClassLoader();
        try {
            Class.forName(CORENLP_CLASS, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("NLP was asked for, but Stanford CoreNLP is not on the class path. It is GPL v3+ and "
                    + "optional: add edu.stanford.nlp:stanford-corenlp and its 'models' classifier jar (version 4.5.10), "
                    + "or build without nlp(true).", e);
        }
        if (loader.getResource(MODELS_RESOURCE) == null) {
            throw new IllegalStateException("NLP was asked for, but the CoreNLP English models are not on the class path: add "
                    + "edu.stanford.nlp:stanford-corenlp:4.5.10 with classifier 'models'.");
        }
        try {
            return (Enricher) Class.forName("org.councilpapers.extractors.nlp.CoreNlpEnricher", true, loader)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            throw new IllegalStateException("cannot start the CoreNLP enricher: " + cause, cause);
        }
    }
}
