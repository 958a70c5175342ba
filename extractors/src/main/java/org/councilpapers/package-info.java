/** The entry point: CouncilPapers reads a paper and returns its records. */
@NullMarked
package org.councilpapers;

import org.jspecify.annotations.NullMarked;
