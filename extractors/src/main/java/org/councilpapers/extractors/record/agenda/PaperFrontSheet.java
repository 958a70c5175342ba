package org.councilpapers.extractors.record.agenda;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.minutes.PaperMinutes;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;

/**
 * The agenda family's reading of one paper: the blocks of its front sheets (those that are not the record of a meeting,
 * which minutes or a record of decisions printed as a front sheet are) and the agenda read from them. The meeting and
 * agenda item extractors both start from it, so it is read once, in the paper's {@link ExtractContext#shared shared state}.
 *
 * @param blocks  the front sheets' blocks, in order; empty when the paper has none
 * @param entries the agenda lines read from them
 */
record PaperFrontSheet(List<Block> blocks, List<AgendaReader.Entry> entries) {
    PaperFrontSheet {
        blocks = List.copyOf(blocks);
        entries = List.copyOf(entries);
    }

    /** The paper's front-sheet reading, made the first time an extractor asks. */
    static PaperFrontSheet of(ExtractContext ctx) {
        return ctx.shared(PaperFrontSheet.class, () -> {
            List<Block> front = new ArrayList<>();
            for (Part p : ctx.parts(PartKind.FRONT_SHEET)) {
                if (!PaperMinutes.recordsMeeting(ctx, p)) {
                    front.addAll(p.blocks());
                }
            }
            return new PaperFrontSheet(front, AgendaReader.read(front));
        });
    }
}
