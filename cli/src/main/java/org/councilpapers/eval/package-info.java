/** Measuring extraction accuracy: precision, recall and F1 per record type against hand-checked expected records. */
@NullMarked
package org.councilpapers.eval;

import org.jspecify.annotations.NullMarked;
