package org.councilpapers.extractors.record;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilpapers.core.layout.Block;
import org.councilpapers.extractors.segment.Part;

/**
 * What the extractors read out of one paper's parts and share, so that a part several extractors
 * need is read once: a set of minutes is parsed once although the meeting, resolution and
 * question extractors each want its heading, attendance and minute list. One per paper, made with
 * its {@link ExtractContext}.
 *
 * <p>Safe to share between threads: the map is synchronised, and a part is parsed under its lock,
 * so extractors run in parallel on one paper would still parse each part once (and wait for one
 * another only while a part is first parsed).
 */
public final class ParsedParts {
    // Keyed by the part itself rather than by equality: the parts come from the context's one list, and hashing a part
    // would hash every block in it.
    private final Map<Part, MinutesParser.Minutes> minutes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Function<List<Block>, MinutesParser.Minutes> parser;

    /** An empty memo, for one paper. */
    public ParsedParts() {
        this(MinutesParser::parse);
    }

    /** With another parser, so a test can count the parses. */
    ParsedParts(Function<List<Block>, MinutesParser.Minutes> parser) {
        this.parser = parser;
    }

    /** The part read as minutes, parsed the first time it is asked for. */
    MinutesParser.Minutes minutes(Part part) {
        return minutes.computeIfAbsent(part, p -> parser.apply(p.blocks()));
    }
}
