package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.councilpapers.index.IndexFormatException;

/**
 * The layout of the index's fields, recorded in every commit's user data, so a version that lays
 * them out differently says "rebuild the index" instead of giving wrong counts or failing deep
 * inside a search.
 *
 * <ul>
 *   <li>1 (not recorded): facets from the index's own doc values, counted by a hand-written counter.
 *   <li>2: facets in lucene-facet's field, people and organisations as key/form paths.
 *   <li>3: people and organisations flat by key in that field, their key/form paths in a field of
 *       their own ({@link FacetFields}). Read as format 3, a format 2 index would count each name
 *       twice (its key and its path); read by a format 2 version, a format 3 index would show keys.
 * </ul>
 */
final class IndexFormat {
    /** The format this version reads and writes. */
    static final int CURRENT = 3;
    private static final String KEY = "councilpapers.indexFormat";

    private IndexFormat() {}

    /** The user data every commit carries. */
    static Iterable<Map.Entry<String, String>> commitData() {
        return Map.of(KEY, Integer.toString(CURRENT)).entrySet();
    }

    /**
     * Checks the format of the index in a directory, if there is one. An index that holds no
     * entries has nothing to rebuild, so any format passes.
     *
     * @param name the index as a message should name it
     * @throws IndexFormatException if the index holds entries written in another format
     */
    static void check(Directory directory, String name) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String recorded = commit.getUserData().get(KEY);
        int found;
        try {
            found = recorded == null ? 1 : Integer.parseInt(recorded);
        } catch (NumberFormatException e) {
            found = 0;
        }
        if (found != CURRENT && commit.totalMaxDoc() > 0) {
            throw new IndexFormatException(name, found, CURRENT);
        }
    }
}
