/**
 * The minutes family: minutes and decision notices parsed once per part ({@link
 * org.councilpapers.extractors.record.minutes.PaperMinutes}), their {@code resolution}s and the {@code question}s put to
 * members and answered. Which parts are records of a meeting is decided here, by each part's own evidence (a title, an
 * attendance line), never by the paper's kind.
 */
@NullMarked
package org.councilpapers.extractors.record.minutes;

import org.jspecify.annotations.NullMarked;
