package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.segment.Segmenter;
import org.councilpapers.extractors.vocab.Authorities;
import org.jspecify.annotations.Nullable;

/**
 * One meeting record for each meeting a paper describes: the meeting its agenda front sheet calls
 * (committee, date, time, venue, members with their roles, substitutes, publication date, contact
 * officer), and each meeting whose minutes it holds (date, time, venue, who was present, who sent
 * apologies, who attended with their titles).
 */
public final class MeetingExtractor implements RecordExtractor {
    private final Segmenter segmenter = new Segmenter();

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>();
        List<Part> parts = segmenter.segment(doc);
        List<Block> front = new ArrayList<>();
        for (Part p : parts) {
            if (p.kind() == PartKind.FRONT_SHEET) {
                front.addAll(p.blocks());
            }
        }
        String council = ctx.document().council();
        if (!front.isEmpty()) {
            FrontSheet f = FrontSheet.read(front, AgendaReader.read(front));
            if (f != null) {
                String c = council != null ? council : councilIn(front);
                Provenance p = ctx.provenance(f.first().block().page(), f.first().start(), Math.max(f.first().end(), f.last().end()), f.first());
                out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(f.date()), String.valueOf(f.committee())), c,
                        f.committee(), f.date(), f.time(), f.venue(), f.members(), f.substitutes(), List.of(), List.of(), List.of(),
                        f.published(), f.contactOfficer(), p));
            }
        }
        for (Part part : parts) {
            if (part.kind() != PartKind.MINUTES || part.blocks().isEmpty()) {
                continue;
            }
            MinutesParser.Minutes m = MinutesParser.parse(part.blocks());
            Block first = part.blocks().get(m.headingBlock());
            Block last = part.blocks().get(Math.max(m.headingBlock(), Math.min(part.blocks().size(), m.preambleEnd()) - 1));
            String c = council != null ? council : councilIn(part.blocks().subList(0, m.headingBlock() + 1));
            Provenance p = ctx.provenance(first.page(), first.start(), Math.max(first.end(), last.end()), first);
            out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(m.date()), String.valueOf(m.committee())), c,
                    m.committee(), m.date(), m.time(), m.venue(), List.of(), m.substitutes(), m.present(), m.apologies(),
                    m.inAttendance(), null, null, p));
        }
        return out;
    }

    private static @Nullable String councilIn(List<Block> blocks) {
        for (Block b : blocks) {
            Optional<String> a = Authorities.find(b.text());
            if (a.isPresent()) {
                return a.get();
            }
        }
        return null;
    }
}
