package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.councilpapers.core.record.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index records the layout of its fields: an index an older version built (its facets in fields
 * this version no longer counts) is refused with a message that says to rebuild it, for writing and
 * for searching, rather than giving empty or wrong facet counts.
 */
class PaperIndexFormatTest {
    @TempDir
    Path dir;

    @Test
    void aNewIndexRecordsItsFormatAndReopens() throws IOException {
        try (PaperIndex index = PaperIndex.open(dir)) {
            index.add(paper("a.pdf", "Thurrock", 2021, 3).judgement("Overall effectiveness", Grade.GOOD, 2021, "Thurrock").build());
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
            assertEquals("3", data.get("councilpapers.indexFormat"), data.toString());
        }
        try (PaperIndex index = PaperIndex.openReadOnly(dir)) {
            assertEquals(1, index.search(Query.all().withFacets(true)).facet(Facet.AUTHORITY).size());
        }
        try (PaperIndex index = PaperIndex.open(dir)) {
            assertEquals(1, index.stats().documents());
        }
    }

    @Test
    void anIndexOfTheUnrecordedFirstFormatIsRefusedWithRebuild() throws IOException {
        writeWithoutFormat(1);
        IndexFormatException write = assertThrows(IndexFormatException.class, () -> PaperIndex.open(dir));
        assertTrue(write.getMessage().contains("index format 1, this version reads 3"), write.getMessage());
        assertTrue(write.getMessage().contains("rebuild the index"), write.getMessage());
        assertTrue(write.getMessage().startsWith(dir.toString()), write.getMessage());
        IndexFormatException read = assertThrows(IndexFormatException.class, () -> PaperIndex.openReadOnly(dir));
        assertTrue(read.getMessage().contains("an older councilpapers"), read.getMessage());
    }

    @Test
    void anEmptyIndexOfAnOlderFormatHasNothingToRebuildAndIsTakenOver() throws IOException {
        writeWithoutFormat(0);
        try (PaperIndex index = PaperIndex.open(dir)) {
            index.add(paper("a.pdf", "Thurrock", 2021, 3).judgement("Overall effectiveness", Grade.GOOD, 2021, "Thurrock").build());
        }
        try (PaperIndex index = PaperIndex.openReadOnly(dir)) {
            assertEquals(1, index.stats().documents());
        }
    }

    @Test
    void anIndexOfFormatTwoWhosePeopleArePathsIsRefusedWithRebuild() throws IOException {
        // Format 2 kept people as key/form paths in the facet field; read as flat keys they would be counted twice.
        writeWithoutFormat(1);
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.setLiveCommitData(Map.of("councilpapers.indexFormat", "2").entrySet());
            w.commit();
        }
        IndexFormatException write = assertThrows(IndexFormatException.class, () -> PaperIndex.open(dir));
        assertTrue(write.getMessage().contains("index format 2, this version reads 3"), write.getMessage());
        assertTrue(write.getMessage().contains("rebuild the index"), write.getMessage());
        assertThrows(IndexFormatException.class, () -> PaperIndex.openReadOnly(dir));
    }

    /** A Lucene index as a version before formats were recorded left it: commits without user data. */
    private void writeWithoutFormat(int documents) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < documents; i++) {
                Document doc = new Document();
                doc.add(new StringField("entry", "document", Field.Store.NO));
                w.addDocument(doc);
            }
            w.commit();
        }
    }
}
