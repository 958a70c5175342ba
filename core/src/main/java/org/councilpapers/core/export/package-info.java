/** Flat exports of records (JSON lines and CSV), kept apart from the model as tabula keeps its writers apart from Table. */
@NullMarked
package org.councilpapers.core.export;

import org.jspecify.annotations.NullMarked;
