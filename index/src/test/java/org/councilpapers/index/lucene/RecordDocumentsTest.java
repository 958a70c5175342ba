package org.councilpapers.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.StatusEntry;
import org.junit.jupiter.api.Test;

class RecordDocumentsTest {
    @Test
    void datesAreWrittenAsPartialDateWritesThem() {
        for (PartialDate d : List.of(PartialDate.ofYear(2019), PartialDate.ofYear(1000), PartialDate.ofMonth(2021, 3),
                PartialDate.ofMonth(2021, 12), PartialDate.of(2020, 1, 9), PartialDate.of(1999, 11, 30))) {
            assertEquals(d.toString(), RecordDocuments.PartialDateSerializer.text(d));
        }
    }

    @Test
    void storedJsonIsTheLibrarysJsonAndReadsBack() throws Exception {
        PaperRecord action = new Action("action-1", "1.1", "R1", "Audit return home interviews", "Head of Service", "March 2021",
                PartialDate.ofMonth(2021, 3), RagStatus.AMBER, List.of(new StatusEntry("2020 Q4", RagStatus.RED)), null, null, null, null,
                null, new Provenance(3, "3", 10, 90, null), Mentions.NONE);
        Extraction x = new Extraction(new DocumentInfo(DocumentInfo.idOf(new byte[] {7}), "plan.txt", "text/plain", DocumentKind.ACTION_PLAN,
                null, "Thurrock", PartialDate.of(2021, 1, 5), 3), List.of(action), List.of());

        BytesRef stored = RecordDocuments.of(x, null).get(0).getBinaryValue(Fields.RECORD_JSON);

        assertEquals(PaperJson.mapper().writerFor(PaperRecord.class).writeValueAsString(action), stored.utf8ToString());
        assertEquals(action, RecordDocuments.record(stored));
    }
}
