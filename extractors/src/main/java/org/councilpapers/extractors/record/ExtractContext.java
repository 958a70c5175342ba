package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.internal.Hashes;
import org.councilpapers.core.layout.HasBox;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.TextRanges;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.segment.Segmenter;
import org.jspecify.annotations.Nullable;

/**
 * What an extractor may know besides the layout: the document's facts, its parts, and where to put
 * warnings. A typed record rather than a bag (compare Tika's ParseContext), so each extractor sees what is there.
 *
 * @param document the document's facts (its id, source, kind, title, council), as the envelope carries them
 * @param layout   the paper's layout, which every extractor reads
 * @param warnings where extractors report what they could not read; belongs to one extraction
 * @param ragScale collects the document's own RAG key (status to definition) for the envelope; like
 *                 {@code warnings}, it belongs to one extraction and is filled as extractors run
 * @param parts    the paper's parts in order, each with the agenda item it belongs to: an agenda pack's
 *                 front sheet, notes for the public, minutes, reports, appendices and work programme;
 *                 any other paper as one part (see {@link Segmenter#forDocument})
 * @param state    what the record families read out of this paper and share, each under its own type (a set of
 *                 minutes parsed once for the meeting, resolution and question extractors); belongs to this paper,
 *                 like {@code warnings}
 */
public record ExtractContext(DocumentInfo document, LayoutDocument layout, Warnings warnings, Map<RagStatus, String> ragScale,
        List<Part> parts, PaperState state) {
    /**
     * Refuses a missing document, layout, warnings, RAG key or state, and copies the list of parts.
     *
     * @param document the document's facts
     * @param layout the paper's layout
     * @param warnings where extractors report what they could not read
     * @param ragScale the document's own RAG key, filled as extractors run
     * @param parts the paper's parts, in order
     * @param state what the record families read out of this paper and share
     */
    public ExtractContext {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(ragScale, "ragScale");
        Objects.requireNonNull(state, "state");
        parts = List.copyOf(parts);
    }

    /**
     * A context with the parts found elsewhere, and nothing read from them yet.
     *
     * @param document the document's facts
     * @param layout the paper's layout
     * @param warnings where extractors report what they could not read
     * @param ragScale the document's own RAG key, filled as extractors run
     * @param parts the paper's parts, in order, as the segmenter found them
     */
    public ExtractContext(DocumentInfo document, LayoutDocument layout, Warnings warnings, Map<RagStatus, String> ragScale,
            List<Part> parts) {
        this(document, layout, warnings, ragScale, parts, new PaperState());
    }

    /**
     * A context whose parts are found here, once.
     *
     * @param document the document's facts; its kind decides how the paper is cut into parts
     * @param layout the paper's layout
     * @param warnings where extractors report what they could not read
     * @param ragScale the document's own RAG key, filled as extractors run
     */
    public ExtractContext(DocumentInfo document, LayoutDocument layout, Warnings warnings, Map<RagStatus, String> ragScale) {
        this(document, layout, warnings, ragScale, new Segmenter().forDocument(layout, document.kind()));
    }

    /**
     * A context whose parts are found here, with a RAG key of its own: for a caller that runs extractors outside
     * {@code CouncilPapers}, such as a test.
     *
     * @param document the document's facts; its kind decides how the paper is cut into parts
     * @param layout the paper's layout
     * @param warnings where extractors report what they could not read
     */
    public ExtractContext(DocumentInfo document, LayoutDocument layout, Warnings warnings) {
        this(document, layout, warnings, new LinkedHashMap<>());
    }

    /**
     * The parts of the kinds asked for, in order.
     *
     * @param kinds the kinds wanted
     * @return those parts, in reading order
     */
    public List<Part> parts(PartKind... kinds) {
        List<PartKind> wanted = List.of(kinds);
        return parts.stream().filter(p -> wanted.contains(p.kind())).toList();
    }

    /**
     * The reading of one family kept for this paper (see {@link PaperState}), made the first time a family asks.
     *
     * @param <T> the reading's type
     * @param type the reading's type, its key in the paper's state
     * @param make makes the reading, called at most once per paper
     * @return the paper's reading of that type
     */
    public <T> T shared(Class<T> type, Supplier<? extends T> make) {
        return state.get(type, make);
    }

    /**
     * The part a text offset falls in: the last part starting at or before it (an offset in a running
     * footer between two parts belongs to the part before), or null before the first part.
     *
     * @param offset an offset in the layout text
     * @return the part, or null before the first
     */
    public @Nullable Part partAt(int offset) {
        Part found = null;
        for (Part p : parts) {
            if (p.textStart() > offset) {
                break;
            }
            if (p.textStart() >= 0) {
                found = p;
            }
        }
        return found;
    }

    /**
     * Whether a record may come from where it sits: not from a blank page or the notes for the public.
     *
     * @param r a record
     * @return false for a record starting in a blank page or the notes for the public
     */
    public boolean mayCarry(PaperRecord r) {
        Part p = partAt(r.provenance().start());
        return p == null || p.kind().carriesRecords();
    }

    /**
     * The stretches of the layout text that may carry no record, as {@link #mayCarry} judges a
     * record by its start: from the start of each blank page or notes for the public to the start
     * of the next part (or the end of the text). For code that reads the layout beside the records,
     * such as an index cutting passages, so it leaves out what the extractors leave out.
     *
     * @return the ranges that carry no record
     */
    public TextRanges withoutRecords() {
        // partAt changes its answer only at a part's start, so judging each start judges the stretch up to the next.
        TreeSet<Integer> starts = new TreeSet<>();
        parts.forEach(p -> {
            if (p.textStart() >= 0) {
                starts.add(p.textStart());
            }
        });
        List<TextRanges.Range> out = new ArrayList<>();
        int length = layout.text().length();
        Integer at = starts.isEmpty() ? null : starts.first();
        while (at != null && at < length) {
            Integer next = starts.higher(at);
            int end = next == null ? length : Math.min(next, length);
            Part p = partAt(at);
            if (p != null && !p.kind().carriesRecords()) {
                TextRanges.Range last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.end() == at) {
                    out.set(out.size() - 1, new TextRanges.Range(last.start(), end));
                } else {
                    out.add(new TextRanges.Range(at, end));
                }
            }
            at = next;
        }
        return new TextRanges(out);
    }

    /**
     * Provenance for a span of the layout text on a page.
     *
     * @param page the page, 1-based
     * @param start the span's start in the layout text
     * @param end the span's end, exclusive
     * @param placed what gives the span's box on the page (a block, a line, a cell)
     * @return the provenance, with the page's printed number
     */
    public Provenance provenance(int page, int start, int end, HasBox placed) {
        return new Provenance(page, layout.printedPage(page), start, end, placed.box());
    }

    /**
     * A record id that depends only on the document's bytes, the record type, where the record
     * sits and what identifies it, so re-extracting the same bytes gives the same ids.
     *
     * @param type the record's type
     * @param p where the record sits
     * @param key what identifies the record beside its place (a number, a title)
     * @return the id, stable for the same bytes
     */
    public String id(RecordType type, Provenance p, String... key) {
        StringBuilder s = new StringBuilder(document.id()).append('|').append(type.jsonName()).append('|')
                .append(p.start()).append('|').append(p.end());
        for (String k : key) {
            s.append('|').append(k);
        }
        return type.jsonName() + "-" + Hashes.sha256Hex(s.toString()).substring(0, 16);
    }
}
