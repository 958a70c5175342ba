package org.councilpapers.core.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.internal.Lists;
import org.jspecify.annotations.Nullable;

/**
 * What a record's text mentions, as the NLP enricher found it: people, organisations, places and
 * normalised dates, each once in order of first mention, and, for long texts, where its sentences
 * are. {@link #NONE} when enrichment did not run, so records without NLP keep their JSON unchanged.
 *
 * @param people the people named, as written
 * @param organisations the organisations named, as written
 * @param places the places named, as written
 * @param dates the dates mentioned, normalised to the precision written
 * @param sentences where the text's sentences are; empty for short texts
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"people", "organisations", "places", "dates", "sentences"})
public record Mentions(
        List<String> people,
        List<String> organisations,
        List<String> places,
        List<PartialDate> dates,
        List<Span> sentences) {
    /** Nothing found: what every record holds when enrichment did not run. */
    public static final Mentions NONE = new Mentions(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * Copies the lists (a null one is taken as empty).
     *
     * @param people the people named, as written
     * @param organisations the organisations named, as written
     * @param places the places named, as written
     * @param dates the dates mentioned, normalised to the precision written
     * @param sentences where the text's sentences are; empty for short texts
     */
    public Mentions {
        people = Lists.copy(people);
        organisations = Lists.copy(organisations);
        places = Lists.copy(places);
        dates = Lists.copy(dates);
        sentences = Lists.copy(sentences);
    }

    /**
     * Whether nothing was found, as in {@link #NONE}.
     *
     * @return true if every list is empty
     */
    @JsonIgnore
    public boolean isEmpty() {
        return people.isEmpty() && organisations.isEmpty() && places.isEmpty() && dates.isEmpty() && sentences.isEmpty();
    }

    /**
     * Offsets of a sentence into the text of the record that holds it, end exclusive.
     *
     * @param start the offset of the sentence's first character
     * @param end the offset just past its last character, not before {@code start}
     */
    public record Span(int start, int end) {
        /**
         * Checks the span.
         *
         * @param start the offset of the sentence's first character
         * @param end the offset just past its last character, not before {@code start}
         * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before {@code start}
         */
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /**
     * Jackson's value filter for a record's {@code mentions} component: leaves it out of the JSON
     * when nothing was found, so output without NLP is what it was before the field existed.
     */
    public static final class OmitEmpty {
        /** Jackson creates the filter; code has no reason to. */
        public OmitEmpty() {}

        /**
         * Tells Jackson whether to leave the value out.
         *
         * @param value the component's value
         * @return true (omit) for null and for mentions with nothing found
         */
        @Override
        public boolean equals(@Nullable Object value) {
            return value == null || value instanceof Mentions m && m.isEmpty();
        }

        /** Constant, consistent with {@link #equals(Object)}; Jackson never hashes a filter. */
        @Override
        public int hashCode() {
            return 0;
        }
    }
}
