package org.councilpapers.extractors.record.agenda;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.minutes.MinutesParser;
import org.councilpapers.extractors.record.minutes.PaperMinutes;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.segment.Part;

/**
 * The items of the agenda on a front sheet: number and title as printed, and the printed pages
 * of their papers where the agenda lists them; and the items of each meeting the paper records (minutes, a record of
 * decisions): each minute's or decision's heading as printed, with no pages, numbered by the agenda's item number where the
 * minute prints one beside its own ("86. Minutes" over "(Item 3)" is item 3), else by its own number. Numbered headings in
 * reports and appendices are sections, not agenda items.
 */
public final class AgendaItemExtractor implements RecordExtractor {
    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>();
        PaperFrontSheet sheets = PaperFrontSheet.of(ctx);
        List<Block> front = sheets.blocks();
        List<AgendaReader.Entry> entries = sheets.entries();
        // A supplementary pack's covering sheet lists the late items it brings, whatever the paper was taken for; its letter's own
        // date is not the meeting's.
        CoveringLetter letter = CoveringLetter.of(ctx);
        if (letter != null && front.isEmpty()) {
            front = letter.blocks();
            entries = letter.entries();
        }
        if (!entries.isEmpty()) {
            FrontSheet sheet = letter != null && letter.named() ? null : FrontSheet.read(front, entries);
            PartialDate date = sheet != null && sheet.date() != null ? sheet.date()
                    : letter != null && letter.date() != null ? letter.date() : ctx.document().date();
            for (AgendaReader.Entry e : entries) {
                Provenance p = provenance(e, ctx);
                PageRange pages = e.from() == null ? null : new PageRange(e.from(), e.to());
                out.add(new AgendaItem(ctx.id(RecordType.AGENDA_ITEM, p, e.number(), e.title()), date, e.number(), e.title(), pages, p, Mentions.NONE));
            }
        }
        // Minutes and records of decisions give their meeting's items too: each minute's number and heading as printed.
        for (Part part : ctx.parts()) {
            if (!PaperMinutes.recordsMeeting(ctx, part)) {
                continue;
            }
            MinutesParser.Minutes m = PaperMinutes.minutes(ctx, part);
            PartialDate date = m.date() != null || ctx.document().kind() == DocumentKind.AGENDA_PACK ? m.date() : ctx.document().date();
            for (MinutesParser.Minute minute : m.minutes()) {
                if (minute.number() == null) {
                    continue;
                }
                String n = minute.agendaItem() != null ? minute.agendaItem() : minute.number();
                if (listed(out, n, date)) {
                    continue; // minutes printed under the agenda they follow: the front sheet gave this item of this meeting
                }
                Block b = part.blocks().get(minute.from());
                Provenance p = ctx.provenance(b.page(), b.start(), b.end(), b);
                // "86. Minutes of the last meeting" over "(Item 3)": the agenda's number, so the minutes' items join the agenda's.
                String number = minute.agendaItem() != null ? minute.agendaItem() : minute.number();
                out.add(new AgendaItem(ctx.id(RecordType.AGENDA_ITEM, p, number, minute.title()), date, number, minute.title(), null, p, Mentions.NONE));
            }
        }
        return out;
    }

    // Whether an item of this number and meeting date is already given (by the front sheet of the same meeting).
    private static boolean listed(List<PaperRecord> items, String number, PartialDate date) {
        for (PaperRecord r : items) {
            if (r instanceof AgendaItem a && number.equals(a.number()) && date != null && date.equals(a.meetingDate())) {
                return true;
            }
        }
        return false;
    }

    // A table row's span where the item came from a table, else the block's.
    private static Provenance provenance(AgendaReader.Entry e, ExtractContext ctx) {
        Block b = e.block();
        if (e.row() >= 0 && b.table() != null) {
            List<Cell> cells = b.table().row(e.row());
            if (!cells.isEmpty()) {
                int start = cells.get(0).start();
                int end = cells.get(cells.size() - 1).end();
                if (start >= b.start() && end >= start && end <= b.end()) {
                    return ctx.provenance(b.page(), start, end, b);
                }
            }
        }
        return ctx.provenance(b.page(), b.start(), b.end(), b);
    }
}
