/** The format-neutral layout model (pages, blocks, tables, cells, fills) that readers produce and extractors consume. */
@NullMarked
package org.councilpapers.core.layout;

import org.jspecify.annotations.NullMarked;
