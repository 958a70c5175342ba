/**
 * Record extractors, a package per family of papers ({@code agenda}, {@code minutes}, {@code report}, {@code inspection},
 * {@code plan}); here only what every family shares: the {@link org.councilpapers.extractors.record.RecordExtractor}
 * contract, the {@link org.councilpapers.extractors.record.ExtractContext} each extractor is given, the per-paper
 * {@link org.councilpapers.extractors.record.PaperState} in which a family keeps what it reads once, the standard
 * order of the extractors, and the text lines and meeting facts two families read alike. Each extractor looks at every
 * part of every paper for its own evidence; a paper's kind is a tie-breaker, never a switch.
 */
@NullMarked
package org.councilpapers.extractors.record;

import org.jspecify.annotations.NullMarked;
