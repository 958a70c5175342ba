package org.councilpapers.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RagTable;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.WorkProgrammeEntry;
import org.jspecify.annotations.Nullable;

/**
 * A readable listing for people at a terminal: a heading per paper, then one line per record with
 * the facts that identify it and the page it came from. Not a format for programs (use JSON,
 * JSON lines or CSV); the wording may change. Every line goes through {@link Printable}: a file name or a
 * paper's text holding a newline or a terminal escape cannot add a line or drive the terminal.
 */
public final class TextWriter {
    private static final int TEXT_WIDTH = 110;

    private final Writer out;

    /**
     * A writer of the listing to {@code out}, which it never closes.
     *
     * @param out where to write
     * @throws NullPointerException if {@code out} is null
     */
    public TextWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes the paper's heading and one line per record, then a blank line.
     *
     * @param x one paper's extraction
     * @return how many records were listed
     * @throws IOException if writing fails
     */
    public int write(Extraction x) throws IOException {
        DocumentInfo d = x.document();
        out.write(Printable.text(d.source() + "  (" + join(" · ", d.kind().name(), d.council(), str(d.date()), d.pages() + " pages")
                + ")") + "\n");
        if (d.title() != null) {
            out.write("  " + Printable.text(clip(d.title(), TEXT_WIDTH)) + "\n");
        }
        for (PaperRecord r : x.records()) {
            String page = r.provenance().printedPage() != null ? "p." + r.provenance().printedPage() : "page " + r.provenance().page();
            out.write(Printable.text(String.format(java.util.Locale.ROOT, "  %-18s %s  [%s]", r.type().jsonName(), line(r), page)) + System.lineSeparator());
        }
        if (x.records().isEmpty()) {
            out.write("  (no records)\n");
        }
        out.write("\n");
        return x.records().size();
    }

    /**
     * One line for a record: what a reader needs to recognise it. Not escaped: pass it through
     * {@link Printable#text(Object)} before printing.
     *
     * @param r the record
     * @return the line, without its type, page or line break
     */
    public static String line(PaperRecord r) {
        if (r instanceof Judgement j) {
            return join(" · ", j.authority(), join(" ", j.inspectorate(), j.framework(), str(j.year())),
                    j.group() == null ? j.area() : j.group() + " › " + j.area()) + ": " + j.grade() + " (\"" + j.gradeText() + "\", "
                    + j.basis().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (r instanceof Finding f) {
            return join(" · ", f.kind().name(), f.source(), clip(f.text(), TEXT_WIDTH));
        }
        if (r instanceof Recommendation rec) {
            return join(" · ", rec.itemNumber() == null ? null : "item " + rec.itemNumber(), rec.origin().name().toLowerCase(java.util.Locale.ROOT),
                    join(" ", rec.number(), clip(rec.text(), TEXT_WIDTH)));
        }
        if (r instanceof Report rep) {
            return join(" · ", rep.itemNumber() == null ? null : "item " + rep.itemNumber(), str(rep.meetingDate()), rep.title(),
                    rep.reportOf() == null ? null : "report of " + rep.reportOf());
        }
        if (r instanceof Meeting m) {
            return join(" · ", str(m.date()), m.time(), m.committee(), m.venue(),
                    m.members().isEmpty() ? null : m.members().size() + " members", m.present().isEmpty() ? null : m.present().size() + " present");
        }
        if (r instanceof AgendaItem a) {
            String pages = a.pages() == null ? null : "pages " + a.pages().from() + (Objects.equals(a.pages().from(), a.pages().to()) ? "" : "-" + a.pages().to());
            return join(" · ", a.number(), a.title(), pages);
        }
        if (r instanceof Resolution res) {
            return join(" · ", res.itemNumber() == null ? null : "item " + res.itemNumber(), res.outcome().name(),
                    join(" ", res.number(), clip(res.text(), TEXT_WIDTH)));
        }
        if (r instanceof Action a) {
            return join(" · ", a.reference(), a.status() == null ? null : a.status().name(), a.due() == null ? null : "due " + a.due(),
                    a.owner(), clip(a.text(), TEXT_WIDTH));
        }
        if (r instanceof RagTable t) {
            return join(" · ", t.title(), t.rows().size() + " rows", t.periods().isEmpty() ? null : String.join(", ", t.periods()));
        }
        if (r instanceof WorkProgrammeEntry w) {
            return join(" · ", w.meetingDate() != null ? str(w.meetingDate()) : w.meetingDateText(), w.topic(), w.leadOfficer());
        }
        if (r instanceof Question q) {
            String answeredBy = q.answeredBy().isEmpty() ? null
                    : "answered by " + String.join(", ", q.answeredBy().stream().map(Person::name).toList());
            return join(" · ", q.itemNumber() == null ? null : "item " + q.itemNumber(), q.askedBy() == null ? "unnamed asker" : q.askedBy().name(), clip(q.text(), TEXT_WIDTH), answeredBy);
        }
        throw new IllegalArgumentException("no text line for " + r.type());
    }

    private static @Nullable String str(@Nullable Object o) {
        return o == null ? null : o.toString();
    }

    private static String join(String sep, @Nullable String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(sep, kept);
    }

    private static String clip(String s, int width) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
