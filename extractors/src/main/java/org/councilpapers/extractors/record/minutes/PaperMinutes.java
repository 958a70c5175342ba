package org.councilpapers.extractors.record.minutes;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.Block;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.segment.Part;

/**
 * The minutes family's reading of one paper: each part read as minutes, parsed once however many extractors ask (the
 * meeting, agenda item, resolution and question extractors all want a set of minutes' heading, attendance and minute
 * list), and whether a part is the record of a meeting at all. Kept in the paper's {@link ExtractContext#shared shared
 * state}, so the context itself knows nothing of minutes.
 */
public final class PaperMinutes {
    // Keyed by the part itself rather than by equality: the parts come from the context's one list, and hashing a part
    // would hash every block in it.
    private final Map<Part, MinutesParser.Minutes> parsed = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Function<List<Block>, MinutesParser.Minutes> parser;

    /** Nothing parsed yet. */
    public PaperMinutes() {
        this(MinutesParser::parse);
    }

    /**
     * With another parser, so a test can count the parses.
     *
     * @param parser what parses a part's blocks into minutes
     */
    public PaperMinutes(Function<List<Block>, MinutesParser.Minutes> parser) {
        this.parser = parser;
    }

    /**
     * A part of this paper read as minutes, parsed the first time any extractor asks.
     *
     * @param ctx the paper's context, whose shared state keeps the parses
     * @param part a part of the paper
     * @return the part's minutes, parsed once per paper
     */
    public static MinutesParser.Minutes minutes(ExtractContext ctx, Part part) {
        return ctx.shared(PaperMinutes.class, PaperMinutes::new).parse(part);
    }

    /**
     * Whether a part is the record of a meeting (minutes, a record of decisions), by its own evidence: a title that says so,
     * or a list of who was present or attended ({@link MinutesParser.Minutes#recordsMeeting}). A pack's minutes are taken as
     * found, since the segmenter cut them where such a heading and list start them; a part that reads as an agenda front
     * sheet is one only when its opening titles it a record of decisions, or titles it minutes and lists who was present.
     * The paper's kind plays no part: a set of minutes classified as a report or an agenda is still minutes.
     *
     * @param ctx the paper's context
     * @param part a part of the paper
     * @return true where the part records a meeting
     */
    public static boolean recordsMeeting(ExtractContext ctx, Part part) {
        if (!part.kind().carriesRecords() || part.blocks().isEmpty()) {
            return false;
        }
        MinutesParser.Minutes m = minutes(ctx, part);
        return switch (part.kind()) {
            case MINUTES -> segmented(ctx) || m.recordsMeeting();
            // An agenda lists "Minutes" and "Apologies" as items; only a record of decisions, or minutes that say who was
            // present, is a record of a meeting there.
            case FRONT_SHEET -> m.title() == MinutesParser.Title.DECISIONS || m.title() == MinutesParser.Title.MINUTES && m.attested();
            default -> m.recordsMeeting();
        };
    }

    // Whether the parts were cut out of the paper by their content (an agenda pack), rather than the paper taken as one part.
    private static boolean segmented(ExtractContext ctx) {
        return ctx.parts().size() > 1 || ctx.document().kind() == DocumentKind.AGENDA_PACK;
    }

    private MinutesParser.Minutes parse(Part part) {
        return parsed.computeIfAbsent(part, p -> parser.apply(p.blocks()));
    }
}
