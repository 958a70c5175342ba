/** Record extractors: one class per record family, each seeing only a LayoutDocument. */
@NullMarked
package org.councilpapers.extractors.record;

import org.jspecify.annotations.NullMarked;
