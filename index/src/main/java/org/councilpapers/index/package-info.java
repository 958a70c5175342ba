/**
 * The search index of records: {@link org.councilpapers.index.PaperIndex} adds, replaces and
 * deletes papers' records and answers {@link org.councilpapers.index.Query queries}, timelines and
 * traces. No Lucene type appears in this package's API; Lucene lives in {@code index.lucene}.
 */
@NullMarked
package org.councilpapers.index;

import org.jspecify.annotations.NullMarked;
