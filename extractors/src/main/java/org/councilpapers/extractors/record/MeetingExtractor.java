package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.vocab.Authorities;
import org.jspecify.annotations.Nullable;

/**
 * One meeting record for each meeting a paper describes: the meeting its agenda front sheet calls
 * (committee, date, time, venue, members with their roles, substitutes, publication date, contact
 * officer), and each meeting whose minutes it holds (date, time, venue, who was present, who sent
 * apologies, who attended with their titles).
 */
public final class MeetingExtractor implements RecordExtractor {
    private static final int SHORT_LINE = 80;
    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>();
        List<Block> front = new ArrayList<>();
        for (Part p : ctx.parts(PartKind.FRONT_SHEET)) {
            front.addAll(p.blocks());
        }
        if (!front.isEmpty()) {
            FrontSheet f = FrontSheet.read(front, AgendaReader.read(front));
            if (f != null) {
                String c = council(front, ctx);
                Provenance p = ctx.provenance(f.first().block().page(), f.first().start(), Math.max(f.first().end(), f.last().end()), f.first());
                out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(f.date()), String.valueOf(f.committee())), c,
                        f.committee(), f.date(), f.time(), f.venue(), f.members(), f.substitutes(), List.of(), List.of(), List.of(),
                        f.published(), f.contactOfficer(), p));
            }
        }
        List<Part> minutes = ctx.parts(PartKind.MINUTES).stream().filter(p -> !p.blocks().isEmpty()).toList();
        // A pack's minutes were cut where a heading and an attendance list start them; a paper of minutes is one part,
        // which holds a meeting only if it says who was there.
        boolean fallback = ctx.document().kind() != DocumentKind.AGENDA_PACK;
        for (Part part : minutes) {
            MinutesParser.Minutes m = ctx.minutes(part);
            if (fallback && m.present().isEmpty() && m.inAttendance().isEmpty()) {
                continue;
            }
            Block first = part.blocks().get(m.headingBlock());
            Block last = part.blocks().get(Math.max(m.headingBlock(), Math.min(part.blocks().size(), m.preambleEnd()) - 1));
            String c = council(part.blocks().subList(0, m.headingBlock() + 1), ctx);
            Provenance p = ctx.provenance(first.page(), first.start(), Math.max(first.end(), last.end()), first);
            out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(m.date()), String.valueOf(m.committee())), c,
                    m.committee(), m.date(), m.time(), m.venue(), List.of(), m.substitutes(), m.present(), m.apologies(),
                    m.inAttendance(), null, null, p));
        }
        return out;
    }

    // The council named on the part itself ("BARSETSHIRE COUNTY COUNCIL" over the minutes) before the paper's as a whole.
    // Authorities reads a name in capitals and gives only places, so "the rising of Full Council" names none.
    private static @Nullable String council(List<Block> blocks, ExtractContext ctx) {
        for (Block b : blocks) {
            for (TextLine line : TextLine.of(b)) {
                String t = line.text();
                if (t.length() > SHORT_LINE) {
                    continue;
                }
                Optional<String> a = Authorities.find(t);
                if (a.isPresent()) {
                    return a.get();
                }
            }
        }
        return ctx.document().council();
    }
}
