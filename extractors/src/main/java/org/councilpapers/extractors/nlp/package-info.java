/**
 * NLP enrichment of records: the {@link org.councilpapers.extractors.nlp.Enricher} seam, and
 * {@code CoreNlpEnricher}, the only code that imports Stanford CoreNLP (GPL v3+, optional).
 */
@NullMarked
package org.councilpapers.extractors.nlp;

import org.jspecify.annotations.NullMarked;
