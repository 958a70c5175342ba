package org.councilpapers.core.record;

import org.jspecify.annotations.Nullable;

/** One period's status in a RAG grid ("Oct 2019": GREEN); status is null where the cell was blank. */
public record StatusEntry(String period, @Nullable RagStatus status) {}
