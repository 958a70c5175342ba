package org.councilpapers.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RagStatus;
import org.junit.jupiter.api.Test;

class TextWriterTest {
    @Test
    void aHeadingPerPaperAndALinePerRecordWithItsPrintedPage() throws Exception {
        Provenance p = new Provenance(2, "17", 0, 5, null);
        Extraction x = new Extraction(new DocumentInfo("d", "pack.pdf", "application/pdf", DocumentKind.AGENDA_PACK, "Agenda",
                "Thurrock", PartialDate.parse("2021-10-12"), 112), List.of(
                new AgendaItem("a", PartialDate.parse("2021-10-12"), "6", "Safeguarding Partnership report", new PageRange(17, 22), p, Mentions.NONE),
                new Action("b", "A1", null, "Realign   leadership\nof the service", "ADES", "July 2019", PartialDate.parse("2019-07"),
                        RagStatus.BLUE, List.of(), null, null, null, null, null, new Provenance(3, null, 6, 9, null), Mentions.NONE)), List.of());
        StringWriter out = new StringWriter();
        assertEquals(2, new TextWriter(out).write(x));
        assertEquals(String.join("\n",
                "pack.pdf  (AGENDA_PACK · Thurrock · 2021-10-12 · 112 pages)",
                "  Agenda",
                "  agendaItem         6 · Safeguarding Partnership report · pages 17-22  [p.17]",
                "  action             A1 · BLUE · due July 2019 · ADES · Realign leadership of the service  [page 3]",
                "", ""), out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aQuestionShowsWhoAskedAndWhoAnswered() {
        Question q = new Question("q", PartialDate.parse("2021-07-13"), "6", "SEND placements", new Person("Lee Watson", "Councillor"),
                "Councillor Watson asked what provision had been provided through Grangewaters.",
                List.of(new Person("Michele Lucas", "Assistant Director"), new Person("Janet Simon", null)), "She said …",
                new Provenance(1, "86", 0, 10, null), Mentions.NONE);
        assertEquals("item 6 · Lee Watson · Councillor Watson asked what provision had been provided through Grangewaters."
                + " · answered by Michele Lucas, Janet Simon", TextWriter.line(q));
    }

    @Test
    void aQuestionNoOneIsNamedToHaveAskedSaysSo() {
        Question q = new Question("q", null, "4", "Public participation", null, "A member of the public asked whether the footpath would reopen.",
                List.of(new Person("Ruth Kemp", "Town Clerk")), "The Town Clerk said it would reopen in May.", new Provenance(1, "1", 0, 10, null),
                Mentions.NONE);
        assertEquals("item 4 · unnamed asker · A member of the public asked whether the footpath would reopen. · answered by Ruth Kemp",
                TextWriter.line(q));
    }
}
