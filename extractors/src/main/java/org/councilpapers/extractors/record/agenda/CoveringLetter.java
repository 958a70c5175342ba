package org.councilpapers.extractors.record.agenda;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.record.minutes.PaperMinutes;
import org.councilpapers.extractors.segment.AgendaReader;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * The covering sheet or letter of papers sent after an agenda (a supplementary pack, a late report's covering letter), whether the
 * paper was cut into a front sheet or not: the late items it lists ("Agenda Item No 9 … (Pages 1 - 4)") and the meeting
 * they are for. A letter dates itself ("Date: 27 January 2025" beside "Ask for:") days before the meeting, so the meeting is read from
 * the line or sentence that names it: a heading "CABINET - THURSDAY, 30 JANUARY 2025", or "… for consideration at Thursday, 30 January
 * 2025 meeting of the Cabinet", "… for the meeting of the Planning Committee on 12 March 2024"; a sheet titled as a supplementary
 * agenda over the committee and the date is read as a front sheet is.
 *
 * @param blocks    the sheet's opening blocks
 * @param entries   the items it lists; empty when it lists none, and then it is no covering sheet
 * @param committee the meeting's body as printed, null where not named
 * @param date      the meeting's date, null where not named
 * @param time      the meeting's time as printed, null where not named
 * @param venue     where the meeting is held, null where the sheet does not say (a letter's sentence names no place)
 * @param line      where the meeting is named, null where nothing names it
 * @param named     whether a letter ("Dear Member") names the meeting in a heading or a sentence: then its date is the meeting's, not
 *                  the one a front sheet's reading would take from the letterhead
 */
public record CoveringLetter(List<Block> blocks, List<AgendaReader.Entry> entries, @Nullable String committee, @Nullable PartialDate date,
        @Nullable String time, @Nullable String venue, @Nullable TextLine line, boolean named) {
    // A supplement's covering sheet: its title, the meeting, a sentence or two and its list, before the papers it brings.
    private static final int OPENING = 25;
    private static final String DAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4}";
    /** "CABINET - THURSDAY, 30 JANUARY 2025", "Planning Committee – Tuesday 12th March, 2024, 7.00 pm". */
    private static final Pattern MEETING_LINE = Pattern.compile("(?i)^(.{3,100}?)\\s*(?:[–—-]|,)\\s*(" + DAY + ")(.*)$");
    /** "meeting of the Cabinet", "the Licensing Sub-Committee meeting": the body a letter's sentence names. */
    private static final Pattern MEETING_OF = Pattern.compile("(?i)\\bmeeting of (?:the )?(.{3,80}?)(?=\\s+(?:to be held|which|that|will|held|on|at|"
            + "in|is|are|scheduled)\\b|\\s*[,.;:(]|$)");
    private static final Pattern BODY_MEETING = Pattern.compile("(?i)\\b(?:for|at|to) (?:the )?(?:next )?((?:\\p{Lu}[\\p{L}'&-]*\\s+){0,5}"
            + "(?:Committee|Sub-Committee|Cabinet|Board|Panel|Council|Forum|Executive|Commission))(?: meeting|'s meeting)\\b");
    private static final Pattern ON_DAY = Pattern.compile("(?i)\\b(?:on|held)\\s+(" + DAY + ")");
    private static final Pattern SALUTATION = Pattern.compile("(?i)^dear\\b");

    /**
     * A covering sheet as read; the lists are copied, so the record stays immutable.
     *
     * @param blocks    the sheet's opening blocks
     * @param entries   the items it lists
     * @param committee the meeting's body as printed, or null
     * @param date      the meeting's date, or null
     * @param time      the meeting's time as printed, or null
     * @param venue     where the meeting is held, or null
     * @param line      where the meeting is named, or null
     * @param named     whether a letter names the meeting in a heading or a sentence
     */
    public CoveringLetter {
        blocks = List.copyOf(blocks);
        entries = List.copyOf(entries);
    }

    /**
     * The paper's covering sheet, read the first time an extractor asks: its front sheet where it has one, else its opening; null where
     * that lists no late item.
     */
    static @Nullable CoveringLetter of(ExtractContext ctx) {
        return ctx.shared(CoveringLetter.Found.class, () -> new Found(read(ctx))).letter();
    }

    /**
     * The covering sheet or letter of a paper of late papers, for the extractors of the papers it brings: a report the pack
     * brings is written for the meeting the sheet names, where its own cover does not say.
     *
     * @param ctx the paper's context
     * @return the paper's covering sheet, or null where its opening lists no late item
     */
    public static @Nullable CoveringLetter forPaper(ExtractContext ctx) {
        return of(ctx);
    }

    // Kept in the shared state even when there is none, so a paper without one is not read again.
    private record Found(@Nullable CoveringLetter letter) {}

    private static @Nullable CoveringLetter read(ExtractContext ctx) {
        List<Block> front = PaperFrontSheet.of(ctx).blocks();
        if (!front.isEmpty()) {
            return read(front); // a front sheet that is a supplement's covering sheet
        }
        if (ctx.parts().isEmpty() || !ctx.parts().get(0).kind().carriesRecords() || PaperMinutes.recordsMeeting(ctx, ctx.parts().get(0))) {
            return null;
        }
        List<Block> opening = ctx.parts().get(0).blocks();
        return read(opening.subList(0, Math.min(opening.size(), OPENING)));
    }

    /** A covering sheet's items and meeting; null where it lists no late item. */
    static @Nullable CoveringLetter read(List<Block> opening) {
        List<AgendaReader.Entry> entries = AgendaReader.readSupplement(opening);
        if (entries.isEmpty()) {
            return null;
        }
        Block firstItem = entries.get(0).block();
        boolean letter = false;
        for (Block b : opening) {
            if (b == firstItem) {
                break;
            }
            letter |= b.table() == null && SALUTATION.matcher(TextLine.squash(b.text())).lookingAt();
        }
        // The heading that names the meeting comes first; a sentence of the letter's only where no heading does.
        TextLine sentence = null;
        for (Block b : opening) {
            if (b == firstItem) {
                break;
            }
            if (b.table() != null) {
                continue; // the letterhead: who to ask, and the letter's own date
            }
            for (TextLine line : TextLine.of(b)) {
                String t = TextLine.squash(line.text());
                Matcher m = MEETING_LINE.matcher(t);
                if (m.matches() && MeetingFacts.isCommitteeLine(m.group(1).strip())) {
                    String rest = m.group(3);
                    return new CoveringLetter(opening, entries, m.group(1).strip(), UkDates.find(m.group(2)).orElse(null),
                            MeetingFacts.time(rest), null, line, letter);
                }
                if (sentence == null && UkDates.find(t).filter(PartialDate::isFullDate).isPresent()
                        && (MEETING_OF.matcher(t).find() || BODY_MEETING.matcher(t).find())) {
                    sentence = line;
                }
            }
        }
        if (sentence != null) {
            String t = TextLine.squash(sentence.text());
            Matcher of = MEETING_OF.matcher(t);
            Matcher body = BODY_MEETING.matcher(t);
            String committee = of.find() ? of.group(1) : body.find() ? body.group(1) : null;
            return new CoveringLetter(opening, entries, committee == null ? null : committee.strip(), meetingDate(t), MeetingFacts.time(t),
                    null, sentence, letter);
        }
        if (!letter) {
            // "Supplementary Agenda" over the committee and the date and time: a front sheet's lines.
            FrontSheet sheet = FrontSheet.read(opening, entries);
            if (sheet != null) {
                // The sheet's place too: a pack not cut into a front sheet is read here, and its venue is the meeting's.
                return new CoveringLetter(opening, entries, sheet.committee(), sheet.date(), sheet.time(), sheet.venue(), sheet.first(), false);
            }
        }
        return new CoveringLetter(opening, entries, null, null, null, null, null, false);
    }

    // The date the sentence gives the meeting: after "on" or "held", else the first full date it prints.
    private static @Nullable PartialDate meetingDate(String sentence) {
        Matcher on = ON_DAY.matcher(sentence);
        if (on.find()) {
            return UkDates.find(on.group(1)).orElse(null);
        }
        return UkDates.find(sentence).filter(PartialDate::isFullDate).orElse(null);
    }

    /** Whether the sheet names its meeting. */
    boolean namesMeeting() {
        return line != null && (committee != null || date != null);
    }
}
