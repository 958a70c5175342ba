package org.councilpapers.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
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

    @Test
    void aQuestionNoOneIsNamedToHaveAskedIsIndexedWithItsAnswererOnly() throws Exception {
        PaperRecord q = new Question("question-1", PartialDate.of(2024, 3, 12), "4", "Public participation", null,
                "A member of the public asked whether the library hours would be extended.", List.of(new Person("Ruth Kemp", "Town Clerk")),
                "The Town Clerk said a review was under way.", new Provenance(1, "1", 0, 90, null), Mentions.NONE);
        DocumentInfo info = new DocumentInfo(DocumentInfo.idOf(new byte[] {9}), "minutes.txt", "text/plain", DocumentKind.MINUTES, null,
                "Hartwell", PartialDate.of(2024, 3, 12), 1);

        RecordFacts facts = RecordFacts.of(q, info);
        BytesRef stored = RecordDocuments.of(new Extraction(info, List.of(q), List.of()), null).get(0).getBinaryValue(Fields.RECORD_JSON);

        assertEquals(List.of("Ruth Kemp"), facts.people());
        assertTrue(facts.text().contains("library hours"), facts.text());
        assertEquals(q, RecordDocuments.record(stored));
    }
}
