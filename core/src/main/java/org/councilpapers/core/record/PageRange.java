package org.councilpapers.core.record;

import org.jspecify.annotations.Nullable;

/**
 * A range of printed page numbers, as an agenda lists them ("5 - 16").
 *
 * @param from the first printed page; null where not given
 * @param to the last printed page, inclusive; null where not given
 */
public record PageRange(@Nullable Integer from, @Nullable Integer to) {}
