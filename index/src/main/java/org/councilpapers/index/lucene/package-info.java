/**
 * The Lucene side of the index: field names, record-to-document mapping, query building, facet
 * counting and highlighting. Only {@code PaperIndex} should use it; it may change without notice.
 */
@NullMarked
package org.councilpapers.index.lucene;

import org.jspecify.annotations.NullMarked;
