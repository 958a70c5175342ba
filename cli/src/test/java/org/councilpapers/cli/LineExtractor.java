package org.councilpapers.cli;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;

/**
 * A stand-in extractor so command tests have records, warnings and failures to carry before the
 * real extractors land: {@code Grade: AREA} gives a Good judgement, {@code Finding: TEXT} a
 * finding, {@code Warn: TEXT} a warning, and {@code Crash} throws.
 */
final class LineExtractor implements RecordExtractor {
    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext context) {
        List<PaperRecord> out = new ArrayList<>();
        for (Block b : doc.body()) {
            String text = b.text().strip();
            Provenance p = context.provenance(b.page(), b.start(), b.end(), b);
            if (text.startsWith("Grade: ")) {
                String area = text.substring(7);
                out.add(new Judgement(context.id(RecordType.JUDGEMENT, p, area), null, "Ofsted", null, null, null, null, null,
                        area, Grade.GOOD, "Good", JudgementBasis.TABLE, p, Mentions.NONE, List.of()));
            } else if (text.startsWith("Finding: ")) {
                out.add(new Finding(context.id(RecordType.FINDING, p), FindingKind.IMPROVEMENT, text.substring(9), null, "Ofsted",
                        null, p, Mentions.NONE));
            } else if (text.startsWith("Warn: ")) {
                context.warnings().add(WarningCode.OTHER, text.substring(6), b.page());
            } else if (text.equals("Crash")) {
                throw new IllegalStateException("boom");
            }
        }
        return out;
    }
}
