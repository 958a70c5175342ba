package org.councilpapers.extractors.record.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.record.minutes.MinutesParser;
import org.councilpapers.extractors.record.minutes.PaperMinutes;
import org.councilpapers.extractors.record.report.ProposedDecisions;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.vocab.Authorities;
import org.jspecify.annotations.Nullable;

/**
 * One meeting record for each meeting a paper describes: the meeting its agenda front sheet calls
 * (committee, date, time, venue, members with their roles, substitutes, publication date, contact
 * officer), and each meeting whose minutes it holds (date, time, venue, who was present, who sent
 * apologies, who attended with their titles), found by its own evidence in any part of any paper (see
 * {@link PaperMinutes#recordsMeeting}); and, for a committee report that calls and records no meeting, the meeting its cover
 * names.
 */
public final class MeetingExtractor implements RecordExtractor {
    private static final int SHORT_LINE = 80;
    // The summary of a record's web page stands under its banner, menu and breadcrumb, within its first blocks.
    private static final int PUBLISHED_BLOCKS = 30;
    /** "Published: 6 November 2025", "Date published – …", "Publication date: …": when the record was put out. */
    private static final Pattern PUBLISHED = Pattern.compile("(?i)^(?:published(?: on)?|date (?:of )?publi(?:shed|cation)|publication date)\\s*(?::|[–—-]\\s)\\s*(.{6,40})$");
    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext ctx) {
        List<PaperRecord> out = new ArrayList<>();
        PaperFrontSheet sheets = PaperFrontSheet.of(ctx);
        List<Block> front = sheets.blocks();
        CoveringLetter letter = CoveringLetter.of(ctx);
        if (letter != null && (letter.named() || front.isEmpty()) && letter.namesMeeting()) {
            // The meeting late papers are sent for: the body and the date the covering letter names (not the letter's own date), and
            // its time where it gives one.
            TextLine line = letter.line();
            Provenance p = ctx.provenance(line.block().page(), line.start(), line.end(), line);
            out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(letter.date()), String.valueOf(letter.committee())),
                    council(letter.blocks(), ctx), letter.committee(), letter.date(), letter.time(), letter.venue(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, null, p, Mentions.NONE));
        } else if (!front.isEmpty()) {
            FrontSheet f = FrontSheet.read(front, sheets.entries());
            if (f != null && !recordedToo(f, ctx)) {
                String committee = f.committee();
                MeetingFacts.PlacedBody placed = committee == null ? null : MeetingFacts.placedBody(committee);
                String c = council(front, placed, ctx);
                committee = placed != null ? placed.body() : committee; // as the minutes' "STAINMOOR SCHOOLS FORUM"
                Provenance p = ctx.provenance(f.first().block().page(), f.first().start(), Math.max(f.first().end(), f.last().end()), f.first());
                out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(f.date()), String.valueOf(f.committee())), c,
                        committee, f.date(), f.time(), f.venue(), f.members(), f.substitutes(), List.of(), List.of(), List.of(),
                        f.published(), f.contactOfficer(), p, Mentions.NONE));
            }
        }
        // Every part is asked whether it records a meeting: minutes and records of decisions say so whatever the paper was taken for.
        for (Part part : ctx.parts()) {
            if (!PaperMinutes.recordsMeeting(ctx, part)) {
                continue;
            }
            MinutesParser.Minutes m = PaperMinutes.minutes(ctx, part);
            if (MinutesParser.takenByOnePerson(m, part.blocks())) {
                continue; // a cabinet member's or an officer's decision is taken outside any meeting
            }
            Block first = part.blocks().get(m.headingBlock());
            Block last = part.blocks().get(Math.max(m.headingBlock(), Math.min(part.blocks().size(), m.preambleEnd()) - 1));
            String committee = m.committee();
            MeetingFacts.PlacedBody placed = committee == null ? null : MeetingFacts.placedBody(committee);
            String c = council(part.blocks().subList(0, m.headingBlock() + 1), placed, ctx);
            // "STAINMOOR SCHOOLS FORUM": the council's forum, called by its name alone.
            committee = placed != null ? placed.body() : committee;
            PartialDate date = m.date() != null || ctx.document().kind() == DocumentKind.AGENDA_PACK ? m.date() : ctx.document().date();
            Provenance p = ctx.provenance(first.page(), first.start(), Math.max(first.end(), last.end()), first);
            out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(date), String.valueOf(m.committee())), c,
                    committee, date, m.time(), m.venue(), List.of(), m.substitutes(), m.present(), m.apologies(),
                    m.inAttendance(), published(part.blocks(), Math.min(part.blocks().size(), m.preambleEnd())), null, p, Mentions.NONE));
        }
        if (out.isEmpty()) {
            List<Meeting> forReports = reportMeetings(doc, ctx);
            if (!forReports.isEmpty()) {
                out.addAll(forReports);
            } else {
                Meeting forProposal = proposalMeeting(ctx);
                if (forProposal != null) {
                    out.add(forProposal);
                }
            }
        }
        return out;
    }

    /**
     * Whether a paper that is no pack records the meeting its front sheet calls (minutes printed under their agenda): the
     * minutes' meeting is that one, with who attended, and is given once.
     */
    private static boolean recordedToo(FrontSheet f, ExtractContext ctx) {
        if (ctx.document().kind() == DocumentKind.AGENDA_PACK || f.date() == null) {
            return false;
        }
        for (Part part : ctx.parts()) {
            if (PaperMinutes.recordsMeeting(ctx, part)) {
                PartialDate d = PaperMinutes.minutes(ctx, part).date();
                if (d == null || f.date().equals(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The meetings the committee reports of a paper are written for, where the paper calls and records no meeting of its own: each
     * cover's committee and date, once per meeting however many reports go to it, and nothing else (who sits, where and when in
     * the day are not on a cover, and are not guessed). A cover that prints the meeting's date but no committee ("Meeting date: 21
     * January 2021" over the title) still names a meeting a user can find by its date: its committee is null. A cover with a
     * committee but no date names none.
     */
    private static List<Meeting> reportMeetings(LayoutDocument doc, ExtractContext ctx) {
        List<Meeting> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ReportExtractor.Cover cover : new ReportExtractor().covers(doc.body(), ctx)) {
            Report r = cover.report();
            if (r.meetingDate() == null) {
                continue;
            }
            String key = r.meetingDate() + "|" + (r.committee() == null ? "" : r.committee().toLowerCase(java.util.Locale.ROOT));
            // A second cover for the same date that names no committee is the same meeting as one that does.
            if (!seen.add(key) || r.committee() == null && seen.stream().anyMatch(k -> k.startsWith(r.meetingDate() + "|") && !k.equals(key))) {
                continue;
            }
            Provenance p = r.provenance();
            out.add(new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(r.meetingDate()), String.valueOf(r.committee())),
                    ctx.document().council(), r.committee(), r.meetingDate(), null, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, null, p, Mentions.NONE));
        }
        return out;
    }

    /**
     * The meeting a proposed decision says takes it ("A report will be presented to Cabinet on 30 January 2025"): its body and
     * date, and nothing else; a proposal that names no date, or a person who takes the decision, gives none.
     */
    private static @Nullable Meeting proposalMeeting(ExtractContext ctx) {
        for (Part part : ctx.parts()) {
            ProposedDecisions.Proposal proposal = part.kind().carriesRecords() ? ProposedDecisions.read(part.blocks()) : null;
            if (proposal == null || proposal.meeting() == null) {
                continue;
            }
            ProposedDecisions.MeetingFor m = proposal.meeting();
            Provenance p = ctx.provenance(m.line().block().page(), m.line().start(), m.line().end(), m.line());
            return new Meeting(ctx.id(RecordType.MEETING, p, String.valueOf(m.date()), m.committee()), ctx.document().council(),
                    m.committee(), m.date(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, p, Mentions.NONE);
        }
        return null;
    }

    /**
     * The date a record's opening says it was published: a web page's summary table ("Published | 6 November 2025") or a labelled
     * line ("Date published: 6 November 2025"), before the first minute. Null where the opening prints none.
     */
    private static @Nullable PartialDate published(List<Block> blocks, int to) {
        for (int i = 0; i < Math.min(to, PUBLISHED_BLOCKS); i++) {
            Block b = blocks.get(i);
            if (b.table() != null) {
                for (int r = 0; r < b.table().rowCount(); r++) {
                    List<String> row = b.table().rowTexts(r).stream().map(TextLine::squash).filter(c -> !c.isEmpty()).toList();
                    PartialDate d = row.size() == 2 ? publishedValue(row.get(0) + ": " + row.get(1)) : null;
                    if (d != null) {
                        return d;
                    }
                }
                continue;
            }
            for (TextLine line : TextLine.of(b)) {
                PartialDate d = line.text().length() <= SHORT_LINE ? publishedValue(line.text()) : null;
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static @Nullable PartialDate publishedValue(String line) {
        Matcher m = PUBLISHED.matcher(line);
        return m.matches() ? org.councilpapers.extractors.vocab.UkDates.find(m.group(1)).filter(PartialDate::isFullDate).orElse(null) : null;
    }

    // The council named on the part itself ("BARSETSHIRE COUNTY COUNCIL" over the minutes) before the paper's as a whole.
    // Authorities reads a name in capitals and gives only places, so "the rising of Full Council" names none.
    private static @Nullable String council(List<Block> blocks, ExtractContext ctx) {
        return council(blocks, null, ctx);
    }

    // A body named for its area ("Feldham Health and Wellbeing Board") names its council more surely than the paper's other marks,
    // though less than a council printed over it.
    private static @Nullable String council(List<Block> blocks, MeetingFacts.@Nullable PlacedBody placed, ExtractContext ctx) {
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
        return placed != null ? placed.place() : ctx.document().council();
    }
}
