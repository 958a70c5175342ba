/** Deciding what a paper is (its DocumentKind) and splitting packs into parts. */
@NullMarked
package org.councilpapers.extractors.segment;

import org.jspecify.annotations.NullMarked;
