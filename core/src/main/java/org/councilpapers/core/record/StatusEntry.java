package org.councilpapers.core.record;

import org.jspecify.annotations.Nullable;

/**
 * One period's status in a RAG grid ("Oct 2019": GREEN).
 *
 * @param period the period's label as printed
 * @param status the status in that period; null where the cell was blank
 */
public record StatusEntry(String period, @Nullable RagStatus status) {}
