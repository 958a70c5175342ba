package org.councilpapers.extractors.nlp;

import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.core.record.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * The text of a record that NLP reads: its own words (a finding, a recommendation, a resolution,
 * an action and its progress, a question and its answer, a report's summary), never the pack
 * around it. Sentence offsets are into {@code main}; {@code extra} adds mentions only.
 */
record RecordTexts(String main, @Nullable String extra) {

    static @Nullable RecordTexts of(PaperRecord r) {
        if (r instanceof Finding f) {
            return new RecordTexts(f.text(), null);
        }
        if (r instanceof Recommendation rec) {
            return new RecordTexts(rec.text(), null);
        }
        if (r instanceof Resolution res) {
            return new RecordTexts(res.text(), null);
        }
        if (r instanceof Action a) {
            return new RecordTexts(a.text(), a.progress());
        }
        if (r instanceof Question q) {
            return new RecordTexts(q.text(), q.answer());
        }
        if (r instanceof Report rep && rep.executiveSummary() != null) {
            return new RecordTexts(rep.executiveSummary(), null);
        }
        return null;
    }

    /** Both texts as one, {@code main} first, so offsets into {@code main} hold in the whole. */
    String joined() {
        return extra == null || extra.isBlank() ? main : main + "\n\n" + extra;
    }
}
