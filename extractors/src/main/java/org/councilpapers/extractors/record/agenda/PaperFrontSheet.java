package org.councilpapers.extractors.record.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.Block;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.minutes.PaperMinutes;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.segment.Segmenter;

/**
 * The agenda family's reading of one paper: the blocks of its front sheets (those that are not the record of a meeting,
 * which minutes or a record of decisions printed as a front sheet are) and the agenda read from them. The meeting and
 * agenda item extractors both start from it, so it is read once, in the paper's {@link ExtractContext#shared shared state}.
 *
 * <p>The evidence, not the paper's kind, says a front sheet is there: a paper taken for a report, minutes or neither, whose
 * opening is an agenda (a report sent with its meeting's front sheet, minutes printed under the agenda they follow), is cut
 * as a pack would be and its front sheet read too.
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
            if (front.isEmpty() && ctx.document().kind() != DocumentKind.AGENDA_PACK && opensWithAgenda(ctx.layout().body())) {
                for (Part p : new Segmenter().segment(ctx.layout())) {
                    if (p.kind() == PartKind.FRONT_SHEET && !PaperMinutes.recordsMeeting(ctx, p)) {
                        front.addAll(p.blocks());
                    }
                }
            }
            return new PaperFrontSheet(front, AgendaReader.read(front));
        });
    }

    // Cheap first: a front sheet says "Agenda" in its opening; only then is the paper cut as a pack is.
    private static boolean opensWithAgenda(List<Block> body) {
        for (int i = 0; i < Math.min(body.size(), OPENING); i++) {
            if (body.get(i).table() == null && namesAgenda(body.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // "Agenda", "Agenda for the meeting": not the "Agenda Item 7" a pack stamps on every report it publishes.
    private static boolean namesAgenda(String lower) {
        for (int at = lower.indexOf("agenda"); at >= 0; at = lower.indexOf("agenda", at + 1)) {
            if (!lower.startsWith(" item", at + "agenda".length())) {
                return true;
            }
        }
        return false;
    }

    // How many blocks a front sheet's opening spans, at most.
    private static final int OPENING = 40;
}
