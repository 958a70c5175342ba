/**
 * The index on SolrCloud: {@link org.councilpapers.solr.SolrBackend} keeps a {@code PaperIndex}'s
 * records in a SolrCloud collection made from the configset this module ships, with the same
 * fields, analysis, queries, facets, snippets, timelines and traces as the embedded Lucene index.
 */
@NullMarked
package org.councilpapers.solr;

import org.jspecify.annotations.NullMarked;
