/** Shared test fixtures: the sample papers on disk, layouts built in code, and invariants every extraction must meet. */
@NullMarked
package org.councilpapers.testdata;

import org.jspecify.annotations.NullMarked;
