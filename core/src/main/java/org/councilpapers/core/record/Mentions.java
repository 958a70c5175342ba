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
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"people", "organisations", "places", "dates", "sentences"})
public record Mentions(
        List<String> people,
        List<String> organisations,
        List<String> places,
        List<PartialDate> dates,
        List<Span> sentences) {
    public static final Mentions NONE = new Mentions(List.of(), List.of(), List.of(), List.of(), List.of());

    public Mentions {
        people = Lists.copy(people);
        organisations = Lists.copy(organisations);
        places = Lists.copy(places);
        dates = Lists.copy(dates);
        sentences = Lists.copy(sentences);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return people.isEmpty() && organisations.isEmpty() && places.isEmpty() && dates.isEmpty() && sentences.isEmpty();
    }

    /** Offsets of a sentence into the text of the record that holds it, end exclusive. */
    public record Span(int start, int end) {
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
        @Override
        public boolean equals(@Nullable Object value) {
            return value == null || value instanceof Mentions m && m.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
