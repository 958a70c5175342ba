package org.councilpapers.core.record;

import org.jspecify.annotations.Nullable;

/** A range of printed page numbers, as an agenda lists them ("5 - 16"). */
public record PageRange(@Nullable Integer from, @Nullable Integer to) {}
