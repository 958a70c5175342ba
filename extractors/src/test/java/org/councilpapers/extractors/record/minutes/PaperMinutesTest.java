package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.PaperState;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.segment.Segmenter;
import org.junit.jupiter.api.Test;

class PaperMinutesTest {
    private static final LayoutDocument MINUTES = document(
            para("Minutes of the Meeting of the Barset Scrutiny Committee held on 4 March 2022 at 7.00 pm"),
            para("Present: Councillors Ann Reed (Chair) and Bob Lake (Vice-Chair)"),
            para("In attendance:"),
            para("Tom Hale, Head of Fostering"),
            heading(2, "6. Fostering Update"),
            para("The Chair asked why fewer carers had been approved. Tom Hale explained that two panels were cancelled."),
            para("RESOLVED: That the Committee noted the update."));

    private static ExtractContext context(LayoutDocument doc, PaperState state) {
        DocumentInfo info = new DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain", DocumentKind.MINUTES, null, "Barset",
                null, doc.pageCount());
        List<Part> parts = new Segmenter().forDocument(doc, info.kind());
        return new ExtractContext(info, doc, new Warnings(), new LinkedHashMap<>(), parts, state);
    }

    @Test
    void minutesReadByThreeExtractorsAreParsedOnce() {
        AtomicInteger parses = new AtomicInteger();
        ExtractContext ctx = context(MINUTES, new PaperState().with(PaperMinutes.class, new PaperMinutes(blocks -> {
            parses.incrementAndGet();
            return MinutesParser.parse(blocks);
        })));
        List<PaperRecord> out = new ArrayList<>();
        for (RecordExtractor e : List.of(new MeetingExtractor(), new ResolutionExtractor(), new QuestionExtractor())) {
            out.addAll(e.extract(MINUTES, ctx));
        }
        assertEquals(1, parses.get(), "one minutes part, parsed once for the meeting, the resolutions and the questions");
        // Each extractor read the parse: the meeting's attendance, the resolution's date, the asker resolved by the roster.
        Meeting meeting = only(out, Meeting.class);
        assertEquals(List.of(new Person("Tom Hale", "Head of Fostering")), meeting.inAttendance());
        assertEquals("2022-03-04", only(out, Resolution.class).meetingDate().toString());
        assertEquals(new Person("Ann Reed", "Chair"), only(out, Question.class).askedBy());
    }

    @Test
    void samePartGivesTheSameParseAndAnotherPartItsOwn() {
        ExtractContext ctx = context(MINUTES, new PaperState());
        Part part = ctx.parts(PartKind.MINUTES).get(0);
        Part other = new Part(PartKind.MINUTES, null, null, 0, 1, part.blocks().subList(0, 1));
        MinutesParser.Minutes first = PaperMinutes.minutes(ctx, part);
        assertSame(first, PaperMinutes.minutes(ctx, part));
        assertNotSame(first, PaperMinutes.minutes(ctx, other));
        assertEquals(1, first.minutes().size());
        assertEquals(0, PaperMinutes.minutes(ctx, other).minutes().size());
    }

    @Test
    void eachContextBuiltWithoutAMemoGetsItsOwn() {
        DocumentInfo info = new DocumentInfo("0123456789abcdef", "fixture.txt", "text/plain", DocumentKind.MINUTES, null, null, null,
                MINUTES.pageCount());
        ExtractContext a = new ExtractContext(info, MINUTES, new Warnings());
        ExtractContext b = new ExtractContext(info, MINUTES, new Warnings());
        Part part = a.parts(PartKind.MINUTES).get(0);
        assertNotSame(a.state(), b.state(), "a memo belongs to one paper's extraction");
        assertNotSame(PaperMinutes.minutes(a, part), PaperMinutes.minutes(b, part), "each parses the part for itself");
        assertEquals(PaperMinutes.minutes(a, part), PaperMinutes.minutes(b, part), "and both read the part alike");
    }

    private static <T extends PaperRecord> T only(List<PaperRecord> records, Class<T> type) {
        List<T> found = records.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }
}
