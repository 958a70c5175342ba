/** Readers: bytes in a known format to a LayoutDocument; the reader registry and media type detection. */
@NullMarked
package org.councilpapers.extractors.read;

import org.jspecify.annotations.NullMarked;
